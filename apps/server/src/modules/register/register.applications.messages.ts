import type { Locale } from '../../platform/http/messages.ts'

// Dutch (B1, je-vorm) and English texts of the application and review errors.
const texts = {
  nl: {
    invalid: 'Niet alle gegevens zijn goed ingevuld. Verbeter de velden hieronder.',
    required: 'Vul dit veld in.',
    tooLong: 'Vul hoogstens {limit} tekens in.',
    registerUnknown: 'Kies een register uit de lijst.',
    professionRequired: 'Kies je beroep.',
    professionUnknown: 'Kies een beroep uit de lijst van dit register.',
    initialsFormat: 'Vul je voorletters in met punten, zoals J.A.',
    employerRequired: 'Kies je werkgever, of vink aan dat je zelfstandige bent.',
    employerAndSelfEmployed: 'Kies een werkgever of zelfstandige, niet allebei.',
    employerUnknown: 'Kies een werkgever uit de lijst.',
    dateFormat: 'Vul een geldige datum in, zoals 2024-06-30.',
    dateInFuture: 'De datum van je diploma kan niet in de toekomst liggen.',
    dateTooOld: 'Vul een datum in na 1950.',
    diplomaRequired: 'Kies het bestand van je diploma (PDF, JPG of PNG, hoogstens 10 MB).',
    acceptCode: 'Je moet de beroepscode accepteren om je in te schrijven.',
    codeVersion: 'De beroepscode is veranderd. Lees de nieuwe versie en vink het vakje opnieuw aan.',
    unknownField: 'Dit veld kennen we niet.',
    openApplication: 'Je hebt al een aanvraag voor dit register die nog loopt. Bekijk die bij Mijn aanvragen.',
    alreadyRegistered: 'Je staat al in dit register. Een nieuwe aanvraag is niet nodig.',
    applicationNotFound: 'Deze aanvraag bestaat niet.',
    alreadyDecided:
      'Deze aanvraag is al beoordeeld (nu: {state}). Misschien deed een collega dat net. Ververs de pagina.',
    waitingForAnswer:
      'Deze aanvraag wacht op antwoord van de aanvrager. Je kunt hem pas beoordelen als het antwoord er is.',
    notWaitingForAnswer: 'Er staat geen vraag open bij deze aanvraag. Je hoeft nu niets te antwoorden.',
    ownApplication: 'Je kunt je eigen aanvraag niet beoordelen. Vraag een collega.',
    reasonRequired: 'Schrijf waarom je de aanvraag afwijst.',
    questionRequired: 'Schrijf je vraag aan de aanvrager.',
    answerRequired: 'Schrijf je antwoord.',
  },
  en: {
    invalid: 'Some fields are not filled in correctly. Please correct the fields below.',
    required: 'Fill in this field.',
    tooLong: 'Enter at most {limit} characters.',
    registerUnknown: 'Choose a register from the list.',
    professionRequired: 'Choose your profession.',
    professionUnknown: "Choose a profession from this register's list.",
    initialsFormat: 'Enter your initials with dots, like J.A.',
    employerRequired: 'Choose your employer, or tick that you are self-employed.',
    employerAndSelfEmployed: 'Choose an employer or self-employed, not both.',
    employerUnknown: 'Choose an employer from the list.',
    dateFormat: 'Enter a valid date, like 2024-06-30.',
    dateInFuture: 'The date of your diploma cannot be in the future.',
    dateTooOld: 'Enter a date after 1950.',
    diplomaRequired: 'Choose the file of your diploma (PDF, JPG or PNG, at most 10 MB).',
    acceptCode: 'You must accept the professional code to apply.',
    codeVersion: 'The professional code has changed. Read the new version and tick the box again.',
    unknownField: 'We do not know this field.',
    openApplication: 'You already have an application for this register in progress. See My applications.',
    alreadyRegistered: 'You are already in this register. A new application is not needed.',
    applicationNotFound: 'This application does not exist.',
    alreadyDecided:
      'This application has already been decided (now: {state}). Perhaps a colleague just did it. Refresh the page.',
    waitingForAnswer: 'This application is waiting for the applicant’s answer. You can decide once it has arrived.',
    notWaitingForAnswer: 'There is no open question on this application. You do not need to answer now.',
    ownApplication: 'You cannot decide on your own application. Ask a colleague.',
    reasonRequired: 'Write why you reject the application.',
    questionRequired: 'Write your question to the applicant.',
    answerRequired: 'Write your answer.',
  },
} as const

export type ApplicationMessageKey = keyof (typeof texts)['nl']

const STATE_NAMES = {
  nl: {
    submitted: 'in behandeling',
    'info-requested': 'vraag gesteld',
    approved: 'goedgekeurd',
    rejected: 'afgewezen',
    withdrawn: 'ingetrokken',
  },
  en: {
    submitted: 'in review',
    'info-requested': 'question asked',
    approved: 'approved',
    rejected: 'rejected',
    withdrawn: 'withdrawn',
  },
} as const

export function applicationMessage(
  locale: Locale,
  key: ApplicationMessageKey,
  values: { limit?: number; state?: keyof (typeof STATE_NAMES)['nl'] } = {},
): string {
  let text: string = texts[locale][key]
  if (values.limit !== undefined) text = text.replace('{limit}', String(values.limit))
  if (values.state !== undefined) text = text.replace('{state}', STATE_NAMES[locale][values.state])
  return text
}
