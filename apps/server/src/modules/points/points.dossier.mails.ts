import type { Locale } from '../../platform/http/messages.ts'
import type { MailMessage } from '../../platform/mail/mail.service.ts'
import { displayDate } from '../register/register.decisions.checks.ts'
import { CATEGORY_NAMES } from './points.dossier.export.ts'
import type { ForecastLine } from './points.rules.ts'

// The mail to a professional who falls behind at the current pace (points.behind.ts sends it).

export interface BehindRecipient {
  email: string
  givenName: string
  locale: Locale
  register: string
  registrationNumber: string | null
}

const points = (locale: Locale, value: number) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(value)

export function behindMail(
  person: BehindRecipient,
  endDate: string,
  lines: readonly ForecastLine[],
  publicUrl: string,
): MailMessage {
  const locale = person.locale
  const end = displayDate(locale, endDate)
  const link = `${publicUrl}/mijn-pe-punten`
  const names = CATEGORY_NAMES[locale]
  const short = lines.map((l) =>
    locale === 'en'
      ? `- ${points(locale, l.shortfall)} points ${names[l.category]}`
      : `- ${points(locale, l.shortfall)} punten ${names[l.category]}`,
  )
  const text =
    locale === 'en'
      ? [
          `Dear ${person.givenName || 'reader'},`,
          '',
          `At the pace of your CPD so far you will not meet the re-registration norm of the ${person.register} (number ${person.registrationNumber ?? ''}).`,
          `On ${end}, the end of your registration period, you would be short:`,
          ...short,
          '',
          'There is still time: plan training or reflection (intervision, supervision) in the coming months.',
          `See your CPD dossier: ${link}`,
          '',
          'Kind regards,\nVakregister',
        ]
      : [
          `Beste ${person.givenName || 'lezer'},`,
          '',
          `Op het tempo van je PE-punten tot nu toe haal je de norm voor herregistratie in het ${person.register} (nummer ${person.registrationNumber ?? ''}) niet.`,
          `Op ${end}, het einde van je registratieperiode, kom je dan tekort:`,
          ...short,
          '',
          'Er is nog tijd: plan scholing of reflectie (intervisie, supervisie) in de komende maanden.',
          `Bekijk je PE-dossier: ${link}`,
          '',
          'Met vriendelijke groet,\nVakregister',
        ]
  return {
    to: person.email,
    template: 'points.behind',
    subject: locale === 'en' ? 'You are falling behind with your CPD points' : 'Je loopt achter met je PE-punten',
    text: `${text.join('\n')}\n`,
  }
}
