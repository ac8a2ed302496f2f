import { type Actor, hasMembershipRole, hasStaffRole } from '../../platform/auth/actor.ts'

export type OrganisationAction = 'list' | 'read' | 'create' | 'update' | 'readMemberships' | 'manageMemberships'

/** Who may do what with organisations. Resource: the organisation id (undefined for list/create). */
export function canOrganisation(actor: Actor | null, action: OrganisationAction, organisationId?: string): boolean {
  if (actor === null) return false
  switch (action) {
    case 'list':
    case 'read':
      return true
    case 'create':
    case 'update':
    case 'manageMemberships':
      return hasStaffRole(actor, 'admin', 'register_office')
    case 'readMemberships':
      return (
        hasStaffRole(actor, 'admin', 'register_office') ||
        (organisationId !== undefined && hasMembershipRole(actor, organisationId, 'employer_manager', 'provider_staff'))
      )
  }
}
