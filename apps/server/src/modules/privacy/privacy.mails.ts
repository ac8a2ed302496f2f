import type { MailMessage } from '../../platform/mail/mail.service.ts'
import type { DataRequestKind } from './privacy.tables.ts'

// The mail that tells a person how the register office handled their data request (Dutch B1 / English).

export function dataRequestDecidedMail(input: {
  to: string
  givenName: string
  locale: 'nl' | 'en'
  kind: DataRequestKind
  decision: 'completed' | 'declined'
  resolution: string
  publicUrl: string
}): MailMessage {
  const en = input.locale === 'en'
  const what = en
    ? input.kind === 'erasure'
      ? 'to erase your personal data'
      : 'to correct your personal data'
    : input.kind === 'erasure'
      ? 'om je gegevens te wissen'
      : 'om je gegevens te verbeteren'
  const outcome = en
    ? input.decision === 'completed'
      ? 'The register office has carried out your request.'
      : 'The register office has declined your request.'
    : input.decision === 'completed'
      ? 'Het registerbureau heeft je verzoek uitgevoerd.'
      : 'Het registerbureau heeft je verzoek afgewezen.'
  const erased =
    input.kind === 'erasure' && input.decision === 'completed'
      ? [
          en
            ? 'Your account no longer exists. What the register must keep (your registration number and status history) is described here:'
            : 'Je account bestaat niet meer. Wat het register moet bewaren (je registratienummer en de geschiedenis van je status) staat hier:',
          `${input.publicUrl}/privacy`,
          '',
        ]
      : [
          en
            ? `See your requests: ${input.publicUrl}/mijn-gegevens`
            : `Bekijk je verzoeken: ${input.publicUrl}/mijn-gegevens`,
          '',
        ]
  return {
    to: input.to,
    template: `privacy.data-request.${input.decision}`,
    subject: en ? 'Your request about your personal data' : 'Je verzoek over je persoonsgegevens',
    text: [
      en ? `Dear ${input.givenName || 'reader'},` : `Beste ${input.givenName || 'lezer'},`,
      '',
      en ? `You asked us ${what}. ${outcome}` : `Je vroeg ons ${what}. ${outcome}`,
      '',
      en ? 'The answer of the register office:' : 'Het antwoord van het registerbureau:',
      input.resolution,
      '',
      ...erased,
      en ? 'Kind regards,\nVakregister' : 'Met vriendelijke groet,\nVakregister',
      '',
    ].join('\n'),
  }
}
