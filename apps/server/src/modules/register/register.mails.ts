import type { MailMessage } from '../../platform/mail/mail.service.ts'

// The register's mails about applications, in Dutch (B1) and English. Links point at the web app.

type Locale = 'nl' | 'en'
export interface MailPerson {
  email: string
  givenName: string
  locale: Locale
}

const greeting = (person: MailPerson) =>
  person.locale === 'en' ? `Dear ${person.givenName || 'reader'},` : `Beste ${person.givenName || 'lezer'},`

const signature = (locale: Locale) =>
  locale === 'en'
    ? 'Kind regards,\nThe register office\nVakregister'
    : 'Met vriendelijke groet,\nHet registerbureau\nVakregister'

function mail(person: MailPerson, template: string, subject: string, lines: string[]): MailMessage {
  return {
    to: person.email,
    template,
    subject,
    text: [greeting(person), '', ...lines, '', signature(person.locale), ''].join('\n'),
  }
}

/** The applicant's page of one application. */
export const applicationLink = (publicUrl: string, applicationId: string) =>
  `${publicUrl}/mijn-aanvragen/${applicationId}`

export function applicationReceivedMail(
  person: MailPerson,
  publicUrl: string,
  applicationId: string,
  registerName: string,
): MailMessage {
  const link = applicationLink(publicUrl, applicationId)
  return person.locale === 'en'
    ? mail(person, 'register.application-received', `We received your application for the ${registerName}`, [
        `We received your application for the ${registerName}. The register office will review it.`,
        'You will get an email when there is a decision or a question.',
        '',
        `See your application: ${link}`,
      ])
    : mail(person, 'register.application-received', `We hebben je aanvraag voor het ${registerName} ontvangen`, [
        `We hebben je aanvraag voor het ${registerName} ontvangen. Het registerbureau gaat hem beoordelen.`,
        'Je krijgt een e-mail als er een besluit is of als we een vraag hebben.',
        '',
        `Bekijk je aanvraag: ${link}`,
      ])
}

export function informationRequestedMail(
  person: MailPerson,
  publicUrl: string,
  applicationId: string,
  question: string,
): MailMessage {
  const link = applicationLink(publicUrl, applicationId)
  return person.locale === 'en'
    ? mail(person, 'register.application-info-requested', 'A question about your application', [
        'The register office has a question about your application:',
        '',
        question,
        '',
        `Answer the question here: ${link}`,
        'Once you have answered, we continue reviewing your application.',
      ])
    : mail(person, 'register.application-info-requested', 'Een vraag over je aanvraag', [
        'Het registerbureau heeft een vraag over je aanvraag:',
        '',
        question,
        '',
        `Geef hier antwoord: ${link}`,
        'Als je hebt geantwoord, gaan we verder met je aanvraag.',
      ])
}

export function applicationApprovedMail(
  person: MailPerson,
  publicUrl: string,
  registerName: string,
  registrationNumber: string,
  validUntil: string,
): MailMessage {
  const page = `${publicUrl}/mijn-registratie`
  const publicPage = `${publicUrl}/register/${registrationNumber}`
  return person.locale === 'en'
    ? mail(person, 'register.application-approved', `You are now registered in the ${registerName}`, [
        `Your application has been approved. You are now registered in the ${registerName}.`,
        '',
        `Your registration number: ${registrationNumber}`,
        `Your first registration period runs until ${validUntil}.`,
        '',
        `Your registration and certificates: ${page}`,
        `Your public page: ${publicPage}`,
      ])
    : mail(person, 'register.application-approved', `Je staat nu in het ${registerName}`, [
        `Je aanvraag is goedgekeurd. Je staat nu in het ${registerName}.`,
        '',
        `Je registratienummer: ${registrationNumber}`,
        `Je eerste registratieperiode loopt tot en met ${validUntil}.`,
        '',
        `Je registratie en je certificaten: ${page}`,
        `Je openbare pagina: ${publicPage}`,
      ])
}

export function applicationRejectedMail(
  person: MailPerson,
  publicUrl: string,
  applicationId: string,
  registerName: string,
  reason: string,
): MailMessage {
  const link = applicationLink(publicUrl, applicationId)
  const again = `${publicUrl}/inschrijven`
  return person.locale === 'en'
    ? mail(person, 'register.application-rejected', `Your application for the ${registerName} was rejected`, [
        `The register office has rejected your application for the ${registerName}. The reason:`,
        '',
        reason,
        '',
        `See your application: ${link}`,
        `Can you meet the requirements later? Then you can apply again: ${again}`,
      ])
    : mail(person, 'register.application-rejected', `Je aanvraag voor het ${registerName} is afgewezen`, [
        `Het registerbureau heeft je aanvraag voor het ${registerName} afgewezen. De reden:`,
        '',
        reason,
        '',
        `Bekijk je aanvraag: ${link}`,
        `Voldoe je later wel aan de eisen? Dan kun je opnieuw een aanvraag doen: ${again}`,
      ])
}
