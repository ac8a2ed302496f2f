import type { MailMessage } from '../../platform/mail/mail.service.ts'

// The invitation mail (Dutch B1; the address's language is not known, so a short English line follows).

const formatDate = (date: Date) =>
  new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(date)

export function invitationMail(input: {
  to: string
  organisationId: string
  organisationName: string
  inviterName: string
  expiresAt: Date
  publicUrl: string
}): MailMessage {
  const link = `${input.publicUrl}/inschrijven?werkgever=${encodeURIComponent(input.organisationId)}`
  const by = input.inviterName ? `${input.inviterName} van ${input.organisationName}` : input.organisationName
  return {
    to: input.to,
    template: 'employers.invitation',
    subject: `Uitnodiging van ${input.organisationName}: schrijf je in bij het beroepsregister`,
    text: [
      'Beste collega,',
      '',
      `${by} nodigt je uit om je in te schrijven in het beroepsregister van Vakregister.`,
      `Met deze link staat ${input.organisationName} al ingevuld als je werkgever:`,
      '',
      link,
      '',
      `De uitnodiging geldt tot ${formatDate(input.expiresAt)}. Heb je al een registratie? Dan hoef je niets te doen.`,
      'Je werkgever ziet je PE-stand alleen als jij daar zelf toestemming voor geeft.',
      '',
      `(English: ${input.organisationName} invites you to apply for the Vakregister professional register: ${link})`,
      '',
      'Met vriendelijke groet,',
      'Vakregister',
      '',
    ].join('\n'),
  }
}
