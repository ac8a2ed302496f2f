import type { AppDeps } from '../../app.ts'
import type { Tx } from '../../db/client.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { badRequest, conflict, invalidField, notFound } from '../../platform/http/errors.ts'
import { enforceRateLimits, type RateRule } from '../../platform/rate-limit/rate-limit.ts'
import { isDbError } from '../points/points.accreditation.common.ts'
import { bookCheckInAttendance } from '../points/points.attendance.check-in.ts'
import { authorizeCheckIn, ownSignUpFor, presentCheckIn } from './events.check-in.common.ts'
import { checkInMessage } from './events.check-in.messages.ts'
import * as checkIns from './events.check-in.repository.ts'
import {
  DOORS_OPEN_MINUTES,
  inKeywordWindow,
  keywordMatches,
  keywordWindow,
  organiserPhase,
} from './events.check-in.rules.ts'
import type { CheckInBody, SelfCheckInBody } from './events.check-in.schemas.ts'
import type { CheckInMethod, PointsOutcome } from './events.check-in.tables.ts'
import { loadOwnEvent } from './events.common.ts'
import type { ListedEvent } from './events.repository.ts'
import * as repo from './events.repository.ts'
import * as signUps from './events.sign-ups.repository.ts'
import { isTicketCode, normalizeTicketCode, tokenFrom, verifyTicket } from './events.tickets.rules.ts'
import { momentToWallClock } from './events.time.ts'

// Checking in (aanmelden bij binnenkomst): the organiser by QR token, typed code or the list; a participant of an
// online session by its keyword. A check-in of an event linked to an accredited run books the attendance and the
// points through the points module, in the same transaction. The sign-up row is locked first, so simultaneous
// check-ins of one ticket wait for each other: the first books, the others get that check-in back (200).

/** Ten keyword tries per sign-up per ten minutes: enough for typos, too few to guess. */
const KEYWORD_RATE: RateRule = { name: 'events.keyword', limit: 10, windowSeconds: 600 }

const dutchTime = (moment: Date) => {
  const [day, time] = momentToWallClock(moment).split('T') as [string, string]
  const [y, m, d] = day.split('-')
  return `${Number(d)}-${Number(m)}-${y} ${time}`
}

export interface CheckInResult {
  created: boolean
  checkIn: ReturnType<typeof presentCheckIn>
}

/**
 * Inside one transaction: locks the sign-up, refuses one without a place, returns an existing check-in as it is,
 * otherwise books the points (when the event is linked to a run) and writes the check-in, audited.
 */
async function recordCheckIn(
  deps: AppDeps,
  ctx: RequestContext,
  event: ListedEvent,
  signUpId: string,
  input: { method: CheckInMethod; late: boolean; reason: string; beforeWrite?: () => void },
): Promise<CheckInResult> {
  const run = async (tx: Tx) => {
    const signUp = await signUps.lockSignUp(tx, signUpId)
    if (!signUp || signUp.eventId !== event.id) throw notFound(checkInMessage(ctx.locale, 'signUpNotFound'))
    if (signUp.state === 'cancelled' || signUp.state === 'expired')
      throw conflict(checkInMessage(ctx.locale, 'signUpCancelled'))
    if (signUp.state !== 'confirmed') throw conflict(checkInMessage(ctx.locale, 'signUpNoPlace'))
    const existing = await checkIns.activeCheckIn(tx, signUpId)
    if (existing) return { created: false, row: existing }
    input.beforeWrite?.()
    const now = deps.clock()
    const person = (await checkIns.personOf(tx, signUpId))!
    let outcome: PointsOutcome = 'no-points'
    let attendanceId: string | null = null
    if (event.runId) {
      const booking = await bookCheckInAttendance(tx, ctx, { runId: event.runId, email: person.email, now })
      outcome = booking.outcome
      if (booking.outcome === 'booked') attendanceId = booking.attendanceId
    }
    const row = await checkIns.insertCheckIn(tx, {
      eventId: event.id,
      signUpId,
      method: input.method,
      checkedInAt: now,
      checkedInById: ctx.actor!.userId,
      late: input.late,
      reason: input.reason,
      pointsOutcome: outcome,
      attendanceId,
    })
    await recordAudit(tx, ctx, {
      action: 'events.check-in.created',
      objectType: 'event-check-in',
      objectId: row.id,
      result: 'success',
      details: {
        eventId: event.id,
        signUpId,
        method: input.method,
        late: input.late,
        reason: input.reason,
        outcome,
        attendanceId,
      },
      occurredAt: now,
    })
    return { created: true, row }
  }
  let result: Awaited<ReturnType<typeof run>>
  try {
    result = await deps.database.db.transaction(run)
  } catch (error) {
    // Only if the lock were bypassed: the partial unique index keeps one check-in; answer with that one.
    if (!isDbError(error, '23505')) throw error
    result = { created: false, row: (await checkIns.activeCheckIn(deps.database.db, signUpId))! }
  }
  const person = (await checkIns.personOf(deps.database.db, signUpId))!
  return { created: result.created, checkIn: presentCheckIn(ctx.locale, result.row, person, event) }
}

/** Which sign-up the organiser means: by the scanned token, the typed code or the list; every refusal in Dutch. */
async function signUpFromBody(deps: AppDeps, ctx: RequestContext, event: ListedEvent, body: CheckInBody) {
  const given = (['token', 'code', 'signUpId'] as const).filter((name) => body[name] !== undefined)
  if (given.length !== 1) {
    const reason = checkInMessage(ctx.locale, 'oneWay')
    throw badRequest(
      reason,
      ['token', 'code', 'signUpId'].map((name) => ({ in: 'body' as const, name, code: 'oneOf', reason })),
    )
  }
  const db = deps.database.db
  if (body.token !== undefined) {
    const invalid = () => invalidField('token', 'signature', checkInMessage(ctx.locale, 'tokenInvalid'))
    const claims = verifyTicket(deps.config.ticketSecret, tokenFrom(body.token))
    if (!claims) throw invalid()
    if (claims.eventId !== event.id) throw conflict(checkInMessage(ctx.locale, 'ticketOtherEvent'))
    const ticket = await checkIns.findTicket(db, claims.signUpId)
    if (!ticket || ticket.version !== claims.version || ticket.eventId !== event.id) throw invalid()
    return { signUpId: claims.signUpId, method: 'scan' as const }
  }
  if (body.code !== undefined) {
    const code = normalizeTicketCode(body.code)
    if (!isTicketCode(code)) throw invalidField('code', 'pattern', checkInMessage(ctx.locale, 'codeFormat'))
    const signUpId = await checkIns.signUpIdByCode(db, event.id, code)
    if (!signUpId) throw notFound(checkInMessage(ctx.locale, 'codeUnknown'))
    return { signUpId, method: 'code' as const }
  }
  const signUp = await signUps.findSignUp(db, body.signUpId!)
  if (!signUp || signUp.eventId !== event.id) throw notFound(checkInMessage(ctx.locale, 'signUpNotFound'))
  return { signUpId: signUp.id, method: 'list' as const }
}

/**
 * The organiser checks someone in: from 2 hours before the start; after the end (+ 15 minutes) for 30 days as a
 * correction with a reason. 201 with the new check-in, 200 with the existing one (nothing booked twice).
 */
export async function checkIn(
  deps: AppDeps,
  ctx: RequestContext,
  organisationId: string,
  eventId: string,
  body: CheckInBody,
): Promise<CheckInResult> {
  await authorizeCheckIn(
    deps,
    ctx,
    'checkIn',
    { organisationId },
    { action: 'events.check-in.created', objectType: 'event', objectId: eventId },
  )
  const event = await loadOwnEvent(deps, ctx, organisationId, eventId)
  if (event.state === 'cancelled') throw conflict(checkInMessage(ctx.locale, 'eventCancelled'))
  const { signUpId, method } = await signUpFromBody(deps, ctx, event, body)
  const reason = body.reason?.trim() ?? ''
  const phase = organiserPhase(event, deps.clock())
  return recordCheckIn(deps, ctx, event, signUpId, {
    method,
    late: phase === 'correction',
    reason,
    // Checked after an existing check-in is found: asking again is always answered with it.
    beforeWrite: () => {
      if (phase === 'too-early') {
        const opensAt = new Date(event.startsAt.getTime() - DOORS_OPEN_MINUTES * 60_000)
        throw conflict(checkInMessage(ctx.locale, 'tooEarly', { opensAt: dutchTime(opensAt) }))
      }
      if (phase === 'closed') throw conflict(checkInMessage(ctx.locale, 'correctionClosed'))
      if (phase === 'correction' && reason === '')
        throw invalidField('reason', 'required', checkInMessage(ctx.locale, 'lateReasonRequired'))
    },
  })
}

/**
 * A participant of an online session checks themself in with the keyword, from 15 minutes before the start until
 * 15 minutes after the end. 201 new, 200 when already checked in.
 */
export async function checkInWithKeyword(
  deps: AppDeps,
  ctx: RequestContext,
  signUpId: string,
  body: SelfCheckInBody,
): Promise<CheckInResult> {
  const signUp = await ownSignUpFor(deps, ctx, signUpId, 'checkInSelf', 'events.check-in.created')
  const db = deps.database.db
  const event = (await repo.findListedEvent(db, signUp.eventId))!
  if (event.state === 'cancelled') throw conflict(checkInMessage(ctx.locale, 'eventCancelled'))
  if (!event.online) throw conflict(checkInMessage(ctx.locale, 'notOnline'))
  const now = deps.clock()
  if (!inKeywordWindow(event, now)) {
    const { opensAt, closesAt } = keywordWindow(event)
    throw conflict(
      checkInMessage(ctx.locale, 'outsideWindow', { opensAt: dutchTime(opensAt), closesAt: dutchTime(closesAt) }),
    )
  }
  const keyword = body.keyword.trim()
  if (keyword === '') throw invalidField('keyword', 'required', checkInMessage(ctx.locale, 'keywordRequired'))
  const expected = await checkIns.findKeyword(db, event.id)
  if (!expected) throw conflict(checkInMessage(ctx.locale, 'noKeyword'))
  await enforceRateLimits(db, now, ctx.locale, [[KEYWORD_RATE, signUpId]])
  if (!keywordMatches(expected.keyword, keyword))
    throw invalidField('keyword', 'mismatch', checkInMessage(ctx.locale, 'keywordWrong'))
  return recordCheckIn(deps, ctx, event, signUpId, { method: 'keyword', late: false, reason: '' })
}
