import type { Locale } from '../http/messages.ts'

const texts = {
  nl: {
    csrf: 'Dit verzoek is geweigerd ter beveiliging. Laad de pagina opnieuw en probeer het nog eens.',
    'mfa-required': 'Vul eerst de code uit je authenticator-app in om verder te gaan.',
    'mfa-setup-required': 'Stel eerst tweestapsverificatie in om verder te gaan.',
    unauthenticated: 'Log in om verder te gaan.',
  },
  en: {
    csrf: 'This request was refused for security reasons. Reload the page and try again.',
    'mfa-required': 'First enter the code from your authenticator app to continue.',
    'mfa-setup-required': 'First set up two-step verification to continue.',
    unauthenticated: 'Log in to continue.',
  },
} as const

export type AuthMessage = keyof (typeof texts)['nl']

export const authMessage = (locale: Locale, key: AuthMessage): string => texts[locale][key]
