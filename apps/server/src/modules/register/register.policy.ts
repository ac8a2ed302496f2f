import { type Actor, hasStaffRole } from '../../platform/auth/actor.ts'

export type RegisterAction =
  | 'apply'
  | 'reviewApplication'
  | 'decideApplication'
  | 'readApplication'
  | 'answerApplication'
  | 'decideStatus'
  | 'confirmRemoval'
  | 'requestRemoval'
  | 'cancelRemoval'
  | 'decideCycle'
  | 'readOwn'
  | 'changeOwnVisibility'
  | 'readAny'
  | 'readPublic'
  | 'configureRegisters'

/** What the policy needs to know about the registration acted on. */
export interface RegistrationResource {
  /** The registrant. */
  userId: string
  /** Who asked for a pending removal (for confirmRemoval: someone else must confirm). */
  removalRequestedBy?: string | null
}

/** Who may do what in the register. */
export function canRegister(actor: Actor | null, action: RegisterAction, registration?: RegistrationResource): boolean {
  switch (action) {
    case 'readPublic':
      return true
    case 'configureRegisters':
      return hasStaffRole(actor, 'register_office', 'admin')
    case 'apply':
      return actor !== null
    case 'reviewApplication':
    case 'decideStatus':
    case 'requestRemoval':
    case 'cancelRemoval':
    case 'decideCycle':
    case 'readAny':
      return hasStaffRole(actor, 'register_office')
    case 'confirmRemoval':
      return (
        hasStaffRole(actor, 'register_office') &&
        registration !== undefined &&
        !!registration.removalRequestedBy &&
        registration.removalRequestedBy !== actor!.userId
      )
    case 'readOwn':
    case 'changeOwnVisibility':
    case 'answerApplication':
      return actor !== null && registration !== undefined && registration.userId === actor.userId
    case 'decideApplication':
      // Nobody decides on their own application.
      return (
        hasStaffRole(actor, 'register_office') && registration !== undefined && registration.userId !== actor!.userId
      )
    case 'readApplication':
      return (
        actor !== null &&
        registration !== undefined &&
        (registration.userId === actor.userId || hasStaffRole(actor, 'register_office'))
      )
  }
}
