import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { loginAs, mailsTo, sessionCookieOf, tokenFromLastMail } from '../../../test/auth.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const post = (url: string, payload: object, headers: Record<string, string> = {}, remoteAddress = '10.0.0.1') =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload, headers, remoteAddress })
const put = (url: string, payload: object, headers: Record<string, string>) =>
  t.app.inject({ method: 'PUT', url: `/api/v1${url}`, payload, headers })
const me = (cookie: string) => t.app.inject({ url: '/api/v1/me', headers: { cookie } })

async function actions(userId: string) {
  const rows = await t.database.db.select().from(auditEvents).where(eq(auditEvents.actorId, userId))
  return rows.map((r) => `${r.action}:${r.result}`)
}

describe('change password', () => {
  it('a person changes their password: other sessions end, this one stays, a notice is mailed', async () => {
    const user = await loginAs(t, 'professional')
    const other = sessionCookieOf(await post('/sessions', { email: user.email, password: user.password }))!
    const res = await put(
      '/me/password',
      { currentPassword: user.password, newPassword: 'Nieuw-en-lang-genoeg-7' },
      user.headers,
    )
    expect(res.statusCode).toBe(204)
    expect((await me(user.cookie)).statusCode).toBe(200)
    expect((await me(other)).statusCode).toBe(401)
    expect((await mailsTo(t, user.email)).map((m) => m.template)).toEqual(['identity.password-changed'])
    expect((await post('/sessions', { email: user.email, password: user.password })).statusCode).toBe(401)
    expect((await post('/sessions', { email: user.email, password: 'Nieuw-en-lang-genoeg-7' })).statusCode).toBe(200)
    expect(await actions(user.userId)).toContain('identity.password.changed:success')
  })

  it('a wrong current password or a weak new one is a 400 on that field', async () => {
    const user = await loginAs(t, 'professional')
    const wrong = await put(
      '/me/password',
      { currentPassword: 'Niet-mijn-wachtwoord', newPassword: 'Nieuw-en-lang-genoeg-7' },
      user.headers,
    )
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json().errors).toEqual([
      { in: 'body', name: 'currentPassword', code: 'incorrect', reason: 'Dit wachtwoord klopt niet.' },
    ])
    const weak = await put(
      '/me/password',
      { currentPassword: user.password, newPassword: 'password1234' },
      user.headers,
    )
    expect(weak.statusCode).toBe(400)
    expect(weak.json().errors[0]).toMatchObject({ name: 'newPassword', code: 'common' })
    const short = await put('/me/password', { currentPassword: user.password, newPassword: 'kort' }, user.headers)
    expect(short.json().errors[0]).toMatchObject({ name: 'newPassword', code: 'minLength' })
  })

  it('changing the password needs a log-in and the CSRF token', async () => {
    const body = { currentPassword: 'Een-lang-wachtwoord', newPassword: 'Nieuw-en-lang-genoeg-7' }
    expect((await put('/me/password', body, {})).statusCode).toBe(401)
    const user = await loginAs(t, 'professional')
    expect((await put('/me/password', body, { cookie: user.cookie })).statusCode).toBe(403)
  })
})

describe('forgotten password', () => {
  it('a reset link sets a new password once, ends all sessions and works for 1 hour only', async () => {
    const user = await loginAs(t, 'professional')
    const res = await post('/password-resets', { email: user.email.toUpperCase() })
    expect(res.statusCode).toBe(202)
    const mails = await mailsTo(t, user.email)
    expect(mails.map((m) => m.template)).toEqual(['identity.password-reset'])
    expect(mails[0]!.textBody).toContain('http://localhost:3000/wachtwoord-herstellen?token=')
    const token = (await tokenFromLastMail(t, user.email, '/wachtwoord-herstellen'))!

    const weak = await post('/password-reset-confirmations', { token, password: 'qwertyuiop123' })
    expect(weak.statusCode).toBe(400)
    expect(weak.json().errors[0]).toMatchObject({ name: 'password', code: 'common' })

    const ok = await post('/password-reset-confirmations', { token, password: 'Hersteld-wachtwoord-99' })
    expect(ok.statusCode).toBe(204)
    expect((await me(user.cookie)).statusCode).toBe(401)
    const reused = await post('/password-reset-confirmations', { token, password: 'Nog-een-wachtwoord-99' })
    expect(reused.statusCode).toBe(400)
    expect(reused.json().errors[0]).toMatchObject({ name: 'token', code: 'invalid' })
    expect((await post('/sessions', { email: user.email, password: 'Hersteld-wachtwoord-99' })).statusCode).toBe(200)
    const done = await actions(user.userId)
    expect(done).toContain('identity.password.reset-requested:success')
    expect(done).toContain('identity.password.reset-completed:success')

    await post('/password-resets', { email: user.email })
    const late = (await tokenFromLastMail(t, user.email, '/wachtwoord-herstellen'))!
    t.now.value = new Date(t.now.value.getTime() + 61 * 60 * 1000)
    try {
      expect(
        (await post('/password-reset-confirmations', { token: late, password: 'Te-laat-wachtwoord-1' })).statusCode,
      ).toBe(400)
    } finally {
      t.now.value = new Date()
    }
  })

  it('known and unknown addresses get the same answer; only the known one gets a mail', async () => {
    const user = await loginAs(t, 'professional')
    const unknown = `niemand-${Date.now()}@voorbeeld.nl`
    const known = await post('/password-resets', { email: user.email }, {}, '10.3.0.1')
    const other = await post('/password-resets', { email: unknown }, {}, '10.3.0.1')
    expect(known.statusCode).toBe(202)
    expect(other.statusCode).toBe(202)
    expect(known.body).toBe(other.body)
    expect(await mailsTo(t, unknown)).toHaveLength(0)
    expect(await mailsTo(t, user.email)).toHaveLength(1)
  })

  it('reset requests are limited per account: the 4th in an hour is a 429', async () => {
    const user = await loginAs(t, 'professional')
    for (let i = 0; i < 3; i++)
      expect((await post('/password-resets', { email: user.email }, {}, `10.4.0.${i}`)).statusCode).toBe(202)
    const res = await post('/password-resets', { email: user.email }, {}, '10.4.1.1')
    expect(res.statusCode).toBe(429)
    expect(res.json().detail).toMatch(/^Te veel pogingen\. Probeer het over (60|59) minuten opnieuw\.$/)
    // An unknown address is limited the same way (no enumeration through the limit).
    const unknown = `niemand2-${Date.now()}@voorbeeld.nl`
    for (let i = 0; i < 3; i++) await post('/password-resets', { email: unknown }, {}, `10.4.2.${i}`)
    expect((await post('/password-resets', { email: unknown }, {}, '10.4.3.1')).statusCode).toBe(429)
  })

  it('the reset endpoints check their fields', async () => {
    const bad = await post('/password-resets', { email: 'geen-adres' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors[0]).toMatchObject({ name: 'email', code: 'format' })
    const missing = await post('/password-reset-confirmations', {})
    expect(missing.statusCode).toBe(400)
    expect(
      missing
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['password', 'token'])
  })
})
