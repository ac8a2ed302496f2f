import { randomBytes } from 'node:crypto'
import type { AppDeps } from '../../app.ts'
import type { DbOrTx } from '../../db/client.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import type { SessionAuth } from '../../platform/auth/session.ts'
import { AppError, badRequest } from '../../platform/http/errors.ts'
import type { Locale } from '../../platform/http/messages.ts'
import { enqueueMail } from '../../platform/mail/mail.service.ts'
import { clearRateLimit, enforceRateLimits, refundRateLimit } from '../../platform/rate-limit/rate-limit.ts'
import { membershipsOfUser } from '../organisations/organisations.service.ts'
import { accountExistsMail, verifyEmailMail } from './identity.mails.ts'
import { type IdentityMessage, identityMessage } from './identity.messages.ts'
import * as repo from './identity.repository.ts'
import {
  hashToken,
  initialMfaState,
  isMfaRequired,
  newToken,
  passwordProblem,
  RATE_LIMITS,
  VERIFY_TOKEN_TTL_MS,
} from './identity.rules.ts'
import type { StaffRole } from './identity.tables.ts'
import { startSession, toSessionAuth } from './identity-sessions.service.ts'
import { hashPassword, verifyPassword } from './password.ts'

/** A 400 with one invalid body field. */
export function fieldError(locale: Locale, name: string, code: string, key: IdentityMessage) {
  return badRequest(identityMessage(locale, 'invalid-input'), [
    { in: 'body', name, code, reason: identityMessage(locale, key) },
  ])
}

export function assertPasswordAllowed(locale: Locale, field: string, password: string, email: string) {
  const problem = passwordProblem(password, email)
  if (problem) throw fieldError(locale, field, problem, `password.${problem}`)
}

let dummyHash: Promise<string> | undefined
/** Unknown accounts are checked against this hash, so they take as long as known ones. */
const dummyPasswordHash = () => {
  dummyHash ??= hashPassword(randomBytes(24).toString('base64url'))
  return dummyHash
}

export interface SignUpInput {
  email: string
  password: string
  givenName: string
  familyName: string
  locale?: 'nl' | 'en'
}

/** Sign-up: always the same answer; a verification mail, or an "you already have an account" mail. */
export async function signUp(deps: AppDeps, ctx: RequestContext, input: SignUpInput): Promise<void> {
  const db = deps.database.db
  const now = deps.clock()
  const email = input.email.trim()
  assertPasswordAllowed(ctx.locale, 'password', input.password, email)
  await enforceRateLimits(db, now, ctx.locale, [[RATE_LIMITS.signUpIp, ctx.origin]])
  const passwordHash = await hashPassword(input.password) // also for existing accounts: same timing
  await db.transaction(async (tx) => {
    const existing = await repo.findUserByEmail(tx, email)
    if (existing?.emailVerifiedAt) {
      await enqueueMail(deps, tx, accountExistsMail(existing, deps.config.publicUrl))
      await recordAudit(tx, ctx, {
        occurredAt: deps.clock(),
        action: 'identity.signup',
        objectType: 'user',
        objectId: existing.id,
        result: 'failure',
        details: { reason: 'account-exists' },
      })
      return
    }
    const values = {
      passwordHash,
      givenName: input.givenName.trim(),
      familyName: input.familyName.trim(),
      locale: input.locale ?? ctx.locale,
      updatedAt: now,
    }
    // An unverified account is taken over by the newest sign-up: only whoever reads the mail can verify it.
    const user = existing
      ? await repo.updateUser(tx, existing.id, values)
      : await repo.insertUser(tx, { ...values, email, createdAt: now })
    if (existing) await repo.expireOneTimeTokens(tx, user.id, 'verify_email', now)
    const token = newToken()
    await repo.insertOneTimeToken(tx, {
      userId: user.id,
      purpose: 'verify_email',
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + VERIFY_TOKEN_TTL_MS),
      createdAt: now,
    })
    await enqueueMail(deps, tx, verifyEmailMail(user, deps.config.publicUrl, token))
    await recordAudit(tx, ctx, {
      occurredAt: deps.clock(),
      action: 'identity.signup',
      objectType: 'user',
      objectId: user.id,
      result: 'success',
      actorId: user.id,
    })
  })
}

/** Confirms an e-mail address with the token from the mail. */
export async function verifyAccount(deps: AppDeps, ctx: RequestContext, token: string): Promise<void> {
  const now = deps.clock()
  await deps.database.db.transaction(async (tx) => {
    const found = await repo.consumeOneTimeToken(tx, 'verify_email', hashToken(token), now)
    if (!found) throw fieldError(ctx.locale, 'token', 'invalid', 'token.invalid')
    const user = await repo.findUserById(tx, found.userId)
    if (user && user.emailVerifiedAt === null)
      await repo.updateUser(tx, user.id, { emailVerifiedAt: now, updatedAt: now })
    await recordAudit(tx, ctx, {
      occurredAt: deps.clock(),
      action: 'identity.email.verified',
      objectType: 'user',
      objectId: found.userId,
      result: 'success',
      actorId: found.userId,
    })
  })
}

export async function auditFailure(
  deps: AppDeps,
  ctx: RequestContext,
  action: string,
  userId: string | null,
  reason: string,
) {
  await deps.database.db.transaction((tx) =>
    recordAudit(tx, ctx, {
      occurredAt: deps.clock(),
      action,
      objectType: 'user',
      objectId: userId ?? undefined,
      result: 'failure',
      actorId: userId,
      details: { reason },
    }),
  )
}

/** Log-in with e-mail and password. A new session every time (the old one of this browser ends). */
export async function login(
  deps: AppDeps,
  ctx: RequestContext,
  input: { email: string; password: string },
  meta: { userAgent: string; currentSessionId: string | null },
): Promise<{ token: string; auth: SessionAuth }> {
  const db = deps.database.db
  const now = deps.clock()
  const email = input.email.trim()
  try {
    await enforceRateLimits(db, now, ctx.locale, [
      [RATE_LIMITS.loginAccount, email],
      [RATE_LIMITS.loginIp, ctx.origin],
    ])
  } catch (error) {
    await auditFailure(deps, ctx, 'identity.login', null, 'rate-limited')
    throw error
  }
  const user = await repo.findUserByEmail(db, email)
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password)
  if (!user || !passwordOk || user.status !== 'active') {
    await auditFailure(deps, ctx, 'identity.login', user?.id ?? null, 'invalid-credentials')
    throw new AppError(401, 'invalid-credentials', identityMessage(ctx.locale, 'invalid-credentials'))
  }
  if (user.emailVerifiedAt === null) {
    await auditFailure(deps, ctx, 'identity.login', user.id, 'email-not-verified')
    throw new AppError(403, 'email-not-verified', identityMessage(ctx.locale, 'email-not-verified'))
  }
  await clearRateLimit(db, RATE_LIMITS.loginAccount, email)
  await refundRateLimit(db, RATE_LIMITS.loginIp, ctx.origin)
  const memberships = await membershipsOfUser(db, user.id)
  const mfaEnabled = user.mfaEnabledAt !== null && user.totpSecret !== null
  const mfaState = initialMfaState(mfaEnabled, isMfaRequired(user.staffRoles, memberships))
  const started = await db.transaction(async (tx) => {
    if (meta.currentSessionId) await repo.deleteSession(tx, meta.currentSessionId)
    const started = await startSession(deps, tx, {
      userId: user.id,
      mfaState,
      userAgent: meta.userAgent,
      ipAddress: ctx.origin,
    })
    await recordAudit(tx, ctx, {
      occurredAt: deps.clock(),
      action: 'identity.login',
      objectType: 'session',
      objectId: started.session.publicId,
      result: 'success',
      actorId: user.id,
      details: { mfaState },
    })
    return started
  })
  return { token: started.token, auth: toSessionAuth(started.session, user, memberships) }
}

/** Changes given name, family name and/or language of the logged-in person. */
export async function updateProfile(
  deps: AppDeps,
  ctx: RequestContext,
  auth: SessionAuth,
  patch: { givenName?: string; familyName?: string; locale?: 'nl' | 'en' },
): Promise<SessionAuth> {
  const values: { givenName?: string; familyName?: string; locale?: 'nl' | 'en' } = {}
  if (patch.givenName !== undefined) values.givenName = patch.givenName.trim()
  if (patch.familyName !== undefined) values.familyName = patch.familyName.trim()
  if (patch.locale !== undefined) values.locale = patch.locale
  const fields = Object.keys(values)
  if (fields.length === 0) return auth
  const user = await deps.database.db.transaction(async (tx) => {
    const user = await repo.updateUser(tx, auth.user.id, { ...values, updatedAt: deps.clock() })
    await recordAudit(tx, ctx, {
      occurredAt: deps.clock(),
      action: 'identity.profile.changed',
      objectType: 'user',
      objectId: user.id,
      result: 'success',
      details: { fields },
    })
    return user
  })
  return {
    ...auth,
    user: { ...auth.user, givenName: user.givenName, familyName: user.familyName, locale: user.locale },
  }
}

/** For the seed and tests: a verified account, with MFA on when a TOTP secret (base32) is given. */
export async function createSeedUser(
  deps: AppDeps,
  tx: DbOrTx,
  input: {
    email: string
    password: string
    givenName: string
    familyName: string
    staffRoles?: StaffRole[]
    totpSecret?: string
  },
): Promise<{ id: string }> {
  const now = deps.clock()
  const user = await repo.insertUser(tx, {
    email: input.email,
    passwordHash: await hashPassword(input.password),
    givenName: input.givenName,
    familyName: input.familyName,
    staffRoles: input.staffRoles ?? [],
    emailVerifiedAt: now,
    totpSecret: input.totpSecret ?? null,
    mfaEnabledAt: input.totpSecret ? now : null,
    createdAt: now,
    updatedAt: now,
  })
  return { id: user.id }
}
