import type { Locale } from '../../platform/http/messages.ts'
import type { StatusTransitionError, TransitionErrorCode } from './register.rules.ts'

// Dutch (B1) and English texts for refused status transitions.
const texts: Record<Locale, Record<TransitionErrorCode, string>> = {
  nl: {
    'transition-not-allowed': 'Dit kan niet bij deze registratie: de status is nu "{status}".',
    'confirmation-required': 'Een tweede medewerker van het registerbureau moet de doorhaling bevestigen.',
    'confirmer-is-requester': 'Je kunt je eigen verzoek tot doorhaling niet zelf bevestigen. Vraag een collega.',
  },
  en: {
    'transition-not-allowed': 'This is not possible for this registration: its status is now "{status}".',
    'confirmation-required': 'A second member of the register office must confirm the removal.',
    'confirmer-is-requester': 'You cannot confirm your own removal request. Ask a colleague.',
  },
}

const STATUS_NAMES: Record<Locale, Record<StatusTransitionError['from'], string>> = {
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
}

/** The message for a refused transition, for a 409 problem. */
export function transitionErrorMessage(locale: Locale, error: StatusTransitionError): string {
  return texts[locale][error.code].replace('{status}', STATUS_NAMES[locale][error.from])
}
