import { eq, inArray } from 'drizzle-orm'
import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { AppError, conflict, notFound } from '../../platform/http/errors.ts'
import { enqueueMail } from '../../platform/mail/mail.service.ts'
import { getOwnActivity } from '../points/points.accreditation.service.ts'
import { runFor } from '../points/points.attendance.service.ts'
import { auditFields, authorizeOrAudit, loadOwnEvent, presentOrganiserDetail } from './events.common.ts'
import { eventCancelledMail } from './events.mails.ts'
import { eventMessage } from './events.messages.ts'
import * as repo from './events.repository.ts'
import { checkEvent, EventFieldCheck, type EventValues } from './events.rules.ts'
import type { EventBody, OrganiserListQuery } from './events.schemas.ts'
import * as signUps from './events.sign-ups.repository.ts'
import { eventSignUps, events } from './events.tables.ts'
import { fillFreePlaces } from './events.waiting-list.ts'

// The organiser's side of the agenda: publish, change, cancel and list events. Provider staff only.

const manage = (deps: AppDeps, ctx: RequestContext, organisationId: string, action: string, objectId?: string) =>
  authorizeOrAudit(deps, ctx, 'manage', { organisationId }, { action, objectType: 'event', objectId })

/**
 * Checks the body (every invalid field at once), including the link to an accredited activity and run: through the
 * points module's services, which check that the activity is this provider's and the run belongs to it.
 */
async function checkBody(
  deps: AppDeps,
  ctx: RequestContext,
  organisationId: string,
  body: EventBody,
  placesTaken?: number,
): Promise<EventValues> {
  const check = new EventFieldCheck(ctx.locale)
  if (body.activityId) {
    const refused = () => check.add(body.runId ? 'runId' : 'activityId', 'ownership', 'runNotOwn')
    try {
      if (body.runId) {
        const run = await runFor(deps.database.db, ctx, body.runId, 'record')
        if (
          run.activityId !== body.activityId ||
          run.providerOrganisationId !== organisationId ||
          run.state !== 'accredited'
        )
          refused()
      } else {
        const activity = await getOwnActivity(deps, ctx, organisationId, body.activityId)
        if (activity.state !== 'accredited') refused()
      }
    } catch (error) {
      if (!(error instanceof AppError) || (error.status !== 404 && error.status !== 403)) throw error
      refused()
    }
  }
  return checkEvent(body, { now: deps.clock(), locale: ctx.locale, placesTaken }, check)
}

export async function createEvent(deps: AppDeps, ctx: RequestContext, organisationId: string, body: EventBody) {
  await manage(deps, ctx, organisationId, 'events.event.created')
  const values = await checkBody(deps, ctx, organisationId, body)
  const id = await deps.database.db.transaction(async (tx) => {
    const now = deps.clock()
    const [row] = await tx
      .insert(events)
      .values({ ...values, organisationId, createdById: ctx.actor!.userId, createdAt: now, updatedAt: now })
      .returning({ id: events.id })
    await recordAudit(tx, ctx, {
      action: 'events.event.created',
      objectType: 'event',
      objectId: row!.id,
      result: 'success',
      details: { organisationId, ...auditFields(values) },
      occurredAt: now,
    })
    return row!.id
  })
  return getOwnEvent(deps, ctx, organisationId, id)
}

export async function getOwnEvent(deps: AppDeps, ctx: RequestContext, organisationId: string, eventId: string) {
  await manage(deps, ctx, organisationId, 'events.event.read', eventId)
  return presentOrganiserDetail(await loadOwnEvent(deps, ctx, organisationId, eventId), deps.clock())
}

export async function listOwnEvents(
  deps: AppDeps,
  ctx: RequestContext,
  organisationId: string,
  query: OrganiserListQuery,
) {
  await manage(deps, ctx, organisationId, 'events.event.listed')
  const now = deps.clock()
  const { items, total } = await repo.listOrganiserEvents(
    deps.database.db,
    organisationId,
    query.state,
    query.page,
    query.pageSize,
  )
  return {
    items: items.map((e) => {
      const d = presentOrganiserDetail(e, now)
      return {
        id: d.id,
        title: d.title,
        type: d.type,
        state: d.state,
        startsAt: d.startsAt,
        endsAt: d.endsAt,
        online: d.online,
        locationName: d.locationName,
        province: d.province,
        organiser: d.organiser,
        capacity: d.capacity,
        placesLeft: d.placesLeft,
        signUpDeadline: d.signUpDeadline,
        signUpOpen: d.signUpOpen,
        accreditation: d.accreditation,
        placesTaken: d.placesTaken,
        waitingCount: d.waitingCount,
      }
    }),
    page: query.page,
    pageSize: query.pageSize,
    total,
  }
}

/** Loads the locked event of this organiser for a change: 404, 409 when cancelled or started. */
async function lockForChange(
  deps: AppDeps,
  ctx: RequestContext,
  tx: Parameters<typeof repo.lockEvent>[0],
  organisationId: string,
  eventId: string,
) {
  const event = await repo.lockEvent(tx, eventId)
  if (!event || event.organisationId !== organisationId) throw notFound(eventMessage(ctx.locale, 'eventNotFound'))
  if (event.state === 'cancelled') throw conflict(eventMessage(ctx.locale, 'alreadyCancelled'))
  if (event.startsAt.getTime() <= deps.clock().getTime()) throw conflict(eventMessage(ctx.locale, 'eventStarted'))
  return event
}

/** Changes an event; a larger capacity offers the new places to the waiting list at once. */
export async function changeEvent(
  deps: AppDeps,
  ctx: RequestContext,
  organisationId: string,
  eventId: string,
  body: EventBody,
) {
  await manage(deps, ctx, organisationId, 'events.event.changed', eventId)
  const current = await loadOwnEvent(deps, ctx, organisationId, eventId)
  await checkBody(deps, ctx, organisationId, body, current.placesTaken) // before the lock: it calls other services
  await deps.database.db.transaction(async (tx) => {
    const event = await lockForChange(deps, ctx, tx, organisationId, eventId)
    const values = checkEvent(body, { now: deps.clock(), locale: ctx.locale, placesTaken: event.placesTaken })
    const now = deps.clock()
    const [updated] = await tx
      .update(events)
      .set({ ...values, updatedAt: now })
      .where(eq(events.id, eventId))
      .returning()
    await recordAudit(tx, ctx, {
      action: 'events.event.changed',
      objectType: 'event',
      objectId: eventId,
      result: 'success',
      details: { before: auditFields(event), after: auditFields(values) },
      occurredAt: now,
    })
    await fillFreePlaces(deps, tx, ctx, updated!)
  })
  return getOwnEvent(deps, ctx, organisationId, eventId)
}

/** Cancels an event: every sign-up ends and everyone who signed up (or waits) gets a mail with the reason. */
export async function cancelEvent(
  deps: AppDeps,
  ctx: RequestContext,
  organisationId: string,
  eventId: string,
  body: { reason: string },
) {
  await manage(deps, ctx, organisationId, 'events.event.cancelled', eventId)
  await loadOwnEvent(deps, ctx, organisationId, eventId)
  const reason = body.reason.trim()
  if (reason === '') {
    const check = new EventFieldCheck(ctx.locale)
    check.add('reason', 'required', 'reasonRequired')
    check.throwIfAny()
  }
  await deps.database.db.transaction(async (tx) => {
    const event = await lockForChange(deps, ctx, tx, organisationId, eventId)
    const now = deps.clock()
    const active = await signUps.activeSignUpsOf(tx, eventId)
    await tx
      .update(events)
      .set({ state: 'cancelled', cancelledAt: now, cancelReason: reason, placesTaken: 0, updatedAt: now })
      .where(eq(events.id, eventId))
    if (active.length) {
      await tx
        .update(eventSignUps)
        .set({ state: 'cancelled', endedAt: now, endReason: 'event' })
        .where(
          inArray(
            eventSignUps.id,
            active.map((s) => s.id),
          ),
        )
      for (const person of await signUps.recipients(
        tx,
        active.map((s) => s.userId),
      ))
        await enqueueMail(deps, tx, eventCancelledMail(person, event, reason))
    }
    await recordAudit(tx, ctx, {
      action: 'events.event.cancelled',
      objectType: 'event',
      objectId: eventId,
      result: 'success',
      details: { reason, signUpsEnded: active.length },
      occurredAt: now,
    })
  })
  return getOwnEvent(deps, ctx, organisationId, eventId)
}
