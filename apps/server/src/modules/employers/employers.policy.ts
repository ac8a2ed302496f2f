import { type Actor, hasMembershipRole } from '../../platform/auth/actor.ts'

export type EmployerAction = 'invite' | 'listInvitations' | 'readTeam' | 'readStanding' | 'manageOwnConsent'

/** What the policy needs to know: the employer acted for and, for a standing, whether the person consents now. */
export interface EmployerResource {
  organisationId: string
  /** For readStanding: true only while the person shares their CPD standing with this organisation. */
  consented?: boolean
  /** For manageOwnConsent: whose consent it is. */
  userId?: string
}

/**
 * Who may do what for an employer. Only the employer's own managers (role employer_manager, which requires MFA) see
 * the team and invite staff; the register office and admins have no part in it. A person's CPD standing is shown only
 * while that person consents. Everyone switches only their own consent.
 */
export function canEmployer(actor: Actor | null, action: EmployerAction, resource: EmployerResource): boolean {
  if (actor === null) return false
  switch (action) {
    case 'invite':
    case 'listInvitations':
    case 'readTeam':
      return hasMembershipRole(actor, resource.organisationId, 'employer_manager')
    case 'readStanding':
      return hasMembershipRole(actor, resource.organisationId, 'employer_manager') && resource.consented === true
    case 'manageOwnConsent':
      return resource.userId === actor.userId
  }
}
