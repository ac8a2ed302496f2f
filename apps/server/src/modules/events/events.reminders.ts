import { and, eq, gte, isNull, lt } from 'drizzle-orm'
import type { AppDeps } from '../../app.ts'
import { enqueueMail } from '../../platform/mail/mail.service.ts'
import { organisations } from '../organisations/organisations.tables.ts'
import { toCalendarEvent } from './events.calendar.service.ts'
import { renderCalendar } from './events.ical.ts'
import { reminderMail } from './events.mails.ts'
import { recipients } from './events.sign-ups.repository.ts'
import { eventReminders, eventSignUps, events } from './events.tables.ts'
import { formatTicketCode } from './events.tickets.rules.ts'
import { ensureTicket } from './events.tickets.service.ts'
import { dutchDay, nextDay, startOfDutchDay } from './events.time.ts'

// The reminder the day before: a daily pg-boss schedule mails everyone with a confirmed place at an event that
// starts tomorrow (Dutch time), with the event as `.ics` and, for an event at a location, the ticket code to say at
// the door (the ticket is made as when the person first asks for it). The reminder row is inserted with ON CONFLICT
// DO NOTHING in the transaction that enqueues the mail, so a second or simultaneous run sends nothing.

export const REMINDER_QUEUE = 'events.reminders'
/** Every day at 09:00 Dutch time; a run missed while the app was down is made up once. */
export const REMINDER_CRON = '0 9 * * *'

export async function sendEventReminders(deps: AppDeps): Promise<{ sent: number }> {
  const db = deps.database.db
  const tomorrow = nextDay(dutchDay(deps.clock()))
  const due = await db
    .select({
      signUpId: eventSignUps.id,
      userId: eventSignUps.userId,
      event: events,
      organiserName: organisations.name,
    })
    .from(eventSignUps)
    .innerJoin(events, eq(events.id, eventSignUps.eventId))
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .leftJoin(eventReminders, eq(eventReminders.signUpId, eventSignUps.id))
    .where(
      and(
        isNull(eventReminders.signUpId), // not reminded yet (the insert below still guards a simultaneous run)
        eq(eventSignUps.state, 'confirmed'),
        eq(events.state, 'published'),
        gte(events.startsAt, startOfDutchDay(tomorrow)),
        lt(events.startsAt, startOfDutchDay(nextDay(tomorrow))),
      ),
    )
  let sent = 0
  for (const row of due) {
    // Before the transaction: making a ticket retries on a taken code, which a failed insert inside it would abort.
    const ticket = row.event.online ? null : await ensureTicket(deps, { id: row.signUpId, eventId: row.event.id })
    const inserted = await db.transaction(async (tx) => {
      const now = deps.clock()
      const [reminder] = await tx
        .insert(eventReminders)
        .values({ signUpId: row.signUpId, sentAt: now })
        .onConflictDoNothing()
        .returning({ signUpId: eventReminders.signUpId })
      if (!reminder) return false
      const [person] = await recipients(tx, [row.userId])
      if (!person) return false
      const onlineUrl = row.event.online ? row.event.onlineUrl : null
      const ics = renderCalendar({
        name: row.event.title,
        now,
        events: [
          toCalendarEvent({ ...row.event, organiserName: row.organiserName }, deps.config.publicUrl, {
            onlineUrl: onlineUrl ?? undefined,
          }),
        ],
      })
      const ticketCode = ticket ? formatTicketCode(ticket.code) : null
      await enqueueMail(deps, tx, reminderMail(person, row.event, onlineUrl, ics, deps.config.publicUrl, ticketCode))
      return true
    })
    if (inserted) sent++
  }
  return { sent }
}

/** Creates the queue, registers the daily schedule and this process's worker (called when workers run). */
export async function startEventReminders(deps: AppDeps): Promise<() => void> {
  const boss = deps.jobs.boss
  await boss.createQueue(REMINDER_QUEUE, { retryLimit: 3, retryDelay: 600, expireInSeconds: 1800 })
  await boss.schedule(REMINDER_QUEUE, REMINDER_CRON, {}, { tz: 'Europe/Amsterdam', missed: 'once' })
  await boss.work(
    REMINDER_QUEUE,
    { batchSize: 1, pollingIntervalSeconds: deps.jobs.pollingIntervalSeconds },
    async () => {
      await sendEventReminders(deps)
    },
  )
  return () => {}
}
