import { type Actor, hasMembershipRole } from '../../platform/auth/actor.ts'

export type AttendanceAction = 'readOwnCertificate' | 'submitEvaluation' | 'readEvaluationSummary'

/** The person a sign-up belongs to (and whether they were checked in), or the event's organiser. */
export interface AttendanceResource {
  ownerId?: string
  /** The person has a check-in for the event that is not undone. */
  attended?: boolean
  organisationId?: string
}

/**
 * Certificates of attendance and evaluations. Only the person themself downloads their certificate (not the organiser,
 * not the register office: the points are in the dossier, which they can read). Only a person who was checked in
 * evaluates, and only as themself. Provider staff of the organiser read the evaluation summary — never single
 * answers, and nobody gets an answer with a person (decision 015). API keys do none of it.
 */
export function canAttendance(actor: Actor | null, action: AttendanceAction, resource: AttendanceResource = {}) {
  if (actor === null || actor.apiKey) return false
  switch (action) {
    case 'readOwnCertificate':
      return resource.ownerId !== undefined && resource.ownerId === actor.userId
    case 'submitEvaluation':
      return resource.ownerId !== undefined && resource.ownerId === actor.userId && resource.attended === true
    case 'readEvaluationSummary':
      return (
        resource.organisationId !== undefined && hasMembershipRole(actor, resource.organisationId, 'provider_staff')
      )
  }
}
