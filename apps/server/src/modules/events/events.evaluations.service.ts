import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { conflict, forbidden, notFound, unauthenticated } from '../../platform/http/errors.ts'
import { certificateMessage } from './events.certificates.messages.ts'
import { type AttendanceAction, canAttendance } from './events.certificates.policy.ts'
import * as repo from './events.evaluations.repository.ts'
import { evaluationPhase, evaluationWindow, summarise } from './events.evaluations.rules.ts'
import type { EvaluationBody } from './events.evaluations.schemas.ts'
import { findListedEvent } from './events.repository.ts'
import { momentToWallClock } from './events.time.ts'

// The short evaluation after an event: once per person who was checked in, from the end until 30 days after it. The
// answers are stored without any link to the person (decision 015); the organiser reads only the aggregate.

const dutchTime = (moment: Date) => {
  const [day, time] = momentToWallClock(moment).split('T') as [string, string]
  const [y, m, d] = day.split('-')
  return `${Number(d)}-${Number(m)}-${y} ${time}`
}

async function loadEvent(deps: AppDeps, ctx: RequestContext, eventId: string) {
  if (!ctx.actor) throw unauthenticated()
  const event = await findListedEvent(deps.database.db, eventId)
  if (!event) throw notFound(certificateMessage(ctx.locale, 'eventNotFound'))
  return event
}

async function deny(deps: AppDeps, ctx: RequestContext, action: string, eventId: string) {
  await recordAudit(deps.database.db, ctx, {
    action,
    objectType: 'event',
    objectId: eventId,
    result: 'denied',
    occurredAt: deps.clock(),
  })
}

/** Whether I attended, have evaluated, and may evaluate now. */
export async function myEvaluation(deps: AppDeps, ctx: RequestContext, eventId: string) {
  const event = await loadEvent(deps, ctx, eventId)
  const db = deps.database.db
  const userId = ctx.actor!.userId
  const [attended, submitted] = await Promise.all([
    repo.attended(db, eventId, userId),
    repo.hasSubmitted(db, eventId, userId),
  ])
  const { opensAt, closesAt } = evaluationWindow(event)
  const open = event.state !== 'cancelled' && evaluationPhase(event, deps.clock()) === 'open'
  return {
    eventId,
    attended,
    submitted,
    canSubmit: attended && !submitted && open,
    opensAt: opensAt.toISOString(),
    closesAt: closesAt.toISOString(),
  }
}

/** Stores one evaluation: who evaluated (to refuse a second one) and the answers, in two unlinked rows. */
export async function submitEvaluation(deps: AppDeps, ctx: RequestContext, eventId: string, body: EvaluationBody) {
  const event = await loadEvent(deps, ctx, eventId)
  const db = deps.database.db
  const actor = ctx.actor!
  const attended = await repo.attended(db, eventId, actor.userId)
  const action: AttendanceAction = 'submitEvaluation'
  if (!canAttendance(actor, action, { ownerId: actor.userId, attended })) {
    await deny(deps, ctx, 'events.evaluation.submitted', eventId)
    throw forbidden(certificateMessage(ctx.locale, 'notAttended'))
  }
  if (event.state === 'cancelled') throw conflict(certificateMessage(ctx.locale, 'evaluationCancelled'))
  const now = deps.clock()
  const { opensAt, closesAt } = evaluationWindow(event)
  const phase = evaluationPhase(event, now)
  if (phase === 'not-yet')
    throw conflict(certificateMessage(ctx.locale, 'evaluationNotYet', { opensAt: dutchTime(opensAt) }))
  if (phase === 'closed')
    throw conflict(certificateMessage(ctx.locale, 'evaluationClosed', { closesAt: dutchTime(closesAt) }))
  await db.transaction(async (tx) => {
    if (!(await repo.recordSubmission(tx, eventId, actor.userId)))
      throw conflict(certificateMessage(ctx.locale, 'evaluationTwice'))
    await repo.insertAnswers(tx, eventId, {
      contentScore: body.contentScore,
      speakerScore: body.speakerScore,
      usefulnessScore: body.usefulnessScore,
      comment: (body.comment ?? '').trim(),
    })
    // Audited that the person evaluated, never what they answered.
    await recordAudit(tx, ctx, {
      action: 'events.evaluation.submitted',
      objectType: 'event',
      objectId: eventId,
      result: 'success',
      occurredAt: now,
    })
  })
  return { eventId, submitted: true }
}

/** The organiser's aggregate of one of their events; nothing below the minimum number of answers. */
export async function evaluationSummary(deps: AppDeps, ctx: RequestContext, organisationId: string, eventId: string) {
  if (!ctx.actor) throw unauthenticated()
  if (!canAttendance(ctx.actor, 'readEvaluationSummary', { organisationId })) {
    await deny(deps, ctx, 'events.evaluation-summary.read', eventId)
    throw forbidden()
  }
  const event = await findListedEvent(deps.database.db, eventId)
  if (!event || event.organisationId !== organisationId) throw notFound(certificateMessage(ctx.locale, 'eventNotFound'))
  return { eventId, ...summarise(await repo.answersOf(deps.database.db, eventId)) }
}
