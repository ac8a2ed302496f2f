import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { loginAs, sessionCookieOf, totpCode } from '../../../test/auth.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { recoveryCodes, users } from './identity.tables.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const inject = (method: 'GET' | 'POST' | 'DELETE', url: string, headers: Record<string, string>, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers, payload })

/** Moves the test clock to the next 30-second TOTP step, so a new code exists. */
function nextStep() {
  t.now.value = new Date(t.now.value.getTime() + 30_000)
}

async function logInWithPassword(email: string, password: string) {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email, password } })
  expect(res.statusCode).toBe(200)
  const cookie = sessionCookieOf(res)!
  return { res, cookie, headers: { cookie, 'x-csrf-token': res.json().session.csrfToken as string } }
}

async function auditOf(userId: string) {
  const rows = await t.database.db.select().from(auditEvents).where(eq(auditEvents.actorId, userId))
  return rows
}

describe('MFA set-up for a role that requires it', () => {
  it('a new register-office account must set up MFA before anything else, then is fully logged in', async () => {
    // Make a register-office account without MFA, as an admin would.
    const office = await loginAs(t, 'professional')
    await t.database.db
      .update(users)
      .set({ staffRoles: ['register_office'] })
      .where(eq(users.id, office.userId))

    const login = await logInWithPassword(office.email, office.password)
    expect(login.res.json()).toMatchObject({
      session: { mfaState: 'setup_required' },
      mfa: { enabled: false, required: true },
      permissions: { readAudit: false },
    })
    // Only set-up, /me and log-out work.
    const sessionsList = await inject('GET', '/sessions', login.headers)
    expect(sessionsList.statusCode).toBe(403)
    expect(sessionsList.json()).toMatchObject({ title: 'mfa-setup-required' })
    expect(sessionsList.json().detail).toBe('Stel eerst tweestapsverificatie in om verder te gaan.')
    expect((await inject('GET', '/me', login.headers)).statusCode).toBe(200)

    const setup = await inject('POST', '/me/mfa/totp', login.headers)
    expect(setup.statusCode).toBe(200)
    const { secret, otpauthUri, qrCodeSvg } = setup.json()
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Vakregister:.+\?.*issuer=Vakregister/)
    expect(otpauthUri).toContain('algorithm=SHA1')
    expect(otpauthUri).toContain('digits=6')
    expect(otpauthUri).toContain('period=30')
    expect(qrCodeSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/)

    const wrong = await inject('POST', '/me/mfa/totp/confirmation', login.headers, { code: '000000' })
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json().errors[0]).toMatchObject({ name: 'code', code: 'invalid' })

    const confirm = await inject('POST', '/me/mfa/totp/confirmation', login.headers, { code: totpCode(t, secret) })
    expect(confirm.statusCode).toBe(200)
    const codes: string[] = confirm.json().recoveryCodes
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    const stored = await t.database.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, office.userId))
    expect(stored).toHaveLength(10)
    expect(
      stored.some((r) => codes.some((c) => r.codeHash.includes(c) || r.codeHash.includes(c.replace(/-/g, '')))),
    ).toBe(false)

    const me = (await inject('GET', '/me', login.headers)).json()
    expect(me).toMatchObject({
      session: { mfaState: 'complete' },
      mfa: { enabled: true },
      permissions: { readAudit: true },
    })
    expect((await inject('GET', '/sessions', login.headers)).statusCode).toBe(200)
    expect((await auditOf(office.userId)).map((e) => `${e.action}:${e.result}`)).toContain(
      'identity.mfa.enabled:success',
    )
  })

  it('a session waiting for its code may only finish MFA, read /me or log out (401 mfa-required)', async () => {
    const editor = await loginAs(t, 'editor')
    nextStep()
    const login = await logInWithPassword(editor.email, editor.password)
    expect(login.res.json().session.mfaState).toBe('pending')
    // A pending session may do nothing yet: every permission is false (whatever permissions exist).
    const permissions = login.res.json().permissions
    expect(Object.keys(permissions)).toContain('readAudit')
    expect(Object.entries(permissions).filter(([, allowed]) => allowed !== false)).toEqual([])
    const blocked = await inject('GET', '/sessions', login.headers)
    expect(blocked.statusCode).toBe(401)
    expect(blocked.json().title).toBe('mfa-required')
    expect((await inject('POST', '/me/mfa/totp', login.headers)).statusCode).toBe(401)
    expect((await inject('DELETE', '/sessions/current', login.headers)).statusCode).toBe(204)
  })
})

describe('log-in with MFA', () => {
  it('a correct TOTP code completes the log-in with a new session id; the same code is never accepted twice', async () => {
    const manager = await loginAs(t, 'employer_manager')
    nextStep()
    const first = await logInWithPassword(manager.email, manager.password)
    const code = totpCode(t, manager.totpSecret!)
    const ok = await inject('POST', '/sessions/current/mfa', first.headers, { code })
    expect(ok.statusCode).toBe(200)
    expect(ok.json().session.mfaState).toBe('complete')
    const rotated = sessionCookieOf(ok)!
    expect(rotated).not.toBe(first.cookie)
    expect(ok.json().session.csrfToken).not.toBe(first.headers['x-csrf-token'])
    expect((await inject('GET', '/me', { cookie: first.cookie })).statusCode).toBe(401)
    expect((await inject('GET', '/sessions', { cookie: rotated })).statusCode).toBe(200)

    // Replay: a second log-in within the same 30 seconds cannot reuse the code.
    const second = await logInWithPassword(manager.email, manager.password)
    const replay = await inject('POST', '/sessions/current/mfa', second.headers, { code })
    expect(replay.statusCode).toBe(400)
    expect(replay.json().errors[0]).toMatchObject({ name: 'code', code: 'invalid' })
    const actions = (await auditOf(manager.userId)).map((e) => `${e.action}:${e.result}`)
    expect(actions).toContain('identity.mfa.verified:success')
    expect(actions).toContain('identity.mfa.verified:failure')
  })

  it('a recovery code works once', async () => {
    const prof = await loginAs(t, 'provider_staff')
    nextStep()
    const regen = await inject('POST', '/me/mfa/recovery-codes', prof.headers, { code: totpCode(t, prof.totpSecret!) })
    expect(regen.statusCode).toBe(200)
    const [code] = regen.json().recoveryCodes as string[]

    const first = await logInWithPassword(prof.email, prof.password)
    const used = await inject('POST', '/sessions/current/mfa', first.headers, { recoveryCode: code!.toLowerCase() })
    expect(used.statusCode).toBe(200)
    const second = await logInWithPassword(prof.email, prof.password)
    const again = await inject('POST', '/sessions/current/mfa', second.headers, { recoveryCode: code! })
    expect(again.statusCode).toBe(400)
    expect(again.json().errors[0]).toMatchObject({ name: 'recoveryCode' })
  })

  it('new recovery codes make the old ones invalid, and need a valid code', async () => {
    const admin = await loginAs(t, 'admin')
    nextStep()
    const a = await inject('POST', '/me/mfa/recovery-codes', admin.headers, { code: totpCode(t, admin.totpSecret!) })
    nextStep()
    const b = await inject('POST', '/me/mfa/recovery-codes', admin.headers, { code: totpCode(t, admin.totpSecret!) })
    expect(b.statusCode).toBe(200)
    const bad = await inject('POST', '/me/mfa/recovery-codes', admin.headers, { code: '12345' })
    expect(bad.statusCode).toBe(400)
    const login = await logInWithPassword(admin.email, admin.password)
    const old = await inject('POST', '/sessions/current/mfa', login.headers, {
      recoveryCode: a.json().recoveryCodes[0],
    })
    expect(old.statusCode).toBe(400)
    const fresh = await inject('POST', '/sessions/current/mfa', login.headers, {
      recoveryCode: b.json().recoveryCodes[0],
    })
    expect(fresh.statusCode).toBe(200)
  })

  it('too many wrong codes give 429 with Retry-After', async () => {
    const mod = await loginAs(t, 'moderator')
    const login = await logInWithPassword(mod.email, mod.password)
    for (let i = 0; i < 10; i++) {
      const res = await inject('POST', '/sessions/current/mfa', login.headers, { code: String(100000 + i) })
      expect(res.statusCode).toBe(400)
    }
    const res = await inject('POST', '/sessions/current/mfa', login.headers, { code: totpCode(t, mod.totpSecret!) })
    expect(res.statusCode).toBe(429)
    expect(res.headers['retry-after']).toBeDefined()
  })

  it('without a session the MFA step is 401; with a complete session it is a 409', async () => {
    expect((await inject('POST', '/sessions/current/mfa', {}, { code: '123456' })).statusCode).toBe(401)
    const prof = await loginAs(t, 'professional')
    expect((await inject('POST', '/sessions/current/mfa', prof.headers, { code: '123456' })).statusCode).toBe(409)
  })
})

describe('optional MFA for professionals', () => {
  it('a professional turns MFA on and off again with the password', async () => {
    const prof = await loginAs(t, 'professional')
    const setup = await inject('POST', '/me/mfa/totp', prof.headers)
    const { secret } = setup.json()
    const confirm = await inject('POST', '/me/mfa/totp/confirmation', prof.headers, { code: totpCode(t, secret) })
    expect(confirm.statusCode).toBe(200)
    expect((await inject('POST', '/me/mfa/totp', prof.headers)).statusCode).toBe(409)

    const wrong = await inject('DELETE', '/me/mfa', prof.headers, { password: 'Niet-het-goede-wachtwoord' })
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json().errors[0]).toMatchObject({ name: 'password' })
    const off = await inject('DELETE', '/me/mfa', prof.headers, { password: prof.password })
    expect(off.statusCode).toBe(204)
    const me = (await inject('GET', '/me', prof.headers)).json()
    expect(me.mfa).toEqual({ enabled: false, required: false })
    const actions = (await auditOf(prof.userId)).map((e) => `${e.action}:${e.result}`)
    expect(actions).toContain('identity.mfa.disabled:success')
    for (const event of await auditOf(prof.userId)) {
      expect(JSON.stringify(event.details)).not.toContain(prof.password)
      expect(JSON.stringify(event.details)).not.toContain(secret)
    }
  })

  it('staff and organisation roles that require MFA cannot turn it off (403)', async () => {
    for (const role of [
      'register_office',
      'editor',
      'moderator',
      'admin',
      'provider_staff',
      'employer_manager',
    ] as const) {
      const user = await loginAs(t, role)
      const res = await inject('DELETE', '/me/mfa', user.headers, { password: user.password })
      expect({ role, status: res.statusCode }).toEqual({ role, status: 403 })
    }
  })

  it('MFA endpoints need a log-in (401) and a valid body (400)', async () => {
    expect((await inject('POST', '/me/mfa/totp', {})).statusCode).toBe(401)
    expect((await inject('POST', '/me/mfa/totp/confirmation', {}, { code: '123456' })).statusCode).toBe(401)
    expect((await inject('DELETE', '/me/mfa', {}, { password: 'x' })).statusCode).toBe(401)
    expect((await inject('POST', '/me/mfa/recovery-codes', {}, { code: '123456' })).statusCode).toBe(401)
    const prof = await loginAs(t, 'professional')
    const res = await inject('POST', '/me/mfa/totp/confirmation', prof.headers, { code: 'abc' })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors[0]).toMatchObject({ in: 'body', name: 'code', code: 'pattern' })
    expect((await inject('POST', '/me/mfa/totp/confirmation', prof.headers, { code: '123456' })).statusCode).toBe(409)
    expect((await inject('POST', '/me/mfa/recovery-codes', prof.headers, { code: '123456' })).statusCode).toBe(409)
  })
})
