import { eq } from 'drizzle-orm'
import type { AppDeps } from '../../app.ts'
import type { Tx } from '../../db/client.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { conflict, notFound } from '../../platform/http/errors.ts'
import { isDbError } from '../points/points.accreditation.common.ts'
import * as checkIns from './events.check-in.repository.ts'
import { authorizeOrAudit, presentPublicSummary } from './events.common.ts'
import { eventMessage } from './events.messages.ts'
import { canEvent } from './events.policy.ts'
import * as repo from './events.repository.ts'
import { signUpOpen } from './events.rules.ts'
import type { MySignUpQuery } from './events.schemas.ts'
import * as signUps from './events.sign-ups.repository.ts'
import { eventSignUps, events } from './events.tables.ts'
import { fillFreePlaces } from './events.waiting-list.ts'

// Signing up (aanmelden), cancelling (afmelden) and confirming an offered place. Capacity is enforced in the
// database: the event row is locked (FOR UPDATE) while its places are counted and the sign-up is written, and a
// check constraint refuses more places taken than the capacity. Arrival order is the `sequence` handed out under
// that lock, so the waiting list is in the order people arrived.

async function presentMine(deps: AppDeps, signUpId: string) {
  const signUp = (await signUps.findSignUp(deps.database.db, signUpId))!
  const event = (await repo.findListedEvent(deps.database.db, signUp.eventId))!
  const checkIn = await checkIns.activeCheckIn(deps.database.db, signUp.id)
  return {
    id: signUp.id,
    state: signUp.state,
    position: await signUps.positionOf(deps.database.db, signUp),
    signedUpAt: signUp.signedUpAt.toISOString(),
    offerExpiresAt: signUp.offerExpiresAt?.toISOString() ?? null,
    onlineUrl: signUp.state === 'confirmed' && event.online ? event.onlineUrl : null,
    checkedInAt: checkIn?.checkedInAt.toISOString() ?? null,
    event: presentPublicSummary(event, deps.clock()),
  }
}

/** Signs the person up: a place while there is one and nobody waits, otherwise the end of the waiting list. */
export async function signUp(deps: AppDeps, ctx: RequestContext, eventId: string) {
  authorize(canEvent, ctx.actor, 'signUp', {})
  const userId = ctx.actor.userId
  const duplicate = () => conflict(eventMessage(ctx.locale, 'alreadySignedUp'))
  let id: string
  try {
    id = await deps.database.db.transaction(async (tx) => {
      const event = await repo.lockEvent(tx, eventId)
      if (!event) throw notFound(eventMessage(ctx.locale, 'eventNotFound'))
      if (event.state === 'cancelled') throw conflict(eventMessage(ctx.locale, 'eventCancelled'))
      const now = deps.clock()
      if (!signUpOpen(event, now)) throw conflict(eventMessage(ctx.locale, 'deadlinePassed'))
      if (await signUps.activeSignUpOf(tx, eventId, userId)) throw duplicate()
      await fillFreePlaces(deps, tx, ctx, event) // a free place goes to who waits first
      const state = event.placesTaken < event.capacity ? 'confirmed' : 'waiting'
      const sequence = event.lastSequence + 1
      const [row] = await tx
        .insert(eventSignUps)
        .values({ eventId, userId, state, sequence, signedUpAt: now, confirmedAt: state === 'confirmed' ? now : null })
        .returning({ id: eventSignUps.id })
      await tx
        .update(events)
        .set({ lastSequence: sequence, placesTaken: event.placesTaken + (state === 'confirmed' ? 1 : 0) })
        .where(eq(events.id, eventId))
      await recordAudit(tx, ctx, {
        action: 'events.sign-up.created',
        objectType: 'event-sign-up',
        objectId: row!.id,
        result: 'success',
        details: { eventId, state, sequence },
        occurredAt: now,
      })
      return row!.id
    })
  } catch (error) {
    if (isDbError(error, '23505')) throw duplicate() // the unique index, should two requests of one person race
    throw error
  }
  return presentMine(deps, id)
}

/** Loads one's own sign-up (404 for someone else's: it does not exist for them). */
async function ownSignUp(deps: AppDeps, ctx: RequestContext, signUpId: string, action: string) {
  if (!ctx.actor) authorize(canEvent, ctx.actor, 'manageOwnSignUp', {})
  const signUp = await signUps.findSignUp(deps.database.db, signUpId)
  if (!signUp) throw notFound(eventMessage(ctx.locale, 'signUpNotFound'))
  try {
    await authorizeOrAudit(
      deps,
      ctx,
      'manageOwnSignUp',
      { ownerId: signUp.userId },
      {
        action,
        objectType: 'event-sign-up',
        objectId: signUpId,
      },
    )
  } catch {
    throw notFound(eventMessage(ctx.locale, 'signUpNotFound'))
  }
  return signUp
}

/** Locks the event and the sign-up, in that order (the order every writer uses). */
async function lockBoth(
  tx: Tx,
  ctx: RequestContext,
  signUp: signUps.SignUpRow,
  inactive: 'notActive' | 'noOffer' = 'notActive',
) {
  const event = (await repo.lockEvent(tx, signUp.eventId))!
  const locked = (await signUps.lockSignUp(tx, signUp.id))!
  if (!signUps.ACTIVE_STATES.includes(locked.state)) throw conflict(eventMessage(ctx.locale, inactive))
  return { event, locked }
}

/** Cancels one's own sign-up until the deadline; a freed place goes to the first on the waiting list. */
export async function cancelSignUp(deps: AppDeps, ctx: RequestContext, signUpId: string) {
  const signUp = await ownSignUp(deps, ctx, signUpId, 'events.sign-up.cancelled')
  await deps.database.db.transaction(async (tx) => {
    const { event, locked } = await lockBoth(tx, ctx, signUp)
    const now = deps.clock()
    if (!signUpOpen(event, now)) throw conflict(eventMessage(ctx.locale, 'deadlinePassed'))
    await tx
      .update(eventSignUps)
      .set({ state: 'cancelled', endedAt: now, endReason: 'self' })
      .where(eq(eventSignUps.id, signUpId))
    if (locked.state !== 'waiting') {
      event.placesTaken -= 1
      await tx.update(events).set({ placesTaken: event.placesTaken }).where(eq(events.id, event.id))
    }
    await recordAudit(tx, ctx, {
      action: 'events.sign-up.cancelled',
      objectType: 'event-sign-up',
      objectId: signUpId,
      result: 'success',
      details: { eventId: event.id, previousState: locked.state },
      occurredAt: now,
    })
    await fillFreePlaces(deps, tx, ctx, event)
  })
  return presentMine(deps, signUpId)
}

/** Confirms an offered place within its time (the link in the offer mail leads here). */
export async function confirmOffer(deps: AppDeps, ctx: RequestContext, signUpId: string) {
  const signUp = await ownSignUp(deps, ctx, signUpId, 'events.offer.confirmed')
  await deps.database.db.transaction(async (tx) => {
    const { event, locked } = await lockBoth(tx, ctx, signUp, 'noOffer')
    const now = deps.clock()
    if (locked.state !== 'offered' || !locked.offerExpiresAt || locked.offerExpiresAt.getTime() <= now.getTime())
      throw conflict(eventMessage(ctx.locale, 'noOffer'))
    await tx.update(eventSignUps).set({ state: 'confirmed', confirmedAt: now }).where(eq(eventSignUps.id, signUpId))
    await recordAudit(tx, ctx, {
      action: 'events.offer.confirmed',
      objectType: 'event-sign-up',
      objectId: signUpId,
      result: 'success',
      details: { eventId: event.id },
      occurredAt: now,
    })
  })
  return presentMine(deps, signUpId)
}

export async function getMySignUp(deps: AppDeps, ctx: RequestContext, signUpId: string) {
  await ownSignUp(deps, ctx, signUpId, 'events.sign-up.read')
  return presentMine(deps, signUpId)
}

/**
 * One's own sign-ups (by default the active ones, soonest first), with the online link where one has a place and the
 * check-in (not undone), so a page shows attendance without asking for the ticket.
 */
export async function listMySignUps(deps: AppDeps, ctx: RequestContext, query: MySignUpQuery) {
  authorize(canEvent, ctx.actor, 'signUp', {})
  const now = deps.clock()
  const { items, total } = await signUps.mySignUps(
    deps.database.db,
    ctx.actor.userId,
    query.active ?? true,
    query.page,
    query.pageSize,
  )
  return {
    items: items.map((i) => ({
      id: i.signUp.id,
      state: i.signUp.state,
      position: i.position === null ? null : Number(i.position),
      signedUpAt: i.signUp.signedUpAt.toISOString(),
      offerExpiresAt: i.signUp.offerExpiresAt?.toISOString() ?? null,
      onlineUrl: i.signUp.state === 'confirmed' && i.event.online ? i.event.onlineUrl : null,
      checkedInAt: i.checkedInAt?.toISOString() ?? null,
      event: presentPublicSummary(
        {
          ...i.event,
          organiserName: i.organiserName,
          activityPublicId: i.activityPublicId,
          points: i.points,
          category: i.category,
        },
        now,
      ),
    })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  }
}
