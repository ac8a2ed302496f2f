import { and, eq, lte, sql } from 'drizzle-orm'
import type { AppDeps } from '../../app.ts'
import type { Tx } from '../../db/client.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import { type RequestContext, systemContext } from '../../platform/auth/actor.ts'
import { enqueueMail } from '../../platform/mail/mail.service.ts'
import { offerMail } from './events.mails.ts'
import { type EventRow, lockEvent } from './events.repository.ts'
import { offerExpiry } from './events.rules.ts'
import * as signUps from './events.sign-ups.repository.ts'
import { eventSignUps, events } from './events.tables.ts'

// The waiting list moves up by itself: a freed place is offered to the first in line (mail, 48 hours to confirm);
// an offer not confirmed in time expires and the place goes to the next. Always with the event row locked.

/** The queue of the offer expiry, run every 10 minutes (pg-boss cron) wherever workers run. */
export const OFFER_QUEUE = 'events.offer-expiry'
export const OFFER_CRON = '*/10 * * * *'

/**
 * Offers every free place of a locked, published event to the waiting list, first come first served, until the
 * event starts. Updates `placesTaken`; returns how many offers went out.
 */
export async function fillFreePlaces(deps: AppDeps, tx: Tx, ctx: RequestContext, event: EventRow): Promise<number> {
  const now = deps.clock()
  const free = event.capacity - event.placesTaken
  if (event.state !== 'published' || free <= 0 || now.getTime() >= event.startsAt.getTime()) return 0
  const next = await signUps.firstWaiting(tx, event.id, free)
  if (next.length === 0) return 0
  const expiresAt = offerExpiry(now, event.startsAt)
  const people = new Map(
    (
      await signUps.recipients(
        tx,
        next.map((s) => s.userId),
      )
    ).map((p) => [p.userId, p]),
  )
  for (const signUp of next) {
    await tx
      .update(eventSignUps)
      .set({ state: 'offered', offeredAt: now, offerExpiresAt: expiresAt })
      .where(eq(eventSignUps.id, signUp.id))
    const person = people.get(signUp.userId)
    if (person) await enqueueMail(deps, tx, offerMail(person, event, signUp.id, expiresAt, deps.config.publicUrl))
    await recordAudit(tx, ctx, {
      action: 'events.place.offered',
      objectType: 'event-sign-up',
      objectId: signUp.id,
      result: 'success',
      details: { eventId: event.id, offerExpiresAt: expiresAt.toISOString() },
      occurredAt: now,
    })
  }
  event.placesTaken += next.length
  await tx.update(events).set({ placesTaken: event.placesTaken }).where(eq(events.id, event.id))
  return next.length
}

/**
 * Ends every offer whose time is up (`expired`), frees its place and offers it to the next in line, one event per
 * transaction. Safe to run twice or at once: each offer is re-checked under the event's lock.
 */
export async function expireOffers(deps: AppDeps): Promise<{ expired: number; offered: number }> {
  const now = deps.clock()
  const due = await deps.database.db
    .selectDistinct({ eventId: eventSignUps.eventId })
    .from(eventSignUps)
    .where(and(eq(eventSignUps.state, 'offered'), lte(eventSignUps.offerExpiresAt, now)))
  const ctx = systemContext('events.offer-expiry')
  let expired = 0
  let offered = 0
  for (const { eventId } of due) {
    await deps.database.db.transaction(async (tx) => {
      const event = await lockEvent(tx, eventId)
      if (!event) return
      const ended = await tx
        .update(eventSignUps)
        .set({ state: 'expired', endedAt: now, endReason: 'offer-expired' })
        .where(
          and(
            eq(eventSignUps.eventId, eventId),
            eq(eventSignUps.state, 'offered'),
            lte(eventSignUps.offerExpiresAt, now),
          ),
        )
        .returning({ id: eventSignUps.id })
      if (ended.length === 0) return
      event.placesTaken -= ended.length
      await tx
        .update(events)
        .set({ placesTaken: sql`${events.placesTaken} - ${ended.length}` })
        .where(eq(events.id, eventId))
      for (const { id } of ended)
        await recordAudit(tx, ctx, {
          action: 'events.offer.expired',
          objectType: 'event-sign-up',
          objectId: id,
          result: 'success',
          details: { eventId },
          occurredAt: now,
        })
      expired += ended.length
      offered += await fillFreePlaces(deps, tx, ctx, event)
    })
  }
  return { expired, offered }
}

/** Creates the queue, registers the schedule and this process's worker (called when workers run). */
export async function startOfferExpiry(deps: AppDeps): Promise<() => void> {
  const boss = deps.jobs.boss
  await boss.createQueue(OFFER_QUEUE, { retryLimit: 3, retryDelay: 60, expireInSeconds: 600 })
  await boss.schedule(OFFER_QUEUE, OFFER_CRON, {}, { tz: 'Europe/Amsterdam' })
  await boss.work(OFFER_QUEUE, { batchSize: 1, pollingIntervalSeconds: deps.jobs.pollingIntervalSeconds }, async () => {
    await expireOffers(deps)
  })
  return () => {}
}
