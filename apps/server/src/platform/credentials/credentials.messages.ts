import type { Locale } from '../http/messages.ts'

export type VerificationErrorCode =
  | 'not-a-credential'
  | 'no-proof'
  | 'other-issuer'
  | 'unknown-document'
  | 'signature-invalid'

// Dutch (B1) and English reasons why a credential's signature does not hold.
const texts: Record<Locale, Record<VerificationErrorCode, string>> = {
  nl: {
    'not-a-credential': 'Dit is geen certificaat van Vakregister: de gegevens hebben niet de juiste vorm.',
    'no-proof': 'Het certificaat heeft geen digitale handtekening.',
    'other-issuer': 'Dit certificaat is niet door Vakregister uitgegeven. Wij kunnen het daarom niet controleren.',
    'unknown-document':
      'Het certificaat verwijst naar een document of sleutel die Vakregister niet kent. Het is niet door ons ondertekend.',
    'signature-invalid':
      'De handtekening klopt niet. Het certificaat is na het ondertekenen veranderd of niet door Vakregister ondertekend.',
  },
  en: {
    'not-a-credential': 'This is not a Vakregister credential: the data does not have the right shape.',
    'no-proof': 'The credential has no digital signature.',
    'other-issuer': 'This credential was not issued by Vakregister, so we cannot check it.',
    'unknown-document': 'The credential refers to a document or key Vakregister does not know. We did not sign it.',
    'signature-invalid': 'The signature does not hold. The credential was changed after signing or not signed by us.',
  },
}

export const verificationError = (locale: Locale, code: VerificationErrorCode) => texts[locale][code]
