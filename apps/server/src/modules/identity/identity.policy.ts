import { type Actor, hasStaffRole } from '../../platform/auth/actor.ts'
import { isMfaRequired } from './identity.rules.ts'

export type IdentityAction =
  | 'readOwnAccount'
  | 'updateOwnProfile'
  | 'changeOwnPassword'
  | 'manageOwnSessions'
  | 'setUpMfa'
  | 'disableMfa'
  /** Find other people's accounts (admin, register office). */
  | 'listUsers'
  /** Give or take staff roles (admin only). */
  | 'manageStaffRoles'

/** What a person may do with their own account; only staff find other accounts, only an admin changes staff roles. */
export function canIdentity(actor: Actor | null, action: IdentityAction): boolean {
  if (actor === null) return false
  switch (action) {
    case 'readOwnAccount':
    case 'updateOwnProfile':
    case 'changeOwnPassword':
    case 'manageOwnSessions':
    case 'setUpMfa':
      return true
    case 'disableMfa':
      return !isMfaRequired(actor.staffRoles, actor.memberships)
    case 'listUsers':
      return hasStaffRole(actor, 'admin', 'register_office')
    case 'manageStaffRoles':
      return hasStaffRole(actor, 'admin')
  }
}

/** True when this actor's roles require MFA. */
export const actorNeedsMfa = (actor: Actor) => isMfaRequired(actor.staffRoles, actor.memberships)
