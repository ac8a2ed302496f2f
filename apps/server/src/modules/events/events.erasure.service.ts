import { eq } from 'drizzle-orm'
import type { AppDeps } from '../../app.ts'
import type { Tx } from '../../db/client.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { type EventRow, lockEvent } from './events.repository.ts'
import * as signUps from './events.sign-ups.repository.ts'
import { eventSignUps, events } from './events.tables.ts'
import { fillFreePlaces } from './events.waiting-list.ts'

// What an erasure (AVG art. 17, decision 010) does to the agenda's places: the person's sign-ups for events that
// have not started end (`erased`), and every freed place goes to the waiting list, as when the person cancels.

/**
 * Ends the person's active sign-ups for events that have not started, inside the caller's transaction (the privacy
 * module's erasure). Every event concerned is locked first, in id order, before anything is written or audited:
 * the audit chain lock is taken by the first audit and held to the commit, so locking an event after it could
 * deadlock with a sign-up that holds that event and waits for the chain. Under the locks the usual rules apply:
 * a place or an offer frees a place, which is offered to the first in line (mail, 48 hours). Started events keep
 * their sign-ups (check-ins and points hang from them). Returns how many sign-ups ended.
 */
export async function endUpcomingSignUpsOf(deps: AppDeps, tx: Tx, ctx: RequestContext, userId: string) {
  const now = deps.clock()
  const found = await signUps.upcomingActiveSignUpsOf(tx, userId, now)
  const eventIds = [...new Set(found.map((s) => s.eventId))].sort()
  const locked: EventRow[] = []
  for (const eventId of eventIds) {
    const event = await lockEvent(tx, eventId)
    if (event) locked.push(event)
  }
  let ended = 0
  for (const event of locked) {
    if (event.startsAt.getTime() <= now.getTime()) continue
    const active = await signUps.activeSignUpOf(tx, event.id, userId) // re-read under the event's lock
    if (!active) continue
    const signUp = (await signUps.lockSignUp(tx, active.id))!
    await tx
      .update(eventSignUps)
      .set({ state: 'cancelled', endedAt: now, endReason: 'erased' })
      .where(eq(eventSignUps.id, signUp.id))
    if (signUp.state !== 'waiting') {
      event.placesTaken -= 1
      await tx.update(events).set({ placesTaken: event.placesTaken }).where(eq(events.id, event.id))
    }
    await recordAudit(tx, ctx, {
      action: 'events.sign-up.cancelled',
      objectType: 'event-sign-up',
      objectId: signUp.id,
      result: 'success',
      details: { eventId: event.id, previousState: signUp.state, reason: 'erasure' },
      occurredAt: now,
    })
    await fillFreePlaces(deps, tx, ctx, event)
    ended += 1
  }
  return ended
}
