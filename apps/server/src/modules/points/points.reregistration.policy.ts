import { type Actor, hasStaffRole } from '../../platform/auth/actor.ts'

// Who may do what with re-registration: the professional applies for their own registration; the register office
// reads the queue and decides, never on its own request.

export type ReregistrationAction = 'preview' | 'apply' | 'listRequests' | 'readRequest' | 'decide'

/** The registration (for preview and apply) or the request's registration (read, decide). */
export interface ReregistrationResource {
  /** The registrant. */
  userId: string
}

export function canReregistration(
  actor: Actor | null,
  action: ReregistrationAction,
  resource?: ReregistrationResource,
): boolean {
  switch (action) {
    case 'apply':
      return actor !== null && resource !== undefined && resource.userId === actor.userId
    case 'preview':
    case 'readRequest':
      return (
        actor !== null &&
        resource !== undefined &&
        (resource.userId === actor.userId || hasStaffRole(actor, 'register_office'))
      )
    case 'listRequests':
      return hasStaffRole(actor, 'register_office')
    case 'decide':
      return hasStaffRole(actor, 'register_office') && resource !== undefined && resource.userId !== actor!.userId
  }
}
