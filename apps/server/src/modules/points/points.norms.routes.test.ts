import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs, type TestRole } from '../../../test/auth.ts'
import { createTestRegister } from '../../../test/registrations.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { normVersions } from './points.tables.ts'

let t: TestApp
const as: Partial<Record<TestRole, LoggedIn>> = {}
const OTHER_ROLES: TestRole[] = [
  'professional',
  'editor',
  'moderator',
  'employer_manager',
  'provider_staff',
  'researcher',
]
const MISSING = '3f0c5a52-7d4e-4c1b-9a8e-000000000000'
let registerId: string

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2026-03-02T10:00:00Z')
  let n = 60
  for (const role of ['admin', 'register_office', ...OTHER_ROLES] as TestRole[]) {
    as[role] = await loginAs(t, role, { remoteAddress: `198.51.100.${n++}` })
  }
  registerId = (await createTestRegister(t.database.db)).id
})
afterAll(() => t.close())

const api = (who: LoggedIn | null, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: who?.headers ?? {}, payload })

const DEMO = {
  validFrom: '2020-01-01',
  totalPoints: 200,
  categories: {
    training: { minimum: 60, maximum: null },
    reflection: { minimum: 50, maximum: null },
    freeChoice: { minimum: null, maximum: 60 },
  },
  capPerActivity: 40,
  proRata: true,
  note: 'Norm bij de start',
}

const versionsOf = (id: string) =>
  t.database.db.select().from(normVersions).where(eq(normVersions.registerId, id)).orderBy(normVersions.version)

describe('adding a version of the norm', () => {
  it('lets the register office add versions, numbered in turn and audited', async () => {
    const first = await api(as.register_office!, 'POST', `/registers/${registerId}/norm-versions`, DEMO)
    expect(first.statusCode).toBe(201)
    expect(first.json()).toMatchObject({
      registerId,
      version: 1,
      validFrom: '2020-01-01',
      totalPoints: 200,
      categories: { freeChoice: { minimum: null, maximum: 60 }, training: { minimum: 60, maximum: null } },
      capPerActivity: 40,
      proRata: true,
      current: true,
    })
    const second = await api(as.admin!, 'POST', `/registers/${registerId}/norm-versions`, {
      ...DEMO,
      validFrom: '2027-01-01',
      totalPoints: 180,
      capPerActivity: null,
      proRata: false,
    })
    expect(second.statusCode).toBe(201)
    expect(second.json()).toMatchObject({ version: 2, capPerActivity: null, proRata: false, current: false })
    const stored = await versionsOf(registerId)
    expect(stored.map((v) => [v.version, v.totalPoints, v.proRata])).toEqual([
      [1, 200, 'yes'],
      [2, 180, 'no'],
    ])
    expect(stored[0]!.categories['free-choice']).toEqual({ min: null, max: 60 })
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'points.norm.version-added'), eq(auditEvents.objectId, registerId)))
    expect(audit.filter((a) => a.result === 'success')).toHaveLength(2)
    expect(audit[0]!.details).toMatchObject({ version: 1, totalPoints: 200, capPerActivity: 40 })
  })

  it('lists every invalid field at once in Dutch, and changes nothing', async () => {
    const before = (await versionsOf(registerId)).length
    const res = await api(as.register_office!, 'POST', `/registers/${registerId}/norm-versions`, {
      validFrom: '2026-02-30',
      totalPoints: 0,
      categories: {
        training: { minimum: 70, maximum: 50 },
        reflection: { minimum: 12.345 },
        freeChoice: { maximum: -1 },
      },
      capPerActivity: 0,
      note: 'x'.repeat(501),
    })
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/)
    const errors = res.json().errors as { name: string; code: string; reason: string }[]
    expect(errors.map((e) => `${e.name}:${e.code}`).sort()).toEqual(
      [
        'validFrom:format',
        'totalPoints:range',
        'categories.training.minimum:above-maximum',
        'categories.reflection.minimum:range',
        'categories.freeChoice.maximum:range',
        'capPerActivity:range',
        'proRata:required',
        'note:maxLength',
      ].sort(),
    )
    expect(errors.find((e) => e.name === 'categories.training.minimum')!.reason).toBe(
      'Het minimum mag niet hoger zijn dan het maximum.',
    )
    expect((await versionsOf(registerId)).length).toBe(before)
  })

  it('refuses minimums above the total, maximums below it, a bound or cap above it and a start before the last version', async () => {
    const res = await api(as.register_office!, 'POST', `/registers/${registerId}/norm-versions`, {
      ...DEMO,
      validFrom: '2026-12-31',
      totalPoints: 100,
      categories: {
        training: { minimum: 60, maximum: 60 },
        reflection: { minimum: 50, maximum: 30 },
        freeChoice: { minimum: null, maximum: 120 },
      },
      capPerActivity: 150,
    })
    expect(res.statusCode).toBe(400)
    const errors = res.json().errors as { name: string; code: string; reason: string }[]
    expect(errors.map((e) => `${e.name}:${e.code}`).sort()).toEqual(
      [
        'validFrom:before-previous',
        'categories:sum-of-minimums',
        'categories.reflection.minimum:above-maximum',
        'categories.freeChoice.maximum:above-total',
        'capPerActivity:range',
      ].sort(),
    )
    expect(errors.find((e) => e.name === 'validFrom')!.reason).toContain('2027-01-01')
    const sums = await api(as.register_office!, 'POST', `/registers/${registerId}/norm-versions`, {
      ...DEMO,
      validFrom: '2028-01-01',
      totalPoints: 100,
      categories: {
        training: { minimum: 60, maximum: 60 },
        reflection: { minimum: 50, maximum: 50 },
        freeChoice: { minimum: null, maximum: 10 },
      },
      capPerActivity: 40,
    })
    expect(sums.statusCode).toBe(400)
    expect(sums.json().errors).toEqual([
      expect.objectContaining({
        name: 'categories',
        code: 'sum-of-minimums',
        reason: 'De minimums van de categorieën zijn samen 110 punten. Dat is meer dan het totaal.',
      }),
    ])
    const unreachable = await api(as.register_office!, 'POST', `/registers/${registerId}/norm-versions`, {
      ...DEMO,
      validFrom: '2028-01-01',
      totalPoints: 200,
      categories: {
        training: { minimum: null, maximum: 60 },
        reflection: { minimum: null, maximum: 60 },
        freeChoice: { minimum: null, maximum: 60.5 },
      },
    })
    expect(unreachable.json().errors).toEqual([
      expect.objectContaining({
        name: 'categories',
        code: 'sum-of-maximums',
        reason: expect.stringContaining('180,5'),
      }),
    ])
  })

  it('asks for every missing field, and for each category', async () => {
    const res = await api(as.register_office!, 'POST', `/registers/${registerId}/norm-versions`, {
      categories: { training: { minimum: 10 } },
    })
    expect(res.statusCode).toBe(400)
    expect((res.json().errors as { name: string }[]).map((e) => e.name).sort()).toEqual(
      [
        'validFrom',
        'totalPoints',
        'categories.reflection',
        'categories.freeChoice',
        'capPerActivity',
        'proRata',
      ].sort(),
    )
  })

  it('answers in English when asked', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/registers/${registerId}/norm-versions`,
      headers: { ...as.register_office!.headers, 'accept-language': 'en' },
      payload: { ...DEMO, validFrom: '2030-01-01', proRata: undefined },
    })
    expect(res.json().errors).toEqual([expect.objectContaining({ name: 'proRata', reason: 'Choose yes or no.' })])
  })

  it('refuses everyone but the register office and admins (403, audited), 401 without log-in, 404 for an unknown register', async () => {
    for (const role of OTHER_ROLES) {
      const res = await api(as[role]!, 'POST', `/registers/${registerId}/norm-versions`, DEMO)
      expect(res.statusCode, role).toBe(403)
    }
    const denied = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'points.norm.version-added'), eq(auditEvents.result, 'denied')))
    expect(denied.length).toBe(OTHER_ROLES.length)
    expect((await api(null, 'POST', `/registers/${registerId}/norm-versions`, DEMO)).statusCode).toBe(401)
    const missing = await api(as.register_office!, 'POST', `/registers/${MISSING}/norm-versions`, DEMO)
    expect(missing.statusCode).toBe(404)
    expect(missing.json().detail).toBe('Dit register bestaat niet.')
    expect((await api(as.register_office!, 'POST', '/registers/geen-id/norm-versions', DEMO)).statusCode).toBe(400)
  })
})

describe('reading the norm', () => {
  it('lists the history newest first with a Link header, and marks the version of today', async () => {
    const res = await api(as.register_office!, 'GET', `/registers/${registerId}/norm-versions?pageSize=1`)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ page: 1, pageSize: 1, total: 2, items: [{ version: 2, current: false }] })
    expect(res.headers.link).toContain('rel="next"')
    const all = await api(as.admin!, 'GET', `/registers/${registerId}/norm-versions`)
    expect(all.json().items.map((v: { version: number; current: boolean }) => [v.version, v.current])).toEqual([
      [2, false],
      [1, true],
    ])
  })

  it('gives the current version, and the new one once its start has come', async () => {
    const now = await api(as.register_office!, 'GET', `/registers/${registerId}/norm-versions/current`)
    expect(now.json()).toMatchObject({ version: 1, current: true })
    t.now.value = new Date('2027-01-01T08:00:00Z')
    const office = await loginAs(t, 'register_office', { remoteAddress: '198.51.100.90' }) // earlier sessions expired
    const later = await api(office, 'GET', `/registers/${registerId}/norm-versions/current`)
    expect(later.json()).toMatchObject({ version: 2, current: true, totalPoints: 180 })
    t.now.value = new Date('2026-03-02T10:00:00Z')
  })

  it('404 for a register without a norm or an unknown register, 403 for other roles, 401 without log-in', async () => {
    const empty = (await createTestRegister(t.database.db, 'Register Zonder Norm')).id
    const none = await api(as.register_office!, 'GET', `/registers/${empty}/norm-versions/current`)
    expect(none.statusCode).toBe(404)
    expect(none.json().detail).toMatch(/nog geen herregistratienorm/)
    expect((await api(as.register_office!, 'GET', `/registers/${empty}/norm-versions`)).json().items).toEqual([])
    expect((await api(as.register_office!, 'GET', `/registers/${MISSING}/norm-versions`)).statusCode).toBe(404)
    for (const role of OTHER_ROLES) {
      expect((await api(as[role]!, 'GET', `/registers/${registerId}/norm-versions`)).statusCode, role).toBe(403)
      expect((await api(as[role]!, 'GET', `/registers/${registerId}/norm-versions/current`)).statusCode, role).toBe(403)
    }
    expect((await api(null, 'GET', `/registers/${registerId}/norm-versions`)).statusCode).toBe(401)
    expect((await api(as.admin!, 'GET', `/registers/${registerId}/norm-versions?pageSize=0`)).statusCode).toBe(400)
  })
})
