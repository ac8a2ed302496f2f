import { randomUUID } from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { systemContext } from '../../platform/auth/actor.ts'
import { createRegister, createRegistration } from '../register/register.test-fixtures.ts'
import { type Booking, bookPoints, ledgerOf, reverseBooking } from './points.ledger.ts'
import { standingsOf } from './points.standing.ts'
import { normVersions, pointsLedger } from './points.tables.ts'

let t: TestApp
let registerId: string
const ctx = systemContext('ledger-test')
const AUDIT = { action: 'points.test.booked', objectType: 'test', objectId: 'ledger' }

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2026-06-01T10:00:00Z')
  registerId = (await createRegister(t, 'LG')).id
  await t.database.db.insert(normVersions).values({
    registerId,
    version: 1,
    validFrom: '2000-01-01',
    totalPoints: 200,
    categories: {
      training: { min: 60, max: null },
      reflection: { min: 50, max: null },
      'free-choice': { min: null, max: 60 },
    },
    capPerActivity: 40,
  })
})
afterAll(() => t.close())

const booking = (registrationId: string, overrides: Partial<Booking> = {}): Booking => ({
  registrationId,
  category: 'training',
  points: 6,
  activityDate: '2026-05-01',
  source: 'attendance',
  sourceId: randomUUID(),
  activityKey: `activity:${randomUUID()}`,
  reference: 'A-2026-00001 · Motiverende gespreksvoering',
  ...overrides,
})

const book = (bookings: Booking[]) =>
  t.database.db.transaction((tx) => bookPoints(tx, ctx, bookings, AUDIT, t.now.value))

describe('the points ledger', () => {
  it('books once per source row, in the cycle the activity date falls in, with one audit entry per call', async () => {
    const reg = await createRegistration(t, registerId, { approvedOn: '2026-01-15' })
    const first = booking(reg.id)
    const auditBefore = (await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, AUDIT.action)))
      .length
    const outcomes = await book([first, booking(reg.id, { activityDate: '2025-12-31' })])
    expect(outcomes[0]).toMatchObject({ outcome: 'booked' })
    expect(outcomes[1]).toEqual({ outcome: 'not-in-cycle' })
    expect(await book([first])).toEqual([{ outcome: 'already-booked' }])
    const entries = await ledgerOf(t.database.db, reg.id)
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ points: 6, category: 'training', activityDate: '2026-05-01' })
    const auditAfter = (await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, AUDIT.action)))
      .length
    expect(auditAfter - auditBefore).toBe(1)
  })

  it('books a row once even when the same booking arrives in two transactions at the same moment', async () => {
    const reg = await createRegistration(t, registerId, { approvedOn: '2026-01-15' })
    const same = booking(reg.id)
    const results = await Promise.allSettled([book([same]), book([same])])
    const booked = results
      .flatMap((r) => (r.status === 'fulfilled' ? r.value : []))
      .filter((o) => o.outcome === 'booked')
    expect(booked).toHaveLength(1)
    expect(await ledgerOf(t.database.db, reg.id)).toHaveLength(1)
  })

  it('a withdrawal is a mirrored, negative entry, written once; the standing returns to zero', async () => {
    const reg = await createRegistration(t, registerId, { approvedOn: '2026-01-15' })
    const b = booking(reg.id, { category: 'reflection', points: 3.5 })
    await book([b])
    const reverse = () =>
      t.database.db.transaction((tx) =>
        reverseBooking(
          tx,
          ctx,
          { source: 'attendance', sourceId: b.sourceId, note: 'Niet aanwezig' },
          AUDIT,
          t.now.value,
        ),
      )
    expect(await reverse()).toEqual(expect.any(String))
    expect(await reverse()).toBeNull()
    const entries = await ledgerOf(t.database.db, reg.id)
    expect(entries.map((e) => e.points).sort()).toEqual([-3.5, 3.5])
    const [standing] = (await standingsOf(t.database.db, reg.id))!
    expect(standing!.standing.categories.find((c) => c.category === 'reflection')).toMatchObject({
      earned: 0,
      counted: 0,
    })
  })

  it('the database refuses to update, delete or truncate an entry, and a reversal that does not mirror its booking', async () => {
    const reg = await createRegistration(t, registerId, { approvedOn: '2026-01-15' })
    await book([booking(reg.id)])
    const [entry] = await ledgerOf(t.database.db, reg.id)
    const db = t.database.db
    await expect(db.update(pointsLedger).set({ points: 40 }).where(eq(pointsLedger.id, entry!.id))).rejects.toThrow()
    await expect(db.delete(pointsLedger).where(eq(pointsLedger.id, entry!.id))).rejects.toThrow()
    await expect(db.execute(sql`truncate points_ledger`)).rejects.toThrow()
    await expect(
      db.insert(pointsLedger).values({ ...entry!, id: randomUUID(), points: -1, reversesEntryId: entry!.id }),
    ).rejects.toThrow()
    expect(await ledgerOf(db, reg.id)).toEqual([entry])
  })

  it('the standing counts at most the cap per activity and follows the demo norm', async () => {
    const reg = await createRegistration(t, registerId, { approvedOn: '2026-01-15' })
    const activityKey = 'activity:big-congress'
    await book([
      booking(reg.id, { activityKey, points: 30 }),
      booking(reg.id, { activityKey, points: 30, activityDate: '2026-05-02' }),
      booking(reg.id, { category: 'reflection', points: 50 }),
    ])
    const [current] = (await standingsOf(t.database.db, reg.id))!
    const training = current!.standing.categories.find((c) => c.category === 'training')!
    expect(training).toMatchObject({ earned: 60, counted: 40, required: 60, remaining: 20 })
    expect(current!.standing).toMatchObject({ counted: 80, required: 200, remaining: 120, meetsNorm: false })
  })
})
