import type { MailMessage } from '../../platform/mail/mail.service.ts'

// The agenda's mails, Dutch (B1) or English by the person's language. Links go to the web app, which calls the API.

export interface Recipient {
  email: string
  givenName: string
  locale: 'nl' | 'en'
}

export interface MailEvent {
  id: string
  title: string
  startsAt: Date
  online: boolean
  locationName: string
  address: string
}

const when = (locale: 'nl' | 'en', moment: Date) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(moment)

const where = (locale: 'nl' | 'en', e: MailEvent) =>
  e.online ? (locale === 'en' ? 'online' : 'online') : [e.locationName, e.address].filter(Boolean).join(', ')

const greeting = (p: Recipient) =>
  p.locale === 'en' ? `Dear ${p.givenName || 'reader'},` : `Beste ${p.givenName || 'lezer'},`
const closing = (p: Recipient) =>
  p.locale === 'en' ? 'Kind regards,\nVakregister' : 'Met vriendelijke groet,\nVakregister'
const body = (lines: string[]) => `${lines.join('\n')}\n`

/** A place came free: confirm within the offer period from the link. */
export function offerMail(
  p: Recipient,
  e: MailEvent,
  signUpId: string,
  expiresAt: Date,
  publicUrl: string,
): MailMessage {
  const link = `${publicUrl}/agenda/aanmeldingen/${signUpId}/bevestigen`
  const en = p.locale === 'en'
  return {
    to: p.email,
    template: 'events.place-offered',
    subject: en ? `A place is free for you: ${e.title}` : `Er is een plaats vrij voor jou: ${e.title}`,
    text: body([
      greeting(p),
      '',
      en
        ? `A place has come free at "${e.title}" on ${when('en', e.startsAt)} (${where('en', e)}). You were first on the waiting list.`
        : `Er is een plaats vrijgekomen bij "${e.title}" op ${when('nl', e.startsAt)} (${where('nl', e)}). Jij stond als eerste op de wachtlijst.`,
      en
        ? `Confirm your place before ${when('en', expiresAt)}. After that, the place goes to the next person.`
        : `Bevestig je plaats vóór ${when('nl', expiresAt)}. Daarna gaat de plaats naar de volgende op de wachtlijst.`,
      '',
      `${en ? 'Confirm your place' : 'Bevestig je plaats'}: ${link}`,
      '',
      closing(p),
    ]),
  }
}

/** The event was cancelled by the organiser. */
export function eventCancelledMail(p: Recipient, e: MailEvent, reason: string): MailMessage {
  const en = p.locale === 'en'
  return {
    to: p.email,
    template: 'events.event-cancelled',
    subject: en ? `Cancelled: ${e.title}` : `Geannuleerd: ${e.title}`,
    text: body([
      greeting(p),
      '',
      en
        ? `The event "${e.title}" on ${when('en', e.startsAt)} has been cancelled by the organiser. Your sign-up has ended.`
        : `De bijeenkomst "${e.title}" op ${when('nl', e.startsAt)} is geannuleerd door de organisator. Je aanmelding is daarmee vervallen.`,
      '',
      `${en ? 'Reason' : 'Reden'}: ${reason}`,
      '',
      closing(p),
    ]),
  }
}

/**
 * The reminder the day before, with the event as an `.ics` attachment; at a location also the ticket code
 * (`ABCD-EFGH`, as the ticket shows it) and where the ticket with its QR code is.
 */
export function reminderMail(
  p: Recipient,
  e: MailEvent,
  onlineUrl: string | null,
  ics: string,
  publicUrl: string,
  ticketCode: string | null = null,
): MailMessage {
  const en = p.locale === 'en'
  const link = `${publicUrl}/agenda/${e.id}`
  const ticketLines = ticketCode
    ? [
        '',
        en
          ? `Your ticket code: ${ticketCode}. If scanning does not work, say this code at the entrance.`
          : `Je ticketcode: ${ticketCode}. Lukt scannen niet? Noem dan deze code bij de ingang.`,
        `${en ? 'Your ticket with the QR code' : 'Je ticket met de QR-code'}: ${publicUrl}/mijn-aanmeldingen`,
      ]
    : []
  return {
    to: p.email,
    template: 'events.reminder',
    subject: en ? `Tomorrow: ${e.title}` : `Morgen: ${e.title}`,
    text: body([
      greeting(p),
      '',
      en
        ? `A reminder: tomorrow, ${when('en', e.startsAt)}, is "${e.title}" (${where('en', e)}).`
        : `Een herinnering: morgen, ${when('nl', e.startsAt)}, is "${e.title}" (${where('nl', e)}).`,
      ...(onlineUrl ? ['', `${en ? 'Join online' : 'Online meedoen'}: ${onlineUrl}`] : []),
      ...ticketLines,
      '',
      en
        ? `The event is attached for your calendar. Cannot come? Cancel before the deadline, so someone on the waiting list gets your place: ${link}`
        : `De bijeenkomst zit als bijlage bij deze mail, voor je agenda. Kun je niet? Meld je dan af, zodat iemand van de wachtlijst je plaats krijgt: ${link}`,
      '',
      closing(p),
    ]),
    attachments: [{ filename: 'bijeenkomst.ics', contentType: 'text/calendar; charset=utf-8', content: ics }],
  }
}

/** The organiser's own message to everyone who signed up. */
export function organiserMail(
  p: Recipient,
  e: MailEvent,
  organiser: string,
  subject: string,
  text: string,
): MailMessage {
  const en = p.locale === 'en'
  return {
    to: p.email,
    template: 'events.organiser-message',
    subject: `${e.title}: ${subject}`,
    text: body([
      greeting(p),
      '',
      en
        ? `${organiser}, the organiser of "${e.title}" (${when('en', e.startsAt)}), sends you this message:`
        : `${organiser}, de organisator van "${e.title}" (${when('nl', e.startsAt)}), stuurt je dit bericht:`,
      '',
      text,
      '',
      closing(p),
    ]),
  }
}
