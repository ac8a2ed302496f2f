import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { users } from '../identity/identity.tables.ts'
import { organisations } from '../organisations/organisations.tables.ts'
import { POINT_CATEGORIES } from './points.tables.ts'

export const ACTIVITY_FORMATS = [
  'training',
  'lecture',
  'congress',
  'e-learning',
  'webinar',
  'intervision',
  'supervision',
  'other',
] as const
export type ActivityFormat = (typeof ACTIVITY_FORMATS)[number]

/**
 * An accreditation request's life: in the register office's queue (`submitted`), `accredited` (with points,
 * category and validity) or `rejected` (with a reason; the provider may object within 6 weeks, which puts an
 * objection in the queue), or `withdrawn` by the provider before a decision.
 */
export const ACTIVITY_STATES = ['submitted', 'accredited', 'rejected', 'withdrawn'] as const
export type ActivityState = (typeof ACTIVITY_STATES)[number]

const hours = () => numeric({ precision: 7, scale: 2, mode: 'number' })

/**
 * Providers the register office marks as "accredited provider" (erkende aanbieder): their notified activities are
 * accredited at once and checked later. History kept: a revocation sets `revokedAt`; at most one active row.
 */
export const accreditedProviders = pgTable(
  'accredited_providers',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    grantedById: uuid().references(() => users.id),
    grantedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    reason: text().notNull().default(''),
    revokedById: uuid().references(() => users.id),
    revokedAt: timestamp({ withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('accredited_providers_one_active_uq').on(t.organisationId).where(sql`${t.revokedAt} is null`)],
)

/** An activity a provider asks to be accredited; once accredited it has a public ID and appears in the catalogue. */
export const activities = pgTable(
  'activities',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** `A-2026-00042`: given at accreditation, never reused. */
    publicId: text().unique(),
    providerOrganisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    title: text().notNull(),
    description: text().notNull(),
    learningGoals: text().notNull(),
    format: text({ enum: ACTIVITY_FORMATS }).notNull(),
    /** Net hours: without breaks, meals and welcome words. */
    netHours: hours().notNull(),
    targetProfessions: text().array().notNull().default(sql`'{}'::text[]`),
    requestedCategory: text({ enum: POINT_CATEGORIES }).notNull(),
    /** Names (and expertise) of the teachers, one per entry. */
    teachers: text().array().notNull().default(sql`'{}'::text[]`),
    /** Required for e-learning and for 18 or more hours: how the final test works. */
    finalTest: text().notNull().default(''),
    state: text({ enum: ACTIVITY_STATES }).notNull().default('submitted'),
    submittedById: uuid()
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** The decision (accredited): points, category and validity. */
    points: hours(),
    category: text({ enum: POINT_CATEGORIES }),
    validFrom: date(),
    validUntil: date(),
    decidedById: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true, mode: 'date' }),
    decisionReason: text().notNull().default(''),
    /** Accredited at once because the provider is an accredited provider; to be checked by the register office. */
    fastTrack: boolean().notNull().default(false),
    checkedById: uuid().references(() => users.id),
    checkedAt: timestamp({ withTimezone: true, mode: 'date' }),
  },
  (t) => [
    index('activities_state_idx').on(t.state, t.submittedAt),
    index('activities_provider_idx').on(t.providerOrganisationId, t.submittedAt),
    index('activities_title_trgm_idx').using('gin', t.title.op('gin_trgm_ops')),
    check('activities_net_hours_positive', sql`${t.netHours} > 0`),
    check(
      'activities_accredited_complete',
      sql`${t.state} <> 'accredited' or (${t.publicId} is not null and ${t.points} is not null and ${t.category} is not null and ${t.validFrom} is not null and ${t.validUntil} is not null)`,
    ),
  ],
)

/** Per year the next number of a public activity ID (same locking as the registration number counter). */
export const activityIdCounters = pgTable('activity_id_counters', {
  year: integer().primaryKey(),
  nextValue: integer().notNull().default(1),
})

export const OBJECTION_STATES = ['open', 'upheld', 'dismissed'] as const
export type ObjectionState = (typeof OBJECTION_STATES)[number]

/**
 * A provider's objection (bezwaar) to a decision on an activity, within 6 weeks; decided by a different member of
 * the register office than the one who took the decision objected to (checked here and in the service).
 */
export const activityObjections = pgTable(
  'activity_objections',
  {
    id: uuid().primaryKey().defaultRandom(),
    activityId: uuid()
      .notNull()
      .references(() => activities.id),
    reason: text().notNull(),
    submittedById: uuid()
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** Who took the decision objected to; the objection's decider must be someone else. */
    originalDeciderId: uuid().references(() => users.id),
    state: text({ enum: OBJECTION_STATES }).notNull().default('open'),
    decidedById: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true, mode: 'date' }),
    decisionReason: text().notNull().default(''),
  },
  (t) => [
    uniqueIndex('activity_objections_one_open_uq').on(t.activityId).where(sql`${t.state} = 'open'`),
    check(
      'activity_objections_other_decider',
      sql`${t.decidedById} is null or ${t.originalDeciderId} is null or ${t.decidedById} <> ${t.originalDeciderId}`,
    ),
  ],
)

/** A run (uitvoering) of an accredited activity: when and where (or online). */
export const activityRuns = pgTable(
  'activity_runs',
  {
    id: uuid().primaryKey().defaultRandom(),
    activityId: uuid()
      .notNull()
      .references(() => activities.id),
    startsOn: date().notNull(),
    endsOn: date().notNull(),
    /** Place and address; empty for an online run. */
    location: text().notNull().default(''),
    online: boolean().notNull().default(false),
    createdById: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('activity_runs_activity_idx').on(t.activityId, t.startsOn),
    check('activity_runs_dates', sql`${t.endsOn} >= ${t.startsOn}`),
    check('activity_runs_place', sql`${t.online} or ${t.location} <> ''`),
  ],
)
