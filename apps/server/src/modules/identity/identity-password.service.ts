import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import type { SessionAuth } from '../../platform/auth/session.ts'
import { enqueueMail } from '../../platform/mail/mail.service.ts'
import { enforceRateLimits } from '../../platform/rate-limit/rate-limit.ts'
import { passwordChangedMail, passwordResetMail } from './identity.mails.ts'
import * as repo from './identity.repository.ts'
import { hashToken, newToken, RATE_LIMITS, RESET_TOKEN_TTL_MS } from './identity.rules.ts'
import { assertPasswordAllowed, auditFailure, fieldError } from './identity.service.ts'
import { hashPassword, verifyPassword } from './password.ts'

// Password change (logged in) and the forgotten-password flow by mail.

/** Changes the password; ends every other session and mails a notice. */
export async function changePassword(
  deps: AppDeps,
  ctx: RequestContext,
  auth: SessionAuth,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const db = deps.database.db
  const now = deps.clock()
  await enforceRateLimits(db, now, ctx.locale, [[RATE_LIMITS.passwordUser, auth.user.id]])
  const user = await repo.findUserById(db, auth.user.id)
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await auditFailure(deps, ctx, 'identity.password.changed', auth.user.id, 'wrong-current-password')
    throw fieldError(ctx.locale, 'currentPassword', 'incorrect', 'password.wrong')
  }
  assertPasswordAllowed(ctx.locale, 'newPassword', input.newPassword, user.email)
  const passwordHash = await hashPassword(input.newPassword)
  await db.transaction(async (tx) => {
    await repo.updateUser(tx, user.id, { passwordHash, updatedAt: now })
    await repo.expireOneTimeTokens(tx, user.id, 'reset_password', now)
    const ended = await repo.deleteSessionsOfUser(tx, user.id, auth.id)
    await enqueueMail(deps, tx, passwordChangedMail(user, deps.config.publicUrl))
    await recordAudit(tx, ctx, {
      occurredAt: deps.clock(),
      action: 'identity.password.changed',
      objectType: 'user',
      objectId: user.id,
      result: 'success',
      details: { otherSessionsEnded: ended },
    })
  })
}

/** Forgotten password: always 202; mails a link (1 hour, single use) when the account exists. */
export async function requestPasswordReset(deps: AppDeps, ctx: RequestContext, email: string): Promise<void> {
  const db = deps.database.db
  const now = deps.clock()
  const address = email.trim()
  await enforceRateLimits(db, now, ctx.locale, [
    [RATE_LIMITS.resetAccount, address],
    [RATE_LIMITS.resetIp, ctx.origin],
  ])
  await db.transaction(async (tx) => {
    const user = await repo.findUserByEmail(tx, address)
    if (user?.status !== 'active') {
      await recordAudit(tx, ctx, {
        occurredAt: deps.clock(),
        action: 'identity.password.reset-requested',
        result: 'failure',
        details: { reason: 'unknown-account' },
      })
      return
    }
    const token = newToken()
    await repo.insertOneTimeToken(tx, {
      userId: user.id,
      purpose: 'reset_password',
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS),
      createdAt: now,
    })
    await enqueueMail(deps, tx, passwordResetMail(user, deps.config.publicUrl, token))
    await recordAudit(tx, ctx, {
      occurredAt: deps.clock(),
      action: 'identity.password.reset-requested',
      objectType: 'user',
      objectId: user.id,
      result: 'success',
      actorId: user.id,
    })
  })
}

/** Sets a new password with the mailed token; ends every session of the account. */
export async function confirmPasswordReset(
  deps: AppDeps,
  ctx: RequestContext,
  input: { token: string; password: string },
): Promise<void> {
  const now = deps.clock()
  await deps.database.db.transaction(async (tx) => {
    const found = await repo.consumeOneTimeToken(tx, 'reset_password', hashToken(input.token), now)
    const user = found ? await repo.findUserById(tx, found.userId) : undefined
    if (user?.status !== 'active') throw fieldError(ctx.locale, 'token', 'invalid', 'token.invalid')
    assertPasswordAllowed(ctx.locale, 'password', input.password, user.email)
    const passwordHash = await hashPassword(input.password)
    // Whoever reads the mail owns the address: a reset also confirms it.
    await repo.updateUser(tx, user.id, { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? now, updatedAt: now })
    await repo.expireOneTimeTokens(tx, user.id, 'reset_password', now)
    const ended = await repo.deleteSessionsOfUser(tx, user.id)
    await enqueueMail(deps, tx, passwordChangedMail(user, deps.config.publicUrl))
    await recordAudit(tx, ctx, {
      occurredAt: deps.clock(),
      action: 'identity.password.reset-completed',
      objectType: 'user',
      objectId: user.id,
      result: 'success',
      actorId: user.id,
      details: { sessionsEnded: ended },
    })
  })
}
