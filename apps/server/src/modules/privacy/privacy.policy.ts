import { type Actor, hasStaffRole } from '../../platform/auth/actor.ts'

export type PrivacyAction = 'exportOwn' | 'requestOwn' | 'listOwnRequests' | 'listRequests' | 'decideRequest'

/** Data requests are the person's own; the register office handles them (never its own request). */
export interface DataRequestResource {
  /** Whose request it is (null after an erasure). */
  userId: string | null
}

export function canPrivacy(actor: Actor | null, action: PrivacyAction, request?: DataRequestResource): boolean {
  if (actor === null) return false
  switch (action) {
    case 'exportOwn':
    case 'requestOwn':
    case 'listOwnRequests':
      return true
    case 'listRequests':
      return hasStaffRole(actor, 'register_office')
    case 'decideRequest':
      return hasStaffRole(actor, 'register_office') && request !== undefined && request.userId !== actor.userId
  }
}
