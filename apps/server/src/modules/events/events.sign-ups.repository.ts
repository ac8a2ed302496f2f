import { and, asc, count, desc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { users } from '../identity/identity.tables.ts'
import { organisations } from '../organisations/organisations.tables.ts'
import { activities } from '../points/points.accreditation.tables.ts'
import { registrations } from '../register/register.tables.ts'
import { eventCheckIns } from './events.check-in.tables.ts'
import { calendarFeedTokens, eventSignUps, events, type SignUpState } from './events.tables.ts'

// Queries of sign-ups and the waiting list. Names, addresses and registration numbers are read in read-only joins
// (decision 006) for the organiser's list and for mails; nothing of identity or the register is written here.

export type SignUpRow = typeof eventSignUps.$inferSelect
export const ACTIVE_STATES: SignUpState[] = ['confirmed', 'offered', 'waiting']

export async function findSignUp(db: DbOrTx, signUpId: string): Promise<SignUpRow | undefined> {
  const [row] = await db.select().from(eventSignUps).where(eq(eventSignUps.id, signUpId))
  return row
}

export async function lockSignUp(db: DbOrTx, signUpId: string): Promise<SignUpRow | undefined> {
  const [row] = await db.select().from(eventSignUps).where(eq(eventSignUps.id, signUpId)).for('update')
  return row
}

export async function activeSignUpOf(db: DbOrTx, eventId: string, userId: string) {
  const [row] = await db
    .select()
    .from(eventSignUps)
    .where(
      and(
        eq(eventSignUps.eventId, eventId),
        eq(eventSignUps.userId, userId),
        inArray(eventSignUps.state, ACTIVE_STATES),
      ),
    )
  return row
}

/** The place on the waiting list (1 = next), or null when not waiting. */
export async function positionOf(db: DbOrTx, signUp: { eventId: string; sequence: number; state: string }) {
  if (signUp.state !== 'waiting') return null
  const [row] = await db
    .select({ value: count() })
    .from(eventSignUps)
    .where(
      and(
        eq(eventSignUps.eventId, signUp.eventId),
        eq(eventSignUps.state, 'waiting'),
        lte(eventSignUps.sequence, signUp.sequence),
      ),
    )
  return row?.value ?? null
}

/** The first `limit` people on the waiting list, in order of arrival. */
export function firstWaiting(db: DbOrTx, eventId: string, limit: number) {
  return db
    .select()
    .from(eventSignUps)
    .where(and(eq(eventSignUps.eventId, eventId), eq(eventSignUps.state, 'waiting')))
    .orderBy(asc(eventSignUps.sequence))
    .limit(limit)
    .for('update')
}

/** Where to mail these people, in their language. */
export function recipients(db: DbOrTx, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([])
  return db
    .select({ userId: users.id, email: users.email, givenName: users.givenName, locale: users.locale })
    .from(users)
    .where(inArray(users.id, userIds))
}

/** The active sign-ups of an event (optionally only those with a place). */
export function activeSignUpsOf(db: DbOrTx, eventId: string, states: SignUpState[] = ACTIVE_STATES) {
  return db
    .select()
    .from(eventSignUps)
    .where(and(eq(eventSignUps.eventId, eventId), inArray(eventSignUps.state, states)))
    .orderBy(asc(eventSignUps.sequence))
}

const registrationNumber = sql<string | null>`(select r.registration_number from ${registrations} r
  where r.user_id = ${eventSignUps.userId} and r.registration_number is not null
  order by r.registration_number limit 1)`

/**
 * The organiser's list: places first (by arrival), then the waiting list in order; names, registration numbers and
 * the check-in that is not undone (if any).
 */
export function organiserSignUps(db: DbOrTx, eventId: string) {
  return db
    .select({
      id: eventSignUps.id,
      state: eventSignUps.state,
      sequence: eventSignUps.sequence,
      signedUpAt: eventSignUps.signedUpAt,
      offerExpiresAt: eventSignUps.offerExpiresAt,
      givenName: users.givenName,
      familyName: users.familyName,
      registrationNumber,
      checkedInAt: eventCheckIns.checkedInAt,
    })
    .from(eventSignUps)
    .innerJoin(users, eq(users.id, eventSignUps.userId))
    .leftJoin(eventCheckIns, and(eq(eventCheckIns.signUpId, eventSignUps.id), isNull(eventCheckIns.undoneAt)))
    .where(and(eq(eventSignUps.eventId, eventId), inArray(eventSignUps.state, ACTIVE_STATES)))
    .orderBy(sql`case when ${eventSignUps.state} = 'waiting' then 1 else 0 end`, asc(eventSignUps.sequence))
}

const waitingPosition = sql<number | null>`case when ${eventSignUps.state} = 'waiting' then
  (select count(*)::int from ${eventSignUps} w where w.event_id = ${eventSignUps.eventId} and w.state = 'waiting'
   and w.sequence <= ${eventSignUps.sequence}) end`

/**
 * A person's own sign-ups with their events (read-only join of the organiser's name and the activity's points), and
 * the check-in that is not undone, if any.
 */
export async function mySignUps(db: DbOrTx, userId: string, active: boolean, page: number, pageSize: number) {
  const where = and(eq(eventSignUps.userId, userId), active ? inArray(eventSignUps.state, ACTIVE_STATES) : undefined)
  const items = await db
    .select({
      signUp: eventSignUps,
      position: waitingPosition,
      event: events,
      organiserName: organisations.name,
      activityPublicId: activities.publicId,
      points: activities.points,
      category: activities.category,
      checkedInAt: eventCheckIns.checkedInAt,
    })
    .from(eventSignUps)
    .innerJoin(events, eq(events.id, eventSignUps.eventId))
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .leftJoin(activities, and(eq(activities.id, events.activityId), eq(activities.state, 'accredited')))
    .leftJoin(eventCheckIns, and(eq(eventCheckIns.signUpId, eventSignUps.id), isNull(eventCheckIns.undoneAt)))
    .where(where)
    .orderBy(active ? asc(events.startsAt) : desc(events.startsAt), asc(eventSignUps.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  const [total] = await db.select({ value: count() }).from(eventSignUps).where(where)
  return { items, total: total?.value ?? 0 }
}

export async function feedUserOf(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({ userId: calendarFeedTokens.userId })
    .from(calendarFeedTokens)
    .where(eq(calendarFeedTokens.tokenHash, tokenHash))
  return row?.userId ?? null
}

/** A person's active sign-ups (place, offer or waiting) for events that have not started yet. */
export function upcomingActiveSignUpsOf(db: DbOrTx, userId: string, now: Date) {
  return db
    .select({ id: eventSignUps.id, eventId: eventSignUps.eventId })
    .from(eventSignUps)
    .innerJoin(events, eq(events.id, eventSignUps.eventId))
    .where(and(eq(eventSignUps.userId, userId), inArray(eventSignUps.state, ACTIVE_STATES), gt(events.startsAt, now)))
}
