import { type Actor, hasMembershipRole, hasStaffRole } from '../../platform/auth/actor.ts'

export type AttendanceAction = 'record' | 'recordViaApi' | 'read' | 'withdraw' | 'manageApiKeys'

/** What the policy needs to know: the provider organisation of the run (or the organisation of the API keys). */
export interface ProviderResource {
  organisationId: string
}

/**
 * Who may record and read attendance. Provider staff of the activity's provider record it (form, list, file); an
 * API key of that provider records it through the API, and nothing else; the register office reads every list and
 * may withdraw an attendance. Provider staff manage their own organisation's API keys.
 */
export function canAttendance(actor: Actor | null, action: AttendanceAction, resource: ProviderResource): boolean {
  if (actor === null) return false
  if (actor.apiKey) return action === 'recordViaApi' && actor.apiKey.organisationId === resource.organisationId
  const staff = hasMembershipRole(actor, resource.organisationId, 'provider_staff')
  switch (action) {
    case 'record':
    case 'manageApiKeys':
      return staff
    case 'read':
    case 'withdraw':
      return staff || hasStaffRole(actor, 'register_office')
    case 'recordViaApi':
      return false
  }
}
