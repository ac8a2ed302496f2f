import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { loginAs } from '../../../test/auth.ts'
import { sessionCookieName } from './session.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ CORS_ORIGINS: 'https://hr.gemeente-utrecht.nl' })
})
afterAll(() => t.close())

describe('session cookie and CSRF', () => {
  it('the cookie is __Host-vr_session in production and vr_session otherwise', () => {
    expect(sessionCookieName({ nodeEnv: 'production' })).toBe('__Host-vr_session')
    expect(sessionCookieName({ nodeEnv: 'development' })).toBe('vr_session')
    expect(sessionCookieName({ nodeEnv: 'test' })).toBe('vr_session')
  })

  it('an unknown session cookie counts as no session and is cleared', async () => {
    const res = await t.app.inject({ url: '/api/v1/me', headers: { cookie: 'vr_session=onbekend' } })
    expect(res.statusCode).toBe(401)
    expect(String(res.headers['set-cookie'])).toMatch(/^vr_session=;/)
  })

  it('an origin from CORS_ORIGINS may send requests without a session', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/password-resets',
      headers: { origin: 'https://hr.gemeente-utrecht.nl' },
      payload: { email: 'iemand@voorbeeld.nl' },
    })
    expect(res.statusCode).toBe(202)
  })

  it('with a session, a foreign Origin is refused even with the right CSRF token', async () => {
    const user = await loginAs(t, 'professional')
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { ...user.headers, origin: 'https://evil.example' },
      payload: { givenName: 'X' },
    })
    expect(res.statusCode).toBe(403)
    expect(res.json().title).toBe('csrf')
  })

  it('reading (GET) needs no CSRF token', async () => {
    const user = await loginAs(t, 'professional')
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: user.cookie } })).statusCode).toBe(200)
  })

  it('the CSRF message is English when the client prefers English', async () => {
    const user = await loginAs(t, 'professional')
    const res = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/sessions',
      headers: { cookie: user.cookie, 'accept-language': 'en' },
    })
    expect(res.statusCode).toBe(403)
    expect(res.json().detail).toMatch(/refused for security reasons/)
  })

  it('a session that still needs MFA cannot reach other modules, but public routes still work', async () => {
    const editor = await loginAs(t, 'editor')
    const pending = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email: editor.email, password: editor.password },
    })
    const cookie = pending.cookies.find((c) => c.name === 'vr_session')!
    const headers = { cookie: `vr_session=${cookie.value}` }
    expect((await t.app.inject({ url: '/api/v1/health/live', headers })).statusCode).toBe(200)
    expect((await t.app.inject({ url: '/api/v1/bestaat-niet', headers })).statusCode).toBe(404)
  })
})

describe('in production', () => {
  it('the session cookie is __Host-vr_session with Secure, HttpOnly, SameSite=Lax and Path=/', async () => {
    const prod = await createTestApp({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://vakregister.example',
      SMTP_HOST: '127.0.0.1',
      TICKET_SECRET: 'test-ticket-secret-of-at-least-32-characters',
      SEED_DEMO: 'false',
      RUN_WORKERS: 'false',
    })
    try {
      const user = await loginAs(prod, 'professional')
      expect(user.cookie.startsWith('__Host-vr_session=')).toBe(true)
      const res = await prod.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        payload: { email: user.email, password: user.password },
        headers: { ...user.headers, origin: 'https://vakregister.example' },
      })
      expect(res.statusCode).toBe(200)
      const setCookie = String(res.headers['set-cookie'])
      expect(setCookie).toMatch(/^__Host-vr_session=[A-Za-z0-9_-]{43};/)
      for (const part of ['Secure', 'HttpOnly', 'SameSite=Lax', 'Path=/']) expect(setCookie).toContain(part)
      expect(setCookie).not.toContain('Domain=')
    } finally {
      await prod.close()
    }
  })
})
