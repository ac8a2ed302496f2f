import type { Locale } from '../../platform/http/messages.ts'

const texts = {
  nl: {
    invalid: 'Niet alle gegevens zijn goed ingevuld. Verbeter de velden hieronder.',
    detailsRequired: 'Schrijf op welke gegevens niet kloppen en wat het moet zijn.',
    alreadyOpen: 'Je hebt al een open verzoek van deze soort. Wacht op het antwoord van het registerbureau.',
    notFound: 'Dit verzoek bestaat niet.',
    notOpen: 'Dit verzoek is al afgehandeld.',
    ownRequest: 'Je kunt je eigen verzoek niet zelf afhandelen. Vraag een collega.',
    stillRegistered:
      'Deze persoon heeft nog een registratie die loopt (kandidaat, geregistreerd of geschorst). Beëindig die eerst; daarna kun je de gegevens wissen.',
    publicMeasure:
      'Er staat nog een maatregel openbaar in het register, tot en met {date}. Tot die dag moeten de gegevens blijven (tuchtrecht).',
    personGone: 'De gegevens van deze persoon zijn al gewist.',
  },
  en: {
    invalid: 'Some fields are not filled in correctly. Please correct the fields below.',
    detailsRequired: 'Write down which data is wrong and what it should be.',
    alreadyOpen: 'You already have an open request of this kind. Please wait for the answer of the register office.',
    notFound: 'This request does not exist.',
    notOpen: 'This request has already been handled.',
    ownRequest: 'You cannot handle your own request. Ask a colleague.',
    stillRegistered:
      'This person still has a running registration (candidate, registered or suspended). End it first; then you can erase the data.',
    publicMeasure:
      'A measure is still shown publicly in the register, through {date}. The data must stay until then (disciplinary law).',
    personGone: 'The data of this person has already been erased.',
  },
} satisfies Record<Locale, Record<string, string>>

export type PrivacyMessageKey = keyof (typeof texts)['nl']

export const privacyMessage = (locale: Locale, key: PrivacyMessageKey, params: Record<string, string> = {}) =>
  texts[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '')
