import { type Actor, hasMembershipRole, hasStaffRole } from '../../platform/auth/actor.ts'

export type AccreditationAction =
  | 'readCatalogue'
  | 'actAsProvider'
  | 'submit'
  | 'readOwn'
  | 'withdraw'
  | 'object'
  | 'manageRuns'
  | 'review'
  | 'decide'
  | 'check'
  | 'decideObjection'
  | 'manageAccreditedProviders'

/** What the policy needs to know about the activity (or objection) acted on. */
export interface AccreditationResource {
  /** The provider organisation of the activity. */
  organisationId?: string
  /** For decideObjection: who took the decision objected to (null: decided automatically). */
  originalDeciderId?: string | null
}

/**
 * Who may do what in accreditation. The provider's staff (membership role provider_staff, which requires MFA) submit,
 * withdraw, object and manage runs of their own organisation's activities; the register office reviews and decides;
 * an objection is decided by another member of the register office than the one whose decision is objected to.
 * The public catalogue is open to everyone.
 */
export function canAccreditation(
  actor: Actor | null,
  action: AccreditationAction,
  resource: AccreditationResource = {},
): boolean {
  switch (action) {
    case 'readCatalogue':
      return true
    case 'actAsProvider':
      return actor?.memberships.some((m) => m.role === 'provider_staff') ?? false
    case 'submit':
    case 'readOwn':
    case 'withdraw':
    case 'object':
    case 'manageRuns':
      return (
        resource.organisationId !== undefined && hasMembershipRole(actor, resource.organisationId, 'provider_staff')
      )
    case 'review':
    case 'decide':
    case 'check':
    case 'manageAccreditedProviders':
      return hasStaffRole(actor, 'register_office')
    case 'decideObjection':
      return (
        hasStaffRole(actor, 'register_office') &&
        resource.originalDeciderId !== undefined &&
        resource.originalDeciderId !== actor!.userId
      )
  }
}
