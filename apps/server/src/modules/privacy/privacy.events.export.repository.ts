import { asc, count, eq, inArray } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { eventAttendanceCredentials } from '../events/events.certificates.tables.ts'
import { eventCheckIns } from '../events/events.check-in.tables.ts'
import { eventEvaluationSubmissions } from '../events/events.evaluations.tables.ts'
import { calendarFeedTokens, eventReminders, eventSignUps, events } from '../events/events.tables.ts'
import { eventTickets } from '../events/events.tickets.tables.ts'
import { organisations } from '../organisations/organisations.tables.ts'

// Reads one person's agenda data for the export (decision 010): sign-ups with their event, ticket code, reminder,
// check-ins and certificates of attendance; the events they evaluated (the answers have no link to anyone); whether a
// personal calendar link exists. Never the link's hash, never who checked the person in.

export async function findEventSignUps(db: DbOrTx, userId: string) {
  const rows = await db
    .select({
      id: eventSignUps.id,
      eventTitle: events.title,
      organiserName: organisations.name,
      eventStartsAt: events.startsAt,
      eventEndsAt: events.endsAt,
      online: events.online,
      eventState: events.state,
      state: eventSignUps.state,
      signedUpAt: eventSignUps.signedUpAt,
      confirmedAt: eventSignUps.confirmedAt,
      offeredAt: eventSignUps.offeredAt,
      offerExpiresAt: eventSignUps.offerExpiresAt,
      endedAt: eventSignUps.endedAt,
      endReason: eventSignUps.endReason,
      ticketCode: eventTickets.code,
      reminderSentAt: eventReminders.sentAt,
    })
    .from(eventSignUps)
    .innerJoin(events, eq(events.id, eventSignUps.eventId))
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .leftJoin(eventTickets, eq(eventTickets.signUpId, eventSignUps.id))
    .leftJoin(eventReminders, eq(eventReminders.signUpId, eventSignUps.id))
    .where(eq(eventSignUps.userId, userId))
    .orderBy(asc(events.startsAt), asc(eventSignUps.signedUpAt))
  const checkIns =
    rows.length === 0
      ? []
      : await db
          .select({
            signUpId: eventCheckIns.signUpId,
            method: eventCheckIns.method,
            checkedInAt: eventCheckIns.checkedInAt,
            late: eventCheckIns.late,
            reason: eventCheckIns.reason,
            pointsOutcome: eventCheckIns.pointsOutcome,
            undoneAt: eventCheckIns.undoneAt,
            undoReason: eventCheckIns.undoReason,
            credentialId: eventAttendanceCredentials.credentialId,
            credentialIssuedAt: eventAttendanceCredentials.issuedAt,
          })
          .from(eventCheckIns)
          .leftJoin(eventAttendanceCredentials, eq(eventAttendanceCredentials.checkInId, eventCheckIns.id))
          .where(
            inArray(
              eventCheckIns.signUpId,
              rows.map((r) => r.id),
            ),
          )
          .orderBy(asc(eventCheckIns.checkedInAt))
  return rows.map((r) => ({ ...r, checkIns: checkIns.filter((c) => c.signUpId === r.id) }))
}

export async function findCalendarFeed(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({ createdAt: calendarFeedTokens.createdAt })
    .from(calendarFeedTokens)
    .where(eq(calendarFeedTokens.userId, userId))
  return row ?? null
}

/** The events the person evaluated: only that they did (decision 015 keeps the answers apart from any person). */
export const findEvaluatedEvents = (db: DbOrTx, userId: string) =>
  db
    .select({ eventTitle: events.title, eventStartsAt: events.startsAt })
    .from(eventEvaluationSubmissions)
    .innerJoin(events, eq(events.id, eventEvaluationSubmissions.eventId))
    .where(eq(eventEvaluationSubmissions.userId, userId))
    .orderBy(asc(events.startsAt))

/** What the person did in the agenda for a provider: events published, how many people checked in per event. */
export async function findOrganiserWork(db: DbOrTx, userId: string) {
  const [published, checkedIn] = await Promise.all([
    db
      .select({
        organisationName: organisations.name,
        title: events.title,
        startsAt: events.startsAt,
        state: events.state,
        createdAt: events.createdAt,
      })
      .from(events)
      .innerJoin(organisations, eq(organisations.id, events.organisationId))
      .where(eq(events.createdById, userId))
      .orderBy(asc(events.startsAt)),
    db
      .select({ eventTitle: events.title, eventStartsAt: events.startsAt, checkIns: count() })
      .from(eventCheckIns)
      .innerJoin(events, eq(events.id, eventCheckIns.eventId))
      .where(eq(eventCheckIns.checkedInById, userId))
      .groupBy(events.id, events.title, events.startsAt)
      .orderBy(asc(events.startsAt)),
  ])
  return { published, checkedIn }
}
