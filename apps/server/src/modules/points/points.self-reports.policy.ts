import { type Actor, hasStaffRole } from '../../platform/auth/actor.ts'

export type SelfReportAction = 'submit' | 'read' | 'withdraw' | 'review' | 'decide' | 'spotCheck' | 'configure'

/** What the policy needs to know about the self-report (or, for `submit`, the registration) acted on. */
export interface SelfReportResource {
  /** The professional whose registration it is. */
  ownerUserId: string
  /** For `submit`: the status of the registration the activity is reported for. */
  registrationStatus?: string
}

/** Registrations that collect points: registered, or suspended (the cycle runs on). */
export const REPORTING_STATUSES = ['registered', 'suspended'] as const

/** Who may do what with self-reported activities (zelf ingebrachte activiteiten). */
export function canSelfReport(actor: Actor | null, action: SelfReportAction, resource?: SelfReportResource): boolean {
  if (actor === null) return false
  const own = resource !== undefined && resource.ownerUserId === actor.userId
  const office = hasStaffRole(actor, 'register_office')
  switch (action) {
    case 'submit':
      return own && (REPORTING_STATUSES as readonly string[]).includes(resource!.registrationStatus ?? '')
    case 'read':
      return own || (office && resource !== undefined)
    case 'withdraw':
      return own
    case 'review':
    case 'configure':
      return office
    case 'decide':
    case 'spotCheck':
      // Nobody decides on (or checks) their own activity.
      return office && resource !== undefined && !own
  }
}
