import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { loginAs } from '../../../test/auth.ts'
import { createRegister, createRegistration } from '../register/register.test-fixtures.ts'
import { createRun } from './points.attendance.fixtures.ts'
import { seedAttendanceDemo } from './points.attendance.seed.ts'
import { attendanceImports, attendances } from './points.attendance.tables.ts'
import { pointsLedger } from './points.tables.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2026-06-15T10:00:00Z')
})
afterAll(() => t.close())

const seed = () => t.database.db.transaction((tx) => seedAttendanceDemo(tx, t.now.value))

describe('demo attendance', () => {
  it('does nothing quietly when there are no past runs', async () => {
    expect(await seed()).toEqual({ attendances: 0 })
  })

  it('books the demo professional and colleagues on the past runs: the first as a confirmed list', async () => {
    const db = t.database.db
    const registerId = (await createRegister(t, 'SD')).id
    const demo = await loginAs(t, 'professional', { email: 'professional@demo.vakregister.nl' })
    const mine = await createRegistration(t, registerId, { userId: demo.userId, approvedOn: '2026-01-05' })
    for (let i = 0; i < 4; i++) await createRegistration(t, registerId, { approvedOn: '2026-01-05' })
    const staff = await loginAs(t, 'provider_staff')
    const past = await createRun(t, staff.organisationId!, { endsOn: '2026-05-12', points: 12 })
    const other = await createRun(t, staff.organisationId!, { startsOn: '2026-06-01', endsOn: '2026-06-02' })
    await createRun(t, staff.organisationId!, { startsOn: '2026-09-01', endsOn: '2026-09-02' })

    const result = await seed()
    expect(result.attendances).toBe(9)
    const [list] = await db.select().from(attendanceImports).where(eq(attendanceImports.runId, past.run.id))
    expect(list).toMatchObject({ state: 'confirmed', bookedCount: 5, kind: 'list' })
    expect(list!.report.filter((r) => r.outcome === 'unmatched')).toHaveLength(1)
    expect(await db.select().from(attendances).where(eq(attendances.runId, other.run.id))).toHaveLength(4)
    const ledger = await db.select().from(pointsLedger).where(eq(pointsLedger.registrationId, mine.id))
    expect(ledger.map((e) => e.points).sort()).toEqual([12, 6])
  })
})
