import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { seedDemoData } from '../../db/seed.ts'
import { users } from '../identity/identity.tables.ts'
import { allocateRegistrationNumber } from './register.repository.ts'
import { addMonths, normalizeSurname } from './register.rules.ts'
import { registers, registrations } from './register.tables.ts'

let t: TestApp
let ipCounter = 0
/** Every test its own IP address, so only the rate-limit test meets the limit. */
const freshIp = () => `198.51.100.${++ipCounter}`

const REQUIRED_KEYS = [
  'initials',
  'infix',
  'surname',
  'registrationNumber',
  'register',
  'profession',
  'status',
  'registeredSince',
  'validUntil',
]
const OPTIONAL_KEYS = ['measure', 'employer']

const search = (query: Record<string, string>, ip = freshIp(), headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url: '/api/v1/public-registrations', query, remoteAddress: ip, headers })
const getOne = (number: string, headers: Record<string, string> = {}, ip = freshIp()) =>
  t.app.inject({ method: 'GET', url: `/api/v1/public-registrations/${number}`, remoteAddress: ip, headers })
const numberOf = async (surname: string) => {
  const [row] = await t.database.db
    .select({ n: registrations.registrationNumber })
    .from(registrations)
    .where(eq(registrations.surname, surname))
  return row!.n!
}
const surnames = (res: { json(): any }) => res.json().items.map((i: any) => `${i.initials} ${i.infix} ${i.surname}`)

/** A person in the KM register named `initials surname` (registered with a number, or a candidate without). */
async function addPerson(initials: string, surname: string, status: 'registered' | 'candidate', n: number) {
  const db = t.database.db
  const [user] = await db
    .insert(users)
    .values({ email: `extra${n}@example.nl`, passwordHash: 'not-used', givenName: initials, familyName: surname })
    .returning({ id: users.id })
  const [register] = await db.select().from(registers).where(eq(registers.numberPrefix, 'KM'))
  await db.insert(registrations).values({
    registerId: register!.id,
    userId: user!.id,
    registrationNumber: status === 'registered' ? await allocateRegistrationNumber(db, register!) : null,
    status,
    profession: 'jobcoach',
    initials,
    surname,
    surnameSearch: normalizeSurname(surname),
    registeredSince: status === 'registered' ? '2024-01-01' : null,
  })
}

beforeAll(async () => {
  t = await createTestApp()
  await seedDemoData(t.app.deps)
  // 24 more registered Jansens (not D.: that is the demo's Daan Jansen) and a candidate D. Jansen.
  const letters = 'ABCEFGHIJKLMNOPQRSTUVWXY'
  for (let i = 0; i < letters.length; i++) await addPerson(`${letters[i]}.`, 'Jansen', 'registered', i)
  await addPerson('D.', 'Jansen', 'candidate', 99)
})
afterAll(() => t.close())

describe('public lookup by registration number', () => {
  it('an exact number finds that one registration, with the register, profession and period', async () => {
    const number = await numberOf('Berg')
    const res = await search({ registrationNumber: number.toLowerCase() })
    expect(res.statusCode).toBe(200)
    expect(res.json().items).toEqual([
      expect.objectContaining({
        initials: 'N.',
        infix: 'van den',
        surname: 'Berg',
        registrationNumber: number,
        register: 'Register Klantmanagers',
        status: 'registered',
      }),
    ])
    const item = res.json().items[0]
    expect(item.validUntil > item.registeredSince).toBe(true)
  })

  it('the person page answers one registration, with noindex, no-store and an ETag that gives 304', async () => {
    const number = await numberOf('Berg')
    const res = await getOne(number)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ surname: 'Berg', registrationNumber: number })
    expect(res.headers['x-robots-tag']).toBe('noindex')
    expect(res.headers['cache-control']).toBe('no-store')
    const etag = res.headers.etag as string
    expect(etag).toMatch(/^"[\w-]+"$/)
    const again = await getOne(number, { 'if-none-match': etag })
    expect(again.statusCode).toBe(304)
    expect(again.body).toBe('')
    expect((await getOne(number, { 'if-none-match': '"something-else"' })).statusCode).toBe(200)
  })

  it('an unknown number is a Dutch 404; a malformed number a 400', async () => {
    const unknown = await getOne('KM-999999')
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().detail).toBe('Er is geen openbare registratie met dit nummer.')
    expect(unknown.headers['x-robots-tag']).toBe('noindex')
    const malformed = await getOne('KM-12')
    expect(malformed.statusCode).toBe(400)
    expect(malformed.json().errors[0]).toMatchObject({ in: 'path', name: 'registrationNumber' })
    expect((await search({ registrationNumber: 'hallo' })).statusCode).toBe(400)
  })
})

describe('public lookup by surname', () => {
  it('finds "van den Berg" by "Berg", by "van den Berg" and by "vd Berg"', async () => {
    for (const surname of ['Berg', 'van den Berg', 'vd Berg', 'VAN DEN BERG']) {
      expect(surnames(await search({ surname })), surname).toContain('N. van den Berg')
    }
  })

  it('ignores diacritics both ways, and a one-letter typo still finds the person', async () => {
    expect(surnames(await search({ surname: 'Celik' }))).toContain('H.  Çelik')
    expect(surnames(await search({ surname: 'Martinez' }))).toEqual([]) // a candidate: never shown
    expect(surnames(await search({ surname: 'Bakkr' }))).toContain('L.  Bakker')
    expect(surnames(await search({ surname: 'Vermeulen' }))).toContain('I.  Vermeulen')
    expect(surnames(await search({ surname: 'Vermuelen' }))).toContain('I.  Vermeulen')
  })

  it('gives at most 20 results, best match first, and initials narrow them', async () => {
    const all = (await search({ surname: 'Jansen' })).json().items
    expect(all).toHaveLength(20)
    expect(all.every((i: any) => i.surname === 'Jansen')).toBe(true)
    expect(surnames(await search({ surname: 'Jansen', initials: 'c' }))).toEqual(['C.  Jansen'])
    expect(surnames(await search({ surname: 'Jansen', initials: 'D.' }))).toEqual(['D.  Jansen']) // Daan, not the candidate
  })

  it('without a search term: a 400 with Dutch field errors, never a listing of the register', async () => {
    const queries: Record<string, string>[] = [{}, { surname: ' - ' }, { initials: 'J.' }]
    for (const query of queries) {
      const res = await search(query)
      expect(res.statusCode, JSON.stringify(query)).toBe(400)
      expect(res.json().errors).toEqual(
        expect.arrayContaining([
          {
            in: 'query',
            name: 'surname',
            code: 'required',
            reason: 'Vul een achternaam in van minimaal 2 letters, of een registratienummer.',
          },
        ]),
      )
    }
    const short = await search({ surname: 'B' })
    expect(short.statusCode).toBe(400)
    expect(short.json().errors[0]).toMatchObject({ in: 'query', name: 'surname', code: 'minLength' })
    expect((await search({ surname: 'Berg', email: 'x' })).statusCode).toBe(400)
  })

  it('candidates never appear, neither by name nor by number', async () => {
    expect((await search({ surname: 'Huisman' })).json().items).toEqual([])
    const jansens = (await search({ surname: 'Jansen', initials: 'D' })).json().items
    expect(jansens).toHaveLength(1)
    expect(jansens[0].registrationNumber).toMatch(/^KM-\d{6}$/)
  })

  it('finds a registration by its corrected surname, by each part of the new double name', async () => {
    await addPerson('Q.', 'Zwanenburg', 'registered', 50)
    await t.database.db
      .update(registrations)
      .set({ surname: 'Zwanenburg-Çakır', surnameSearch: normalizeSurname('Zwanenburg-Çakır') })
      .where(eq(registrations.surname, 'Zwanenburg'))
    expect(surnames(await search({ surname: 'Cakir' }))).toEqual(['Q.  Zwanenburg-Çakır'])
    expect(surnames(await search({ surname: 'Zwanenburg', initials: 'Q' }))).toEqual(['Q.  Zwanenburg-Çakır'])
  })
})

describe('measures, status and what leaves the server', () => {
  it('a suspended person shows the suspension while it is public, and no longer after', async () => {
    const [item] = (await search({ surname: 'Bouzid' })).json().items
    const today = t.now.value.toISOString().slice(0, 10)
    expect(item.status).toBe('suspended')
    expect(item.measure).toEqual({
      kind: 'suspension',
      effectiveDate: expect.any(String),
      publicUntil: addMonths(today, 6),
    })
    const saved = t.now.value
    t.now.value = new Date(`${addMonths(today, 7)}T12:00:00Z`)
    try {
      const [later] = (await search({ surname: 'Bouzid' })).json().items
      expect(later.status).toBe('suspended')
      expect(later).not.toHaveProperty('measure')
    } finally {
      t.now.value = saved
    }
  })

  it('counts days in Dutch time: a measure taking effect today shows just after midnight in the Netherlands', async () => {
    const [item] = (await search({ surname: 'Bouzid' })).json().items
    const effective: string = item.measure.effectiveDate
    const saved = t.now.value
    // 23:30 UTC on the day before is already the effective day in the Netherlands (00:30 or 01:30).
    const dayBefore = new Date(Date.parse(`${effective}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
    t.now.value = new Date(`${dayBefore}T23:30:00Z`)
    try {
      const [atMidnight] = (await search({ surname: 'Bouzid' })).json().items
      expect(atMidnight.measure).toMatchObject({ kind: 'suspension', effectiveDate: effective })
    } finally {
      t.now.value = saved
    }
  })

  it('a lapsed registration is shown as lapsed with its past end date', async () => {
    const [item] = (await search({ surname: 'Kok' })).json().items
    expect(item.status).toBe('lapsed')
    expect(item.validUntil < t.now.value.toISOString().slice(0, 10)).toBe(true)
  })

  it('every item carries exactly the allow-listed fields: never e-mail, user id, birth date or points', async () => {
    const results = [
      ...(await search({ surname: 'Jansen' })).json().items,
      ...(await search({ surname: 'Bouzid' })).json().items,
      ...(await search({ surname: 'El Amrani' })).json().items,
      (await getOne(await numberOf('Bouzid'))).json(),
    ]
    const withEmployer = results.filter((i) => 'employer' in i)
    expect(withEmployer.map((i) => i.employer)).toContain('Gemeente Utrecht')
    expect(results.some((i) => 'measure' in i)).toBe(true)
    for (const item of results) {
      const keys = Object.keys(item)
      expect(keys.filter((k) => !OPTIONAL_KEYS.includes(k)).sort()).toEqual([...REQUIRED_KEYS].sort())
      if (item.measure) expect(Object.keys(item.measure).sort()).toEqual(['effectiveDate', 'kind', 'publicUntil'])
      expect(JSON.stringify(item)).not.toMatch(/@|userId|email|birth|points/i)
    }
  })

  it('the employer shows only when the professional opted in', async () => {
    const rows = await t.database.db.select().from(registrations)
    for (const surname of ['Vries', 'Jansen', 'Bakker', 'Bouzid']) {
      const row = rows.find((r) => r.surname === surname && r.registrationNumber)!
      const item = (await getOne(row.registrationNumber!)).json()
      expect('employer' in item, surname).toBe(row.showEmployerPublicly && row.employerOrganisationId !== null)
    }
  })
})

describe('rate limit', () => {
  it('after 60 lookups a minute from one address: 429 in Dutch with Retry-After', async () => {
    const ip = '203.0.113.77'
    for (let i = 0; i < 60; i++) expect((await getOne('KM-000001', {}, ip)).statusCode).toBe(200)
    const res = await search({ surname: 'Berg' }, ip)
    expect(res.statusCode).toBe(429)
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0)
    expect(res.json().detail).toMatch(/Te veel pogingen/)
    expect((await search({ surname: 'Berg' })).statusCode).toBe(200) // another address is not affected
  })
})
