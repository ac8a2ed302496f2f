import { sql } from 'drizzle-orm'
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from '../identity/identity.tables.ts'
import { attendances } from '../points/points.attendance.tables.ts'
import { eventSignUps, events } from './events.tables.ts'

/** How someone was checked in: QR scan, typed ticket code, ticked in the list, or the keyword of an online session. */
export const CHECK_IN_METHODS = ['scan', 'code', 'list', 'keyword'] as const
export type CheckInMethod = (typeof CHECK_IN_METHODS)[number]

/**
 * What the check-in did for the CPD points: `booked` (attendance and points booked now), `already-present` (the run's
 * attendance list had this registration already: nothing booked twice), `no-registration` (no registration in the
 * register), `not-bookable` (a registration, but not active on the run's date), `no-points` (the event is not linked to
 * a run of an accredited activity).
 */
export const POINTS_OUTCOMES = ['booked', 'already-present', 'no-registration', 'not-bookable', 'no-points'] as const
export type PointsOutcome = (typeof POINTS_OUTCOMES)[number]

const moment = () => timestamp({ withTimezone: true, mode: 'date' })

/**
 * A check-in (aanmelding bij binnenkomst) of a confirmed sign-up. At most one that is not undone per sign-up (the
 * partial unique index); undoing keeps the row (`undoneAt`, reason) and withdraws the attendance it booked. A check-in
 * after the event (`late`) and an undo need a reason. No-shows are not rows: see decision 014.
 */
export const eventCheckIns = pgTable(
  'event_check_ins',
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id),
    signUpId: uuid()
      .notNull()
      .references(() => eventSignUps.id),
    method: text({ enum: CHECK_IN_METHODS }).notNull(),
    checkedInAt: moment().notNull(),
    checkedInById: uuid()
      .notNull()
      .references(() => users.id),
    /** Checked in after the event by the organiser, with `reason`. */
    late: boolean().notNull().default(false),
    reason: text().notNull().default(''),
    pointsOutcome: text({ enum: POINTS_OUTCOMES }).notNull(),
    /** The points module's attendance this check-in booked (only when `pointsOutcome` is `booked`). */
    attendanceId: uuid().references(() => attendances.id),
    undoneAt: moment(),
    undoneById: uuid().references(() => users.id),
    undoReason: text().notNull().default(''),
  },
  (t) => [
    uniqueIndex('event_check_ins_one_active_uq').on(t.signUpId).where(sql`${t.undoneAt} is null`),
    index('event_check_ins_event_idx').on(t.eventId, t.checkedInAt),
    check('event_check_ins_late_reason', sql`not ${t.late} or ${t.reason} <> ''`),
    check('event_check_ins_undo_reason', sql`${t.undoneAt} is null or ${t.undoReason} <> ''`),
    check('event_check_ins_booked', sql`(${t.pointsOutcome} = 'booked') = (${t.attendanceId} is not null)`),
  ],
)

/** The keyword of an online event's session, set by the organiser and entered by participants within the window. */
export const eventCheckInKeywords = pgTable('event_check_in_keywords', {
  eventId: uuid()
    .primaryKey()
    .references(() => events.id),
  keyword: text().notNull(),
  setById: uuid()
    .notNull()
    .references(() => users.id),
  setAt: moment().notNull(),
})
