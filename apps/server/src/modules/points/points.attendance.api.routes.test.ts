import { createHash } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { memberships } from '../organisations/organisations.tables.ts'
import { createRegister, createRegistration } from '../register/register.test-fixtures.ts'
import { createRun } from './points.attendance.fixtures.ts'
import { attendances, idempotencyRecords, organisationApiKeys } from './points.attendance.tables.ts'
import { pointsLedger } from './points.tables.ts'

let t: TestApp
let staff: LoggedIn
let otherStaff: LoggedIn
let registerId: string
let key: string
let keyId: string

const keysUrl = (organisationId: string) => `/api/v1/organisations/${organisationId}/api-keys`
const session = (who: LoggedIn | null, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: who ? who.headers : {}, ...(payload !== undefined ? { payload } : {}) })
const viaApi = (runId: string, payload: object, headers: Record<string, string>) =>
  t.app.inject({ method: 'POST', url: `/api/v1/runs/${runId}/attendances`, headers, payload })

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2026-06-01T10:00:00Z')
  registerId = (await createRegister(t, 'AP')).id
  staff = await loginAs(t, 'provider_staff')
  otherStaff = await loginAs(t, 'provider_staff')
  const created = await session(staff, 'POST', keysUrl(staff.organisationId!), { name: 'Leerplatform' })
  key = created.json().key
  keyId = created.json().id
})
afterAll(() => t.close())

describe('API keys of an organisation', () => {
  it('GET /me tells the UI who may manage API keys: provider staff only', async () => {
    const me = async (who: LoggedIn) =>
      (await t.app.inject({ url: '/api/v1/me', headers: { cookie: who.cookie } })).json().permissions.manageApiKeys
    expect(await me(staff)).toBe(true)
    expect(await me(await loginAs(t, 'professional'))).toBe(false)
    expect(await me(await loginAs(t, 'register_office'))).toBe(false)
  })

  it('provider staff create a key that is shown once and stored only as its SHA-256, list it and revoke it; audited', async () => {
    const res = await session(staff, 'POST', keysUrl(staff.organisationId!), { name: '  Moodle  ' })
    expect(res.statusCode).toBe(201)
    const created = res.json()
    expect(created).toMatchObject({ name: 'Moodle', lastUsedAt: null, revokedAt: null })
    expect(created.key).toMatch(/^vrk_[A-Za-z0-9_-]{43}$/)
    expect(created.key.startsWith(created.prefix)).toBe(true)
    const [stored] = await t.database.db
      .select()
      .from(organisationApiKeys)
      .where(eq(organisationApiKeys.id, created.id))
    expect(stored!.keyHash).toBe(createHash('sha256').update(created.key).digest('hex'))
    expect(JSON.stringify(stored)).not.toContain(created.key)

    const list = await session(staff, 'GET', keysUrl(staff.organisationId!))
    expect(list.statusCode).toBe(200)
    expect(
      list
        .json()
        .items.map((k: { name: string }) => k.name)
        .sort(),
    ).toEqual(['Leerplatform', 'Moodle'])
    expect(JSON.stringify(list.json())).not.toContain(created.key)
    expect(list.headers.link).toMatch(/rel="last"/)

    const revoked = await session(staff, 'DELETE', `${keysUrl(staff.organisationId!)}/${created.id}`)
    expect(revoked.statusCode).toBe(200)
    expect(revoked.json().revokedAt).toBe('2026-06-01T10:00:00.000Z')
    expect((await session(staff, 'DELETE', `${keysUrl(staff.organisationId!)}/${created.id}`)).statusCode).toBe(409)
    const audit = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.objectId, created.id))
    expect(audit.map((a) => a.action).sort()).toEqual(['points.api-key.created', 'points.api-key.revoked'])
    const { run } = await createRun(t, staff.organisationId!)
    const refused = await viaApi(
      run.id,
      { registrationNumbers: ['AP-000001'] },
      {
        authorization: `Bearer ${created.key}`,
        'idempotency-key': 'revoked-1',
      },
    )
    expect(refused.statusCode).toBe(401)
  })

  it('refuses anonymous (401), other organisations’ staff and other roles (403), bad input (400), unknown ids (404)', async () => {
    const url = keysUrl(staff.organisationId!)
    expect((await session(null, 'GET', url)).statusCode).toBe(401)
    expect((await session(null, 'POST', url, { name: 'x' })).statusCode).toBe(401)
    for (const who of [
      otherStaff,
      await loginAs(t, 'register_office'),
      await loginAs(t, 'admin'),
      await loginAs(t, 'professional'),
    ]) {
      expect((await session(who, 'GET', url)).statusCode).toBe(403)
      expect((await session(who, 'POST', url, { name: 'x' })).statusCode).toBe(403)
      expect((await session(who, 'DELETE', `${url}/${keyId}`)).statusCode).toBe(403)
    }
    const bad = await session(staff, 'POST', url, { name: '', extra: true })
    expect(bad.statusCode).toBe(400)
    expect(
      bad
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['extra', 'name'])
    const blank = await session(staff, 'POST', url, { name: '   ' })
    expect(blank.json().errors[0].reason).toMatch(/Geef de sleutel een naam/)
    const missing = '7d0f7a4e-1111-4111-8111-111111111111'
    expect((await session(staff, 'DELETE', `${url}/${missing}`)).statusCode).toBe(404)
    expect((await session(staff, 'GET', keysUrl(missing))).statusCode).toBe(404)
    // A key of another organisation is not found through this organisation.
    const other = (await session(otherStaff, 'POST', keysUrl(otherStaff.organisationId!), { name: 'x' })).json()
    expect((await session(staff, 'DELETE', `${url}/${other.id}`)).statusCode).toBe(404)
  })
})

describe('booking attendance through the API', () => {
  it('books per row with a Bearer key and an Idempotency-Key; the same call again books nothing and answers the same', async () => {
    const { run } = await createRun(t, staff.organisationId!, { points: 3 })
    const [a, b] = [await createRegistration(t, registerId), await createRegistration(t, registerId)]
    const body = {
      registrationNumbers: [a.registrationNumber, 'AP-999999', a.registrationNumber],
      entries: [{ registrationNumber: b.registrationNumber }, { email: 'onbekend@voorbeeld.nl' }],
    }
    const headers = { authorization: `Bearer ${key}`, 'idempotency-key': 'import-2026-06-01' }
    const first = await viaApi(run.id, body, headers)
    expect(first.statusCode).toBe(200)
    expect(first.json()).toEqual({
      runId: run.id,
      bookedCount: 2,
      results: [
        { position: 1, value: a.registrationNumber, outcome: 'booked' },
        { position: 2, value: 'AP-999999', outcome: 'unmatched' },
        { position: 3, value: a.registrationNumber, outcome: 'duplicate' },
        { position: 4, value: b.registrationNumber, outcome: 'booked' },
        { position: 5, value: 'onbekend@voorbeeld.nl', outcome: 'unmatched' },
      ],
    })
    const rows = await t.database.db.select().from(attendances).where(eq(attendances.runId, run.id))
    expect(rows.map((r) => r.method)).toEqual(['api', 'api'])
    expect(rows[0]!.recordedById).toBe(staff.userId)
    const booked = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'points.attendance.booked'), eq(auditEvents.objectId, run.id)))
    expect(booked[0]!.details).toMatchObject({ method: 'api', apiKeyId: keyId })

    const replay = await viaApi(run.id, body, headers)
    expect(replay.statusCode).toBe(200)
    expect(replay.json()).toEqual(first.json())
    expect(replay.headers['idempotent-replayed']).toBe('true')
    expect(await t.database.db.select().from(pointsLedger).where(eq(pointsLedger.registrationId, a.id))).toHaveLength(1)

    const different = await viaApi(run.id, { registrationNumbers: [b.registrationNumber] }, headers)
    expect(different.statusCode).toBe(422)
    expect(different.headers['content-type']).toMatch(/application\/problem\+json/)
    expect(different.json().detail).toMatch(/al gebruikt voor een ander verzoek/)

    // A new Idempotency-Key with the same list: processed again, but nothing is booked twice.
    const fresh = await viaApi(run.id, body, { ...headers, 'idempotency-key': 'import-2026-06-01-b' })
    expect(fresh.json().bookedCount).toBe(0)
    expect(fresh.json().results[0].outcome).toBe('already-booked')
    const records = await t.database.db.select().from(idempotencyRecords).where(eq(idempotencyRecords.apiKeyId, keyId))
    expect(records.length).toBeGreaterThanOrEqual(2)
  })

  it('two calls with the same Idempotency-Key at the same moment book once and answer the same', async () => {
    const { run } = await createRun(t, staff.organisationId!)
    const reg = await createRegistration(t, registerId)
    const headers = { authorization: `Bearer ${key}`, 'idempotency-key': 'tegelijk-1' }
    const body = { registrationNumbers: [reg.registrationNumber] }
    const [one, two] = await Promise.all([viaApi(run.id, body, headers), viaApi(run.id, body, headers)])
    expect([one.statusCode, two.statusCode]).toEqual([200, 200])
    expect(one.json()).toEqual(two.json())
    expect(one.json().bookedCount).toBe(1)
    expect(await t.database.db.select().from(pointsLedger).where(eq(pointsLedger.registrationId, reg.id))).toHaveLength(
      1,
    )
  })

  it('needs a valid key (401), the key’s own provider (403), an Idempotency-Key and a body (400), a known run (404)', async () => {
    const { run } = await createRun(t, staff.organisationId!)
    const { run: otherRun } = await createRun(t, otherStaff.organisationId!)
    const body = { registrationNumbers: ['AP-000001'] }
    expect((await viaApi(run.id, body, { 'idempotency-key': 'k1' })).statusCode).toBe(401)
    const wrong = await viaApi(run.id, body, {
      authorization: 'Bearer vrk_ditisgeenechtesleutel123',
      'idempotency-key': 'k1',
    })
    expect(wrong.statusCode).toBe(401)
    expect(wrong.headers['www-authenticate']).toBe('Bearer')
    const auth = { authorization: `Bearer ${key}` }
    expect((await viaApi(otherRun.id, body, { ...auth, 'idempotency-key': 'k2' })).statusCode).toBe(403)
    const noKey = await viaApi(run.id, body, auth)
    expect(noKey.statusCode).toBe(400)
    expect(noKey.json().errors[0]).toMatchObject({ in: 'header', name: 'Idempotency-Key' })
    const empty = await viaApi(run.id, { entries: [{}] }, { ...auth, 'idempotency-key': 'k3' })
    expect(empty.statusCode).toBe(400)
    expect(empty.json().errors[0]).toMatchObject({ name: 'entries.0' })
    const bad = await viaApi(run.id, { registrationNumbers: 'AP-1', other: 1 }, { ...auth, 'idempotency-key': 'k4' })
    expect(bad.statusCode).toBe(400)
    const missing = '7d0f7a4e-1111-4111-8111-111111111111'
    expect((await viaApi(missing, body, { ...auth, 'idempotency-key': 'k5' })).statusCode).toBe(404)
  })

  it('a key stops working when its creator is no longer provider staff of the organisation', async () => {
    const leaving = await loginAs(t, 'provider_staff')
    const made = await session(leaving, 'POST', keysUrl(leaving.organisationId!), { name: 'Oud koppelvlak' })
    expect(made.statusCode).toBe(201)
    const { run } = await createRun(t, leaving.organisationId!)
    const call = (idempotencyKey: string) =>
      viaApi(
        run.id,
        { registrationNumbers: [] },
        { authorization: `Bearer ${made.json().key}`, 'idempotency-key': idempotencyKey },
      )
    expect((await call('before')).statusCode).not.toBe(401)
    await t.database.db
      .delete(memberships)
      .where(and(eq(memberships.userId, leaving.userId), eq(memberships.organisationId, leaving.organisationId!)))
    const after = await call('after')
    expect(after.statusCode).toBe(401)
  })

  it('a session cookie does not work on the API route, and an API key does not work on session routes', async () => {
    const { run } = await createRun(t, staff.organisationId!)
    const withCookie = await viaApi(
      run.id,
      { registrationNumbers: ['AP-000001'] },
      { ...staff.headers, 'idempotency-key': 'c1' },
    )
    expect(withCookie.statusCode).toBe(401)
    const withKey = await t.app.inject({
      method: 'POST',
      url: `/api/v1/runs/${run.id}/manual-attendances`,
      headers: { authorization: `Bearer ${key}` },
      payload: { registrationNumber: 'AP-000001' },
    })
    expect(withKey.statusCode).toBe(401)
    const list = await t.app.inject({
      url: `/api/v1/runs/${run.id}/attendances`,
      headers: { authorization: `Bearer ${key}` },
    })
    expect(list.statusCode).toBe(401)
    const keys = await t.app.inject({
      url: keysUrl(staff.organisationId!),
      headers: { authorization: `Bearer ${key}` },
    })
    expect(keys.statusCode).toBe(401)
  })
})
