import type { Locale } from '../../platform/http/messages.ts'
import type { MailMessage } from '../../platform/mail/mail.service.ts'
import type { SelfReportKind } from './points.self-reports.tables.ts'
import type { PointCategory } from './points.tables.ts'

// Dutch (B1, je-vorm) and English texts of the self-reported activities: errors, names and the decision mails.
const texts = {
  nl: {
    invalid: 'Niet alle gegevens zijn goed ingevuld. Verbeter de velden hieronder.',
    unknownField: 'Dit veld kennen we niet.',
    registrationRequired: 'Kies voor welke registratie je de activiteit inbrengt.',
    registrationUnknown: 'Kies een van je eigen registraties.',
    notRegistered: 'Alleen wie in een register staat, kan een activiteit inbrengen.',
    kindRequired: 'Kies wat voor activiteit het was.',
    kindUnknown: 'Kies een soort activiteit uit de lijst.',
    titleRequired: 'Vul de titel van de activiteit in.',
    tooLong: 'Vul hoogstens {limit} tekens in.',
    dateRequired: 'Vul de datum van de activiteit in.',
    dateFormat: 'Vul een geldige datum in, zoals 2026-03-15.',
    dateInFuture: 'De datum kan niet in de toekomst liggen. Breng een activiteit in als die voorbij is.',
    dateOutsideCycle:
      'Deze datum valt niet in een van je registratieperiodes. Alleen activiteiten binnen een periode tellen.',
    hoursRequired: 'Vul het aantal uren in.',
    hoursFormat: 'Vul een getal in met hoogstens 2 cijfers achter de komma, zoals 1,5.',
    hoursPositive: 'Vul een aantal uren in dat groter is dan 0.',
    hoursTooMany: 'Vul hoogstens {limit} uren in. Breng een grotere activiteit in delen in.',
    categoryRequired: 'Kies de categorie waarvoor je punten vraagt.',
    categoryUnknown: 'Kies een categorie uit de lijst.',
    evidenceKindRequired: 'Kies of je een bewijsstuk of een ondertekende verklaring uploadt.',
    evidenceKindUnknown: 'Kies bewijsstuk of verklaring.',
    evidenceRequired: 'Kies het bestand met je bewijs (PDF, JPG of PNG, hoogstens 10 MB).',
    notFound: 'Deze activiteit bestaat niet.',
    alreadyDecided:
      'Deze activiteit is al beoordeeld (nu: {state}). Misschien deed een collega dat net. Ververs de pagina.',
    notSubmitted: 'Je kunt alleen een activiteit intrekken die nog niet is beoordeeld (nu: {state}).',
    ownActivity: 'Je kunt je eigen activiteit niet beoordelen. Vraag een collega.',
    reasonRequired: 'Schrijf waarom je de activiteit afwijst. De professional ziet deze reden.',
    correctionReasonRequired: 'Schrijf waarom de punten niet kloppen. De professional ziet deze reden.',
    notInCycle: 'De datum van deze activiteit valt niet (meer) in een registratieperiode. Er zijn geen punten geboekt.',
    notDrawn: 'Deze activiteit is niet getrokken voor de steekproef.',
    alreadyChecked: 'Deze steekproef is al afgerond. Misschien deed een collega dat net. Ververs de pagina.',
    registerUnknown: 'Dit register bestaat niet.',
  },
  en: {
    invalid: 'Some fields are not filled in correctly. Please correct the fields below.',
    unknownField: 'We do not know this field.',
    registrationRequired: 'Choose the registration you report the activity for.',
    registrationUnknown: 'Choose one of your own registrations.',
    notRegistered: 'Only people in a register can report an activity.',
    kindRequired: 'Choose what kind of activity it was.',
    kindUnknown: 'Choose a kind of activity from the list.',
    titleRequired: 'Enter the title of the activity.',
    tooLong: 'Enter at most {limit} characters.',
    dateRequired: 'Enter the date of the activity.',
    dateFormat: 'Enter a valid date, like 2026-03-15.',
    dateInFuture: 'The date cannot be in the future. Report an activity once it is over.',
    dateOutsideCycle: 'This date is not in one of your registration periods. Only activities inside a period count.',
    hoursRequired: 'Enter the number of hours.',
    hoursFormat: 'Enter a number with at most 2 decimals, like 1.5.',
    hoursPositive: 'Enter a number of hours greater than 0.',
    hoursTooMany: 'Enter at most {limit} hours. Report a larger activity in parts.',
    categoryRequired: 'Choose the category you ask points for.',
    categoryUnknown: 'Choose a category from the list.',
    evidenceKindRequired: 'Choose whether you upload evidence or a signed declaration.',
    evidenceKindUnknown: 'Choose evidence or declaration.',
    evidenceRequired: 'Choose the file with your evidence (PDF, JPG or PNG, at most 10 MB).',
    notFound: 'This activity does not exist.',
    alreadyDecided:
      'This activity has already been decided (now: {state}). Perhaps a colleague just did it. Refresh the page.',
    notSubmitted: 'You can only withdraw an activity that has not been decided yet (now: {state}).',
    ownActivity: 'You cannot decide on your own activity. Ask a colleague.',
    reasonRequired: 'Write why you reject the activity. The professional sees this reason.',
    correctionReasonRequired: 'Write why the points are not right. The professional sees this reason.',
    notInCycle: 'The date of this activity is not (or no longer) in a registration period. No points were booked.',
    notDrawn: 'This activity was not drawn for the spot check.',
    alreadyChecked: 'This spot check has already been done. Perhaps a colleague just did it. Refresh the page.',
    registerUnknown: 'This register does not exist.',
  },
} as const

export type SelfReportMessageKey = keyof (typeof texts)['nl']

const STATE_NAMES = {
  nl: { submitted: 'ingediend', approved: 'goedgekeurd', rejected: 'afgewezen', withdrawn: 'ingetrokken' },
  en: { submitted: 'submitted', approved: 'approved', rejected: 'rejected', withdrawn: 'withdrawn' },
} as const

export const KIND_NAMES: Record<Locale, Record<SelfReportKind, string>> = {
  nl: {
    course: 'Cursus of opleiding',
    intervision: 'Intervisie',
    supervision: 'Supervisie',
    article: 'Artikel',
    presentation: 'Presentatie',
    teaching: 'Lesgeven',
    other: 'Andere activiteit',
  },
  en: {
    course: 'Course or training',
    intervision: 'Intervision',
    supervision: 'Supervision',
    article: 'Article',
    presentation: 'Presentation',
    teaching: 'Teaching',
    other: 'Other activity',
  },
}

export const CATEGORY_NAMES: Record<Locale, Record<PointCategory, string>> = {
  nl: { training: 'scholing', reflection: 'reflectie', 'free-choice': 'vrije ruimte' },
  en: { training: 'training', reflection: 'reflection', 'free-choice': 'free choice' },
}

export function selfReportMessage(
  locale: Locale,
  key: SelfReportMessageKey,
  values: { limit?: number; state?: keyof (typeof STATE_NAMES)['nl'] } = {},
): string {
  let text: string = texts[locale][key]
  if (values.limit !== undefined) text = text.replace('{limit}', String(values.limit))
  if (values.state !== undefined) text = text.replace('{state}', STATE_NAMES[locale][values.state])
  return text
}

// The decision mails to the professional.

export interface MailPerson {
  email: string
  givenName: string
  locale: Locale
}

const greeting = (p: MailPerson) =>
  p.locale === 'en' ? `Dear ${p.givenName || 'reader'},` : `Beste ${p.givenName || 'lezer'},`
const signature = (locale: Locale) =>
  locale === 'en'
    ? 'Kind regards,\nThe register office\nVakregister'
    : 'Met vriendelijke groet,\nHet registerbureau\nVakregister'
const mail = (p: MailPerson, template: string, subject: string, lines: string[]): MailMessage => ({
  to: p.email,
  template,
  subject,
  text: [greeting(p), '', ...lines, '', signature(p.locale), ''].join('\n'),
})

/** The professional's list of self-reported activities. */
export const myListLink = (publicUrl: string) => `${publicUrl}/mijn-pe-punten/zelf-ingebracht`

const formatPoints = (locale: Locale, points: number) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 }).format(points)

export function selfReportApprovedMail(
  p: MailPerson,
  publicUrl: string,
  title: string,
  points: number,
  category: PointCategory,
): MailMessage {
  const link = myListLink(publicUrl)
  const amount = formatPoints(p.locale, points)
  return p.locale === 'en'
    ? mail(p, 'points.self-report-approved', 'Your activity has been approved', [
        `The register office has approved your activity “${title}”.`,
        `You get ${amount} points in the category ${CATEGORY_NAMES.en[category]}.`,
        '',
        `See your activities: ${link}`,
      ])
    : mail(p, 'points.self-report-approved', 'Je activiteit is goedgekeurd', [
        `Het registerbureau heeft je activiteit „${title}” goedgekeurd.`,
        `Je krijgt ${amount} punten in de categorie ${CATEGORY_NAMES.nl[category]}.`,
        '',
        `Bekijk je activiteiten: ${link}`,
      ])
}

export function selfReportRejectedMail(p: MailPerson, publicUrl: string, title: string, reason: string): MailMessage {
  const link = myListLink(publicUrl)
  return p.locale === 'en'
    ? mail(p, 'points.self-report-rejected', 'Your activity has not been approved', [
        `The register office has not approved your activity “${title}”. The reason:`,
        '',
        reason,
        '',
        `See your activities: ${link}`,
        'Do you disagree? Reply to this mail.',
      ])
    : mail(p, 'points.self-report-rejected', 'Je activiteit is niet goedgekeurd', [
        `Het registerbureau heeft je activiteit „${title}” niet goedgekeurd. De reden:`,
        '',
        reason,
        '',
        `Bekijk je activiteiten: ${link}`,
        'Ben je het er niet mee eens? Antwoord dan op deze e-mail.',
      ])
}

export function selfReportCorrectedMail(p: MailPerson, publicUrl: string, title: string, reason: string): MailMessage {
  const link = myListLink(publicUrl)
  return p.locale === 'en'
    ? mail(p, 'points.self-report-corrected', 'The points of your activity have been withdrawn', [
        `Your activity “${title}” was drawn for a spot check. The register office has withdrawn its points. The reason:`,
        '',
        reason,
        '',
        `See your activities: ${link}`,
      ])
    : mail(p, 'points.self-report-corrected', 'De punten van je activiteit zijn ingetrokken', [
        `Je activiteit „${title}” is gecontroleerd in een steekproef. Het registerbureau heeft de punten ingetrokken. De reden:`,
        '',
        reason,
        '',
        `Bekijk je activiteiten: ${link}`,
      ])
}
