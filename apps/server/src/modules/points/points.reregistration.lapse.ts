// Without a decision the registration lapses at the end of the cycle: a daily pg-boss schedule lapses, through
// changeStatus (the one way to change a status, with the system context), every registered registration whose open
// cycle ended and that has neither an open request nor an approved re-registration. A registration with an open
// request waits for the decision; a suspended one cannot lapse (the state machine) and is left to the register office.
import type { AppDeps } from '../../app.ts'
import { systemContext } from '../../platform/auth/actor.ts'
import { QUEUES } from '../../platform/jobs/jobs.ts'
import { enqueueMail } from '../../platform/mail/mail.service.ts'
import { lockRegistration } from '../register/register.cycles.changes.ts'
import { latestCycle } from '../register/register.cycles.service.ts'
import { displayDate } from '../register/register.decisions.checks.ts'
import { addDays } from '../register/register.rules.ts'
import { changeStatus, todayInNetherlands } from '../register/register.status.ts'
import { lapsedMail } from './points.reregistration.mails.ts'
import { reregistrationMessage } from './points.reregistration.messages.ts'
import * as repo from './points.reregistration.repository.ts'

/** Every day at 00:30 Dutch time: the first run after a cycle's last day; a missed run is made up once. */
export const LAPSE_CRON = '30 0 * * *'

/**
 * Lapses the registrations whose cycle ended before today without a decision. Each in its own transaction that
 * locks the registration and checks again, so a second (or simultaneous) run lapses nothing twice.
 */
export async function lapseEndedRegistrations(deps: AppDeps): Promise<{ lapsed: number }> {
  const db = deps.database.db
  const today = todayInNetherlands(deps)
  const candidates = await repo.findLapseCandidates(db, today)
  const ctx = systemContext('reregistration-lapse')
  let lapsed = 0
  for (const candidate of candidates) {
    const done = await db.transaction(async (tx) => {
      const registration = await lockRegistration(tx, candidate.registrationId)
      if (registration?.status !== 'registered') return false
      const cycle = await latestCycle(tx, candidate.registrationId)
      if (!cycle || cycle.closedAt !== null || cycle.id !== candidate.cycleId) return false
      if (cycle.effectiveEndDate >= today) return false
      if (await repo.blockingRequestOf(tx, cycle.id)) return false
      await changeStatus(tx, deps, ctx, candidate.registrationId, {
        action: { type: 'lapse' },
        effectiveDate: addDays(cycle.effectiveEndDate, 1),
        reason: reregistrationMessage('nl', 'lapseReason', { date: displayDate('nl', cycle.effectiveEndDate) }),
      })
      const contact = await repo.findContact(tx, candidate.registrationId)
      if (contact) await enqueueMail(deps, tx, lapsedMail(contact, deps.config.publicUrl, cycle.effectiveEndDate))
      return true
    })
    if (done) lapsed++
  }
  return { lapsed }
}

/** Registers the daily schedule and this process's worker for it (called when workers run). */
export async function startReregistrationLapses(deps: AppDeps): Promise<() => void> {
  await deps.jobs.boss.schedule(QUEUES.reregistrationLapses, LAPSE_CRON, {}, { tz: 'Europe/Amsterdam', missed: 'once' })
  await deps.jobs.work(QUEUES.reregistrationLapses, async () => {
    await lapseEndedRegistrations(deps)
  })
  return () => {}
}
