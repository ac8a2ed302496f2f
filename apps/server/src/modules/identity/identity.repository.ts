import { and, eq, gt, isNull, lt, ne, or, type SQL, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { oneTimeTokens, recoveryCodes, sessions, users } from './identity.tables.ts'

export type UserRow = typeof users.$inferSelect
export type SessionRow = typeof sessions.$inferSelect
export type NewSession = typeof sessions.$inferInsert
export type TokenPurpose = 'verify_email' | 'reset_password'

// Users

export async function findUserByEmail(db: DbOrTx, email: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.email, email.trim())).limit(1)
  return rows[0]
}

export async function findUserById(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1)
  return rows[0]
}

export async function insertUser(db: DbOrTx, values: typeof users.$inferInsert): Promise<UserRow> {
  const rows = await db.insert(users).values(values).returning()
  return rows[0]!
}

export async function updateUser(db: DbOrTx, id: string, values: Partial<typeof users.$inferInsert>): Promise<UserRow> {
  const rows = await db.update(users).set(values).where(eq(users.id, id)).returning()
  return rows[0]!
}

/** Accepts a TOTP time step only when it is newer than the last accepted one (atomic: no code twice). */
export async function claimTotpStep(db: DbOrTx, userId: string, step: number): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id })
  return rows.length === 1
}

// One-time tokens (mail links)

export async function insertOneTimeToken(
  db: DbOrTx,
  values: { userId: string; purpose: TokenPurpose; tokenHash: string; expiresAt: Date; createdAt: Date },
) {
  await db.insert(oneTimeTokens).values(values)
}

/** Marks a valid, unused token as used and returns its user; undefined when invalid, used or expired. */
export async function consumeOneTimeToken(db: DbOrTx, purpose: TokenPurpose, tokenHash: string, now: Date) {
  const rows = await db
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(oneTimeTokens.tokenHash, tokenHash),
        eq(oneTimeTokens.purpose, purpose),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, now),
      ),
    )
    .returning({ userId: oneTimeTokens.userId })
  return rows[0]
}

/** Makes every open token of this purpose unusable (a new one was sent, or the job is done). */
export async function expireOneTimeTokens(db: DbOrTx, userId: string, purpose: TokenPurpose, now: Date) {
  await db
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt)))
}

// Recovery codes

export async function replaceRecoveryCodes(db: DbOrTx, userId: string, codeHashes: string[]) {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId))
  if (codeHashes.length > 0) await db.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })))
}

/** Uses a recovery code once (atomic); false when unknown or already used. */
export async function consumeRecoveryCode(db: DbOrTx, userId: string, codeHash: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id })
  return rows.length === 1
}

// Sessions

/** What a request needs of its session (not the user agent or IP address). */
const sessionLookupColumns = {
  id: sessions.id,
  publicId: sessions.publicId,
  csrfToken: sessions.csrfToken,
  mfaState: sessions.mfaState,
  createdAt: sessions.createdAt,
  lastSeenAt: sessions.lastSeenAt,
  expiresAt: sessions.expiresAt,
}

/** What a request needs of its user (not the password hash or a pending TOTP set-up). */
const userLookupColumns = {
  id: users.id,
  email: users.email,
  givenName: users.givenName,
  familyName: users.familyName,
  locale: users.locale,
  staffRoles: users.staffRoles,
  status: users.status,
  emailVerifiedAt: users.emailVerifiedAt,
  mfaEnabledAt: users.mfaEnabledAt,
  totpSecret: users.totpSecret,
}

/**
 * The session lookup of every request with a cookie, as one prepared statement: the session, its user and
 * `extra` (an expression on the user's row, e.g. their memberships) in one round trip. On PostgreSQL it is a
 * named statement, parsed once per pooled connection; Drizzle builds its SQL once. Prepare it once per database
 * and run it with `execute({ id })` (the SHA-256 of the cookie token).
 */
export function prepareSessionLookup<T>(db: DbOrTx, extra: (userId: typeof users.id) => SQL<T>) {
  return db
    .select({ session: sessionLookupColumns, user: userLookupColumns, extra: extra(users.id) })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sql.placeholder('id')))
    .limit(1)
    .prepare('vr_session_lookup')
}

export async function insertSession(db: DbOrTx, values: NewSession): Promise<SessionRow> {
  const rows = await db.insert(sessions).values(values).returning()
  return rows[0]!
}

export async function updateSession(
  db: DbOrTx,
  id: string,
  values: Partial<NewSession>,
): Promise<SessionRow | undefined> {
  const rows = await db.update(sessions).set(values).where(eq(sessions.id, id)).returning()
  return rows[0]
}

export async function deleteSession(db: DbOrTx, id: string) {
  await db.delete(sessions).where(eq(sessions.id, id))
}

export async function listSessionsOfUser(db: DbOrTx, userId: string) {
  return db.select().from(sessions).where(eq(sessions.userId, userId)).orderBy(sql`${sessions.lastSeenAt} desc`)
}

export async function deleteSessionByPublicId(db: DbOrTx, userId: string, publicId: string) {
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.publicId, publicId)))
    .returning({ id: sessions.id })
  return rows[0]
}

/** Ends every session of a user, except `keepId` when given; returns how many ended. */
export async function deleteSessionsOfUser(db: DbOrTx, userId: string, keepId?: string): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(keepId ? and(eq(sessions.userId, userId), ne(sessions.id, keepId)) : eq(sessions.userId, userId))
    .returning({ id: sessions.id })
  return rows.length
}

/** Removes sessions past their absolute end or idle for longer than `idleBefore`; for a scheduled job. */
export async function deleteExpiredSessions(db: DbOrTx, now: Date, idleBefore: Date): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleBefore)))
    .returning({ id: sessions.id })
  return rows.length
}
