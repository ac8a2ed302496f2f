import { sql } from 'drizzle-orm'
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from '../identity/identity.tables.ts'
import { organisations } from '../organisations/organisations.tables.ts'
import { registrations } from '../register/register.tables.ts'
import { activityRuns } from './points.accreditation.tables.ts'

/** How an attendance was recorded. */
export const ATTENDANCE_METHODS = ['form', 'list', 'file', 'api', 'check-in'] as const
export type AttendanceMethod = (typeof ATTENDANCE_METHODS)[number]

/**
 * Attendance (presentie) of one registrant at one run. At most one that is not withdrawn per run and registrant:
 * recording it again changes nothing. Withdrawing sets `withdrawnAt` and writes a reversing ledger entry; recording
 * it again afterwards is a new row with a new booking.
 */
export const attendances = pgTable(
  'attendances',
  {
    id: uuid().primaryKey().defaultRandom(),
    runId: uuid()
      .notNull()
      .references(() => activityRuns.id),
    registrationId: uuid()
      .notNull()
      .references(() => registrations.id),
    method: text({ enum: ATTENDANCE_METHODS }).notNull(),
    /** The import it came from (list or file). */
    importId: uuid(),
    recordedById: uuid().references(() => users.id),
    recordedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    withdrawnById: uuid().references(() => users.id),
    withdrawnAt: timestamp({ withTimezone: true, mode: 'date' }),
    withdrawalReason: text().notNull().default(''),
  },
  (t) => [
    uniqueIndex('attendances_one_active_uq').on(t.runId, t.registrationId).where(sql`${t.withdrawnAt} is null`),
    index('attendances_registration_idx').on(t.registrationId),
  ],
)

export const IMPORT_STATES = ['checked', 'confirmed', 'cancelled'] as const
export type ImportState = (typeof IMPORT_STATES)[number]

/** One row of an import's check report. */
export interface ImportReportRow {
  /** 1-based line (file) or position (list). */
  line: number
  /** What the row said: a registration number or an e-mail address. */
  value: string
  outcome: 'matched' | 'unmatched' | 'duplicate' | 'not-registered' | 'already-booked' | 'invalid'
  registrationId?: string
  /** Public name for the check step, e.g. `J. de Vries (KM-000123)`. */
  name?: string
}

/**
 * A pasted list or an uploaded CSV/XLSX of attendance: checked first (the report is stored), booked only when the
 * provider confirms — every matched row in one transaction, or none. `sha256` of the content lets the report say a
 * file was sent before; re-sending books nothing twice because attendance is unique per run and registrant.
 */
export const attendanceImports = pgTable(
  'attendance_imports',
  {
    id: uuid().primaryKey().defaultRandom(),
    runId: uuid()
      .notNull()
      .references(() => activityRuns.id),
    kind: text({ enum: ['list', 'file'] }).notNull(),
    fileName: text().notNull().default(''),
    sha256: text().notNull(),
    state: text({ enum: IMPORT_STATES }).notNull().default('checked'),
    report: jsonb().$type<ImportReportRow[]>().notNull(),
    createdById: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    confirmedAt: timestamp({ withTimezone: true, mode: 'date' }),
    bookedCount: integer().notNull().default(0),
  },
  (t) => [index('attendance_imports_run_idx').on(t.runId, t.createdAt)],
)

/**
 * An organisation's API key for integrations (e.g. a provider's learning system). Only the SHA-256 of the key is
 * stored; `prefix` (the first characters) lets people tell keys apart. Revoked keys stay for the audit trail.
 */
export const organisationApiKeys = pgTable(
  'organisation_api_keys',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    name: text().notNull(),
    prefix: text().notNull(),
    keyHash: text().notNull().unique(),
    createdById: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true, mode: 'date' }),
    revokedById: uuid().references(() => users.id),
    revokedAt: timestamp({ withTimezone: true, mode: 'date' }),
  },
  (t) => [index('organisation_api_keys_org_idx').on(t.organisationId)],
)

/**
 * `Idempotency-Key` of API calls: the first call's request hash and answer are kept; a repeat with the same key and
 * body gets the same answer without doing anything again, a repeat with another body gets 422.
 */
export const idempotencyRecords = pgTable(
  'idempotency_records',
  {
    id: uuid().primaryKey().defaultRandom(),
    apiKeyId: uuid()
      .notNull()
      .references(() => organisationApiKeys.id),
    key: text().notNull(),
    requestHash: text().notNull(),
    statusCode: integer().notNull(),
    responseBody: jsonb().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('idempotency_records_key_uq').on(t.apiKeyId, t.key),
    check('idempotency_records_key_length', sql`length(${t.key}) between 1 and 255`),
  ],
)
