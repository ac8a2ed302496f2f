import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { seedDemoData } from '../../db/seed.ts'
import { users } from '../identity/identity.tables.ts'
import { registrations } from '../register/register.tables.ts'
import { NEAR_CYCLE_END_EMAIL } from './points.history.seed.ts'
import { ledgerOf } from './points.ledger.ts'
import { toDay } from './points.rules.ts'
import { standingsOf } from './points.standing.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
  await seedDemoData(t.app.deps)
})
afterAll(() => t.close())

describe('demo points history', () => {
  it('puts Kevin Meijer within 12 weeks of his cycle end, 4 reflection points and 4 points in total short', async () => {
    const db = t.database.db
    const [kevin] = await db
      .select({ id: registrations.id })
      .from(registrations)
      .innerJoin(users, eq(users.id, registrations.userId))
      .where(eq(users.email, NEAR_CYCLE_END_EMAIL))
    const cycles = (await standingsOf(db, kevin!.id))!
    const current = cycles.at(-1)!
    const daysLeft = toDay(current.window.endDate) - toDay(new Date().toISOString().slice(0, 10))
    expect(daysLeft).toBeGreaterThan(0)
    expect(daysLeft).toBeLessThanOrEqual(84)
    expect(current.standing).toMatchObject({ counted: 196, required: 200, remaining: 4, meetsNorm: false })
    expect(current.standing.categories.find((c) => c.category === 'reflection')).toMatchObject({
      counted: 46,
      remaining: 4,
    })
  })

  it('gives every registered demo professional a history inside their cycle, noted as taken over', async () => {
    const db = t.database.db
    const registered = await db
      .select({ id: registrations.id })
      .from(registrations)
      .where(eq(registrations.status, 'registered'))
    let withHistory = 0
    for (const { id } of registered) {
      const entries = (await ledgerOf(db, id)).filter((e) => e.source === 'correction')
      if (entries.length > 0) withHistory++
      for (const e of entries) expect(e.note).toMatch(/PE-online/)
    }
    expect(withHistory).toBeGreaterThan(registered.length / 2)
  })
})
