import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { createRegister, createRegistration } from '../register/register.test-fixtures.ts'
import { createRun } from './points.attendance.fixtures.ts'
import { attendances } from './points.attendance.tables.ts'
import { ledgerOf } from './points.ledger.ts'

let t: TestApp
let staff: LoggedIn
let otherStaff: LoggedIn
let office: LoggedIn
let professional: LoggedIn
let registerId: string
let runId: string

const json = (method: 'GET' | 'POST', url: string, who: LoggedIn | null, payload?: object) =>
  t.app.inject({ method, url, headers: who ? who.headers : {}, ...(payload !== undefined ? { payload } : {}) })

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2026-06-01T10:00:00Z')
  registerId = (await createRegister(t, 'PA')).id
  staff = await loginAs(t, 'provider_staff')
  otherStaff = await loginAs(t, 'provider_staff')
  office = await loginAs(t, 'register_office')
  professional = await loginAs(t, 'professional')
  runId = (await createRun(t, staff.organisationId!, { points: 6, endsOn: '2026-05-12' })).run.id
})
afterAll(() => t.close())

describe('recording one attendance', () => {
  it('provider staff find a registrant by number and book the activity’s points in the cycle of the run date', async () => {
    const reg = await createRegistration(t, registerId, { surname: 'Bakker', approvedOn: '2026-01-05' })
    const search = await json(
      'GET',
      `/api/v1/runs/${runId}/registrants?registrationNumber=${reg.registrationNumber}`,
      staff,
    )
    expect(search.statusCode).toBe(200)
    expect(search.json().items).toEqual([
      {
        name: 'J. Bakker',
        registrationNumber: reg.registrationNumber,
        status: 'registered',
        bookable: true,
        present: false,
      },
    ])

    const res = await json('POST', `/api/v1/runs/${runId}/manual-attendances`, staff, {
      registrationNumber: reg.registrationNumber!.toLowerCase(),
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      runId,
      registrationNumber: reg.registrationNumber,
      name: 'J. Bakker',
      method: 'form',
    })
    const entries = await ledgerOf(t.database.db, reg.id)
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      points: 6,
      category: 'training',
      activityDate: '2026-05-12',
      source: 'attendance',
    })
    expect(entries[0]!.sourceId).toBe(res.json().id)
    expect(entries[0]!.bookedById).toBe(staff.userId)

    const again = await json('POST', `/api/v1/runs/${runId}/manual-attendances`, staff, {
      registrationNumber: reg.registrationNumber,
    })
    expect(again.statusCode).toBe(409)
    expect(again.json().detail).toMatch(/staat al op de presentielijst/)
    expect(await ledgerOf(t.database.db, reg.id)).toHaveLength(1)
  })

  it('finds registrants by surname with initials, showing only name, number and status', async () => {
    const reg = await createRegistration(t, registerId, {
      surname: 'Zwanenburg',
      infix: 'van',
      approvedOn: '2026-01-05',
    })
    const res = await json('GET', `/api/v1/runs/${runId}/registrants?surname=Zwanenburg&initials=J`, staff)
    expect(res.statusCode).toBe(200)
    expect(res.json().items).toEqual([
      {
        name: 'J. van Zwanenburg',
        registrationNumber: reg.registrationNumber,
        status: 'registered',
        bookable: true,
        present: false,
      },
    ])
  })

  it('a registration that is not active on the run date, or a candidate, cannot be booked (409, nothing written)', async () => {
    const late = await createRegistration(t, registerId, { approvedOn: '2026-05-20' })
    const res = await json('POST', `/api/v1/runs/${runId}/manual-attendances`, staff, {
      registrationNumber: late.registrationNumber,
    })
    expect(res.statusCode).toBe(409)
    expect(res.json().detail).toMatch(/niet actief op de datum/)
    expect(await ledgerOf(t.database.db, late.id)).toHaveLength(0)
    const search = await json(
      'GET',
      `/api/v1/runs/${runId}/registrants?registrationNumber=${late.registrationNumber}`,
      staff,
    )
    expect(search.json().items[0]).toMatchObject({ bookable: false, present: false })
  })

  it('an unknown number is a 404; a badly formed number is a 400 in Dutch', async () => {
    const unknown = await json('POST', `/api/v1/runs/${runId}/manual-attendances`, staff, {
      registrationNumber: 'PA-999999',
    })
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().detail).toBe('Er is geen registratie met dit nummer.')
    const bad = await json('POST', `/api/v1/runs/${runId}/manual-attendances`, staff, { registrationNumber: 'twaalf' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors).toEqual([
      expect.objectContaining({ name: 'registrationNumber', reason: expect.stringMatching(/KM-000123/) }),
    ])
    const empty = await json('POST', `/api/v1/runs/${runId}/manual-attendances`, staff, { other: 1 })
    expect(empty.statusCode).toBe(400)
    expect(empty.headers['content-type']).toMatch(/application\/problem\+json/)
    expect(
      empty
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['other', 'registrationNumber'])
    const search = await json('GET', `/api/v1/runs/${runId}/registrants`, staff)
    expect(search.statusCode).toBe(400)
    expect(
      search
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['registrationNumber', 'surname'])
  })

  it('refuses anonymous (401), everyone but the provider’s own staff (403), an unknown run (404), a run that is not accredited (409)', async () => {
    const reg = await createRegistration(t, registerId)
    const body = { registrationNumber: reg.registrationNumber }
    expect((await json('POST', `/api/v1/runs/${runId}/manual-attendances`, null, body)).statusCode).toBe(401)
    for (const who of [
      otherStaff,
      office,
      professional,
      await loginAs(t, 'admin'),
      await loginAs(t, 'employer_manager'),
    ]) {
      expect((await json('POST', `/api/v1/runs/${runId}/manual-attendances`, who, body)).statusCode).toBe(403)
      expect(
        (await json('GET', `/api/v1/runs/${runId}/registrants?registrationNumber=PA-000001`, who)).statusCode,
      ).toBe(403)
    }
    const unknownRun = '7d0f7a4e-1111-4111-8111-111111111111'
    expect((await json('POST', `/api/v1/runs/${unknownRun}/manual-attendances`, staff, body)).statusCode).toBe(404)
    const draft = await createRun(t, staff.organisationId!, { state: 'submitted' })
    const res = await json('POST', `/api/v1/runs/${draft.run.id}/manual-attendances`, staff, body)
    expect(res.statusCode).toBe(409)
    expect(res.json().detail).toMatch(/niet geaccrediteerd/)
    expect(await ledgerOf(t.database.db, reg.id)).toHaveLength(0)
  })
})

describe('withdrawing an attendance', () => {
  it('sets withdrawnAt, writes a reversing entry and an audit entry; it can be recorded again afterwards', async () => {
    const reg = await createRegistration(t, registerId)
    const created = (
      await json('POST', `/api/v1/runs/${runId}/manual-attendances`, staff, {
        registrationNumber: reg.registrationNumber,
      })
    ).json()
    const res = await json('POST', `/api/v1/attendances/${created.id}/withdrawal`, staff, {
      reason: 'Niet aanwezig geweest',
    })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ id: created.id, withdrawalReason: 'Niet aanwezig geweest' })
    expect(res.json().withdrawnAt).toBe('2026-06-01T10:00:00.000Z')
    const entries = await ledgerOf(t.database.db, reg.id)
    expect(entries.map((e) => e.points).sort((a, b) => a - b)).toEqual([-6, 6])
    expect(entries.find((e) => e.points < 0)!.note).toBe('Niet aanwezig geweest')
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'points.attendance.withdrawn'), eq(auditEvents.objectId, created.id)))
    expect(audit).toHaveLength(1)

    const twice = await json('POST', `/api/v1/attendances/${created.id}/withdrawal`, staff, { reason: 'Nogmaals' })
    expect(twice.statusCode).toBe(409)
    const again = await json('POST', `/api/v1/runs/${runId}/manual-attendances`, staff, {
      registrationNumber: reg.registrationNumber,
    })
    expect(again.statusCode).toBe(201)
    expect((await ledgerOf(t.database.db, reg.id)).reduce((sum, e) => sum + e.points, 0)).toBe(6)
  })

  it('the register office may withdraw; others may not; a reason is required; an unknown attendance is a 404', async () => {
    const reg = await createRegistration(t, registerId)
    const created = (
      await json('POST', `/api/v1/runs/${runId}/manual-attendances`, staff, {
        registrationNumber: reg.registrationNumber,
      })
    ).json()
    const url = `/api/v1/attendances/${created.id}/withdrawal`
    expect((await json('POST', url, null, { reason: 'x' })).statusCode).toBe(401)
    expect((await json('POST', url, otherStaff, { reason: 'x' })).statusCode).toBe(403)
    expect((await json('POST', url, professional, { reason: 'x' })).statusCode).toBe(403)
    const blank = await json('POST', url, office, { reason: '   ' })
    expect(blank.statusCode).toBe(400)
    expect(blank.json().errors[0]).toMatchObject({ name: 'reason', reason: 'Schrijf waarom je de presentie intrekt.' })
    expect((await json('POST', url, office, {})).statusCode).toBe(400)
    const missing = await json('POST', '/api/v1/attendances/7d0f7a4e-1111-4111-8111-111111111111/withdrawal', office, {
      reason: 'x',
    })
    expect(missing.statusCode).toBe(404)
    const [row] = await t.database.db.select().from(attendances).where(eq(attendances.id, created.id))
    expect(row!.withdrawnAt).toBeNull()
    expect((await json('POST', url, office, { reason: 'Dubbel ingevoerd' })).statusCode).toBe(200)
  })
})

describe('the attendance list of a run', () => {
  it('lists the present registrants for the provider’s staff and the register office, paginated with a Link header', async () => {
    const res = await json('GET', `/api/v1/runs/${runId}/attendances?pageSize=1`, staff)
    expect(res.statusCode).toBe(200)
    const page = res.json()
    expect(page.run).toMatchObject({ id: runId, points: 6, category: 'training', endsOn: '2026-05-12' })
    expect(page.allowedActions).toEqual(['record', 'withdraw'])
    expect(page.items).toHaveLength(1)
    expect(page.total).toBe(2)
    expect(page.items.every((a: { withdrawnAt: string | null }) => a.withdrawnAt === null)).toBe(true)
    expect(res.headers.link).toMatch(/rel="next"/)
    const all = await json('GET', `/api/v1/runs/${runId}/attendances?includeWithdrawn=true&pageSize=100`, office)
    expect(all.statusCode).toBe(200)
    expect(all.json().total).toBeGreaterThan(page.total)
    expect(all.json().allowedActions).toEqual(['withdraw'])
    expect(Object.keys(all.json().items[0]).sort()).toEqual(
      [
        'id',
        'importId',
        'method',
        'name',
        'recordedAt',
        'registrationNumber',
        'runId',
        'withdrawalReason',
        'withdrawnAt',
      ].sort(),
    )
  })

  it('refuses anonymous, other providers and professionals; 404 for an unknown run; 400 for a bad page size', async () => {
    expect((await json('GET', `/api/v1/runs/${runId}/attendances`, null)).statusCode).toBe(401)
    expect((await json('GET', `/api/v1/runs/${runId}/attendances`, otherStaff)).statusCode).toBe(403)
    expect((await json('GET', `/api/v1/runs/${runId}/attendances`, professional)).statusCode).toBe(403)
    expect(
      (await json('GET', '/api/v1/runs/7d0f7a4e-1111-4111-8111-111111111111/attendances', office)).statusCode,
    ).toBe(404)
    const bad = await json('GET', `/api/v1/runs/${runId}/attendances?pageSize=500&page=0`, staff)
    expect(bad.statusCode).toBe(400)
    expect(
      bad
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['page', 'pageSize'])
  })
})
