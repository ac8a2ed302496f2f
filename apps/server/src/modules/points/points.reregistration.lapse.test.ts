import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { mailsTo } from '../../../test/auth.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { systemContext } from '../../platform/auth/actor.ts'
import { QUEUES } from '../../platform/jobs/jobs.ts'
import { users } from '../identity/identity.tables.ts'
import { registrationStatusChanges, registrations } from '../register/register.tables.ts'
import { decideRequest } from './points.reregistration.decisions.ts'
import { LAPSE_CRON, lapseEndedRegistrations, startReregistrationLapses } from './points.reregistration.lapse.ts'
import { applyForReregistration } from './points.reregistration.service.ts'
import { MEETS_NORM, registrationWith, SHORT_OF_NORM } from './points.reregistration.test-fixtures.ts'

let t: TestApp
let officeUserId: string

const at = (date: string) => {
  t.now.value = new Date(`${date}T08:00:00Z`)
}

beforeAll(async () => {
  t = await createTestApp()
  const [office] = await t.database.db
    .insert(users)
    .values({
      email: 'bureau-lapse@test.vakregister.nl',
      passwordHash: 'x',
      givenName: 'Marieke',
      familyName: 'de Boer',
      staffRoles: ['register_office'],
    })
    .returning({ id: users.id })
  officeUserId = office!.id
})
afterAll(() => t.close())

async function newPerson() {
  const [row] = await t.database.db
    .insert(users)
    .values({ email: `lapse-${crypto.randomUUID()}@test.vakregister.nl`, passwordHash: 'x', givenName: 'Sanne' })
    .returning({ id: users.id, email: users.email })
  return row!
}
const as = (userId: string, staff = false): RequestContext => ({
  ...systemContext('test'),
  actor: { userId, staffRoles: staff ? ['register_office'] : [], memberships: [], sessionId: null },
})
const statusOf = async (id: string) =>
  (await t.database.db.select().from(registrations).where(eq(registrations.id, id)))[0]!.status
const lapsesOf = (id: string) =>
  t.database.db
    .select()
    .from(registrationStatusChanges)
    .where(eq(registrationStatusChanges.registrationId, id))
    .then((rows) => rows.filter((r) => r.action === 'lapse'))

describe('the registration lapses at the end of the cycle without a decision', () => {
  it('not on the last day, then once the day after, with the system as actor, a Dutch reason and a mail', async () => {
    at('2025-06-01')
    const person = await newPerson()
    const reg = await registrationWith(t, person.id, '2021-03-01', SHORT_OF_NORM) // ends 2026-02-28
    at('2026-02-28')
    await lapseEndedRegistrations(t.app.deps)
    expect(await statusOf(reg.id)).toBe('registered')

    at('2026-03-01')
    const first = await lapseEndedRegistrations(t.app.deps)
    const second = await lapseEndedRegistrations(t.app.deps)
    expect(first.lapsed).toBeGreaterThanOrEqual(1)
    expect(second.lapsed).toBe(0)
    expect(await statusOf(reg.id)).toBe('lapsed')
    const lapses = await lapsesOf(reg.id)
    expect(lapses).toEqual([
      expect.objectContaining({
        actorId: null,
        effectiveDate: '2026-03-01',
        reason: 'Registratieperiode geëindigd op 28 februari 2026 zonder herregistratie.',
      }),
    ])
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.objectId, reg.id))
    expect(audit.filter((a) => a.action === 'register.registration.lapsed')).toEqual([
      expect.objectContaining({ actorId: null, requestId: 'reregistration-lapse' }),
    ])
    const mails = await mailsTo(t, person.email)
    expect(mails.filter((m) => m.template === 'points.registration-lapsed')).toHaveLength(1)
  })

  it('two simultaneous runs lapse a registration once', async () => {
    at('2025-06-01')
    const person = await newPerson()
    const reg = await registrationWith(t, person.id, '2021-04-01') // ends 2026-03-31
    at('2026-04-02')
    await Promise.all([lapseEndedRegistrations(t.app.deps), lapseEndedRegistrations(t.app.deps)])
    expect(await lapsesOf(reg.id)).toHaveLength(1)
  })

  it('waits for the decision on an open request; lapses after a rejection, not after an approval', async () => {
    at('2026-02-01')
    const waiting = await newPerson()
    const rejected = await registrationWith(t, waiting.id, '2021-03-01', MEETS_NORM)
    const approvedPerson = await newPerson()
    const approved = await registrationWith(t, approvedPerson.id, '2021-03-01', MEETS_NORM)
    const r1 = await applyForReregistration(t.app.deps, as(waiting.id), rejected.id, { kind: 'regular' })
    const r2 = await applyForReregistration(t.app.deps, as(approvedPerson.id), approved.id, { kind: 'regular' })

    at('2026-03-05')
    await lapseEndedRegistrations(t.app.deps)
    expect(await statusOf(rejected.id)).toBe('registered')
    expect(await statusOf(approved.id)).toBe('registered')

    await decideRequest(t.app.deps, as(officeUserId, true), r1.id, {
      outcome: 'rejected',
      reason: 'Te laat ingeleverd',
    })
    await decideRequest(t.app.deps, as(officeUserId, true), r2.id, { outcome: 'approved' })
    await lapseEndedRegistrations(t.app.deps)
    expect(await statusOf(rejected.id)).toBe('lapsed')
    expect((await lapsesOf(rejected.id))[0]!.effectiveDate).toBe('2026-03-01')
    expect(await statusOf(approved.id)).toBe('registered')
    expect(await lapsesOf(approved.id)).toEqual([])
  })

  it('runs daily as a pg-boss schedule whose worker lapses ended registrations', async () => {
    at('2025-06-01')
    const person = await newPerson()
    const reg = await registrationWith(t, person.id, '2021-05-01') // ends 2026-04-30
    at('2026-05-02')
    const stop = await startReregistrationLapses(t.app.deps)
    const schedules = await t.jobs.boss.getSchedules(QUEUES.reregistrationLapses)
    expect(schedules).toEqual([
      expect.objectContaining({ cron: LAPSE_CRON, options: expect.objectContaining({ tz: 'Europe/Amsterdam' }) }),
    ])
    await t.jobs.boss.send(QUEUES.reregistrationLapses, {})
    await expect.poll(() => statusOf(reg.id), { timeout: 10_000 }).toBe('lapsed')
    stop()
  })
})
