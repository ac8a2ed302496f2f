import type { Locale } from '../../platform/http/messages.ts'

// Dutch (B1) and English texts of re-registration: field errors, refusals (409) and the lapse reason.

const MESSAGES = {
  nl: {
    invalid: 'Niet alle gegevens zijn goed ingevuld. Verbeter de velden hieronder.',
    registrationNotFound: 'Deze registratie bestaat niet.',
    requestNotFound: 'Dit verzoek bestaat niet.',
    noNorm: 'Dit register heeft nog geen herregistratienorm. Het registerbureau stelt die vast.',
    noOpenCycle: 'Deze registratie heeft geen lopende registratieperiode.',
    notRegistered: 'Herregistratie kan niet bij deze registratie: de status is nu "{status}".',
    windowNotOpen:
      'Je kunt nog geen herregistratie aanvragen. Dat kan vanaf {opens} tot en met {closes}, het einde van je registratieperiode.',
    windowClosed:
      'Je registratieperiode is op {closes} geëindigd. Aanvragen kon van {opens} tot en met {closes}; dat kan nu niet meer.',
    openRequest: 'Er is al een verzoek dat wacht op een besluit van het registerbureau.',
    normNotMet:
      'Je voldoet nog niet aan de herregistratienorm. Vraag uitstel aan of kies herregistratie voor beperkte duur.',
    normMet: 'Je voldoet aan de herregistratienorm. Vraag gewone herregistratie aan.',
    reasonRequired: 'Vul een reden in.',
    reasonTooLong: 'Gebruik hoogstens {limit} tekens.',
    postponedUntilRequired: 'Vul de nieuwe einddatum in die je vraagt.',
    postponedUntilOrder: 'De nieuwe einddatum moet na het einde van je registratieperiode ({date}) liggen.',
    postponedUntilNotAllowed: 'Een nieuwe einddatum hoort alleen bij een verzoek om uitstel.',
    shiftYearsRequired: 'Kies met hoeveel jaar de periode verschuift.',
    shiftYearsRange: 'Kies een verschuiving van 1 tot en met {max} jaar.',
    shiftYearsNotAllowed: 'Een verschuiving hoort alleen bij herregistratie voor beperkte duur.',
    alreadyDecided: 'Over dit verzoek is al besloten.',
    ownRequest: 'Je kunt niet beslissen over je eigen verzoek.',
    cycleChanged: 'De registratieperiode is intussen veranderd. Dit verzoek hoort bij een andere periode.',
    lapseReason: 'Registratieperiode geëindigd op {date} zonder herregistratie.',
    shiftOutcome: 'Herregistratie voor beperkte duur: periode {years} jaar verschoven naar {start} tot en met {end}.',
    postponementOutcome: 'Uitstel na verzoek van de professional tot en met {date}.',
  },
  en: {
    invalid: 'Some fields are not filled in correctly. Please correct the fields below.',
    registrationNotFound: 'This registration does not exist.',
    requestNotFound: 'This request does not exist.',
    noNorm: 'This register has no re-registration norm yet. The register office sets it.',
    noOpenCycle: 'This registration has no current registration period.',
    notRegistered: 'Re-registration is not possible for this registration: its status is now "{status}".',
    windowNotOpen:
      'You cannot apply for re-registration yet. You can from {opens} up to and including {closes}, the end of your registration period.',
    windowClosed:
      'Your registration period ended on {closes}. Applying was possible from {opens} up to and including {closes}; it is no longer possible.',
    openRequest: 'There is already a request waiting for a decision of the register office.',
    normNotMet:
      'You do not meet the re-registration norm yet. Ask for a postponement or choose a limited-term re-registration.',
    normMet: 'You meet the re-registration norm. Apply for a regular re-registration.',
    reasonRequired: 'Enter a reason.',
    reasonTooLong: 'Use at most {limit} characters.',
    postponedUntilRequired: 'Enter the new end date you ask for.',
    postponedUntilOrder: 'The new end date must be after the end of your registration period ({date}).',
    postponedUntilNotAllowed: 'A new end date belongs to a postponement request only.',
    shiftYearsRequired: 'Choose by how many years the period shifts.',
    shiftYearsRange: 'Choose a shift of 1 to {max} years.',
    shiftYearsNotAllowed: 'A shift belongs to a limited-term re-registration only.',
    alreadyDecided: 'This request has already been decided.',
    ownRequest: 'You cannot decide on your own request.',
    cycleChanged: 'The registration period has changed in the meantime. This request belongs to another period.',
    lapseReason: 'Registration period ended on {date} without re-registration.',
    shiftOutcome: 'Limited-term re-registration: period shifted by {years} years to {start} up to and including {end}.',
    postponementOutcome: 'Postponement at the professional’s request up to and including {date}.',
  },
} satisfies Record<Locale, Record<string, string>>

export type ReregistrationMessageKey = keyof (typeof MESSAGES)['nl']

export const reregistrationMessage = (
  locale: Locale,
  key: ReregistrationMessageKey,
  params: Record<string, string | number> = {},
) => MESSAGES[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))

const STATUS_NAMES = {
  nl: {
    candidate: 'kandidaat',
    registered: 'geregistreerd',
    suspended: 'geschorst',
    lapsed: 'verlopen',
    removed: 'doorgehaald',
    rejected: 'afgewezen',
  },
  en: {
    candidate: 'candidate',
    registered: 'registered',
    suspended: 'suspended',
    lapsed: 'lapsed',
    removed: 'removed',
    rejected: 'rejected',
  },
} as const

export const statusName = (locale: Locale, status: keyof (typeof STATUS_NAMES)['nl']) => STATUS_NAMES[locale][status]
