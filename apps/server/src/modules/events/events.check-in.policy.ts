import { type Actor, hasMembershipRole } from '../../platform/auth/actor.ts'

export type CheckInAction =
  | 'checkIn'
  | 'readCheckIns'
  | 'correctCheckIn'
  | 'manageKeyword'
  | 'readOwnTicket'
  | 'checkInSelf'

/** The event's organiser, or the person a sign-up belongs to. */
export interface CheckInResource {
  organisationId?: string
  ownerId?: string
}

/**
 * Who may check in. Provider staff (membership role provider_staff, MFA required) of the event's organiser check
 * people in (scan, code, list), see the check-in list, set the keyword of an online session and correct check-ins
 * afterwards. A person reads only their own ticket and checks only themselves in with the keyword. Nobody else: not
 * the register office (it corrects points through the points module) and no API key.
 */
export function canCheckIn(actor: Actor | null, action: CheckInAction, resource: CheckInResource = {}): boolean {
  if (actor === null || actor.apiKey) return false
  switch (action) {
    case 'checkIn':
    case 'readCheckIns':
    case 'correctCheckIn':
    case 'manageKeyword':
      return (
        resource.organisationId !== undefined && hasMembershipRole(actor, resource.organisationId, 'provider_staff')
      )
    case 'readOwnTicket':
    case 'checkInSelf':
      return resource.ownerId !== undefined && resource.ownerId === actor.userId
  }
}
