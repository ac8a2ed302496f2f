import { Secret, TOTP } from 'otpauth'
import QRCode from 'qrcode'
import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import type { SessionAuth } from '../../platform/auth/session.ts'
import { conflict, forbidden, unauthenticated } from '../../platform/http/errors.ts'
import { clearRateLimit, enforceRateLimits } from '../../platform/rate-limit/rate-limit.ts'
import { identityMessage } from './identity.messages.ts'
import { canIdentity } from './identity.policy.ts'
import * as repo from './identity.repository.ts'
import { hashRecoveryCode, newRecoveryCode, RATE_LIMITS, RECOVERY_CODE_COUNT } from './identity.rules.ts'
import { auditFailure, fieldError } from './identity.service.ts'
import { actorOfSession, rotateSession, toSessionAuth } from './identity-sessions.service.ts'
import { verifyPassword } from './password.ts'

export const TOTP_ISSUER = 'Vakregister'
const PERIOD = 30

function totpOf(secretBase32: string, label: string) {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secretBase32),
  })
}

/** The time step a code belongs to (window ±1 step), or null when it matches none. */
export function matchTotpStep(secretBase32: string, code: string, now: Date): number | null {
  const delta = totpOf(secretBase32, '').validate({ token: code, timestamp: now.getTime(), window: 1 })
  if (delta === null) return null
  return Math.floor(now.getTime() / 1000 / PERIOD) + delta
}

function newRecoveryCodes() {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode)
  return { codes, hashes: codes.map(hashRecoveryCode) }
}

async function loadUser(deps: AppDeps, auth: SessionAuth) {
  const user = await repo.findUserById(deps.database.db, auth.user.id)
  if (!user) throw unauthenticated()
  return user
}

/** Second log-in step: a TOTP code (never one used before) or an unused recovery code. Rotates the session. */
export async function completeMfa(
  deps: AppDeps,
  ctx: RequestContext,
  auth: SessionAuth,
  input: { code?: string; recoveryCode?: string },
): Promise<{ token: string; auth: SessionAuth }> {
  if (auth.mfaState !== 'pending') throw conflict(identityMessage(ctx.locale, 'mfa.not-pending'))
  if (input.code === undefined && input.recoveryCode === undefined) {
    throw fieldError(ctx.locale, 'code', 'required', 'code.invalid')
  }
  const db = deps.database.db
  const now = deps.clock()
  await enforceRateLimits(db, now, ctx.locale, [[RATE_LIMITS.mfaUser, auth.user.id]])
  const user = await loadUser(deps, auth)
  const method = input.code !== undefined ? 'totp' : 'recovery-code'
  const rotated = await db.transaction(async (tx) => {
    let ok = false
    if (input.code !== undefined && user.totpSecret) {
      const step = matchTotpStep(user.totpSecret, input.code, now)
      ok = step !== null && (await repo.claimTotpStep(tx, user.id, step))
    } else if (input.recoveryCode !== undefined) {
      ok = await repo.consumeRecoveryCode(tx, user.id, hashRecoveryCode(input.recoveryCode), now)
    }
    if (!ok) return null
    const rotated = await rotateSession(deps, tx, auth.id, 'complete')
    await recordAudit(tx, ctx, {
      occurredAt: deps.clock(),
      action: 'identity.mfa.verified',
      objectType: 'session',
      objectId: rotated.session.publicId,
      result: 'success',
      details: { method },
    })
    return rotated
  })
  if (!rotated) {
    await auditFailure(deps, ctx, 'identity.mfa.verified', user.id, `wrong-${method}`)
    throw method === 'totp'
      ? fieldError(ctx.locale, 'code', 'invalid', 'code.invalid')
      : fieldError(ctx.locale, 'recoveryCode', 'invalid', 'recoveryCode.invalid')
  }
  await clearRateLimit(db, RATE_LIMITS.mfaUser, auth.user.id)
  return { token: rotated.token, auth: toSessionAuth(rotated.session, user, auth.memberships) }
}

/** Starts TOTP set-up: a new secret (kept pending until a code confirms it), its URI and a QR code. */
export async function startTotpSetup(deps: AppDeps, ctx: RequestContext, auth: SessionAuth) {
  if (auth.user.mfaEnabled) throw conflict(identityMessage(ctx.locale, 'mfa.already-enabled'))
  const secret = new Secret({ size: 20 }).base32
  await repo.updateUser(deps.database.db, auth.user.id, { totpPendingSecret: secret, updatedAt: deps.clock() })
  const otpauthUri = totpOf(secret, auth.user.email).toString()
  const qrCodeSvg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
  return { secret, otpauthUri, qrCodeSvg }
}

/** Confirms set-up with a code from the app: MFA is on, the session complete, 10 recovery codes shown once. */
export async function confirmTotpSetup(deps: AppDeps, ctx: RequestContext, auth: SessionAuth, code: string) {
  const db = deps.database.db
  const now = deps.clock()
  if (auth.user.mfaEnabled) throw conflict(identityMessage(ctx.locale, 'mfa.already-enabled'))
  await enforceRateLimits(db, now, ctx.locale, [[RATE_LIMITS.mfaUser, auth.user.id]])
  const user = await loadUser(deps, auth)
  if (!user.totpPendingSecret) throw conflict(identityMessage(ctx.locale, 'mfa.no-setup'))
  const step = matchTotpStep(user.totpPendingSecret, code, now)
  if (step === null) {
    await auditFailure(deps, ctx, 'identity.mfa.enabled', user.id, 'wrong-totp')
    throw fieldError(ctx.locale, 'code', 'invalid', 'code.invalid')
  }
  const { codes, hashes } = newRecoveryCodes()
  await db.transaction(async (tx) => {
    await repo.updateUser(tx, user.id, {
      totpSecret: user.totpPendingSecret,
      totpPendingSecret: null,
      mfaEnabledAt: now,
      totpLastStep: step,
      updatedAt: now,
    })
    await repo.replaceRecoveryCodes(tx, user.id, hashes)
    await repo.updateSession(tx, auth.id, { mfaState: 'complete' })
    await recordAudit(tx, ctx, {
      occurredAt: deps.clock(),
      action: 'identity.mfa.enabled',
      objectType: 'user',
      objectId: user.id,
      result: 'success',
    })
  })
  await clearRateLimit(db, RATE_LIMITS.mfaUser, auth.user.id)
  return { recoveryCodes: codes }
}

/** Turns MFA off after the password; refused (403) when a role of the person requires MFA. */
export async function disableMfa(deps: AppDeps, ctx: RequestContext, auth: SessionAuth, password: string) {
  const db = deps.database.db
  const now = deps.clock()
  if (!canIdentity(actorOfSession(auth), 'disableMfa')) throw forbidden(identityMessage(ctx.locale, 'mfa.required'))
  if (!auth.user.mfaEnabled) throw conflict(identityMessage(ctx.locale, 'mfa.not-enabled'))
  await enforceRateLimits(db, now, ctx.locale, [[RATE_LIMITS.passwordUser, auth.user.id]])
  const user = await loadUser(deps, auth)
  if (!(await verifyPassword(user.passwordHash, password))) {
    await auditFailure(deps, ctx, 'identity.mfa.disabled', user.id, 'wrong-password')
    throw fieldError(ctx.locale, 'password', 'incorrect', 'password.wrong')
  }
  await db.transaction(async (tx) => {
    await repo.updateUser(tx, user.id, {
      totpSecret: null,
      totpPendingSecret: null,
      mfaEnabledAt: null,
      totpLastStep: null,
      updatedAt: now,
    })
    await repo.replaceRecoveryCodes(tx, user.id, [])
    await recordAudit(tx, ctx, {
      occurredAt: deps.clock(),
      action: 'identity.mfa.disabled',
      objectType: 'user',
      objectId: user.id,
      result: 'success',
    })
  })
}

/** A new set of recovery codes after a valid TOTP code; the old set stops working. */
export async function regenerateRecoveryCodes(deps: AppDeps, ctx: RequestContext, auth: SessionAuth, code: string) {
  const db = deps.database.db
  const now = deps.clock()
  if (!auth.user.mfaEnabled) throw conflict(identityMessage(ctx.locale, 'mfa.not-enabled'))
  await enforceRateLimits(db, now, ctx.locale, [[RATE_LIMITS.mfaUser, auth.user.id]])
  const user = await loadUser(deps, auth)
  const { codes, hashes } = newRecoveryCodes()
  const ok = await db.transaction(async (tx) => {
    const step = user.totpSecret ? matchTotpStep(user.totpSecret, code, now) : null
    if (step === null || !(await repo.claimTotpStep(tx, user.id, step))) return false
    await repo.replaceRecoveryCodes(tx, user.id, hashes)
    await recordAudit(tx, ctx, {
      occurredAt: deps.clock(),
      action: 'identity.mfa.recovery-codes-regenerated',
      objectType: 'user',
      objectId: user.id,
      result: 'success',
    })
    return true
  })
  if (!ok) {
    await auditFailure(deps, ctx, 'identity.mfa.recovery-codes-regenerated', user.id, 'wrong-totp')
    throw fieldError(ctx.locale, 'code', 'invalid', 'code.invalid')
  }
  return { recoveryCodes: codes }
}
