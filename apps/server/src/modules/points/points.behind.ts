import { and, eq, gte, isNull, lte, sql } from 'drizzle-orm'
import type { AppDeps } from '../../app.ts'
import { enqueueMail } from '../../platform/mail/mail.service.ts'
import { users } from '../identity/identity.tables.ts'
import { addMonths } from '../register/register.rules.ts'
import { todayInNetherlands } from '../register/register.status.ts'
import { registers, registrationCycles, registrations } from '../register/register.tables.ts'
import { behindMail } from './points.dossier.mails.ts'
import { buildStanding } from './points.dossier.service.ts'
import { pointsBehindNotices } from './points.tables.ts'

// Falling behind: a daily pg-boss schedule mails a registrant whose forecast at the current pace shows a shortfall,
// at most once per cycle and category, and only once a year of the cycle has passed (before that the pace says
// little). Exactly once: the notice rows are inserted with ON CONFLICT DO NOTHING in the mail's transaction.

export const BEHIND_QUEUE = 'points.behind-notices'
/** Every day at 07:30 Dutch time (after the cycle reminders); a run missed while the app was down is made up once. */
export const BEHIND_CRON = '30 7 * * *'

/** Mails everyone who newly falls behind today; returns how many mails were sent. */
export async function sendBehindNotices(deps: AppDeps): Promise<{ sent: number }> {
  const db = deps.database.db
  const today = todayInNetherlands(deps)
  const effectiveEnd = sql<string>`coalesce(${registrationCycles.postponedUntil}, ${registrationCycles.endDate})`
  // A read-only join over the register's and identity's tables, like the cycle reminders (decision 006).
  const candidates = await db
    .select({
      registrationId: registrations.id,
      cycleId: registrationCycles.id,
      email: users.email,
      givenName: users.givenName,
      locale: users.locale,
      register: registers.name,
      registrationNumber: registrations.registrationNumber,
    })
    .from(registrationCycles)
    .innerJoin(registrations, eq(registrations.id, registrationCycles.registrationId))
    .innerJoin(registers, eq(registers.id, registrations.registerId))
    .innerJoin(users, eq(users.id, registrations.userId))
    .where(
      and(
        isNull(registrationCycles.closedAt),
        eq(registrations.status, 'registered'),
        lte(registrationCycles.startDate, addMonths(today, -12)),
        gte(effectiveEnd, today),
      ),
    )
  let sent = 0
  for (const candidate of candidates) {
    const dossier = await buildStanding(db, candidate.registrationId, today)
    if (dossier === 'missing' || 'noNorm' in dossier) continue
    const cycle = dossier.cycles.find((c) => c.id === candidate.cycleId)
    const short = cycle?.forecast?.lines.filter((l) => l.shortfall > 0) ?? []
    if (!cycle?.forecast || short.length === 0) continue
    const mailed = await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(pointsBehindNotices)
        .values(short.map((l) => ({ cycleId: cycle.id, category: l.category, sentAt: deps.clock() })))
        .onConflictDoNothing()
        .returning({ category: pointsBehindNotices.category })
      if (inserted.length === 0) return false
      const fresh = new Set(inserted.map((r) => r.category))
      await enqueueMail(
        deps,
        tx,
        behindMail(
          { ...candidate, locale: candidate.locale === 'en' ? 'en' : 'nl' },
          cycle.forecast!.endDate,
          short.filter((l) => fresh.has(l.category)),
          deps.config.publicUrl,
        ),
      )
      return true
    })
    if (mailed) sent++
  }
  return { sent }
}

/** Creates the queue, registers the daily schedule and this process's worker (called when workers run). */
export async function startBehindNotices(deps: AppDeps): Promise<() => void> {
  const boss = deps.jobs.boss
  await boss.createQueue(BEHIND_QUEUE, { retryLimit: 3, retryDelay: 600, expireInSeconds: 1800 })
  await boss.schedule(BEHIND_QUEUE, BEHIND_CRON, {}, { tz: 'Europe/Amsterdam', missed: 'once' })
  await boss.work(
    BEHIND_QUEUE,
    { batchSize: 1, pollingIntervalSeconds: deps.jobs.pollingIntervalSeconds },
    async () => {
      await sendBehindNotices(deps)
    },
  )
  return () => {}
}
