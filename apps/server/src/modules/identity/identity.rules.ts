import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { MembershipRole } from '../organisations/organisations.tables.ts'
import type { StaffRole } from './identity.tables.ts'

// Pure identity rules: timeouts, who must use MFA, password rules, token handling.

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000
/** lastSeenAt is written at most this often, to keep reads cheap. */
export const LAST_SEEN_REFRESH_MS = 60 * 1000
export const VERIFY_TOKEN_TTL_MS = 24 * 60 * 60 * 1000
export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000
export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 128
export const RECOVERY_CODE_COUNT = 10

export type MfaState = 'complete' | 'pending' | 'setup_required'

const MINUTE = 60
/** Rate limits (shared by all app instances through the rate_limits table). */
export const RATE_LIMITS = {
  loginAccount: { name: 'login-account', limit: 10, windowSeconds: 15 * MINUTE },
  loginIp: { name: 'login-ip', limit: 50, windowSeconds: 15 * MINUTE },
  signUpIp: { name: 'signup-ip', limit: 10, windowSeconds: 60 * MINUTE },
  resetAccount: { name: 'reset-account', limit: 3, windowSeconds: 60 * MINUTE },
  resetIp: { name: 'reset-ip', limit: 20, windowSeconds: 60 * MINUTE },
  mfaUser: { name: 'mfa-user', limit: 10, windowSeconds: 15 * MINUTE },
  passwordUser: { name: 'password-user', limit: 10, windowSeconds: 15 * MINUTE },
} as const

export const MFA_REQUIRED_STAFF_ROLES: readonly StaffRole[] = ['register_office', 'editor', 'moderator', 'admin']
export const MFA_REQUIRED_MEMBERSHIP_ROLES: readonly MembershipRole[] = ['provider_staff', 'employer_manager']

/** MFA is required for every staff role and for provider staff and employer managers; optional otherwise. */
export function isMfaRequired(staffRoles: readonly StaffRole[], memberships: readonly { role: MembershipRole }[]) {
  return (
    staffRoles.some((role) => MFA_REQUIRED_STAFF_ROLES.includes(role)) ||
    memberships.some((m) => MFA_REQUIRED_MEMBERSHIP_ROLES.includes(m.role))
  )
}

/** The MFA state a new session starts in, right after a correct password. */
export function initialMfaState(mfaEnabled: boolean, mfaRequired: boolean): MfaState {
  if (mfaEnabled) return 'pending'
  return mfaRequired ? 'setup_required' : 'complete'
}

/** A complete session of someone who now needs MFA (a new role) but has none is sent to set-up. */
export function effectiveMfaState(stored: MfaState, mfaEnabled: boolean, mfaRequired: boolean): MfaState {
  if (stored === 'complete' && mfaRequired && !mfaEnabled) return 'setup_required'
  return stored
}

/** When the session ends by idleness (never after its absolute end). */
export function idleExpiresAt(session: { lastSeenAt: Date; expiresAt: Date }): Date {
  return new Date(Math.min(session.lastSeenAt.getTime() + IDLE_TIMEOUT_MS, session.expiresAt.getTime()))
}

export function isSessionExpired(session: { lastSeenAt: Date; expiresAt: Date }, now: Date): boolean {
  return now.getTime() >= idleExpiresAt(session).getTime()
}

export function shouldRefreshLastSeen(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= LAST_SEEN_REFRESH_MS
}

let commonPasswords: Set<string> | undefined

/** The bundled list of common passwords (about 49,000), read once. */
export function commonPasswordList(): Set<string> {
  if (!commonPasswords) {
    const text = readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
    commonPasswords = new Set(text.split('\n').filter((line) => line !== '' && !line.startsWith('#')))
  }
  return commonPasswords
}

/**
 * A password is common when it is on the list, or is a listed word (4+ letters) with only digits and
 * symbols around it ("Welkom2024!!") or repeated ("qwertyqwerty").
 */
export function isCommonPassword(password: string): boolean {
  const list = commonPasswordList()
  const lower = password.toLowerCase()
  if (list.has(lower)) return true
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
  if (core.length >= 4 && core !== lower && list.has(core)) return true
  const repeated = /^(.{3,}?)\1+$/.exec(lower)
  if (repeated && (list.has(repeated[1]!) || repeated[1]!.length <= 4)) return true
  return false
}

export type PasswordProblem = 'minLength' | 'maxLength' | 'common' | 'email'

/** Why a new password is not allowed, or null when it is fine. */
export function passwordProblem(password: string, email: string): PasswordProblem | null {
  const length = [...password].length
  if (length < PASSWORD_MIN_LENGTH) return 'minLength'
  if (length > PASSWORD_MAX_LENGTH) return 'maxLength'
  const lower = password.trim().toLowerCase()
  const mail = email.trim().toLowerCase()
  if (lower === mail || (mail.includes('@') && lower === mail.split('@')[0])) return 'email'
  if (isCommonPassword(password)) return 'common'
  return null
}

/** A random secret for cookies and mail links: 32 bytes, base64url. */
export const newToken = () => randomBytes(32).toString('base64url')

/** Only this hash of a token is stored. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

const RECOVERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** A recovery code like `K7QM-2XPA-RT9C` (60 bits of randomness). */
export function newRecoveryCode(): string {
  const bytes = randomBytes(12)
  let code = ''
  for (let i = 0; i < 12; i++) code += RECOVERY_ALPHABET[bytes[i]! % RECOVERY_ALPHABET.length]
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`
}

/** Case, spaces and dashes do not matter when a recovery code is typed in. */
export const normalizeRecoveryCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '')

export const hashRecoveryCode = (code: string) => hashToken(`recovery:${normalizeRecoveryCode(code)}`)
