import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { eventCheckIns } from './events.check-in.tables.ts'

/**
 * The signed Open Badges 3.0 credential of attendance of one check-in, made the first time its owner asks for it and
 * kept, so every download gives the same signed bytes and one credential id. The check-in row (not undone) is what
 * the verification reads: an undone check-in makes the credential "attendance withdrawn" (decision 015).
 */
export const eventAttendanceCredentials = pgTable('event_attendance_credentials', {
  checkInId: uuid()
    .primaryKey()
    .references(() => eventCheckIns.id),
  credentialId: text().notNull().unique(),
  document: jsonb().$type<Record<string, unknown>>().notNull(),
  issuedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
})
