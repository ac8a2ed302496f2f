import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { mailsTo } from '../../../test/auth.ts'
import { systemContext } from '../../platform/auth/actor.ts'
import { QUEUES } from '../../platform/jobs/jobs.ts'
import { users } from '../identity/identity.tables.ts'
import { cycleReminders } from './register.decisions.tables.ts'
import { dueReminder, REMINDER_CRON, sendDueReminders, startCycleReminders } from './register.reminders.ts'
import { changeStatus } from './register.status.ts'
import { registrationCycles } from './register.tables.ts'
import { createRegister, createRegistration } from './register.test-fixtures.ts'

let t: TestApp
let registerId: string

beforeAll(async () => {
  t = await createTestApp()
  registerId = (await createRegister(t, 'KM')).id
})
afterAll(() => t.close())

const at = (date: string) => {
  t.now.value = new Date(`${date}T08:00:00Z`)
}
/** A registered person whose first cycle runs from `approvedOn` for five years; returns their email. */
async function person(approvedOn: string) {
  at(approvedOn)
  const registration = await createRegistration(t, registerId, { approvedOn })
  const [user] = await t.database.db.select().from(users).where(eq(users.id, registration.userId))
  return { registration, email: user!.email }
}
const subjects = async (email: string) => (await mailsTo(t, email)).map((m) => m.subject)

describe('which reminder is due', () => {
  const cycle = { startDate: '2021-01-05', effectiveEnd: '2026-01-04' }
  it('none before six months, then the latest due one, none after the end', () => {
    expect(dueReminder(cycle, '2025-07-03')).toBeNull()
    expect(dueReminder(cycle, '2025-07-04')?.kind).toBe('six-months')
    expect(dueReminder(cycle, '2025-10-04')?.kind).toBe('three-months')
    expect(dueReminder(cycle, '2025-10-12')?.kind).toBe('twelve-weeks')
    expect(dueReminder(cycle, '2026-01-04')?.kind).toBe('twelve-weeks')
    expect(dueReminder(cycle, '2026-01-05')).toBeNull()
  })
  it('never a reminder dated on or before the start of a short cycle', () => {
    expect(dueReminder({ startDate: '2025-10-01', effectiveEnd: '2026-01-04' }, '2025-10-20')?.kind).toBe(
      'twelve-weeks',
    )
    expect(dueReminder({ startDate: '2025-10-20', effectiveEnd: '2026-01-04' }, '2025-10-25')).toBeNull()
  })
})

describe('cycle-end reminders', () => {
  it('mails each reminder once, and only the latest when several are due at once', async () => {
    const early = await person('2020-02-01') // ends 2025-01-31
    const late = await person('2020-03-01') // ends 2025-02-28
    at('2024-08-01') // six months before early's end: due for early only
    await sendDueReminders(t.app.deps)
    await sendDueReminders(t.app.deps)
    expect(await subjects(early.email)).toEqual(['Je registratieperiode eindigt op 31 januari 2025'])
    expect(await subjects(late.email)).toEqual([])

    at('2024-12-20') // all three due for both
    await sendDueReminders(t.app.deps)
    await sendDueReminders(t.app.deps)
    expect(await subjects(early.email)).toHaveLength(2)
    expect(await subjects(late.email)).toEqual(['Je registratieperiode eindigt op 28 februari 2025'])
    const mail = (await mailsTo(t, late.email))[0]!
    expect(mail.template).toBe('register.cycle-reminder')
    expect(mail.textBody).toContain(late.registration.registrationNumber!)
    expect(mail.textBody).toContain('http://localhost:3000/mijn-registratie')
  })

  it('two simultaneous runs send one mail', async () => {
    const p = await person('2020-04-01') // ends 2025-03-31
    at('2024-10-05')
    await Promise.all([sendDueReminders(t.app.deps), sendDueReminders(t.app.deps)])
    expect(await subjects(p.email)).toHaveLength(1)
    const [cycle] = await t.database.db
      .select()
      .from(registrationCycles)
      .where(eq(registrationCycles.registrationId, p.registration.id))
    const sent = await t.database.db.select().from(cycleReminders).where(eq(cycleReminders.cycleId, cycle!.id))
    expect(sent).toEqual([expect.objectContaining({ kind: 'six-months', cycleEnd: '2025-03-31' })])
  })

  it('after a postponement the reminders follow the new end', async () => {
    const p = await person('2020-05-01') // ends 2025-04-30
    at('2025-03-01')
    await sendDueReminders(t.app.deps)
    expect(await subjects(p.email)).toEqual(['Je registratieperiode eindigt op 30 april 2025'])
    await t.database.db
      .update(registrationCycles)
      .set({ postponedUntil: '2025-10-31' })
      .where(eq(registrationCycles.registrationId, p.registration.id))
    await sendDueReminders(t.app.deps)
    expect(await subjects(p.email)).toHaveLength(1) // nothing due yet for 31 October
    at('2025-05-01') // six months before the new end
    await sendDueReminders(t.app.deps)
    expect(await subjects(p.email)).toEqual([
      'Je registratieperiode eindigt op 30 april 2025',
      'Je registratieperiode eindigt op 31 oktober 2025',
    ])
  })

  it('sends nothing to suspended or removed people', async () => {
    const suspended = await person('2020-06-01')
    const removed = await person('2020-06-02')
    const [a, b] = [suspended.registration.userId, removed.registration.userId]
    const ctx = systemContext('test')
    await t.database.db.transaction(async (tx) => {
      await changeStatus(tx, t.app.deps, ctx, suspended.registration.id, {
        action: { type: 'suspend' },
        effectiveDate: '2024-01-01',
        reason: 'Onderzoek',
        publicUntil: '2026-01-01',
      })
      await changeStatus(tx, t.app.deps, ctx, removed.registration.id, {
        action: { type: 'remove', requestedBy: a, confirmedBy: b },
        effectiveDate: '2024-01-01',
        reason: 'Tuchtuitspraak',
        publicUntil: '2026-01-01',
      })
    })
    at('2025-04-01')
    await sendDueReminders(t.app.deps)
    expect(await subjects(suspended.email)).toEqual([])
    expect(await subjects(removed.email)).toEqual([])
  })

  it('runs daily as a pg-boss schedule whose worker sends the reminders', async () => {
    const p = await person('2020-07-01') // ends 2025-06-30
    at('2025-01-15')
    const stop = await startCycleReminders(t.app.deps)
    const schedules = await t.jobs.boss.getSchedules(QUEUES.cycleReminders)
    expect(schedules).toEqual([
      expect.objectContaining({ cron: REMINDER_CRON, options: expect.objectContaining({ tz: 'Europe/Amsterdam' }) }),
    ])
    await t.jobs.boss.send(QUEUES.cycleReminders, {})
    await expect.poll(() => subjects(p.email), { timeout: 10_000 }).toHaveLength(1)
    stop()
  })
})
