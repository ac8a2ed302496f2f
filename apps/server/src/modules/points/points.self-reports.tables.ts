import { sql } from 'drizzle-orm'
import { boolean, check, date, index, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { documents } from '../../platform/storage/storage.tables.ts'
import { users } from '../identity/identity.tables.ts'
import { registrations } from '../register/register.tables.ts'
import { POINT_CATEGORIES } from './points.tables.ts'

/** Kinds of activity a professional reports themselves (not accredited). */
export const SELF_REPORT_KINDS = [
  'course',
  'intervision',
  'supervision',
  'article',
  'presentation',
  'teaching',
  'other',
] as const
export type SelfReportKind = (typeof SELF_REPORT_KINDS)[number]

export const SELF_REPORT_STATES = ['submitted', 'approved', 'rejected', 'withdrawn'] as const
export type SelfReportState = (typeof SELF_REPORT_STATES)[number]

const hours = () => numeric({ precision: 7, scale: 2, mode: 'number' })

/**
 * A self-reported activity (zelf ingebracht) with evidence: an upload (certificate, article) or the declaration form
 * the system provides, signed (e.g. by the supervisor). The register office grants points or rejects with a reason;
 * a share of approved items is drawn for a later spot check (steekproef).
 */
export const selfReportedActivities = pgTable(
  'self_reported_activities',
  {
    id: uuid().primaryKey().defaultRandom(),
    registrationId: uuid()
      .notNull()
      .references(() => registrations.id),
    kind: text({ enum: SELF_REPORT_KINDS }).notNull(),
    title: text().notNull(),
    description: text().notNull().default(''),
    activityDate: date().notNull(),
    hours: hours().notNull(),
    requestedCategory: text({ enum: POINT_CATEGORIES }).notNull(),
    evidenceKind: text({ enum: ['upload', 'declaration'] }).notNull(),
    evidenceDocumentId: uuid()
      .notNull()
      .references(() => documents.id),
    state: text({ enum: SELF_REPORT_STATES }).notNull().default('submitted'),
    submittedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    pointsGranted: hours(),
    categoryGranted: text({ enum: POINT_CATEGORIES }),
    reviewedById: uuid().references(() => users.id),
    reviewedAt: timestamp({ withTimezone: true, mode: 'date' }),
    decisionReason: text().notNull().default(''),
    /** Drawn for the spot check at approval; checked later by the register office. */
    spotCheck: boolean().notNull().default(false),
    spotCheckedById: uuid().references(() => users.id),
    spotCheckedAt: timestamp({ withTimezone: true, mode: 'date' }),
    spotCheckOutcome: text({ enum: ['confirmed', 'corrected'] }),
  },
  (t) => [
    index('self_reported_activities_registration_idx').on(t.registrationId, t.activityDate),
    index('self_reported_activities_queue_idx').on(t.state, t.submittedAt),
    check('self_reported_activities_hours_positive', sql`${t.hours} > 0`),
    check(
      'self_reported_activities_approved_complete',
      sql`${t.state} <> 'approved' or (${t.pointsGranted} is not null and ${t.categoryGranted} is not null)`,
    ),
  ],
)
