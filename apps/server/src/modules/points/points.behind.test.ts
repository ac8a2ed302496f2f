import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { loginAs, mailsTo } from '../../../test/auth.ts'
import { createTestRegister, createTestRegistration } from '../../../test/registrations.ts'
import { BEHIND_CRON, BEHIND_QUEUE, sendBehindNotices, startBehindNotices } from './points.behind.ts'
import { addDemoNorm, book, withdraw } from './points.test-fixtures.ts'

let t: TestApp
let registerId: string
let n = 80

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2024-02-01T08:00:00Z')
  registerId = (await createTestRegister(t.database.db)).id
  await addDemoNorm(t, registerId)
})
afterAll(() => t.close())

const at = (date: string) => {
  t.now.value = new Date(`${date}T08:00:00Z`)
}
/** A professional registered from 1 March 2024 (cycle until 1 March 2029). */
async function professional(status: 'registered' | 'suspended' = 'registered') {
  const user = await loginAs(t, 'professional', { remoteAddress: `198.51.100.${n++}` })
  const { registration } = await createTestRegistration(t.database.db, {
    registerId,
    userId: user.userId,
    startDate: '2024-03-01',
    status,
  })
  return { email: user.email, registrationId: registration.id, number: registration.registrationNumber! }
}
const subjects = async (email: string) => (await mailsTo(t, email)).map((m) => m.subject)

describe('the mail when someone falls behind', () => {
  it('waits until a year of the cycle has passed, then mails each category that falls behind once', async () => {
    at('2024-02-01')
    const p = await professional()
    await book(t, p.registrationId, { category: 'training', points: 40, activityDate: '2024-04-01' })
    const second = await book(t, p.registrationId, { category: 'training', points: 40, activityDate: '2024-09-01' })
    at('2025-02-28') // less than a year in: the pace says little yet
    await sendBehindNotices(t.app.deps)
    expect(await subjects(p.email)).toEqual([])

    at('2025-03-03') // a year in: 80 training projects to about 400, reflection 0 of 50
    await sendBehindNotices(t.app.deps)
    await sendBehindNotices(t.app.deps)
    expect(await subjects(p.email)).toEqual(['Je loopt achter met je PE-punten'])
    const [mail] = await mailsTo(t, p.email)
    expect(mail!.template).toBe('points.behind')
    expect(mail!.textBody).toContain('Op 1 maart 2029, het einde van je registratieperiode, kom je dan tekort:')
    expect(mail!.textBody).toContain('- 50 punten reflectie')
    expect(mail!.textBody).not.toContain('punten scholing')
    expect(mail!.textBody).toContain(p.number)
    expect(mail!.textBody).toContain('http://localhost:3000/mijn-pe-punten')

    // A withdrawn training a year later: now the total falls behind too — one mail, for the total only.
    at('2026-03-02')
    await withdraw(t, second)
    await sendBehindNotices(t.app.deps)
    await sendBehindNotices(t.app.deps)
    const mails = await mailsTo(t, p.email)
    expect(mails).toHaveLength(2)
    expect(mails[1]!.textBody).toMatch(/- \d+(,\d)? punten in totaal/)
    expect(mails[1]!.textBody).not.toContain('punten reflectie')
  })

  it('mails nobody who is on track, and nobody whose registration is suspended', async () => {
    at('2024-02-01')
    const onTrack = await professional()
    for (const [category, date] of [
      ['training', '2024-04-01'],
      ['training', '2024-05-01'],
      ['reflection', '2024-06-01'],
      ['reflection', '2024-07-01'],
    ] as const) {
      await book(t, onTrack.registrationId, { category, points: 20, activityDate: date })
    }
    const suspended = await professional('suspended')
    at('2025-06-01')
    await sendBehindNotices(t.app.deps)
    expect(await subjects(onTrack.email)).toEqual([])
    expect(await subjects(suspended.email)).toEqual([])
  })

  it('two simultaneous runs send one mail', async () => {
    at('2024-02-01')
    const p = await professional()
    at('2025-07-01')
    await Promise.all([sendBehindNotices(t.app.deps), sendBehindNotices(t.app.deps)])
    expect(await subjects(p.email)).toHaveLength(1)
  })

  it('runs daily as a pg-boss schedule whose worker sends the mails', async () => {
    at('2024-02-01')
    const p = await professional()
    at('2025-08-01')
    const stop = await startBehindNotices(t.app.deps)
    const schedules = await t.jobs.boss.getSchedules(BEHIND_QUEUE)
    expect(schedules).toEqual([
      expect.objectContaining({ cron: BEHIND_CRON, options: expect.objectContaining({ tz: 'Europe/Amsterdam' }) }),
    ])
    await t.jobs.boss.send(BEHIND_QUEUE, {})
    await expect.poll(() => subjects(p.email), { timeout: 10_000 }).toHaveLength(1)
    stop()
  })
})
