import { and, eq, isNull, sql } from 'drizzle-orm'
import type { AppDeps } from '../../app.ts'
import { QUEUES } from '../../platform/jobs/jobs.ts'
import { enqueueMail, type MailMessage } from '../../platform/mail/mail.service.ts'
import { users } from '../identity/identity.tables.ts'
import { displayDate } from './register.decisions.checks.ts'
import { cycleReminders } from './register.decisions.tables.ts'
import { addMonths, type ReminderKind, reminderDates } from './register.rules.ts'
import { todayInNetherlands } from './register.status.ts'
import { registers, registrationCycles, registrations } from './register.tables.ts'

// Reminders 6 months, 3 months and 12 weeks before a cycle ends: a daily pg-boss schedule, never twice.

/** Every day at 07:00 Dutch time; a run missed while the app was down is made up once. */
export const REMINDER_CRON = '0 7 * * *'

/** Of the reminders due on `today` for a cycle (after its start, before or on its end), only the latest. */
export function dueReminder(
  cycle: { startDate: string; effectiveEnd: string },
  today: string,
): { kind: ReminderKind; date: string } | null {
  if (today > cycle.effectiveEnd) return null
  const due = reminderDates(cycle.effectiveEnd).filter((r) => r.date <= today && r.date > cycle.startDate)
  return due.at(-1) ?? null
}

interface Recipient {
  email: string
  givenName: string
  locale: 'nl' | 'en'
  register: string
  registrationNumber: string | null
}

export function reminderMail(person: Recipient, effectiveEnd: string, publicUrl: string): MailMessage {
  const end = displayDate(person.locale, effectiveEnd)
  const link = `${publicUrl}/mijn-registratie`
  const number = person.registrationNumber ?? ''
  const lines =
    person.locale === 'en'
      ? [
          `Dear ${person.givenName || 'reader'},`,
          '',
          `Your registration period in the ${person.register} (number ${number}) ends on ${end}.`,
          'Make sure you meet the requirements for re-registration before then.',
          '',
          `See your registration: ${link}`,
          '',
          'Kind regards,\nVakregister',
        ]
      : [
          `Beste ${person.givenName || 'lezer'},`,
          '',
          `Je registratieperiode in het ${person.register} (nummer ${number}) eindigt op ${end}.`,
          'Zorg dat je vóór die datum voldoet aan de eisen voor herregistratie.',
          '',
          `Bekijk je registratie: ${link}`,
          '',
          'Met vriendelijke groet,\nVakregister',
        ]
  return {
    to: person.email,
    template: 'register.cycle-reminder',
    subject:
      person.locale === 'en' ? `Your registration period ends on ${end}` : `Je registratieperiode eindigt op ${end}`,
    text: `${lines.join('\n')}\n`,
  }
}

/**
 * Mails every registered person whose open cycle has a reminder due today. The reminder row is inserted with
 * ON CONFLICT DO NOTHING in the same transaction as the mail, so a second (or simultaneous) run sends nothing.
 */
export async function sendDueReminders(deps: AppDeps): Promise<{ sent: number }> {
  const db = deps.database.db
  const today = todayInNetherlands(deps)
  const effectiveEnd = sql<string>`coalesce(${registrationCycles.postponedUntil}, ${registrationCycles.endDate})::text`
  const candidates = await db
    .select({
      cycleId: registrationCycles.id,
      startDate: registrationCycles.startDate,
      effectiveEnd,
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
        sql`coalesce(${registrationCycles.postponedUntil}, ${registrationCycles.endDate}) between ${today}::date and ${addMonths(today, 7)}::date`,
      ),
    )
  let sent = 0
  for (const cycle of candidates) {
    const due = dueReminder(cycle, today)
    if (!due) continue
    const inserted = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(cycleReminders)
        .values({ cycleId: cycle.cycleId, kind: due.kind, cycleEnd: cycle.effectiveEnd, sentAt: deps.clock() })
        .onConflictDoNothing()
        .returning({ cycleId: cycleReminders.cycleId })
      if (!row) return false
      await enqueueMail(deps, tx, reminderMail(cycle, cycle.effectiveEnd, deps.config.publicUrl))
      return true
    })
    if (inserted) sent++
  }
  return { sent }
}

/** Registers the daily schedule and this process's worker for it (called when workers run). */
export async function startCycleReminders(deps: AppDeps): Promise<() => void> {
  await deps.jobs.boss.schedule(QUEUES.cycleReminders, REMINDER_CRON, {}, { tz: 'Europe/Amsterdam', missed: 'once' })
  await deps.jobs.work(QUEUES.cycleReminders, async () => {
    await sendDueReminders(deps)
  })
  return () => {}
}
