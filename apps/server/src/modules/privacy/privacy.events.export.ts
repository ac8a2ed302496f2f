import type { DbOrTx } from '../../db/client.ts'
import { formatTicketCode } from '../events/events.tickets.rules.ts'
import * as repo from './privacy.events.export.repository.ts'

// The agenda's part of the export (privacy.events.schemas.ts AgendaExport): no internal ids, no token or its hash.

const iso = (date: Date | null) => date?.toISOString() ?? null

export async function exportAgenda(db: DbOrTx, userId: string) {
  const [signUps, evaluated, feed, organised] = await Promise.all([
    repo.findEventSignUps(db, userId),
    repo.findEvaluatedEvents(db, userId),
    repo.findCalendarFeed(db, userId),
    repo.findOrganiserWork(db, userId),
  ])
  return {
    signUps: signUps.map((s) => ({
      eventTitle: s.eventTitle,
      organiserName: s.organiserName,
      eventStartsAt: s.eventStartsAt.toISOString(),
      eventEndsAt: s.eventEndsAt.toISOString(),
      online: s.online,
      eventState: s.eventState,
      state: s.state,
      signedUpAt: s.signedUpAt.toISOString(),
      confirmedAt: iso(s.confirmedAt),
      offeredAt: iso(s.offeredAt),
      offerExpiresAt: iso(s.offerExpiresAt),
      endedAt: iso(s.endedAt),
      endReason: s.endReason,
      ticketCode: s.ticketCode === null ? null : formatTicketCode(s.ticketCode),
      reminderSentAt: iso(s.reminderSentAt),
      checkIns: s.checkIns.map((c) => ({
        method: c.method,
        checkedInAt: c.checkedInAt.toISOString(),
        late: c.late,
        reason: c.reason,
        pointsOutcome: c.pointsOutcome,
        undoneAt: iso(c.undoneAt),
        undoReason: c.undoReason,
        certificate:
          c.credentialId === null ? null : { credentialId: c.credentialId, issuedAt: iso(c.credentialIssuedAt)! },
      })),
    })),
    evaluations: evaluated.map((e) => ({ eventTitle: e.eventTitle, eventStartsAt: e.eventStartsAt.toISOString() })),
    calendarFeed: feed ? { createdAt: feed.createdAt.toISOString() } : null,
    publishedEvents: organised.published.map((e) => ({
      organisationName: e.organisationName,
      title: e.title,
      startsAt: e.startsAt.toISOString(),
      state: e.state,
      createdAt: e.createdAt.toISOString(),
    })),
    checkInsDone: organised.checkedIn.map((c) => ({
      eventTitle: c.eventTitle,
      eventStartsAt: c.eventStartsAt.toISOString(),
      checkIns: Number(c.checkIns),
    })),
  }
}
