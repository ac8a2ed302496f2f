import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { loginAs, sessionCookieOf } from '../../../test/auth.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { sessions } from './identity.tables.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const post = (url: string, payload: object, headers: Record<string, string> = {}, remoteAddress = '10.0.0.1') =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload, headers, remoteAddress })

let counter = 0
const _freshEmail = () => `persoon${++counter}-${Date.now()}@voorbeeld.nl`
const _signUp = (email: string, extra: object = {}, ip?: string) =>
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

describe('session timeouts', () => {
  it('a session ends after 30 minutes without activity', async () => {
    const user = await loginAs(t, 'professional')
    const start = t.now.value
    try {
      t.now.value = new Date(start.getTime() + 29 * 60 * 1000)
      expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: user.cookie } })).statusCode).toBe(200)
      t.now.value = new Date(start.getTime() + 58 * 60 * 1000) // 29 minutes after the last request
      expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: user.cookie } })).statusCode).toBe(200)
      t.now.value = new Date(start.getTime() + 89 * 60 * 1000) // 31 minutes idle
      const res = await t.app.inject({ url: '/api/v1/me', headers: { cookie: user.cookie } })
      expect(res.statusCode).toBe(401)
      expect(String(res.headers['set-cookie'])).toMatch(/vr_session=;/)
    } finally {
      t.now.value = new Date()
    }
  })

  it('a session ends after 12 hours even when it is used all the time', async () => {
    const user = await loginAs(t, 'professional')
    const start = t.now.value
    try {
      let ok = 0
      for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
        t.now.value = new Date(start.getTime() + minutes * 60 * 1000)
        if ((await t.app.inject({ url: '/api/v1/me', headers: { cookie: user.cookie } })).statusCode === 200) ok++
      }
      expect(ok).toBe(35)
      t.now.value = new Date(start.getTime() + 12 * 60 * 60 * 1000)
      expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: user.cookie } })).statusCode).toBe(401)
    } finally {
      t.now.value = new Date()
    }
  })

  it('Me tells when the session ends', async () => {
    const user = await loginAs(t, 'professional')
    const me = (await t.app.inject({ url: '/api/v1/me', headers: { cookie: user.cookie } })).json()
    const now = t.now.value.getTime()
    expect(new Date(me.session.expiresAt).getTime() - now).toBeGreaterThan(11.9 * 3600 * 1000)
    expect(new Date(me.session.idleExpiresAt).getTime() - now).toBeLessThanOrEqual(30 * 60 * 1000)
  })
})

describe('me and sessions', () => {
  it('GET /me without a session is 401 in Dutch', async () => {
    const res = await t.app.inject({ url: '/api/v1/me' })
    expect(res.statusCode).toBe(401)
    expect(res.json().detail).toBe('Log in om verder te gaan.')
  })

  it('a person changes their name and language', async () => {
    const user = await loginAs(t, 'professional')
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: user.headers,
      payload: { givenName: 'Sanne', locale: 'en' },
    })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ givenName: 'Sanne', familyName: 'professional', locale: 'en' })
    expect(await auditActions(user.userId)).toContain('identity.profile.changed:success')
    const bad = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: user.headers,
      payload: { locale: 'de', givenName: '' },
    })
    expect(bad.statusCode).toBe(400)
    expect(
      bad
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['givenName', 'locale'])
  })

  it('a person sees their sessions, ends one, and then logs out everywhere', async () => {
    const a = await loginAs(t, 'professional')
    const b = await post('/sessions', { email: a.email, password: a.password }, { 'user-agent': 'Telefoon' })
    const c = await post('/sessions', { email: a.email, password: a.password }, { 'user-agent': 'Tablet' })
    const cookieB = sessionCookieOf(b)!
    const cookieC = sessionCookieOf(c)!
    const list = await t.app.inject({ url: '/api/v1/sessions', headers: { cookie: a.cookie } })
    expect(list.statusCode).toBe(200)
    const items = list.json().items
    expect(items).toHaveLength(3)
    expect(items.filter((s: { current: boolean }) => s.current)).toHaveLength(1)
    expect(JSON.stringify(items)).not.toContain(a.cookie.split('=')[1])
    const phone = items.find((s: { userAgent: string }) => s.userAgent === 'Telefoon')

    const end = await t.app.inject({ method: 'DELETE', url: `/api/v1/sessions/${phone.id}`, headers: a.headers })
    expect(end.statusCode).toBe(204)
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: cookieB } })).statusCode).toBe(401)
    const again = await t.app.inject({ method: 'DELETE', url: `/api/v1/sessions/${phone.id}`, headers: a.headers })
    expect(again.statusCode).toBe(404)

    const all = await t.app.inject({ method: 'DELETE', url: '/api/v1/sessions', headers: a.headers })
    expect(all.statusCode).toBe(204)
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: cookieC } })).statusCode).toBe(401)
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: a.cookie } })).statusCode).toBe(401)
    const actions = await auditActions(a.userId)
    expect(actions).toContain('identity.session.ended:success')
    expect(actions).toContain('identity.session.ended-all:success')
  })

  it("someone else's session cannot be ended (404) and a malformed id is a 400", async () => {
    const a = await loginAs(t, 'professional')
    const b = await loginAs(t, 'professional')
    const [bSession] = await t.database.db
      .select()
      .from(sessions)
      .where(and(eq(sessions.userId, b.userId)))
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/sessions/${bSession!.publicId}`,
      headers: a.headers,
    })
    expect(res.statusCode).toBe(404)
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: b.cookie } })).statusCode).toBe(200)
    const bad = await t.app.inject({ method: 'DELETE', url: '/api/v1/sessions/abc', headers: a.headers })
    expect(bad.statusCode).toBe(400)
    expect((await t.app.inject({ url: '/api/v1/sessions' })).statusCode).toBe(401)
  })

  it('permissions in Me follow the roles', async () => {
    // readAudit, manageOrganisations, listUsers, manageStaffRoles, readRegistrations, handleDataRequests
    const cases = [
      ['professional', false, false, false, false, false, false],
      ['register_office', true, true, true, false, true, true],
      ['admin', true, true, true, true, false, false],
      ['editor', false, false, false, false, false, false],
      ['employer_manager', false, false, false, false, false, false],
    ] as const
    for (const [
      role,
      readAudit,
      manageOrganisations,
      listUsers,
      manageStaffRoles,
      readRegistrations,
      handleDataRequests,
    ] of cases) {
      const user = await loginAs(t, role)
      const me = (await t.app.inject({ url: '/api/v1/me', headers: { cookie: user.cookie } })).json()
      expect({ role, ...me.permissions }).toMatchObject({
        role,
        readAudit,
        manageOrganisations,
        listUsers,
        manageStaffRoles,
        readRegistrations,
        handleDataRequests,
      })
    }
  })

  it('the agenda’s permissions in Me follow the roles: organiser pages only for provider staff', async () => {
    // signUpForEvents, manageEvents, checkInAttendees
    const cases = [
      ['professional', true, false, false],
      ['provider_staff', true, true, true],
      ['employer_manager', true, false, false],
      ['researcher', true, false, false],
      ['register_office', true, false, false],
      ['admin', true, false, false],
      ['editor', true, false, false],
    ] as const
    for (const [role, signUpForEvents, manageEvents, checkInAttendees] of cases) {
      const user = await loginAs(t, role)
      const me = (await t.app.inject({ url: '/api/v1/me', headers: { cookie: user.cookie } })).json()
      expect({ role, ...me.permissions }).toMatchObject({ role, signUpForEvents, manageEvents, checkInAttendees })
    }
  })
})
