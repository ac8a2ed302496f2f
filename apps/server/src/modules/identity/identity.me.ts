import { canAudit } from '../../platform/audit/audit.policy.ts'
import type { SessionAuth } from '../../platform/auth/session.ts'
import { canCheckIn } from '../events/events.check-in.policy.ts'
import { canEvent } from '../events/events.policy.ts'
import { canOrganisation } from '../organisations/organisations.policy.ts'
import { canAccreditation } from '../points/points.accreditation.policy.ts'
import { canAttendance } from '../points/points.attendance.policy.ts'
import { canNorms } from '../points/points.norms.policy.ts'
import { canReregistration } from '../points/points.reregistration.policy.ts'
import { canSelfReport } from '../points/points.self-reports.policy.ts'
import { canPrivacy } from '../privacy/privacy.policy.ts'
import { canRegister } from '../register/register.policy.ts'
import { canIdentity } from './identity.policy.ts'
import { actorOfSession, presentSession } from './identity-sessions.service.ts'

/** The `Me` answer: who is logged in, their roles, MFA, session and what the UI may show them. */
export function presentMe(auth: SessionAuth) {
  const actor = actorOfSession(auth)
  const complete = auth.mfaState === 'complete'
  const inSomeOrganisation = (allowed: (organisationId: string) => boolean) =>
    complete && actor.memberships.some((m) => allowed(m.organisationId))
  return {
    id: auth.user.id,
    email: auth.user.email,
    givenName: auth.user.givenName,
    familyName: auth.user.familyName,
    locale: auth.user.locale,
    staffRoles: auth.user.staffRoles,
    memberships: auth.memberships.map((m) => ({
      organisationId: m.organisationId,
      organisationName: m.organisationName,
      role: m.role,
    })),
    mfa: { enabled: auth.user.mfaEnabled, required: auth.mfaRequired },
    session: presentSession(auth),
    permissions: {
      readAudit: complete && canAudit(actor, 'read'),
      manageOrganisations: complete && canOrganisation(actor, 'create'),
      listUsers: complete && canIdentity(actor, 'listUsers'),
      manageStaffRoles: complete && canIdentity(actor, 'manageStaffRoles'),
      readRegistrations: complete && canRegister(actor, 'readAny'),
      reviewApplications: complete && canRegister(actor, 'reviewApplication'),
      configureRegisters: complete && canRegister(actor, 'configureRegisters'),
      handleDataRequests: complete && canPrivacy(actor, 'listRequests'),
      reviewAccreditations: complete && canAccreditation(actor, 'review'),
      manageActivities: complete && canAccreditation(actor, 'actAsProvider'),
      manageApiKeys:
        complete &&
        actor.memberships.some((m) => canAttendance(actor, 'manageApiKeys', { organisationId: m.organisationId })),
      reviewSelfReports: complete && canSelfReport(actor, 'review'),
      reviewReregistrations: complete && canReregistration(actor, 'listRequests'),
      manageNorms: complete && canNorms(actor, 'addNormVersion'),
      readOwnDossier: complete,
      signUpForEvents: complete && canEvent(actor, 'signUp'),
      manageEvents: inSomeOrganisation((organisationId) => canEvent(actor, 'manage', { organisationId })),
      checkInAttendees: inSomeOrganisation((organisationId) => canCheckIn(actor, 'checkIn', { organisationId })),
    },
  }
}
