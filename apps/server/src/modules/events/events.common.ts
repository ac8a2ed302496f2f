import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { AppError, notFound } from '../../platform/http/errors.ts'
import { eventMessage } from './events.messages.ts'
import { canEvent, type EventAction, type EventResource } from './events.policy.ts'
import type { AgendaRow, ListedEvent } from './events.repository.ts'
import * as repo from './events.repository.ts'
import { signUpOpen } from './events.rules.ts'
import { momentToWallClock } from './events.time.ts'

// Shared parts of the agenda's services: authorization with an audited refusal, loading, presenting.

/** Authorizes; a refusal (403) is written to the audit trail before it leaves. */
export async function authorizeOrAudit(
  deps: AppDeps,
  ctx: RequestContext,
  action: EventAction,
  resource: EventResource,
  audit: { action: string; objectType: string; objectId?: string },
) {
  try {
    authorize(canEvent, ctx.actor, action, resource)
  } catch (error) {
    if (error instanceof AppError && error.status === 403)
      await recordAudit(deps.database.db, ctx, { ...audit, result: 'denied', occurredAt: deps.clock() })
    throw error
  }
}

/** The organiser's event, or a Dutch 404 (also for another organisation's event). */
export async function loadOwnEvent(deps: AppDeps, ctx: RequestContext, organisationId: string, eventId: string) {
  const event = await repo.findListedEvent(deps.database.db, eventId)
  if (!event || event.organisationId !== organisationId) throw notFound(eventMessage(ctx.locale, 'eventNotFound'))
  return event
}

const accreditationOf = (e: Summarised) =>
  e.activityPublicId && e.points !== null && e.category !== null
    ? { activityPublicId: e.activityPublicId, points: e.points, category: e.category }
    : null

/** The columns a summary shows (a full event has them too). */
type Summarised = Omit<AgendaRow, 'accreditedActivityId'>

function presentStatic(e: Summarised) {
  return {
    id: e.id,
    title: e.title,
    type: e.type,
    state: e.state,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    online: e.online,
    locationName: e.locationName,
    province: e.province,
    organiser: { id: e.organisationId, name: e.organiserName },
    capacity: e.capacity,
    placesLeft: e.state === 'published' ? Math.max(0, e.capacity - e.placesTaken) : 0,
    signUpDeadline: e.signUpDeadline.toISOString(),
    accreditation: accreditationOf(e),
  }
}
/**
 * The part of a summary that depends on the row only, kept per frozen row (the agenda's memory freezes the rows it
 * keeps and answers from them again and again; a row that can change is presented afresh each time).
 */
const presentedRows = new WeakMap<Summarised, ReturnType<typeof presentStatic>>()

/** The public fields of an event in a list (never the online link). */
export function presentPublicSummary(e: Summarised, now: Date) {
  let presented = presentedRows.get(e)
  if (!presented) {
    presented = presentStatic(e)
    if (Object.isFrozen(e)) presentedRows.set(e, presented)
  }
  return { ...presented, signUpOpen: signUpOpen(e, now) }
}

/** The public page of one event (never the online link). */
export const presentPublicDetail = (e: ListedEvent, now: Date) => ({
  ...presentPublicSummary(e, now),
  description: e.description,
  speakers: e.speakers,
  address: e.address,
  accessibility: e.accessibility,
  audience: e.audience,
  priceInfo: e.priceInfo,
  waitingCount: Number(e.waitingCount),
  cancelReason: e.cancelReason,
})

/** The organiser's page of one of their events: with the online link, the local times and the counts. */
export const presentOrganiserDetail = (e: ListedEvent, now: Date) => ({
  ...presentPublicDetail(e, now),
  onlineUrl: e.onlineUrl,
  activityId: e.activityId,
  runId: e.runId,
  startsAtLocal: momentToWallClock(e.startsAt),
  endsAtLocal: momentToWallClock(e.endsAt),
  signUpDeadlineLocal: momentToWallClock(e.signUpDeadline),
  placesTaken: e.placesTaken,
  createdAt: e.createdAt.toISOString(),
  updatedAt: e.updatedAt.toISOString(),
})

/** What the audit trail keeps of an event (no online link: it may hold a meeting password). */
export const auditFields = (e: {
  title: string
  type: string
  startsAt: Date
  endsAt: Date
  online: boolean
  locationName: string
  province: string | null
  capacity: number
  signUpDeadline: Date
  activityId: string | null
  runId: string | null
}) => ({
  title: e.title,
  type: e.type,
  startsAt: e.startsAt.toISOString(),
  endsAt: e.endsAt.toISOString(),
  online: e.online,
  locationName: e.locationName,
  province: e.province,
  capacity: e.capacity,
  signUpDeadline: e.signUpDeadline.toISOString(),
  activityId: e.activityId,
  runId: e.runId,
})
