import type { AppDeps } from '../../app.ts'
import { startEventReminders } from '../../modules/events/events.reminders.ts'
import { startOfferExpiry } from '../../modules/events/events.waiting-list.ts'
import { startBehindNotices } from '../../modules/points/points.behind.ts'
import { startReregistrationLapses } from '../../modules/points/points.reregistration.lapse.ts'
import { startCycleReminders } from '../../modules/register/register.reminders.ts'
import { startMailWorker } from '../mail/mail.worker.ts'
import { startHousekeeping } from './housekeeping.ts'

/** Starts pg-boss and, when `config.runWorkers`, this process's workers. Stop it before closing the database. */
export async function startBackgroundWork(deps: AppDeps): Promise<{ stop(): Promise<void> }> {
  await deps.jobs.start()
  const releases: (() => void)[] = []
  if (deps.config.runWorkers) {
    releases.push(await startMailWorker(deps))
    releases.push(startHousekeeping(deps))
    releases.push(await startCycleReminders(deps))
    releases.push(await startReregistrationLapses(deps))
    releases.push(await startBehindNotices(deps))
    releases.push(await startOfferExpiry(deps))
    releases.push(await startEventReminders(deps))
  }
  return {
    async stop() {
      await deps.jobs.stop()
      for (const release of releases) release()
    },
  }
}
