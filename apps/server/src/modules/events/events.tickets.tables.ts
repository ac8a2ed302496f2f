import { sql } from 'drizzle-orm'
import { check, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { eventSignUps, events } from './events.tables.ts'

/**
 * The ticket of a confirmed sign-up: a short code people can type (8 characters from an alphabet without look-alikes,
 * unique per event) and the version the QR token is signed with. Made the first time the ticket is asked for (or
 * checked in by the list); a raised `version` makes earlier QR codes invalid. The ticket is valid only while its
 * sign-up is confirmed: a cancelled sign-up keeps its row but the check-in refuses it.
 */
export const eventTickets = pgTable(
  'event_tickets',
  {
    signUpId: uuid()
      .primaryKey()
      .references(() => eventSignUps.id),
    eventId: uuid()
      .notNull()
      .references(() => events.id),
    code: text().notNull(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('event_tickets_code_uq').on(t.eventId, t.code),
    check('event_tickets_code_format', sql`${t.code} ~ '^[A-HJ-NP-Z2-9]{8}$'`),
    check('event_tickets_version', sql`${t.version} >= 1`),
  ],
)
