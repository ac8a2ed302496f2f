import type { AppDeps } from '../../app.ts'
import type { DbOrTx } from '../../db/client.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { Actor, RequestContext } from '../../platform/auth/actor.ts'
import type { MfaState, SessionAuth } from '../../platform/auth/session.ts'
import { notFound } from '../../platform/http/errors.ts'
import { membershipsOfUserSql } from '../organisations/organisations.service.ts'
import * as repo from './identity.repository.ts'
import {
  ABSOLUTE_TIMEOUT_MS,
  effectiveMfaState,
  hashToken,
  IDLE_TIMEOUT_MS,
  idleExpiresAt,
  isMfaRequired,
  isSessionExpired,
  newToken,
  shouldRefreshLastSeen,
} from './identity.rules.ts'

type SessionLookup = ReturnType<typeof prepareLookup>
const prepareLookup = (db: DbOrTx) => repo.prepareSessionLookup(db, membershipsOfUserSql)
/** One prepared lookup per database handle (a query, not its results: nothing about a session is kept in memory). */
const lookups = new WeakMap<object, SessionLookup>()

function sessionLookup(db: DbOrTx): SessionLookup {
  let lookup = lookups.get(db)
  if (!lookup) {
    lookup = prepareLookup(db)
    lookups.set(db, lookup)
  }
  return lookup
}

/**
 * Finds the session of a cookie token; ends it when idle for 30 minutes or older than 12 hours.
 * Refreshes lastSeenAt at most once a minute. Returns null for no valid session.
 * One query (session, user and memberships together) per request; a second one at most once a minute.
 */
export async function resolveSession(deps: AppDeps, token: string): Promise<SessionAuth | null> {
  const db = deps.database.db
  const now = deps.clock()
  const id = hashToken(token)
  const [found] = await sessionLookup(db).execute({ id })
  if (!found) return null
  const { user, extra: memberships } = found
  let session: SessionFields = found.session
  if (isSessionExpired(session, now) || user.status !== 'active' || user.emailVerifiedAt === null) {
    await repo.deleteSession(db, id)
    return null
  }
  if (shouldRefreshLastSeen(session.lastSeenAt, now)) {
    session = (await repo.updateSession(db, id, { lastSeenAt: now })) ?? session
  }
  return toSessionAuth(session, user, memberships)
}

type SessionFields = Pick<
  repo.SessionRow,
  'id' | 'publicId' | 'csrfToken' | 'mfaState' | 'createdAt' | 'lastSeenAt' | 'expiresAt'
>
type UserFields = Pick<
  repo.UserRow,
  'id' | 'email' | 'givenName' | 'familyName' | 'locale' | 'staffRoles' | 'mfaEnabledAt' | 'totpSecret'
>

/** Combines the stored session, its user and their memberships into what a request carries. */
export function toSessionAuth(
  session: SessionFields,
  user: UserFields,
  memberships: SessionAuth['memberships'],
): SessionAuth {
  const mfaEnabled = user.mfaEnabledAt !== null && user.totpSecret !== null
  const mfaRequired = isMfaRequired(user.staffRoles, memberships)
  return {
    id: session.id,
    publicId: session.publicId,
    csrfToken: session.csrfToken,
    mfaState: effectiveMfaState(session.mfaState, mfaEnabled, mfaRequired),
    createdAt: session.createdAt,
    lastSeenAt: session.lastSeenAt,
    expiresAt: session.expiresAt,
    user: {
      id: user.id,
      email: user.email,
      givenName: user.givenName,
      familyName: user.familyName,
      locale: user.locale,
      staffRoles: user.staffRoles,
      mfaEnabled,
    },
    memberships,
    mfaRequired,
  }
}

/** The actor of a session: its user's staff roles and memberships. */
export function actorOfSession(auth: SessionAuth): Actor {
  return {
    userId: auth.user.id,
    staffRoles: auth.user.staffRoles,
    memberships: auth.memberships.map((m) => ({ organisationId: m.organisationId, role: m.role })),
    sessionId: auth.id,
  }
}

export interface StartedSession {
  token: string
  session: repo.SessionRow
}

/** Opens a new session (a fresh token: the session id is rotated at every log-in). */
export async function startSession(
  deps: AppDeps,
  tx: DbOrTx,
  input: { userId: string; mfaState: MfaState; userAgent: string; ipAddress: string },
): Promise<StartedSession> {
  const now = deps.clock()
  const token = newToken()
  const session = await repo.insertSession(tx, {
    id: hashToken(token),
    userId: input.userId,
    csrfToken: newToken(),
    mfaState: input.mfaState,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS),
    userAgent: input.userAgent.slice(0, 400),
    ipAddress: input.ipAddress,
  })
  return { token, session }
}

/** Gives an existing session a new token and CSRF token (after MFA): the old cookie stops working. */
export async function rotateSession(deps: AppDeps, tx: DbOrTx, oldId: string, mfaState: MfaState) {
  const token = newToken()
  const session = await repo.updateSession(tx, oldId, {
    id: hashToken(token),
    csrfToken: newToken(),
    mfaState,
    lastSeenAt: deps.clock(),
  })
  if (!session) throw notFound()
  return { token, session }
}

export function presentSession(session: Pick<SessionAuth, 'mfaState' | 'csrfToken' | 'expiresAt' | 'lastSeenAt'>) {
  return {
    mfaState: session.mfaState,
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt.toISOString(),
    idleExpiresAt: idleExpiresAt(session).toISOString(),
  }
}

/** The person's own sessions that are still valid, the current one marked. */
export async function listOwnSessions(deps: AppDeps, auth: SessionAuth) {
  const now = deps.clock()
  const rows = await repo.listSessionsOfUser(deps.database.db, auth.user.id)
  return rows
    .filter((row) => !isSessionExpired(row, now))
    .map((row) => ({
      id: row.publicId,
      createdAt: row.createdAt.toISOString(),
      lastSeenAt: row.lastSeenAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      userAgent: row.userAgent,
      current: row.id === auth.id,
    }))
}

/** Log out: ends the current session. */
export async function logout(deps: AppDeps, ctx: RequestContext, auth: SessionAuth) {
  await deps.database.db.transaction(async (tx) => {
    await repo.deleteSession(tx, auth.id)
    await recordAudit(tx, ctx, {
      occurredAt: deps.clock(),
      action: 'identity.logout',
      objectType: 'session',
      objectId: auth.publicId,
      result: 'success',
    })
  })
}

/** Ends one of your own sessions; 404 for a session that is not yours. Returns whether it was the current one. */
export async function endOwnSession(deps: AppDeps, ctx: RequestContext, auth: SessionAuth, publicId: string) {
  return deps.database.db.transaction(async (tx) => {
    const ended = await repo.deleteSessionByPublicId(tx, auth.user.id, publicId)
    if (!ended) throw notFound()
    await recordAudit(tx, ctx, {
      occurredAt: deps.clock(),
      action: 'identity.session.ended',
      objectType: 'session',
      objectId: publicId,
      result: 'success',
    })
    return ended.id === auth.id
  })
}

/** "Overal uitloggen": ends every session of the person, this one included. */
export async function endAllOwnSessions(deps: AppDeps, ctx: RequestContext, auth: SessionAuth) {
  await deps.database.db.transaction(async (tx) => {
    const count = await repo.deleteSessionsOfUser(tx, auth.user.id)
    await recordAudit(tx, ctx, {
      occurredAt: deps.clock(),
      action: 'identity.session.ended-all',
      objectType: 'user',
      objectId: auth.user.id,
      result: 'success',
      details: { sessions: count },
    })
  })
}

/** For a scheduled clean-up job: deletes sessions that can no longer be used. */
export function purgeExpiredSessions(deps: AppDeps) {
  const now = deps.clock()
  return repo.deleteExpiredSessions(deps.database.db, now, new Date(now.getTime() - IDLE_TIMEOUT_MS))
}
