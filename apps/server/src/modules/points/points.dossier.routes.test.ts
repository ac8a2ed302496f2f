import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import { createTestRegister, createTestRegistration } from '../../../test/registrations.ts'
import { addDemoNorm, book, withdraw } from './points.test-fixtures.ts'

let t: TestApp
let owner: LoggedIn
let office: LoggedIn
let others: Record<string, LoggedIn>
let registrationId: string
let number: string
let withoutNorm: string
const MISSING = '3f0c5a52-7d4e-4c1b-9a8e-000000000000'

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2026-03-02T10:00:00Z')
  owner = await loginAs(t, 'professional', { remoteAddress: '198.51.100.71' })
  office = await loginAs(t, 'register_office', { remoteAddress: '198.51.100.72' })
  others = {
    stranger: await loginAs(t, 'professional', { remoteAddress: '198.51.100.73' }),
    admin: await loginAs(t, 'admin', { remoteAddress: '198.51.100.74' }),
    employer_manager: await loginAs(t, 'employer_manager', { remoteAddress: '198.51.100.75' }),
    provider_staff: await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.76' }),
  }
  const db = t.database.db
  const register = await createTestRegister(db)
  await addDemoNorm(t, register.id)
  // Cycle 1: 2024-03-01 … 2029-03-01; today (2 March 2026) is two years in.
  const made = await createTestRegistration(db, {
    registerId: register.id,
    userId: owner.userId,
    startDate: '2024-03-01',
  })
  registrationId = made.registration.id
  number = made.registration.registrationNumber!
  await book(t, registrationId, { category: 'training', points: 45, activityDate: '2024-05-14' })
  await book(t, registrationId, {
    category: 'reflection',
    points: 8,
    activityDate: '2025-01-20',
    reference: '=Intervisie',
  })
  const wrong = await book(t, registrationId, { category: 'free-choice', points: 2.5, activityDate: '2025-06-01' })
  await withdraw(t, wrong)
  const plain = await createTestRegister(db, 'Register Zonder Norm')
  withoutNorm = (await createTestRegistration(db, { registerId: plain.id, userId: owner.userId })).registration.id
})
afterAll(() => t.close())

const get = (who: LoggedIn | null, url: string, accept?: string) =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1${url}`,
    headers: { ...(who?.headers ?? {}), ...(accept ? { accept } : {}) },
  })
const TYPES = { csv: 'text/csv', pdf: 'application/pdf' } as const

describe('the CPD dossier', () => {
  it('shows the owner per category earned, counted (after the cap), required and remaining, with the forecast', async () => {
    const res = await get(owner, `/registrations/${registrationId}/dossier`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('no-store')
    const dossier = res.json()
    expect(dossier).toMatchObject({ registrationId, registrationNumber: number, today: '2026-03-02' })
    const [cycle] = dossier.cycles
    expect(cycle).toMatchObject({
      number: 1,
      startDate: '2024-03-01',
      state: 'current',
      norm: { version: 1, totalPoints: 200, capPerActivity: 40, proRata: true, factor: 1 },
      totals: { earned: 53, counted: 48, required: 200, remaining: 152 },
      meetsNorm: false,
    })
    expect(cycle.categories).toEqual([
      { category: 'training', earned: 45, counted: 40, required: 60, maximum: null, remaining: 20 },
      { category: 'reflection', earned: 8, counted: 8, required: 50, maximum: null, remaining: 42 },
      { category: 'free-choice', earned: 0, counted: 0, required: 0, maximum: 60, remaining: 0 },
    ])
    // 731 of 1827 days: 8 reflection → about 20 at the end, 30 short.
    const reflection = cycle.forecast.lines.find((l: { category: string }) => l.category === 'reflection')
    expect(reflection.shortfall).toBeCloseTo(50 - (8 * 1827) / 731, 0)
    expect(cycle.forecast).toMatchObject({ endDate: '2029-03-01', onTrack: false })
  })

  it('lists the entries of the cycle newest first, with the withdrawal and the withdrawn booking marked', async () => {
    const { cycles } = (await get(owner, `/registrations/${registrationId}/dossier`)).json()
    const entries = cycles[0].entries as {
      points: number
      reversesEntryId: string | null
      reversedAt: string | null
      id: string
      activityDate: string
      source: string
      category: string
    }[]
    expect(entries.map((e) => [e.activityDate, e.category, e.points])).toEqual([
      ['2025-06-01', 'free-choice', -2.5],
      ['2025-06-01', 'free-choice', 2.5],
      ['2025-01-20', 'reflection', 8],
      ['2024-05-14', 'training', 45],
    ])
    const reversal = entries.find((e) => e.points < 0)!
    const booking = entries.find((e) => e.id === reversal.reversesEntryId)!
    expect(booking.reversedAt).not.toBeNull()
    expect(entries.every((e) => e.source === 'attendance')).toBe(true)
  })

  it('is readable by the register office; anyone else gets 404, without log-in 401', async () => {
    expect((await get(office, `/registrations/${registrationId}/dossier`)).statusCode).toBe(200)
    for (const [role, who] of Object.entries(others)) {
      const res = await get(who, `/registrations/${registrationId}/dossier`)
      expect(res.statusCode, role).toBe(404)
      expect(res.json().detail).toBe('Deze registratie bestaat niet, of je mag hem niet zien.')
    }
    expect((await get(null, `/registrations/${registrationId}/dossier`)).statusCode).toBe(401)
    expect((await get(owner, `/registrations/${MISSING}/dossier`)).statusCode).toBe(404)
    expect((await get(owner, '/registrations/geen-id/dossier')).statusCode).toBe(400)
  })

  it('says so when the register has no norm yet (409), but only to those who may read the dossier', async () => {
    const res = await get(owner, `/registrations/${withoutNorm}/dossier`)
    expect(res.statusCode).toBe(409)
    expect(res.json().detail).toMatch(/nog geen herregistratienorm/)
    expect((await get(others.stranger!, `/registrations/${withoutNorm}/dossier`)).statusCode).toBe(404)
  })
})

describe('the standing without the entries', () => {
  it('gives every cycle exactly what the dossier gives, without the entries', async () => {
    const dossier = (await get(owner, `/registrations/${registrationId}/dossier`)).json()
    const res = await get(owner, `/registrations/${registrationId}/standing`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('no-store')
    const standing = res.json()
    const withoutEntries = {
      ...dossier,
      cycles: dossier.cycles.map(({ entries: _entries, ...cycle }: { entries: unknown }) => cycle),
    }
    expect(standing).toEqual(withoutEntries)
    expect(standing.cycles[0].totals).toEqual({ earned: 53, counted: 48, required: 200, remaining: 152 })
    expect(Object.keys(standing.cycles[0])).not.toContain('entries')
  })

  it('has the access rules of the dossier: the office reads it, others 404, no log-in 401, no norm 409', async () => {
    expect((await get(office, `/registrations/${registrationId}/standing`)).statusCode).toBe(200)
    for (const [role, who] of Object.entries(others)) {
      expect((await get(who, `/registrations/${registrationId}/standing`)).statusCode, role).toBe(404)
    }
    expect((await get(null, `/registrations/${registrationId}/standing`)).statusCode).toBe(401)
    expect((await get(owner, `/registrations/${MISSING}/standing`)).statusCode).toBe(404)
    expect((await get(owner, `/registrations/${withoutNorm}/standing`)).statusCode).toBe(409)
    expect((await get(others.stranger!, `/registrations/${withoutNorm}/standing`)).statusCode).toBe(404)
  })
})

describe('exporting the dossier', () => {
  it('follows the Accept header: JSON by default and for */*', async () => {
    for (const accept of [undefined, '*/*', 'application/json', 'text/csv;q=0.2, application/json']) {
      const res = await get(owner, `/registrations/${registrationId}/dossier`, accept)
      expect(res.headers['content-type'], String(accept)).toBe('application/json; charset=utf-8')
      expect(res.json().registrationId).toBe(registrationId)
    }
  })

  it('gives a CSV for Excel: UTF-8 with BOM, semicolons, Dutch headers and decimal commas', async () => {
    const res = await get(owner, `/registrations/${registrationId}/dossier`, 'text/csv')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(res.headers['content-disposition']).toBe(`attachment; filename="pe-dossier-${number}-2026-03-02.csv"`)
    expect(res.headers['cache-control']).toBe('no-store')
    const bytes = res.rawPayload
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n')
    expect(lines[0]).toBe(
      'Registratieperiode;Begin periode;Einde periode;Datum activiteit;Omschrijving;Categorie;Punten;Bron;Geboekt op;Intrekking van boeking;Toelichting',
    )
    expect(lines).toHaveLength(5)
    const reflection = lines.find((l) => l.includes('reflectie'))!.split(';')
    expect(reflection.slice(0, 8)).toEqual([
      '1',
      '01-03-2024',
      '01-03-2029',
      '20-01-2025',
      "'=Intervisie",
      'reflectie',
      '8',
      'presentie',
    ])
    const withdrawal = lines.find((l) => l.includes(';-2,5;'))!.split(';')
    expect(withdrawal[5]).toBe('vrije ruimte')
    expect(withdrawal[9]).toMatch(/^[0-9a-f-]{36}$/)
    expect(withdrawal[10]).toBe('Presentie ingetrokken')
  })

  it('gives a tagged PDF with the standing and the entries', async () => {
    const res = await get(office, `/registrations/${registrationId}/dossier`, 'application/pdf, application/json;q=0.5')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    expect(res.headers['content-disposition']).toBe(`attachment; filename="pe-dossier-${number}-2026-03-02.pdf"`)
    const pdf = res.rawPayload.toString('latin1')
    expect(pdf.startsWith('%PDF-1.7')).toBe(true)
    expect(pdf).toContain('/StructTreeRoot')
    expect(pdf).toContain('/MarkInfo')
    expect(pdf).toMatch(/\/Lang \(nl-NL\)/)
    for (const role of ['/H1', '/H2', '/Table', '/TH', '/TD']) expect(pdf).toContain(`/S ${role}`)
  })

  it('refuses the exports like the dossier: 404 for others, 401 without log-in, 406 for a format it does not make', async () => {
    for (const accept of Object.values(TYPES)) {
      const url = `/registrations/${registrationId}/dossier`
      for (const res of [await get(others.stranger!, url, accept), await get(others.admin!, url, accept)]) {
        expect(res.statusCode).toBe(404)
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/)
      }
      expect((await get(null, url, accept)).statusCode).toBe(401)
      expect((await get(owner, `/registrations/${MISSING}/dossier`, accept)).statusCode).toBe(404)
    }
    expect((await get(owner, `/registrations/${registrationId}/dossier`, 'text/html')).statusCode).toBe(406)
  })
})
