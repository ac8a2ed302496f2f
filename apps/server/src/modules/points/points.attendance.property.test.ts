import { eq, sql } from 'drizzle-orm'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import { users } from '../identity/identity.tables.ts'
import { createRegister, createRegistration } from '../register/register.test-fixtures.ts'
import { createRun } from './points.attendance.fixtures.ts'
import { attendances } from './points.attendance.tables.ts'
import { pointsLedger } from './points.tables.ts'

// Re-importing any file is idempotent: the second import books nothing, and the ledger holds exactly one booking
// per distinct matched registrant.

let t: TestApp
let staff: LoggedIn
const pool: { id: string; number: string; email: string; eligible: boolean }[] = []
const POINTS = 2.5

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2026-06-01T10:00:00Z')
  const registerId = (await createRegister(t, 'PR')).id
  staff = await loginAs(t, 'provider_staff')
  for (let i = 0; i < 6; i++) {
    const eligible = i < 5
    const reg = await createRegistration(t, registerId, { approvedOn: eligible ? '2026-01-05' : '2026-05-30' })
    const [user] = await t.database.db.select({ email: users.email }).from(users).where(eq(users.id, reg.userId))
    pool.push({ id: reg.id, number: reg.registrationNumber!, email: user!.email, eligible })
  }
}, 60_000)
afterAll(() => t.close())

const value = fc.oneof(
  fc.record({ kind: fc.constant('number' as const), who: fc.nat(5) }),
  fc.record({ kind: fc.constant('email' as const), who: fc.nat(5), upper: fc.boolean() }),
  fc.record({ kind: fc.constant('unknown' as const), n: fc.integer({ min: 900_000, max: 999_999 }) }),
  fc.record({ kind: fc.constant('junk' as const), text: fc.stringMatching(/^[a-z]{1,8}$/) }),
)
const file = fc.record({
  values: fc.array(value, { minLength: 1, maxLength: 25 }),
  separator: fc.constantFrom(';', ','),
  header: fc.boolean(),
  bom: fc.boolean(),
})

type Value = typeof value extends fc.Arbitrary<infer T> ? T : never

const text = (v: Value) =>
  v.kind === 'number'
    ? pool[v.who]!.number
    : v.kind === 'email'
      ? v.upper
        ? pool[v.who]!.email.toUpperCase()
        : pool[v.who]!.email
      : v.kind === 'unknown'
        ? `PR-${v.n}`
        : v.text

const api = (method: 'POST', url: string, payload?: object | FormData) =>
  t.app.inject({ method, url, headers: staff.headers, ...(payload ? { payload } : {}) })

async function importFile(runId: string, csv: string) {
  const form = new FormData()
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'presentie.csv')
  const check = await api('POST', `/api/v1/runs/${runId}/attendance-files`, form)
  if (check.statusCode !== 201) return { status: check.statusCode, booked: 0 }
  const confirmed = await api('POST', `/api/v1/attendance-imports/${check.json().id}/confirmation`)
  return { status: confirmed.statusCode, booked: confirmed.json().bookedCount as number }
}

describe('re-importing attendance files', () => {
  it('books nothing the second time; the ledger total is the distinct matched registrants × points', async () => {
    await fc.assert(
      fc.asyncProperty(file, async ({ values, separator, header, bom }) => {
        const { run } = await createRun(t, staff.organisationId!, { points: POINTS })
        const lines = values.map((v) => `Deelnemer${separator}${text(v)}`)
        const csv = `${bom ? '\uFEFF' : ''}${header ? `naam${separator}registratienummer\n` : ''}${lines.join('\r\n')}`
        const expected = new Set(values.flatMap((v) => ('who' in v && pool[v.who]!.eligible ? [v.who] : [])))

        const first = await importFile(run.id, csv)
        const second = await importFile(run.id, csv)
        const onlyJunk = values.every((v) => v.kind === 'junk')
        if (!onlyJunk) {
          expect(first).toEqual({ status: 200, booked: expected.size })
          expect(second).toEqual({ status: 200, booked: 0 })
        }
        const [total] = await t.database.db
          .select({ points: sql<string>`coalesce(sum(${pointsLedger.points}), 0)` })
          .from(pointsLedger)
          .innerJoin(attendances, eq(attendances.id, pointsLedger.sourceId))
          .where(eq(attendances.runId, run.id))
        expect(Number(total!.points)).toBe(expected.size * POINTS)
      }),
      { numRuns: 20 },
    )
  }, 240_000)
})
