import type { Actor } from '../../platform/auth/actor.ts'
import { isMfaRequired } from './identity.rules.ts'

export type IdentityAction =
  | 'readOwnAccount'
  | 'updateOwnProfile'
  | 'changeOwnPassword'
  | 'manageOwnSessions'
  | 'setUpMfa'
  | 'disableMfa'

/** What a person may do with their own account. Nobody manages another person's account here. */
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
  }
}

/** True when this actor's roles require MFA. */
export const actorNeedsMfa = (actor: Actor) => isMfaRequired(actor.staffRoles, actor.memberships)
