import { randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { Secret, TOTP } from 'otpauth'
import { MFA_REQUIRED_STAFF_ROLES } from '../src/modules/identity/identity.rules.ts'
import { createSeedUser } from '../src/modules/identity/identity.service.ts'
import { type StaffRole, users } from '../src/modules/identity/identity.tables.ts'
import { memberships, organisations } from '../src/modules/organisations/organisations.tables.ts'
import { outboxMails } from '../src/platform/mail/mail.tables.ts'
import type { TestApp } from './app.ts'

export type TestRole = 'professional' | StaffRole | 'provider_staff' | 'employer_manager' | 'researcher'

export interface LoginOptions {
  email?: string
  password?: string
  givenName?: string
  familyName?: string
  /** Organisation for a membership role; a new one is made when absent. */
  organisationId?: string
  /** Turn on MFA even when the role does not require it (e.g. a professional). */
  mfa?: boolean
  /** Client address used for the log-in requests (rate limits count per address). */
  remoteAddress?: string
}

export interface LoggedIn {
  userId: string
  email: string
  password: string
  /** `vr_session=…`, for a `cookie` header. */
  cookie: string
  csrfToken: string
  /** cookie + x-csrf-token, ready for `app.inject({ headers })`. */
  headers: { cookie: string; 'x-csrf-token': string }
  /** Base32 TOTP secret when MFA is on, to make codes in tests. */
  totpSecret: string | null
  organisationId: string | null
}

const MEMBERSHIP_ROLES = ['provider_staff', 'employer_manager', 'researcher'] as const
const ORG_KIND = { provider_staff: 'university', employer_manager: 'municipality', researcher: 'university' } as const

/** A TOTP code for a secret at the app's current (test) time. */
export function totpCode(t: TestApp, secret: string, offsetSteps = 0): string {
  const totp = new TOTP({
    issuer: 'Vakregister',
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  })
  return totp.generate({ timestamp: t.now.value.getTime() + offsetSteps * 30_000 })
}

/** The session cookie (`name=value`) set by an answer, or null when none (or a cleared one). */
export function sessionCookieOf(res: { cookies: { name: string; value: string }[] }): string | null {
  const cookie = res.cookies.find((c) => c.name.endsWith('vr_session') && c.value !== '')
  return cookie ? `${cookie.name}=${cookie.value}` : null
}

/**
 * Creates a verified user with this role and logs in through the real endpoints (completing MFA with a real
 * TOTP code when the account has it). Membership roles get an organisation of a fitting kind.
 */
export async function loginAs(t: TestApp, role: TestRole, opts: LoginOptions = {}): Promise<LoggedIn> {
  const db = t.database.db
  const suffix = randomBytes(5).toString('hex')
  const email = opts.email ?? `${role.replace('_', '-')}-${suffix}@test.vakregister.nl`
  const password = opts.password ?? `Sterk-wachtwoord-${suffix}`
  const staffRoles: StaffRole[] = (['register_office', 'editor', 'moderator', 'admin'] as const).includes(
    role as StaffRole,
  )
    ? [role as StaffRole]
    : []
  const isMembership = (MEMBERSHIP_ROLES as readonly string[]).includes(role)
  const needsMfa =
    opts.mfa === true ||
    staffRoles.some((r) => MFA_REQUIRED_STAFF_ROLES.includes(r)) ||
    role === 'provider_staff' ||
    role === 'employer_manager'
  const totpSecret = needsMfa ? new Secret({ size: 20 }).base32 : null
  const { id: userId } = await createSeedUser(t.app.deps, db, {
    email,
    password,
    givenName: opts.givenName ?? 'Test',
    familyName: opts.familyName ?? role,
    staffRoles,
    totpSecret: totpSecret ?? undefined,
  })
  let organisationId: string | null = null
  if (isMembership) {
    organisationId = opts.organisationId ?? null
    if (!organisationId) {
      const kind = ORG_KIND[role as keyof typeof ORG_KIND]
      const [org] = await db
        .insert(organisations)
        .values({ name: `Testorganisatie ${suffix}`, kind, city: 'Utrecht' })
        .returning({ id: organisations.id })
      organisationId = org!.id
    }
    await db.insert(memberships).values({ userId, organisationId, role: role as (typeof MEMBERSHIP_ROLES)[number] })
  }

  const remoteAddress = opts.remoteAddress ?? '127.0.0.1'
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/v1/sessions',
    payload: { email, password },
    remoteAddress,
  })
  if (login.statusCode !== 200) throw new Error(`loginAs(${role}): log-in answered ${login.statusCode} ${login.body}`)
  let cookie = sessionCookieOf(login)!
  let me = login.json()
  if (me.session.mfaState === 'pending' && totpSecret) {
    const mfa = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions/current/mfa',
      headers: { cookie, 'x-csrf-token': me.session.csrfToken },
      payload: { code: totpCode(t, totpSecret) },
      remoteAddress,
    })
    if (mfa.statusCode !== 200) throw new Error(`loginAs(${role}): MFA answered ${mfa.statusCode} ${mfa.body}`)
    cookie = sessionCookieOf(mfa)!
    me = mfa.json()
  }
  if (me.session.mfaState !== 'complete') throw new Error(`loginAs(${role}): session is ${me.session.mfaState}`)
  const csrfToken: string = me.session.csrfToken
  return {
    userId,
    email,
    password,
    cookie,
    csrfToken,
    headers: { cookie, 'x-csrf-token': csrfToken },
    totpSecret,
    organisationId,
  }
}

/** The mails in the outbox for one address, oldest first. */
export async function mailsTo(t: TestApp, email: string) {
  return t.database.db.select().from(outboxMails).where(eq(outboxMails.toAddress, email)).orderBy(outboxMails.createdAt)
}

/** The token of the last link of this kind (`/verifieren` or `/wachtwoord-herstellen`) mailed to an address. */
export async function tokenFromLastMail(t: TestApp, email: string, path: '/verifieren' | '/wachtwoord-herstellen') {
  const mails = await mailsTo(t, email)
  for (const mail of mails.reverse()) {
    const match = new RegExp(`${path}\\?token=([A-Za-z0-9_%-]+)`).exec(mail.textBody)
    if (match) return decodeURIComponent(match[1]!)
  }
  return null
}

/** Marks a user's e-mail as verified without the mail round trip (for tests that do not test sign-up). */
export async function markVerified(t: TestApp, userId: string) {
  await t.database.db.update(users).set({ emailVerifiedAt: t.now.value }).where(eq(users.id, userId))
}
