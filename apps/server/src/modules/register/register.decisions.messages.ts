import type { Locale } from '../../platform/http/messages.ts'

// Dutch (B1) and English texts for the register office's decisions: status changes, removal, cycle decisions.
export const DECISION_MESSAGES = {
  nl: {
    reasonRequired: 'Vul een reden in.',
    outcomeRequired: 'Vul in wat er is besloten.',
    futureDate: 'De ingangsdatum mag niet in de toekomst liggen.',
    beforeRegistered: 'De ingangsdatum mag niet vóór de registratiedatum ({date}) liggen.',
    publicUntilRequired: 'Vul in tot wanneer de maatregel openbaar is.',
    publicUntilOrder: 'De openbare periode moet na de ingangsdatum eindigen.',
    publicUntilNotAllowed: 'Een openbare periode hoort alleen bij een schorsing.',
    postponedUntilRequired: 'Vul de nieuwe einddatum van de periode in.',
    postponedUntilOrder: 'De nieuwe einddatum moet na het einde van de periode ({date}) liggen.',
    postponedUntilNotAllowed: 'Een nieuwe einddatum hoort alleen bij uitstel.',
    removalPending: 'Er is al een verzoek tot doorhaling dat wacht op bevestiging.',
    removalNotFound: 'Dit verzoek tot doorhaling bestaat niet.',
    removalResolved: 'Dit verzoek tot doorhaling is al afgehandeld.',
    noOpenCycle: 'Deze registratie heeft geen lopende registratieperiode.',
  },
  en: {
    reasonRequired: 'Enter a reason.',
    outcomeRequired: 'Enter what was decided.',
    futureDate: 'The effective date cannot be in the future.',
    beforeRegistered: 'The effective date cannot be before the registration date ({date}).',
    publicUntilRequired: 'Enter until when the measure is public.',
    publicUntilOrder: 'The public period must end after the effective date.',
    publicUntilNotAllowed: 'A public period belongs to a suspension only.',
    postponedUntilRequired: 'Enter the new end date of the cycle.',
    postponedUntilOrder: 'The new end date must be after the end of the cycle ({date}).',
    postponedUntilNotAllowed: 'A new end date belongs to a postponement only.',
    removalPending: 'There is already a removal request waiting for confirmation.',
    removalNotFound: 'This removal request does not exist.',
    removalResolved: 'This removal request has already been handled.',
    noOpenCycle: 'This registration has no current cycle.',
  },
} satisfies Record<Locale, Record<string, string>>

export type DecisionMessageKey = keyof (typeof DECISION_MESSAGES)['nl']

export const decisionMessage = (locale: Locale, key: DecisionMessageKey, params: Record<string, string> = {}) =>
  DECISION_MESSAGES[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '')
