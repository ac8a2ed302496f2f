import { type Actor, hasMembershipRole } from '../../platform/auth/actor.ts'

export type EventAction = 'readAgenda' | 'manage' | 'readSignUps' | 'signUp' | 'manageOwnSignUp' | 'manageFeed'

/** What the policy needs to know about the event (or sign-up) acted on. */
export interface EventResource {
  /** The organiser (provider organisation) of the event. */
  organisationId?: string
  /** The person a sign-up belongs to. */
  ownerId?: string
}

/**
 * Who may do what in the agenda. Everyone reads the public agenda. Provider staff (membership role provider_staff,
 * MFA required) of the organiser create, change and cancel its events and see who signed up. Any logged-in person
 * signs up (a registration number is not needed: points are booked only for a registration, at check-in); only
 * the person themself cancels or confirms their sign-up and manages their calendar link. API keys do none of it.
 */
export function canEvent(actor: Actor | null, action: EventAction, resource: EventResource = {}): boolean {
  if (action === 'readAgenda') return true
  if (actor === null || actor.apiKey) return false
  switch (action) {
    case 'manage':
    case 'readSignUps':
      return (
        resource.organisationId !== undefined && hasMembershipRole(actor, resource.organisationId, 'provider_staff')
      )
    case 'signUp':
    case 'manageFeed':
      return true
    case 'manageOwnSignUp':
      return resource.ownerId !== undefined && resource.ownerId === actor.userId
  }
}
