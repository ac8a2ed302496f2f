import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { loginAs } from '../../../test/auth.ts'
import { createTestRegister, createTestRegistration } from '../../../test/registrations.ts'
import { users } from '../identity/identity.tables.ts'
import { seedSelfReportsDemo } from './points.self-reports.seed.ts'
import { selfReportedActivities } from './points.self-reports.tables.ts'
import { pointsLedger } from './points.tables.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2026-06-15T10:00:00Z')
})
afterAll(() => t.close())

describe('demo self-reported activities', () => {
  it('gives the demo professional an approved intervision (booked) and a supervision in the queue', async () => {
    const db = t.database.db
    const register = await createTestRegister(db)
    await loginAs(t, 'register_office')
    const demo = await loginAs(t, 'professional', { email: 'professional@demo.vakregister.nl' })
    const { registration } = await createTestRegistration(db, { registerId: register.id, userId: demo.userId })
    for (let i = 0; i < 3; i++) {
      const other = await loginAs(t, 'professional')
      await createTestRegistration(db, { registerId: register.id, userId: other.userId, startDate: '2025-01-01' })
    }
    const result = await db.transaction((tx) => seedSelfReportsDemo(t.app.deps, tx, t.now.value))
    expect(result).toEqual({ selfReports: 5 })
    const mine = await db
      .select()
      .from(selfReportedActivities)
      .where(eq(selfReportedActivities.registrationId, registration.id))
    expect(mine.map((r) => [r.kind, r.state]).sort()).toEqual([
      ['intervision', 'approved'],
      ['supervision', 'submitted'],
    ])
    const ledger = await db.select().from(pointsLedger).where(eq(pointsLedger.registrationId, registration.id))
    expect(ledger).toEqual([expect.objectContaining({ source: 'self-report', category: 'reflection', points: 9 })])
    const all = await db.select().from(selfReportedActivities)
    expect(all.filter((r) => r.spotCheck)).toHaveLength(1)
    expect(all.filter((r) => r.state === 'rejected')[0]!.decisionReason).not.toBe('')
    // Every activity date is inside the registration's cycle and not in the future.
    for (const row of all) expect(row.activityDate <= '2026-06-15' && row.activityDate >= '2024-03-01').toBe(true)
    const [reviewer] = await db
      .select()
      .from(users)
      .where(eq(users.id, all.find((r) => r.reviewedById)!.reviewedById!))
    expect(reviewer!.staffRoles).toContain('register_office')
  })
})
