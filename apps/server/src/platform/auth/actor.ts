import type { StaffRole } from '../../modules/identity/identity.tables.ts'
import type { MembershipRole } from '../../modules/organisations/organisations.tables.ts'
import type { Locale } from '../http/messages.ts'

/** Who is acting: resolved from the session (or later an API key) by the auth plugin. */
export interface Actor {
  userId: string
  staffRoles: StaffRole[]
  memberships: { organisationId: string; role: MembershipRole }[]
  /** Hash id of the current session, when acting through a browser session. */
  sessionId: string | null
  /**
   * Set when an organisation's API key acts (only on routes that opt in with `config.auth.apiKey`); `userId` is
   * then the person who created the key, and `memberships`/`staffRoles` are empty.
   */
  apiKey?: { id: string; organisationId: string }
}

/** What every service call gets besides its input: the actor and where the request came from. */
export interface RequestContext {
  actor: Actor | null
  requestId: string
  /** Client IP address, for the audit trail only (never logged). */
  origin: string
  locale: Locale
}

/** A context for work that no person started (seed, scheduled jobs, CLI). */
export function systemContext(requestId = 'system'): RequestContext {
  return { actor: null, requestId, origin: 'system', locale: 'nl' }
}

export const hasStaffRole = (actor: Actor | null, ...roles: StaffRole[]) =>
  actor?.staffRoles.some((role) => roles.includes(role)) ?? false

export const hasMembershipRole = (actor: Actor | null, organisationId: string, ...roles: MembershipRole[]) =>
  actor?.memberships.some((m) => m.organisationId === organisationId && roles.includes(m.role)) ?? false
