import type { MailMessage } from '../../platform/mail/mail.service.ts'

// The identity mails, in Dutch (B1) and English. Links point at the web app (config.publicUrl).

type Locale = 'nl' | 'en'
interface Person {
  email: string
  givenName: string
  locale: Locale
}

const greeting = (person: Person) =>
  person.locale === 'en' ? `Dear ${person.givenName || 'reader'},` : `Beste ${person.givenName || 'lezer'},`

const signature = (locale: Locale) =>
  locale === 'en' ? 'Kind regards,\nVakregister' : 'Met vriendelijke groet,\nVakregister'

function mail(person: Person, template: string, subject: string, lines: string[]): MailMessage {
  return {
    to: person.email,
    template,
    subject,
    text: [greeting(person), '', ...lines, '', signature(person.locale), ''].join('\n'),
  }
}

export function verifyEmailMail(person: Person, publicUrl: string, token: string): MailMessage {
  const link = `${publicUrl}/verifieren?token=${encodeURIComponent(token)}`
  return person.locale === 'en'
    ? mail(person, 'identity.verify-email', 'Confirm your email address for Vakregister', [
        'You created an account at Vakregister. Confirm your email address with this link:',
        '',
        link,
        '',
        'The link works for 24 hours. Did you not create an account? Then you can ignore this email.',
      ])
    : mail(person, 'identity.verify-email', 'Bevestig je e-mailadres voor Vakregister', [
        'Je hebt een account gemaakt bij Vakregister. Bevestig je e-mailadres met deze link:',
        '',
        link,
        '',
        'De link werkt 24 uur. Heb je geen account gemaakt? Dan kun je deze e-mail negeren.',
      ])
}

export function accountExistsMail(person: Person, publicUrl: string): MailMessage {
  const login = `${publicUrl}/inloggen`
  const reset = `${publicUrl}/wachtwoord-vergeten`
  return person.locale === 'en'
    ? mail(person, 'identity.account-exists', 'You already have an account at Vakregister', [
        'Someone tried to create a new account with this email address. You already have an account.',
        '',
        `Log in here: ${login}`,
        `Forgot your password? Choose a new one here: ${reset}`,
        '',
        'Was this not you? Then you do not need to do anything.',
      ])
    : mail(person, 'identity.account-exists', 'Je hebt al een account bij Vakregister', [
        'Iemand probeerde een nieuw account te maken met dit e-mailadres. Je hebt al een account.',
        '',
        `Log hier in: ${login}`,
        `Wachtwoord vergeten? Kies hier een nieuw wachtwoord: ${reset}`,
        '',
        'Was jij dit niet? Dan hoef je niets te doen.',
      ])
}

export function passwordResetMail(person: Person, publicUrl: string, token: string): MailMessage {
  const link = `${publicUrl}/wachtwoord-herstellen?token=${encodeURIComponent(token)}`
  return person.locale === 'en'
    ? mail(person, 'identity.password-reset', 'Choose a new password for Vakregister', [
        'You asked for a new password. Choose a new password with this link:',
        '',
        link,
        '',
        'The link works for 1 hour and only once. Did you not ask for this? Then you can ignore this email: your password stays the same.',
      ])
    : mail(person, 'identity.password-reset', 'Kies een nieuw wachtwoord voor Vakregister', [
        'Je hebt gevraagd om een nieuw wachtwoord. Kies een nieuw wachtwoord met deze link:',
        '',
        link,
        '',
        'De link werkt 1 uur en maar 1 keer. Heb je dit niet gevraagd? Dan kun je deze e-mail negeren: je wachtwoord blijft hetzelfde.',
      ])
}

export function passwordChangedMail(person: Person, publicUrl: string): MailMessage {
  const reset = `${publicUrl}/wachtwoord-vergeten`
  return person.locale === 'en'
    ? mail(person, 'identity.password-changed', 'Your Vakregister password was changed', [
        'The password of your Vakregister account was just changed. You were logged out on your other devices.',
        '',
        `Was this not you? Choose a new password straight away: ${reset}`,
      ])
    : mail(person, 'identity.password-changed', 'Je wachtwoord voor Vakregister is gewijzigd', [
        'Het wachtwoord van je account bij Vakregister is net gewijzigd. Je bent op je andere apparaten uitgelogd.',
        '',
        `Heb jij dit niet gedaan? Kies dan meteen een nieuw wachtwoord: ${reset}`,
      ])
}
