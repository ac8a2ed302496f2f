import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { loginAs, mailsTo, sessionCookieOf, tokenFromLastMail } from '../../../test/auth.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { hashToken } from './identity.rules.ts'
import { sessions, users } from './identity.tables.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const post = (url: string, payload: object, headers: Record<string, string> = {}, remoteAddress = '10.0.0.1') =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload, headers, remoteAddress })

let counter = 0
const freshEmail = () => `persoon${++counter}-${Date.now()}@voorbeeld.nl`
const signUp = (email: string, extra: object = {}, ip?: string) =>
  post(
    '/accounts',
    { email, password: 'Een-lang-wachtwoord-42', givenName: 'Fatima', familyName: 'El Amrani', ...extra },
    {},
    ip,
  )

async function auditActions(actorId: string) {
  const rows = await t.database.db.select().from(auditEvents).where(eq(auditEvents.actorId, actorId))
  return rows.map((r) => `${r.action}:${r.result}`)
}

describe('sign-up and e-mail verification', () => {
  it('a new person signs up, gets a verification mail and can log in after verifying', async () => {
    const email = freshEmail()
    const res = await signUp(email)
    expect(res.statusCode).toBe(202)
    expect(res.json()).toEqual({})
    const mails = await mailsTo(t, email)
    expect(mails.map((m) => m.template)).toEqual(['identity.verify-email'])
    expect(mails[0]!.textBody).toContain('http://localhost:3000/verifieren?token=')
    expect(mails[0]!.subject).toBe('Bevestig je e-mailadres voor Vakregister')

    const early = await post('/sessions', { email, password: 'Een-lang-wachtwoord-42' })
    expect(early.statusCode).toBe(403)
    expect(early.json().title).toBe('email-not-verified')

    const token = await tokenFromLastMail(t, email, '/verifieren')
    expect((await post('/account-verifications', { token: token! })).statusCode).toBe(204)
    expect((await post('/account-verifications', { token: token! })).statusCode).toBe(400)

    const login = await post('/sessions', { email, password: 'Een-lang-wachtwoord-42' })
    expect(login.statusCode).toBe(200)
    expect(login.json()).toMatchObject({ email, givenName: 'Fatima', locale: 'nl', session: { mfaState: 'complete' } })
    const [user] = await t.database.db.select().from(users).where(eq(users.email, email))
    expect(await auditActions(user!.id)).toEqual(
      expect.arrayContaining(['identity.signup:success', 'identity.email.verified:success', 'identity.login:success']),
    )
    const all = JSON.stringify(await t.database.db.select().from(auditEvents))
    expect(all).not.toContain('Een-lang-wachtwoord-42')
    expect(all).not.toContain(token!)
  })

  it('signing up with an address that has an account answers the same and mails "you already have an account"', async () => {
    const known = await loginAs(t, 'professional')
    const unknownEmail = freshEmail()
    const forKnown = await signUp(known.email)
    const forUnknown = await signUp(unknownEmail)
    expect(forKnown.statusCode).toBe(forUnknown.statusCode)
    expect(forKnown.body).toBe(forUnknown.body)
    expect((await mailsTo(t, known.email)).map((m) => m.template)).toEqual(['identity.account-exists'])
    const [user] = await t.database.db.select().from(users).where(eq(users.id, known.userId))
    expect(user!.givenName).toBe('Test') // the existing account is not changed
  })

  it('signing up again before verifying sends a new link; only the newest link and password count', async () => {
    const email = freshEmail()
    await signUp(email, { password: 'Eerste-lang-wachtwoord-1' })
    const first = await tokenFromLastMail(t, email, '/verifieren')
    await signUp(email, { password: 'Tweede-lang-wachtwoord-2' })
    const second = await tokenFromLastMail(t, email, '/verifieren')
    expect(second).not.toBe(first)
    expect((await post('/account-verifications', { token: first! })).statusCode).toBe(400)
    expect((await post('/account-verifications', { token: second! })).statusCode).toBe(204)
    expect((await post('/sessions', { email, password: 'Eerste-lang-wachtwoord-1' })).statusCode).toBe(401)
    expect((await post('/sessions', { email, password: 'Tweede-lang-wachtwoord-2' })).statusCode).toBe(200)
  })

  it('an English sign-up gets the mail in English', async () => {
    const email = freshEmail()
    await signUp(email, { locale: 'en' })
    const [mail] = await mailsTo(t, email)
    expect(mail!.subject).toBe('Confirm your email address for Vakregister')
  })

  it('a short, common or e-mail-like password is refused with a Dutch field error', async () => {
    const short = await signUp(freshEmail(), { password: 'kort' })
    expect(short.statusCode).toBe(400)
    expect(short.json().errors).toEqual([
      { in: 'body', name: 'password', code: 'minLength', reason: 'Vul minimaal 12 tekens in.' },
    ])
    const common = await signUp(freshEmail(), { password: 'wachtwoord123' })
    expect(common.statusCode).toBe(400)
    expect(common.json().errors[0]).toMatchObject({ name: 'password', code: 'common' })
    expect(common.json().errors[0].reason).toMatch(/veel gebruikt/)
    const email = freshEmail()
    const same = await signUp(email, { password: email })
    expect(same.json().errors[0]).toMatchObject({ name: 'password', code: 'email' })
  })

  it('missing and invalid fields are all listed', async () => {
    const res = await post('/accounts', { email: 'geen-adres', password: 'Een-lang-wachtwoord-42' })
    expect(res.statusCode).toBe(400)
    const names = res
      .json()
      .errors.map((e: { name: string }) => e.name)
      .sort()
    expect(names).toEqual(['email', 'familyName', 'givenName'])
    expect(res.json().errors.find((e: { name: string }) => e.name === 'email').reason).toBe(
      'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
    )
  })

  it('an unknown or expired verification token is a 400 on the token field', async () => {
    const res = await post('/account-verifications', { token: 'dit-is-geen-geldige-code' })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors[0]).toMatchObject({ name: 'token', code: 'invalid' })

    const email = freshEmail()
    await signUp(email)
    const token = await tokenFromLastMail(t, email, '/verifieren')
    t.now.value = new Date(t.now.value.getTime() + 25 * 60 * 60 * 1000)
    try {
      expect((await post('/account-verifications', { token: token! })).statusCode).toBe(400)
    } finally {
      t.now.value = new Date()
    }
  })

  it('sign-up is limited per address: the 11th in an hour gets 429 with Retry-After', async () => {
    const ip = '10.9.9.9'
    for (let i = 0; i < 10; i++) expect((await signUp(freshEmail(), {}, ip)).statusCode).toBe(202)
    const res = await signUp(freshEmail(), {}, ip)
    expect(res.statusCode).toBe(429)
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
    expect(res.json().detail).toMatch(/^Te veel pogingen\. Probeer het over \d+ minuten opnieuw\.$/)
  })
})

describe('log-in and log-out', () => {
  it('a wrong password and an unknown address get the same 401 answer', async () => {
    const user = await loginAs(t, 'professional')
    const wrong = await post('/sessions', { email: user.email, password: 'Fout-wachtwoord-123' }, {}, '10.1.1.1')
    const unknown = await post('/sessions', { email: freshEmail(), password: 'Fout-wachtwoord-123' }, {}, '10.1.1.1')
    expect(wrong.statusCode).toBe(401)
    expect(unknown.statusCode).toBe(401)
    expect(wrong.json().detail).toBe('E-mailadres of wachtwoord klopt niet.')
    expect({ ...wrong.json(), instance: null }).toEqual({ ...unknown.json(), instance: null })
    expect(await auditActions(user.userId)).toContain('identity.login:failure')
  })

  it('after 10 wrong passwords the account is locked for a while with 429 and Retry-After', async () => {
    const user = await loginAs(t, 'professional')
    for (let i = 0; i < 10; i++) {
      const res = await post('/sessions', { email: user.email, password: `Fout-wachtwoord-${i}` }, {}, `10.2.0.${i}`)
      expect(res.statusCode).toBe(401)
    }
    const locked = await post('/sessions', { email: user.email, password: user.password }, {}, '10.2.1.1')
    expect(locked.statusCode).toBe(429)
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(60)
    expect(locked.json().detail).toBe('Te veel pogingen. Probeer het over 15 minuten opnieuw.')
    t.now.value = new Date(t.now.value.getTime() + 16 * 60 * 1000)
    try {
      expect((await post('/sessions', { email: user.email, password: user.password }, {}, '10.2.1.1')).statusCode).toBe(
        200,
      )
    } finally {
      t.now.value = new Date()
    }
  })

  it('logging in gives a new session id, even when the browser already had one', async () => {
    const user = await loginAs(t, 'professional')
    const again = await post('/sessions', { email: user.email, password: user.password }, user.headers)
    expect(again.statusCode).toBe(200)
    const cookie = sessionCookieOf(again)!
    expect(cookie).not.toBe(user.cookie)
    expect(cookie).toMatch(/^vr_session=[A-Za-z0-9_-]{43}$/)
    const setCookie = String(again.headers['set-cookie'])
    expect(setCookie).toContain('HttpOnly')
    expect(setCookie).toContain('SameSite=Lax')
    expect(setCookie).toContain('Path=/')
    // The old session is gone, the new one is stored only as a hash.
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: user.cookie } })).statusCode).toBe(401)
    const token = cookie.split('=')[1]!
    const stored = await t.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, hashToken(token)))
    expect(stored).toHaveLength(1)
    expect(await auditActions(user.userId)).toContain('identity.login:success')
  })

  it('log-out ends the session and clears the cookie', async () => {
    const user = await loginAs(t, 'professional')
    const res = await t.app.inject({ method: 'DELETE', url: '/api/v1/sessions/current', headers: user.headers })
    expect(res.statusCode).toBe(204)
    expect(String(res.headers['set-cookie'])).toMatch(/vr_session=;/)
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: user.cookie } })).statusCode).toBe(401)
    expect(await auditActions(user.userId)).toContain('identity.logout:success')
  })

  it('log-out without a session is 401', async () => {
    const res = await t.app.inject({ method: 'DELETE', url: '/api/v1/sessions/current' })
    expect(res.statusCode).toBe(401)
  })
})

describe('CSRF', () => {
  it('a state-changing request with a session but without or with a wrong X-CSRF-Token is refused', async () => {
    const user = await loginAs(t, 'professional')
    const none = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: user.cookie },
      payload: {},
    })
    expect(none.statusCode).toBe(403)
    expect(none.json()).toMatchObject({ title: 'csrf', status: 403 })
    expect(none.json().detail).toMatch(/geweigerd/)
    const wrong = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: user.cookie, 'x-csrf-token': 'fout' },
      payload: { givenName: 'Hacker' },
    })
    expect(wrong.statusCode).toBe(403)
    const [row] = await t.database.db.select().from(users).where(eq(users.id, user.userId))
    expect(row!.givenName).toBe('Test')
  })

  it('a request without a session from another origin is refused; from our own origin it is fine', async () => {
    const other = await post('/password-resets', { email: freshEmail() }, { origin: 'https://evil.example' })
    expect(other.statusCode).toBe(403)
    expect(other.json().title).toBe('csrf')
    const own = await post('/password-resets', { email: freshEmail() }, { origin: 'http://localhost:3000' })
    expect(own.statusCode).toBe(202)
  })
})
