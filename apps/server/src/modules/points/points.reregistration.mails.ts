import type { MailMessage } from '../../platform/mail/mail.service.ts'
import { displayDate } from '../register/register.decisions.checks.ts'
import type { ReregistrationKind } from './points.reregistration.tables.ts'

// Mails about re-registration in Dutch (B1) and English: received, decided, lapsed. Sent through the outbox.

type Locale = 'nl' | 'en'
export interface Recipient {
  email: string
  givenName: string
  locale: Locale
  register: string
  registrationNumber: string | null
}

const KIND_NAMES: Record<Locale, Record<ReregistrationKind, string>> = {
  nl: { regular: 'herregistratie', postponement: 'uitstel', 'limited-term': 'herregistratie voor beperkte duur' },
  en: { regular: 're-registration', postponement: 'postponement', 'limited-term': 'limited-term re-registration' },
}

const pageLink = (publicUrl: string) => `${publicUrl}/mijn-pe-punten/herregistratie`

function mail(person: Recipient, template: string, subject: string, lines: string[]): MailMessage {
  const en = person.locale === 'en'
  const greeting = en ? `Dear ${person.givenName || 'reader'},` : `Beste ${person.givenName || 'lezer'},`
  const signature = en
    ? 'Kind regards,\nThe register office\nVakregister'
    : 'Met vriendelijke groet,\nHet registerbureau\nVakregister'
  return { to: person.email, template, subject, text: [greeting, '', ...lines, '', signature, ''].join('\n') }
}

export function requestReceivedMail(person: Recipient, publicUrl: string, kind: ReregistrationKind): MailMessage {
  const what = KIND_NAMES[person.locale][kind]
  return person.locale === 'en'
    ? mail(person, 'points.reregistration-received', `We received your request for ${what}`, [
        `We received your request for ${what} (${person.register}, number ${person.registrationNumber ?? ''}).`,
        'The register office will decide on it. You will get an email when there is a decision.',
        '',
        `See your request: ${pageLink(publicUrl)}`,
      ])
    : mail(person, 'points.reregistration-received', `We hebben je verzoek om ${what} ontvangen`, [
        `We hebben je verzoek om ${what} ontvangen (${person.register}, nummer ${person.registrationNumber ?? ''}).`,
        'Het registerbureau neemt een besluit. Je krijgt een e-mail als er een besluit is.',
        '',
        `Bekijk je verzoek: ${pageLink(publicUrl)}`,
      ])
}

export function requestApprovedMail(
  person: Recipient,
  publicUrl: string,
  kind: ReregistrationKind,
  cycle: { startDate: string; endDate: string },
): MailMessage {
  const what = KIND_NAMES[person.locale][kind]
  const start = displayDate(person.locale, cycle.startDate)
  const end = displayDate(person.locale, cycle.endDate)
  const en = person.locale === 'en'
  const outcome: Record<ReregistrationKind, string> = en
    ? {
        regular: `Your new registration period runs from ${start} up to and including ${end}.`,
        postponement: `Your registration period now ends on ${end}.`,
        'limited-term': `Your registration period now runs from ${start} up to and including ${end}. Points from before ${start} no longer count.`,
      }
    : {
        regular: `Je nieuwe registratieperiode loopt van ${start} tot en met ${end}.`,
        postponement: `Je registratieperiode eindigt nu op ${end}.`,
        'limited-term': `Je registratieperiode loopt nu van ${start} tot en met ${end}. Punten van vóór ${start} tellen niet meer mee.`,
      }
  return en
    ? mail(person, 'points.reregistration-approved', `Your request for ${what} has been approved`, [
        `The register office has approved your request for ${what}.`,
        outcome[kind],
        '',
        `See your re-registration: ${pageLink(publicUrl)}`,
      ])
    : mail(person, 'points.reregistration-approved', `Je verzoek om ${what} is goedgekeurd`, [
        `Het registerbureau heeft je verzoek om ${what} goedgekeurd.`,
        outcome[kind],
        '',
        `Bekijk je herregistratie: ${pageLink(publicUrl)}`,
      ])
}

export function requestRejectedMail(
  person: Recipient,
  publicUrl: string,
  kind: ReregistrationKind,
  reason: string,
  cycleEnd: string,
): MailMessage {
  const what = KIND_NAMES[person.locale][kind]
  const end = displayDate(person.locale, cycleEnd)
  return person.locale === 'en'
    ? mail(person, 'points.reregistration-rejected', `Your request for ${what} has been rejected`, [
        `The register office has rejected your request for ${what}. The reason:`,
        '',
        reason,
        '',
        `Your registration period ends on ${end}. Without re-registration your registration lapses after that day.`,
        `See your options: ${pageLink(publicUrl)}`,
      ])
    : mail(person, 'points.reregistration-rejected', `Je verzoek om ${what} is afgewezen`, [
        `Het registerbureau heeft je verzoek om ${what} afgewezen. De reden:`,
        '',
        reason,
        '',
        `Je registratieperiode eindigt op ${end}. Zonder herregistratie vervalt je registratie na die dag.`,
        `Bekijk wat je kunt doen: ${pageLink(publicUrl)}`,
      ])
}

export function lapsedMail(person: Recipient, publicUrl: string, cycleEnd: string): MailMessage {
  const end = displayDate(person.locale, cycleEnd)
  return person.locale === 'en'
    ? mail(person, 'points.registration-lapsed', `Your registration in the ${person.register} has lapsed`, [
        `Your registration period ended on ${end} without re-registration. Your registration (number ${person.registrationNumber ?? ''}) has therefore lapsed.`,
        'Do you want to be registered again? Then apply for re-entry.',
        '',
        `Apply: ${publicUrl}/inschrijven`,
      ])
    : mail(person, 'points.registration-lapsed', `Je registratie in het ${person.register} is verlopen`, [
        `Je registratieperiode is op ${end} geëindigd zonder herregistratie. Daarom is je registratie (nummer ${person.registrationNumber ?? ''}) verlopen.`,
        'Wil je weer in het register? Vraag dan herintreding aan.',
        '',
        `Aanvragen: ${publicUrl}/inschrijven`,
      ])
}
