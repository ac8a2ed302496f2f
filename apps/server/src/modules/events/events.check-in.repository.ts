import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { users } from '../identity/identity.tables.ts'
import { registrations } from '../register/register.tables.ts'
import { eventCheckInKeywords, eventCheckIns } from './events.check-in.tables.ts'
import { eventSignUps } from './events.tables.ts'
import { eventTickets } from './events.tickets.tables.ts'

// Queries of tickets, check-ins and the session keyword. Names and registration numbers are read in read-only joins
// (decision 006) for the organiser's list; nothing of identity or the register is written here.

export type TicketRow = typeof eventTickets.$inferSelect
export type CheckInRow = typeof eventCheckIns.$inferSelect

export async function findTicket(db: DbOrTx, signUpId: string): Promise<TicketRow | undefined> {
  const [row] = await db.select().from(eventTickets).where(eq(eventTickets.signUpId, signUpId))
  return row
}

/** Inserts the ticket unless the sign-up has one; a code taken in the event fails on `event_tickets_code_uq`. */
export async function insertTicket(db: DbOrTx, values: { signUpId: string; eventId: string; code: string; now: Date }) {
  await db
    .insert(eventTickets)
    .values({ signUpId: values.signUpId, eventId: values.eventId, code: values.code, createdAt: values.now })
    .onConflictDoNothing({ target: eventTickets.signUpId })
}

export async function signUpIdByCode(db: DbOrTx, eventId: string, code: string): Promise<string | null> {
  const [row] = await db
    .select({ signUpId: eventTickets.signUpId })
    .from(eventTickets)
    .where(and(eq(eventTickets.eventId, eventId), eq(eventTickets.code, code)))
  return row?.signUpId ?? null
}

/** The check-in of a sign-up that is not undone. */
export async function activeCheckIn(db: DbOrTx, signUpId: string): Promise<CheckInRow | undefined> {
  const [row] = await db
    .select()
    .from(eventCheckIns)
    .where(and(eq(eventCheckIns.signUpId, signUpId), isNull(eventCheckIns.undoneAt)))
  return row
}

export async function insertCheckIn(db: DbOrTx, values: typeof eventCheckIns.$inferInsert): Promise<CheckInRow> {
  const [row] = await db.insert(eventCheckIns).values(values).returning()
  return row!
}

export async function findCheckIn(db: DbOrTx, checkInId: string, forUpdate = false) {
  const query = db.select().from(eventCheckIns).where(eq(eventCheckIns.id, checkInId))
  const [row] = forUpdate ? await query.for('update') : await query
  return row
}

export async function markUndone(db: DbOrTx, checkInId: string, values: { by: string; reason: string; now: Date }) {
  await db
    .update(eventCheckIns)
    .set({ undoneAt: values.now, undoneById: values.by, undoReason: values.reason })
    .where(eq(eventCheckIns.id, checkInId))
}

const registrationNumber = sql<string | null>`(select r.registration_number from ${registrations} r
  where r.user_id = ${eventSignUps.userId} and r.registration_number is not null
  order by r.registration_number limit 1)`

/** Who a sign-up is: the name and registration number the organiser sees, and the e-mail address to book by. */
export async function personOf(db: DbOrTx, signUpId: string) {
  const [row] = await db
    .select({
      userId: eventSignUps.userId,
      email: users.email,
      givenName: users.givenName,
      familyName: users.familyName,
      registrationNumber,
    })
    .from(eventSignUps)
    .innerJoin(users, eq(users.id, eventSignUps.userId))
    .where(eq(eventSignUps.id, signUpId))
  return row
}

/** The check-in list: every confirmed sign-up (by name) with its check-in that is not undone, if any. */
export function checkInList(db: DbOrTx, eventId: string) {
  return db
    .select({
      signUpId: eventSignUps.id,
      givenName: users.givenName,
      familyName: users.familyName,
      registrationNumber,
      checkIn: eventCheckIns,
    })
    .from(eventSignUps)
    .innerJoin(users, eq(users.id, eventSignUps.userId))
    .leftJoin(eventCheckIns, and(eq(eventCheckIns.signUpId, eventSignUps.id), isNull(eventCheckIns.undoneAt)))
    .where(and(eq(eventSignUps.eventId, eventId), eq(eventSignUps.state, 'confirmed')))
    .orderBy(asc(users.familyName), asc(users.givenName), asc(eventSignUps.sequence))
}

export async function findKeyword(db: DbOrTx, eventId: string) {
  const [row] = await db.select().from(eventCheckInKeywords).where(eq(eventCheckInKeywords.eventId, eventId))
  return row
}

export async function saveKeyword(db: DbOrTx, values: { eventId: string; keyword: string; by: string; now: Date }) {
  await db
    .insert(eventCheckInKeywords)
    .values({ eventId: values.eventId, keyword: values.keyword, setById: values.by, setAt: values.now })
    .onConflictDoUpdate({
      target: eventCheckInKeywords.eventId,
      set: { keyword: values.keyword, setById: values.by, setAt: values.now },
    })
}
