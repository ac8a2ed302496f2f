import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs, type TestRole } from '../../../test/auth.ts'
import { registers } from './register.tables.ts'
import { createRegistration } from './register.test-fixtures.ts'

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

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2026-03-02T10:00:00Z')
  let n = 40
  for (const role of ['admin', 'register_office', ...OTHER_ROLES] as TestRole[]) {
    as[role] = await loginAs(t, role, { remoteAddress: `198.51.100.${n++}` })
  }
})
afterAll(() => t.close())

const api = (who: LoggedIn | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: who?.headers ?? {}, payload })

let seq = 0
/** A valid new register with unique slug and prefix. */
function newRegister(overrides: Record<string, unknown> = {}) {
  seq += 1
  const letters = String.fromCharCode(65 + (seq % 26)) + String.fromCharCode(65 + Math.floor(seq / 26))
  return {
    name: `Register Schuldhulp ${seq}`,
    slug: `register-schuldhulp-${seq}`,
    numberPrefix: `S${letters}`,
    professions: ['schuldhulpverlener', 'budgetcoach'],
    cycleYears: 4,
    ...overrides,
  }
}

async function create(body = newRegister(), who = as.register_office!) {
  const res = await api(who, 'POST', '/registers', body)
  expect(res.statusCode).toBe(201)
  return res.json() as { id: string; slug: string; numberPrefix: string; professions: string[] }
}

async function storedRow(id: string) {
  const [row] = await t.database.db.select().from(registers).where(eq(registers.id, id))
  return row!
}

const auditOf = async (action: string, objectId: string) =>
  (await api(as.admin!, 'GET', `/audit-events?action=${action}&pageSize=100`))
    .json()
    .items.filter((e: { objectId: string }) => e.objectId === objectId)

describe('configuring registers', () => {
  it('the register office adds a register; anyone can read it, it is in the list and the creation is audited', async () => {
    const body = newRegister({ name: '  Register Handhavers ', professions: [' handhaver ', 'toezichthouder'] })
    const res = await api(as.register_office!, 'POST', '/registers', body)
    expect(res.statusCode).toBe(201)
    const created = res.json()
    expect(created).toEqual({
      id: expect.any(String),
      name: 'Register Handhavers',
      slug: body.slug,
      numberPrefix: body.numberPrefix,
      professions: ['handhaver', 'toezichthouder'],
      cycleYears: 4,
      numberPrefixLocked: false,
    })
    expect(res.headers.location).toBe(`http://localhost:3000/api/v1/registers/${created.id}`)

    const one = await api(null, 'GET', `/registers/${created.id}`)
    expect(one.statusCode).toBe(200)
    expect(one.json()).toEqual(created)
    const list = await api(null, 'GET', '/registers')
    expect(list.json().items.map((r: { id: string }) => r.id)).toContain(created.id)

    const [entry] = await auditOf('register.register.created', created.id)
    expect(entry).toMatchObject({ actorId: as.register_office!.userId, result: 'success' })
    expect(entry.details).toMatchObject({ name: 'Register Handhavers', numberPrefix: body.numberPrefix, cycleYears: 4 })
  })

  it('an admin changes name, professions and cycle length; only the changed fields are audited', async () => {
    const register = await create()
    const res = await api(as.admin!, 'PATCH', `/registers/${register.id}`, {
      name: 'Register Schuldhulpverleners',
      professions: ['schuldhulpverlener', 'budgetcoach', 'bewindvoerder'],
      cycleYears: 3,
      slug: register.slug,
    })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      name: 'Register Schuldhulpverleners',
      professions: ['schuldhulpverlener', 'budgetcoach', 'bewindvoerder'],
      cycleYears: 3,
    })
    const [entry] = await auditOf('register.register.updated', register.id)
    expect(entry.actorId).toBe(as.admin!.userId)
    expect(Object.keys(entry.details.changes).sort()).toEqual(['cycleYears', 'name', 'professions'])
    expect(entry.details.changes.cycleYears).toEqual({ from: 4, to: 3 })
  })

  it('a change of cycle length keeps the dates of existing cycles', async () => {
    const register = await create()
    const registration = await createRegistration(t, register.id, { approvedOn: '2026-01-05' })
    const before = await api(as.register_office!, 'GET', `/registrations/${registration.id}`)
    const res = await api(as.register_office!, 'PATCH', `/registers/${register.id}`, { cycleYears: 8 })
    expect(res.statusCode).toBe(200)
    const after = await api(as.register_office!, 'GET', `/registrations/${registration.id}`)
    expect(after.json().cycles).toEqual(before.json().cycles)
    expect(after.json().cycles[0]).toMatchObject({ startDate: '2026-01-05', endDate: '2030-01-04' })
  })

  it('lists every invalid field in one Dutch answer and stores nothing', async () => {
    const res = await api(as.admin!, 'POST', '/registers', {
      name: 'KM',
      slug: 'Register Klantmanagers',
      numberPrefix: 'km1',
      professions: ['jobcoach', ' ', 'Jobcoach'],
      cycleYears: 11,
    })
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toContain('application/problem+json')
    const problem = res.json()
    expect(problem.detail).toBe('Niet alle gegevens zijn goed ingevuld. Verbeter de velden hieronder.')
    const byField = (name: string) => problem.errors.filter((e: { name: string }) => e.name === name)
    expect(byField('name')[0].reason).toContain('3 tot 120 tekens')
    expect(byField('slug')[0].reason).toContain('kleine letters')
    expect(byField('numberPrefix')[0].reason).toBe(
      'Vul 1 tot 5 hoofdletters in, zoals KM. Dit komt voor het registratienummer.',
    )
    expect(byField('professions').map((e: { reason: string }) => e.reason)).toEqual([
      'Een beroep mag niet leeg zijn.',
      'Het beroep "Jobcoach" staat er twee keer in.',
    ])
    expect(byField('cycleYears')[0].reason).toContain('1 tot 10 jaar')
    const rows = await t.database.db.select().from(registers).where(eq(registers.slug, 'Register Klantmanagers'))
    expect(rows).toEqual([])
  })

  it('names every missing field, and unknown fields and wrong types are refused', async () => {
    const missing = await api(as.admin!, 'POST', '/registers', {})
    expect(missing.statusCode).toBe(400)
    expect(missing.json().errors.map((e: { name: string }) => e.name)).toEqual([
      'name',
      'slug',
      'numberPrefix',
      'professions',
      'cycleYears',
    ])
    expect(missing.json().errors[0].reason).toBe('Vul dit veld in.')
    const tooMany = await api(
      as.admin!,
      'POST',
      '/registers',
      newRegister({ professions: Array.from({ length: 21 }, (_, i) => `beroep ${i}`) }),
    )
    expect(tooMany.json().errors).toEqual([
      expect.objectContaining({ name: 'professions', reason: 'Vul 1 tot 20 beroepen in.' }),
    ])
    const wrongType = await api(as.admin!, 'POST', '/registers', {
      ...newRegister(),
      cycleYears: 'vijf',
      colour: 'blauw',
    })
    expect(wrongType.statusCode).toBe(400)
    expect(
      wrongType
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['colour', 'cycleYears'])
  })

  it('an invalid change changes nothing, not even the valid fields next to it', async () => {
    const register = await create()
    const res = await api(as.admin!, 'PATCH', `/registers/${register.id}`, { name: 'Nieuwe naam', cycleYears: 0 })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors.map((e: { name: string }) => e.name)).toEqual(['cycleYears'])
    expect((await storedRow(register.id)).name).not.toBe('Nieuwe naam')
  })

  it('refuses a slug or prefix another register has (409), also when both are taken', async () => {
    const first = await create()
    const slugTaken = await api(as.admin!, 'POST', '/registers', newRegister({ slug: first.slug }))
    expect(slugTaken.statusCode).toBe(409)
    expect(slugTaken.json().detail).toBe('Er is al een register met deze korte naam. Kies een andere.')
    expect(slugTaken.json().errors).toEqual([expect.objectContaining({ name: 'slug' })])
    const both = await api(
      as.admin!,
      'POST',
      '/registers',
      newRegister({ slug: first.slug, numberPrefix: first.numberPrefix }),
    )
    expect(both.statusCode).toBe(409)
    expect(both.json().errors.map((e: { name: string }) => e.name)).toEqual(['slug', 'numberPrefix'])

    const second = await create()
    const change = await api(as.admin!, 'PATCH', `/registers/${second.id}`, { numberPrefix: first.numberPrefix })
    expect(change.statusCode).toBe(409)
    expect(change.json().errors).toEqual([expect.objectContaining({ name: 'numberPrefix' })])
    expect((await storedRow(second.id)).numberPrefix).toBe(second.numberPrefix)
  })

  it('of two concurrent creations with the same prefix exactly one succeeds; the other gets a 409', async () => {
    const body = newRegister()
    const results = await Promise.all([
      api(as.admin!, 'POST', '/registers', body),
      api(as.register_office!, 'POST', '/registers', { ...body, slug: `${body.slug}-b` }),
    ])
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409])
    const conflict = results.find((r) => r.statusCode === 409)!
    expect(conflict.json().errors).toEqual([expect.objectContaining({ name: 'numberPrefix' })])
    const rows = await t.database.db.select().from(registers).where(eq(registers.numberPrefix, body.numberPrefix))
    expect(rows).toHaveLength(1)
  })

  it('keeps the prefix once the register handed out a number (409), but allows it before that', async () => {
    const register = await create()
    const early = newRegister().numberPrefix
    const allowed = await api(as.register_office!, 'PATCH', `/registers/${register.id}`, { numberPrefix: early })
    expect(allowed.statusCode).toBe(200)
    expect(allowed.json()).toMatchObject({ numberPrefix: early, numberPrefixLocked: false })

    const registration = await createRegistration(t, register.id, { approvedOn: '2026-02-02' })
    expect(registration.registrationNumber).toBe(`${early}-000001`)
    expect((await api(null, 'GET', `/registers/${register.id}`)).json().numberPrefixLocked).toBe(true)

    const refused = await api(as.register_office!, 'PATCH', `/registers/${register.id}`, {
      numberPrefix: newRegister().numberPrefix,
      name: 'Andere naam',
    })
    expect(refused.statusCode).toBe(409)
    expect(refused.json().detail).toBe(
      'De letters voor het registratienummer kun je niet meer wijzigen: dit register heeft al registratienummers uitgegeven.',
    )
    const row = await storedRow(register.id)
    expect(row.numberPrefix).toBe(early)
    expect(row.name).not.toBe('Andere naam')
    // Sending the same prefix again is no change, so it is fine.
    const same = await api(as.register_office!, 'PATCH', `/registers/${register.id}`, { numberPrefix: early })
    expect(same.statusCode).toBe(200)
  })

  it('refuses to remove a profession that registrations still have, naming it; adding and removing unused ones works', async () => {
    const register = await create(newRegister({ professions: ['jobcoach', 'handhaver'] }))
    await createRegistration(t, register.id, { approvedOn: null }) // a candidate with profession jobcoach
    const refused = await api(as.admin!, 'PATCH', `/registers/${register.id}`, { professions: ['handhaver'] })
    expect(refused.statusCode).toBe(409)
    expect(refused.json().detail).toBe(
      'Je kunt het beroep "jobcoach" niet weghalen: er zijn nog registraties of aanvragen met dit beroep.',
    )
    expect(refused.json().errors).toEqual([expect.objectContaining({ name: 'professions', code: 'in-use' })])
    expect((await storedRow(register.id)).professions).toEqual(['jobcoach', 'handhaver'])

    const ok = await api(as.admin!, 'PATCH', `/registers/${register.id}`, {
      professions: ['jobcoach', 'klantmanager werk'],
    })
    expect(ok.statusCode).toBe(200)
    expect(ok.json().professions).toEqual(['jobcoach', 'klantmanager werk'])
  })

  it('a change that changes nothing is not audited', async () => {
    const register = await create()
    const res = await api(as.admin!, 'PATCH', `/registers/${register.id}`, { slug: register.slug })
    expect(res.statusCode).toBe(200)
    expect(await auditOf('register.register.updated', register.id)).toEqual([])
  })
})

describe('who may configure registers', () => {
  it('asks you to log in first (401)', async () => {
    expect((await api(null, 'POST', '/registers', newRegister())).statusCode).toBe(401)
    expect((await api(null, 'PATCH', `/registers/${MISSING}`, { name: 'Register X' })).statusCode).toBe(401)
  })

  it.each(OTHER_ROLES)('a %s may not add or change a register (403), and the refusal is audited', async (role) => {
    const register = await create()
    const who = as[role]!
    expect((await api(who, 'POST', '/registers', newRegister())).statusCode).toBe(403)
    const change = await api(who, 'PATCH', `/registers/${register.id}`, { name: 'Overgenomen register' })
    expect(change.statusCode).toBe(403)
    expect(change.headers['content-type']).toContain('application/problem+json')
    expect((await storedRow(register.id)).name).not.toBe('Overgenomen register')
    const audit = await api(as.admin!, 'GET', `/audit-events?actorId=${who.userId}&result=denied`)
    expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['register.register.created', 'register.register.updated']),
    )
  })

  it('the navigation knows who may configure registers', async () => {
    expect((await api(as.admin!, 'GET', '/me')).json().permissions.configureRegisters).toBe(true)
    expect((await api(as.register_office!, 'GET', '/me')).json().permissions.configureRegisters).toBe(true)
    expect((await api(as.editor!, 'GET', '/me')).json().permissions.configureRegisters).toBe(false)
  })

  it('says when a register does not exist (404) or the id is no id (400)', async () => {
    const missing = await api(null, 'GET', `/registers/${MISSING}`)
    expect(missing.statusCode).toBe(404)
    expect(missing.json().detail).toBe('Dit register bestaat niet.')
    expect((await api(as.admin!, 'PATCH', `/registers/${MISSING}`, { name: 'Register X' })).statusCode).toBe(404)
    const badId = await api(null, 'GET', '/registers/geen-id')
    expect(badId.statusCode).toBe(400)
    expect(badId.json().errors[0]).toMatchObject({ in: 'path', name: 'registerId' })
  })
})
