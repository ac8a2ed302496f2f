import { sql } from 'drizzle-orm'
import {
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { users } from '../identity/identity.tables.ts'
import { registers, registrationCycles, registrations } from '../register/register.tables.ts'

/** The three CPD categories of the norm (opleiding, reflectie, vrije keuze). */
export const POINT_CATEGORIES = ['training', 'reflection', 'free-choice'] as const
export type PointCategory = (typeof POINT_CATEGORIES)[number]

/** Where a ledger entry comes from: a recorded attendance, an approved self-reported activity, a correction. */
export const LEDGER_SOURCES = ['attendance', 'self-report', 'correction'] as const
export type LedgerSource = (typeof LEDGER_SOURCES)[number]

/** Points are net hours with at most two decimals (1.5 hours is 1.5 points). */
const points = () => numeric({ precision: 7, scale: 2, mode: 'number' })

/**
 * The points ledger (PE-puntenregister): append-only, enforced by a trigger (migration), never by code alone. A
 * booking has positive points; withdrawing it writes a reversing entry (negative, `reversesEntryId`) — at most one
 * per booking. One booking per source row (`source`, `sourceId`): re-sending an attendance books nothing twice.
 * `activityKey` groups the entries that count as one activity for the cap per activity.
 */
export const pointsLedger = pgTable(
  'points_ledger',
  {
    id: uuid().primaryKey().defaultRandom(),
    registrationId: uuid()
      .notNull()
      .references(() => registrations.id),
    /** The cycle the activity date falls in. */
    cycleId: uuid()
      .notNull()
      .references(() => registrationCycles.id),
    category: text({ enum: POINT_CATEGORIES }).notNull(),
    points: points().notNull(),
    /** The day of the activity (for a run of several days: its last day). */
    activityDate: date().notNull(),
    source: text({ enum: LEDGER_SOURCES }).notNull(),
    /** The attendance, self-reported activity or correction this entry books. */
    sourceId: uuid().notNull(),
    /** One activity for the cap: `activity:<id>` for an accredited activity, `self-report:<id>` otherwise. */
    activityKey: text().notNull(),
    /** What people read: e.g. `A-2026-00042 · Motiverende gespreksvoering` or `Intervisie: …`. */
    reference: text().notNull(),
    /** Set on a reversing entry: the booking it withdraws. */
    reversesEntryId: uuid(),
    /** Who booked it; null for the system. */
    bookedById: uuid().references(() => users.id),
    bookedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** Why (required for a reversal or correction). */
    note: text().notNull().default(''),
  },
  (t) => [
    // Covers the standing (points.dossier.repository.ts): a registration's lines come from the index alone, a few
    // adjacent pages, instead of one heap page per entry (entries are booked over years, between everyone else's).
    index('points_ledger_standing_idx').on(
      t.registrationId,
      t.cycleId,
      t.activityDate,
      t.category,
      t.activityKey,
      t.points,
    ),
    uniqueIndex('points_ledger_one_booking_per_source_uq')
      .on(t.source, t.sourceId)
      .where(sql`${t.reversesEntryId} is null`),
    uniqueIndex('points_ledger_one_reversal_uq').on(t.reversesEntryId).where(sql`${t.reversesEntryId} is not null`),
    check(
      'points_ledger_sign',
      sql`(${t.reversesEntryId} is null and ${t.points} > 0) or (${t.reversesEntryId} is not null and ${t.points} < 0)`,
    ),
  ],
)

/** Minimum and maximum points of one category in a cycle; null means no bound. */
export interface CategoryBounds {
  min: number | null
  max: number | null
}
export type CategoryNorms = Record<PointCategory, CategoryBounds>

/**
 * The norm of a register, versioned: an edit by the register office adds a version (append-only, audited). A cycle
 * is assessed against the latest version whose `validFrom` is on or before the cycle's start (or the first version).
 */
export const normVersions = pgTable(
  'norm_versions',
  {
    id: uuid().primaryKey().defaultRandom(),
    registerId: uuid()
      .notNull()
      .references(() => registers.id),
    version: integer().notNull(),
    validFrom: date().notNull(),
    /** Points required in a whole cycle (e.g. 200 in 5 years). */
    totalPoints: points().notNull(),
    categories: jsonb().$type<CategoryNorms>().notNull(),
    /** At most this many points count per activity; null for no cap. */
    capPerActivity: points(),
    /** A registrant who enters mid-cycle needs a share of the norm in proportion to the time left. */
    proRata: text({ enum: ['yes', 'no'] })
      .notNull()
      .default('yes'),
    note: text().notNull().default(''),
    createdById: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    unique('norm_versions_register_version_uq').on(t.registerId, t.version),
    check('norm_versions_total_positive', sql`${t.totalPoints} > 0`),
  ],
)

/** Per register: the share of approved self-reported activities drawn for a later spot check (steekproef). */
export const pointsSettings = pgTable(
  'points_settings',
  {
    registerId: uuid()
      .primaryKey()
      .references(() => registers.id),
    spotCheckPercent: integer().notNull().default(10),
    updatedById: uuid().references(() => users.id),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [check('points_settings_percent', sql`${t.spotCheckPercent} between 0 and 100`)],
)

/** Mails sent because someone falls behind at the current pace: at most one per cycle and category. */
export const pointsBehindNotices = pgTable(
  'points_behind_notices',
  {
    cycleId: uuid()
      .notNull()
      .references(() => registrationCycles.id),
    category: text().notNull(),
    sentAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [unique('points_behind_notices_uq').on(t.cycleId, t.category)],
)
