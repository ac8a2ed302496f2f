import type { FastifyReply } from 'fastify'
import type { Config } from '../../config/config.ts'
import type { StaffRole } from '../../modules/identity/identity.tables.ts'
import type { MembershipRole, OrganisationKind } from '../../modules/organisations/organisations.tables.ts'

export type MfaState = 'complete' | 'pending' | 'setup_required'

export interface SessionUser {
  id: string
  email: string
  givenName: string
  familyName: string
  locale: 'nl' | 'en'
  staffRoles: StaffRole[]
  mfaEnabled: boolean
}

export interface SessionMembership {
  organisationId: string
  organisationName: string
  organisationKind: OrganisationKind
  role: MembershipRole
}

/** The browser session behind a request, after timeouts were checked. */
export interface SessionAuth {
  /** SHA-256 of the cookie token (the primary key). */
  id: string
  publicId: string
  csrfToken: string
  /** Effective state: a complete session of someone who now needs MFA counts as setup_required. */
  mfaState: MfaState
  createdAt: Date
  lastSeenAt: Date
  expiresAt: Date
  user: SessionUser
  memberships: SessionMembership[]
  mfaRequired: boolean
}

/** `__Host-vr_session` (Secure) in production, `vr_session` in development and test. */
export const sessionCookieName = (config: Pick<Config, 'nodeEnv'>) =>
  config.nodeEnv === 'production' ? '__Host-vr_session' : 'vr_session'

function cookieOptions(config: Pick<Config, 'nodeEnv'>) {
  return { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: config.nodeEnv === 'production' }
}

export function setSessionCookie(reply: FastifyReply, config: Pick<Config, 'nodeEnv'>, token: string, expiresAt: Date) {
  reply.setCookie(sessionCookieName(config), token, { ...cookieOptions(config), expires: expiresAt })
}

export function clearSessionCookie(reply: FastifyReply, config: Pick<Config, 'nodeEnv'>) {
  reply.clearCookie(sessionCookieName(config), cookieOptions(config))
}
