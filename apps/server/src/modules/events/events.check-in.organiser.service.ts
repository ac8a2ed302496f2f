import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { conflict, invalidField, notFound } from '../../platform/http/errors.ts'
import { withdrawCheckInAttendance } from '../points/points.attendance.check-in.ts'
import { withdrawAttendanceCredential } from './events.certificates.service.ts'
import { authorizeCheckIn, presentCheckIn } from './events.check-in.common.ts'
import { checkInMessage } from './events.check-in.messages.ts'
import type { CheckInAction } from './events.check-in.policy.ts'
import * as checkIns from './events.check-in.repository.ts'
import { correctionEndsAt, hasEnded, keywordWindow, newKeyword, organiserPhase } from './events.check-in.rules.ts'
import type { KeywordBody, UndoBody } from './events.check-in.schemas.ts'
import { loadOwnEvent } from './events.common.ts'
import type { ListedEvent } from './events.repository.ts'

// The organiser's side of check-in: the list to tick (with no-shows once the event has ended), the keyword of an
// online session, and undoing a check-in afterwards (with a reason; the points module withdraws the attendance).

async function ownEvent(
  deps: AppDeps,
  ctx: RequestContext,
  action: CheckInAction,
  ids: { organisationId: string; eventId: string },
  auditAction: string,
) {
  await authorizeCheckIn(
    deps,
    ctx,
    action,
    { organisationId: ids.organisationId },
    { action: auditAction, objectType: 'event', objectId: ids.eventId },
  )
  return loadOwnEvent(deps, ctx, ids.organisationId, ids.eventId)
}

/** Every confirmed sign-up with its check-in; after the end, those without one are no-shows (decision 014). */
export async function listCheckIns(deps: AppDeps, ctx: RequestContext, organisationId: string, eventId: string) {
  const event = await ownEvent(deps, ctx, 'readCheckIns', { organisationId, eventId }, 'events.check-ins.read')
  const now = deps.clock()
  const ended = hasEnded(event, now)
  const rows = await checkIns.checkInList(deps.database.db, eventId)
  const items = rows.map((r) => ({
    signUpId: r.signUpId,
    name: `${r.givenName} ${r.familyName}`.trim(),
    registrationNumber: r.registrationNumber,
    checkIn: r.checkIn ? presentCheckIn(ctx.locale, r.checkIn, r, event) : null,
    noShow: ended && r.checkIn === null,
  }))
  const checkedIn = items.filter((i) => i.checkIn !== null).length
  return {
    eventId,
    online: event.online,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    phase: event.state === 'cancelled' ? ('closed' as const) : organiserPhase(event, now),
    correctionEndsAt: correctionEndsAt(event).toISOString(),
    confirmed: items.length,
    checkedIn,
    noShows: ended ? items.length - checkedIn : 0,
    items,
  }
}

const presentKeyword = (event: ListedEvent, keyword: string | null, now: Date) => {
  const { opensAt, closesAt } = keywordWindow(event)
  return {
    eventId: event.id,
    keyword,
    opensAt: opensAt.toISOString(),
    closesAt: closesAt.toISOString(),
    open: keyword !== null && opensAt.getTime() <= now.getTime() && now.getTime() <= closesAt.getTime(),
  }
}

function requireOnline(ctx: RequestContext, event: ListedEvent) {
  if (event.state === 'cancelled') throw conflict(checkInMessage(ctx.locale, 'eventCancelled'))
  if (!event.online) throw conflict(checkInMessage(ctx.locale, 'notOnline'))
}

export async function getKeyword(deps: AppDeps, ctx: RequestContext, organisationId: string, eventId: string) {
  const event = await ownEvent(deps, ctx, 'manageKeyword', { organisationId, eventId }, 'events.keyword.read')
  requireOnline(ctx, event)
  const row = await checkIns.findKeyword(deps.database.db, eventId)
  return presentKeyword(event, row?.keyword ?? null, deps.clock())
}

/** Sets the session's keyword (or makes one, like `molen-tulp-42`); audited without the keyword itself. */
export async function setKeyword(
  deps: AppDeps,
  ctx: RequestContext,
  organisationId: string,
  eventId: string,
  body: KeywordBody,
) {
  const event = await ownEvent(deps, ctx, 'manageKeyword', { organisationId, eventId }, 'events.keyword.set')
  requireOnline(ctx, event)
  const keyword = body.keyword === undefined ? newKeyword() : body.keyword.trim().replace(/\s+/g, ' ')
  if (keyword.length < 4 || keyword.length > 40)
    throw invalidField('keyword', 'length', checkInMessage(ctx.locale, 'keywordLength'))
  const now = deps.clock()
  await deps.database.db.transaction(async (tx) => {
    await checkIns.saveKeyword(tx, { eventId, keyword, by: ctx.actor!.userId, now })
    await recordAudit(tx, ctx, {
      action: 'events.keyword.set',
      objectType: 'event',
      objectId: eventId,
      result: 'success',
      details: { generated: body.keyword === undefined },
      occurredAt: now,
    })
  })
  return presentKeyword(event, keyword, now)
}

/** Undoes a check-in with a reason, until 30 days after the event; a booked attendance is withdrawn (reversal). */
export async function undoCheckIn(
  deps: AppDeps,
  ctx: RequestContext,
  ids: { organisationId: string; eventId: string; checkInId: string },
  body: UndoBody,
) {
  const event = await ownEvent(deps, ctx, 'correctCheckIn', ids, 'events.check-in.undone')
  const db = deps.database.db
  const found = await checkIns.findCheckIn(db, ids.checkInId)
  if (!found || found.eventId !== event.id) throw notFound(checkInMessage(ctx.locale, 'checkInNotFound'))
  const reason = body.reason.trim()
  if (reason === '') throw invalidField('reason', 'required', checkInMessage(ctx.locale, 'undoReasonRequired'))
  if (organiserPhase(event, deps.clock()) === 'closed') throw conflict(checkInMessage(ctx.locale, 'correctionClosed'))
  const row = await db.transaction(async (tx) => {
    const locked = (await checkIns.findCheckIn(tx, found.id, true))!
    if (locked.undoneAt) throw conflict(checkInMessage(ctx.locale, 'alreadyUndone'))
    const now = deps.clock()
    const withdrawn = locked.attendanceId
      ? await withdrawCheckInAttendance(tx, ctx, { attendanceId: locked.attendanceId, reason, now })
      : false
    await checkIns.markUndone(tx, locked.id, { by: ctx.actor!.userId, reason, now })
    const credentialWithdrawn = await withdrawAttendanceCredential(tx, locked.id, now)
    await recordAudit(tx, ctx, {
      action: 'events.check-in.undone',
      objectType: 'event-check-in',
      objectId: locked.id,
      result: 'success',
      details: {
        eventId: event.id,
        signUpId: locked.signUpId,
        reason,
        attendanceWithdrawn: withdrawn,
        credentialWithdrawn,
      },
      occurredAt: now,
    })
    return (await checkIns.findCheckIn(tx, locked.id))!
  })
  const person = (await checkIns.personOf(db, row.signUpId))!
  return presentCheckIn(ctx.locale, row, person, event)
}
