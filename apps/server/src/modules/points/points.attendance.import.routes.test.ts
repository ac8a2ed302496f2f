import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import { createRegister, createRegistration } from '../register/register.test-fixtures.ts'
import { createRun } from './points.attendance.fixtures.ts'
import { attendanceImports, attendances } from './points.attendance.tables.ts'
import { pointsLedger } from './points.tables.ts'

let t: TestApp
let staff: LoggedIn
let otherStaff: LoggedIn
let office: LoggedIn
let registerId: string

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2026-06-01T10:00:00Z')
  registerId = (await createRegister(t, 'IM')).id
  staff = await loginAs(t, 'provider_staff')
  otherStaff = await loginAs(t, 'provider_staff')
  office = await loginAs(t, 'register_office')
})
afterAll(() => t.close())

const api = (who: LoggedIn | null, method: 'GET' | 'POST', url: string, payload?: object | FormData) =>
  t.app.inject({ method, url, headers: who ? who.headers : {}, ...(payload !== undefined ? { payload } : {}) })

async function registrants(n: number, options: { approvedOn?: string } = {}) {
  const list = []
  for (let i = 0; i < n; i++)
    list.push(await createRegistration(t, registerId, { surname: `Deelnemer${i}`, ...options }))
  return list
}

const ledgerCount = async (runId: string) => {
  const rows = await t.database.db
    .select({ id: pointsLedger.id })
    .from(pointsLedger)
    .innerJoin(attendances, eq(attendances.id, pointsLedger.sourceId))
    .where(eq(attendances.runId, runId))
  return rows.length
}

describe('checking and confirming a pasted list', () => {
  it('reports matched, unknown, duplicate, not-registered and already-booked rows and books nothing until confirmed', async () => {
    const { run } = await createRun(t, staff.organisationId!, { points: 4, category: 'reflection' })
    const [a, b, c, booked] = await registrants(4)
    const [late] = await registrants(1, { approvedOn: '2026-05-20' })
    await api(staff, 'POST', `/api/v1/runs/${run.id}/manual-attendances`, {
      registrationNumber: booked!.registrationNumber,
    })
    const text =
      [a, b, c].map((r) => r!.registrationNumber).join('\n') +
      `\nIM-999998, IM-999999; ${a!.registrationNumber}\n${late!.registrationNumber}\n${booked!.registrationNumber}\nonzin`
    const res = await api(staff, 'POST', `/api/v1/runs/${run.id}/attendance-imports`, { text })
    expect(res.statusCode).toBe(201)
    const check = res.json()
    expect(check).toMatchObject({ state: 'checked', kind: 'list', bookedCount: 0 })
    expect(check.counts).toEqual({
      matched: 3,
      unmatched: 2,
      duplicate: 1,
      notRegistered: 1,
      alreadyBooked: 1,
      invalid: 1,
    })
    expect(check.report.map((r: { outcome: string }) => r.outcome)).toEqual([
      'matched',
      'matched',
      'matched',
      'unmatched',
      'unmatched',
      'duplicate',
      'not-registered',
      'already-booked',
      'invalid',
    ])
    expect(check.report[0]).toEqual({
      line: 1,
      value: a!.registrationNumber,
      outcome: 'matched',
      name: `J. Deelnemer0 (${a!.registrationNumber})`,
    })
    expect(await ledgerCount(run.id)).toBe(1)

    const confirmed = await api(staff, 'POST', `/api/v1/attendance-imports/${check.id}/confirmation`)
    expect(confirmed.statusCode).toBe(200)
    expect(confirmed.json()).toMatchObject({ state: 'confirmed', bookedCount: 3 })
    expect(await ledgerCount(run.id)).toBe(4)
    const entries = await t.database.db.select().from(pointsLedger).where(eq(pointsLedger.registrationId, a!.id))
    expect(entries).toEqual([expect.objectContaining({ points: 4, category: 'reflection', source: 'attendance' })])

    const twice = await api(staff, 'POST', `/api/v1/attendance-imports/${check.id}/confirmation`)
    expect(twice.statusCode).toBe(409)
    expect(twice.json().detail).toBe('Deze lijst is al bevestigd. De presentie is al geboekt.')

    // The same list again, a minute later: nothing new to book.
    t.now.value = new Date(t.now.value.getTime() + 60_000)
    const again = (await api(staff, 'POST', `/api/v1/runs/${run.id}/attendance-imports`, { text })).json()
    expect(again.counts.matched).toBe(0)
    expect(again.counts.alreadyBooked).toBe(4)
    expect((await api(staff, 'POST', `/api/v1/attendance-imports/${again.id}/confirmation`)).json().bookedCount).toBe(0)
    expect(await ledgerCount(run.id)).toBe(4)

    const history = await api(office, 'GET', `/api/v1/runs/${run.id}/attendance-imports`)
    expect(history.statusCode).toBe(200)
    expect(history.json().items.map((i: { id: string }) => i.id)).toEqual([again.id, check.id])
    expect(history.json().items[1]).toMatchObject({
      bookedCount: 3,
      counts: { matched: 3, unmatched: 2, duplicate: 1 },
    })
    expect(history.headers.link).toMatch(/rel="first"/)
    const detail = await api(staff, 'GET', `/api/v1/attendance-imports/${check.id}`)
    expect(detail.json().report).toHaveLength(9)
  })

  it('a cancelled check cannot be confirmed, and an empty list is a 400 with nothing stored', async () => {
    const { run } = await createRun(t, staff.organisationId!)
    const [a] = await registrants(1)
    const check = (
      await api(staff, 'POST', `/api/v1/runs/${run.id}/attendance-imports`, { text: a!.registrationNumber! })
    ).json()
    expect((await api(staff, 'POST', `/api/v1/attendance-imports/${check.id}/cancellation`)).json().state).toBe(
      'cancelled',
    )
    const res = await api(staff, 'POST', `/api/v1/attendance-imports/${check.id}/confirmation`)
    expect(res.statusCode).toBe(409)
    expect(res.json().detail).toMatch(/geannuleerd/)
    expect(await ledgerCount(run.id)).toBe(0)

    const empty = await api(staff, 'POST', `/api/v1/runs/${run.id}/attendance-imports`, { text: ' ,; \n' })
    expect(empty.statusCode).toBe(400)
    expect(empty.json().errors[0]).toMatchObject({
      name: 'text',
      reason: 'Plak minimaal één registratienummer of e-mailadres.',
    })
    const missing = await api(staff, 'POST', `/api/v1/runs/${run.id}/attendance-imports`, { txt: 'x' })
    expect(
      missing
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['text', 'txt'])
    const stored = await t.database.db.select().from(attendanceImports).where(eq(attendanceImports.runId, run.id))
    expect(stored).toHaveLength(1)
  })

  it('of two confirmations at the same moment one books and the other gets 409', async () => {
    const { run } = await createRun(t, staff.organisationId!)
    const list = await registrants(5)
    const check = (
      await api(staff, 'POST', `/api/v1/runs/${run.id}/attendance-imports`, {
        text: list.map((r) => r.registrationNumber).join('\n'),
      })
    ).json()
    const url = `/api/v1/attendance-imports/${check.id}/confirmation`
    const answers = await Promise.all([api(staff, 'POST', url), api(staff, 'POST', url)])
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409])
    expect(await ledgerCount(run.id)).toBe(5)
  })

  it('a failure in the middle of a confirmation rolls everything back; confirming later books every row', async () => {
    const { run } = await createRun(t, staff.organisationId!)
    const list = await registrants(3)
    const check = (
      await api(staff, 'POST', `/api/v1/runs/${run.id}/attendance-imports`, {
        text: list.map((r) => r.registrationNumber).join('\n'),
      })
    ).json()
    const db = t.database.db
    await db.execute(
      sql.raw(`create function test_fail_booking() returns trigger language plpgsql as $$
      begin if new.registration_id = '${list[2]!.id}' then raise exception 'disk full'; end if; return new; end $$`),
    )
    await db.execute(
      sql`create trigger test_fail_booking before insert on points_ledger for each row execute function test_fail_booking()`,
    )
    try {
      const failed = await api(staff, 'POST', `/api/v1/attendance-imports/${check.id}/confirmation`)
      expect(failed.statusCode).toBe(500)
    } finally {
      await db.execute(sql`drop trigger test_fail_booking on points_ledger`)
      await db.execute(sql`drop function test_fail_booking()`)
    }
    expect(await db.select().from(attendances).where(eq(attendances.runId, run.id))).toEqual([])
    expect(await ledgerCount(run.id)).toBe(0)
    const [stored] = await db.select().from(attendanceImports).where(eq(attendanceImports.id, check.id))
    expect(stored).toMatchObject({ state: 'checked', bookedCount: 0 })

    const ok = await api(staff, 'POST', `/api/v1/attendance-imports/${check.id}/confirmation`)
    expect(ok.json()).toMatchObject({ state: 'confirmed', bookedCount: 3 })
    expect(await ledgerCount(run.id)).toBe(3)
  })

  it('refuses anonymous (401), other providers and the register office for booking (403), unknown runs and imports (404)', async () => {
    const { run } = await createRun(t, staff.organisationId!)
    const check = (await api(staff, 'POST', `/api/v1/runs/${run.id}/attendance-imports`, { text: 'IM-000001' })).json()
    const missing = '7d0f7a4e-1111-4111-8111-111111111111'
    expect((await api(null, 'POST', `/api/v1/runs/${run.id}/attendance-imports`, { text: 'x' })).statusCode).toBe(401)
    expect((await api(null, 'POST', `/api/v1/attendance-imports/${check.id}/confirmation`)).statusCode).toBe(401)
    expect((await api(null, 'GET', `/api/v1/runs/${run.id}/attendance-imports`)).statusCode).toBe(401)
    for (const who of [otherStaff, office, await loginAs(t, 'professional')]) {
      expect((await api(who, 'POST', `/api/v1/runs/${run.id}/attendance-imports`, { text: 'x' })).statusCode).toBe(403)
      expect((await api(who, 'POST', `/api/v1/attendance-imports/${check.id}/confirmation`)).statusCode).toBe(403)
      expect((await api(who, 'POST', `/api/v1/attendance-imports/${check.id}/cancellation`)).statusCode).toBe(403)
    }
    expect((await api(otherStaff, 'GET', `/api/v1/attendance-imports/${check.id}`)).statusCode).toBe(403)
    expect((await api(otherStaff, 'GET', `/api/v1/runs/${run.id}/attendance-imports`)).statusCode).toBe(403)
    expect((await api(office, 'GET', `/api/v1/attendance-imports/${check.id}`)).statusCode).toBe(200)
    expect((await api(staff, 'POST', `/api/v1/runs/${missing}/attendance-imports`, { text: 'x' })).statusCode).toBe(404)
    expect((await api(staff, 'POST', `/api/v1/attendance-imports/${missing}/confirmation`)).statusCode).toBe(404)
    expect((await api(staff, 'GET', `/api/v1/attendance-imports/${missing}`)).statusCode).toBe(404)
    expect((await api(staff, 'GET', `/api/v1/attendance-imports/${check.id}`)).json().state).toBe('checked')
  })

  it('a malformed id or page is a 400 problem naming the field', async () => {
    const { run } = await createRun(t, staff.organisationId!)
    const badId = await api(staff, 'POST', '/api/v1/attendance-imports/geen-id/confirmation')
    expect(badId.statusCode).toBe(400)
    expect(badId.json().errors[0]).toMatchObject({ in: 'path', name: 'importId' })
    const badPage = await api(staff, 'GET', `/api/v1/runs/${run.id}/attendance-imports?page=0&pageSize=101`)
    expect(badPage.statusCode).toBe(400)
    expect(
      badPage
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['page', 'pageSize'])
    const badRun = await api(staff, 'POST', '/api/v1/runs/geen-id/attendance-imports', { text: 'x' })
    expect(badRun.json().errors[0]).toMatchObject({ in: 'path', name: 'runId' })
  })
})
