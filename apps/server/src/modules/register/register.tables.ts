import { sql } from 'drizzle-orm'
import { boolean, check, date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core'
import { users } from '../identity/identity.tables.ts'
import { organisations } from '../organisations/organisations.tables.ts'

/** Statuses of a registration; re-entry is the `re-enter` transition (lapsed/removed → candidate) plus `reEntry`. */
export const REGISTRATION_STATUSES = ['candidate', 'registered', 'suspended', 'lapsed', 'removed', 'rejected'] as const
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number]

/** A configurable register, e.g. "Register Klantmanagers" with prefix KM. */
export const registers = pgTable('registers', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  slug: text().notNull().unique(),
  /** Letters before the number: `KM` gives `KM-000123`. */
  numberPrefix: text().notNull().unique(),
  professions: text().array().notNull().default(sql`'{}'::text[]`),
  cycleYears: integer().notNull().default(5),
  createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
})

/**
 * Per register the next registration number to hand out. Allocation is one
 * `INSERT … ON CONFLICT DO UPDATE SET next_value = next_value + 1 RETURNING` in the approving transaction:
 * the row lock serialises concurrent approvals, a rolled-back approval gives its number back (it was never
 * given to anyone), and a committed number is never handed out again. Works the same on PGlite and PostgreSQL.
 */
export const registrationNumberCounters = pgTable('registration_number_counters', {
  registerId: uuid()
    .primaryKey()
    .references(() => registers.id, { onDelete: 'cascade' }),
  nextValue: integer().notNull().default(1),
})

/** One person's place in one register (at most one per person per register; history in status changes). */
export const registrations = pgTable(
  'registrations',
  {
    id: uuid().primaryKey().defaultRandom(),
    registerId: uuid()
      .notNull()
      .references(() => registers.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    /** `KM-000123`; null until first approved, then kept for good (also through re-entry). */
    registrationNumber: text().unique(),
    status: text({ enum: REGISTRATION_STATUSES }).notNull().default('candidate'),
    /** True while the registration is (or became registered again) through re-entry (herintreding). */
    reEntry: boolean().notNull().default(false),
    profession: text().notNull(),
    employerOrganisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
    selfEmployed: boolean().notNull().default(false),
    showEmployerPublicly: boolean().notNull().default(false),
    /** Voorletters, e.g. `J.A.` */
    initials: text().notNull(),
    /** Tussenvoegsel, e.g. `van der`; empty when none. */
    infix: text().notNull().default(''),
    surname: text().notNull(),
    /** normalizeSurname(infix + surname), kept by code; searched with pg_trgm. */
    surnameSearch: text().notNull(),
    registeredSince: date(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    unique('registrations_register_user_uq').on(t.registerId, t.userId),
    index('registrations_register_status_idx').on(t.registerId, t.status),
    index('registrations_user_idx').on(t.userId),
    // The public name search: registrations of one surname in number order, or with given initials.
    index('registrations_surname_search_idx').on(t.surnameSearch, t.registrationNumber),
    index('registrations_surname_initials_idx').on(
      t.surnameSearch,
      sql`(upper(regexp_replace(${t.initials}, '[^[:alpha:]]', '', 'g')) collate "C")`,
    ),
    check(
      'registrations_number_once_registered',
      sql`${t.status} in ('candidate', 'rejected') or (${t.registrationNumber} is not null and ${t.registeredSince} is not null)`,
    ),
    check(
      'registrations_employer_or_self_employed',
      sql`not (${t.selfEmployed} and ${t.employerOrganisationId} is not null)`,
    ),
  ],
)

/**
 * Every normalised surname of the registrations, once; kept by the trigger `registrations_keep_surnames`
 * (migration). The public name search matches the term against this short list with pg_trgm, then reads the
 * registrations of each matching name through `registrations_surname_search_idx` (or, with initials,
 * `registrations_surname_initials_idx`): a common name costs the 20 rows shown, not the thousands that match.
 */
export const registrationSurnames = pgTable('registration_surnames', { surnameSearch: text().primaryKey() }, (t) => [
  // fastupdate off: a new name is in the index at once, not in a pending list that every search reads through
  index('registration_surnames_trgm_idx').using('gin', t.surnameSearch.op('gin_trgm_ops')).with({ fastupdate: false }),
])

/** Append-only history of every status transition (a trigger refuses UPDATE, DELETE and TRUNCATE). */
export const registrationStatusChanges = pgTable(
  'registration_status_changes',
  {
    id: uuid().primaryKey().defaultRandom(),
    registrationId: uuid()
      .notNull()
      .references(() => registrations.id),
    /** The state-machine action, e.g. `approve`, `suspend`, `re-enter`. */
    action: text().notNull(),
    /** Null for the first entry (the application). */
    fromStatus: text({ enum: REGISTRATION_STATUSES }),
    toStatus: text({ enum: REGISTRATION_STATUSES }).notNull(),
    effectiveDate: date().notNull(),
    reason: text().notNull().default(''),
    /** Who decided; null for the system (e.g. a lapse at the cycle end). */
    actorId: uuid().references(() => users.id),
    /** Second member of the register office who confirmed a removal (four eyes). */
    confirmedById: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** Last day a measure (suspension, removal) is shown publicly. */
    publicUntil: date(),
  },
  (t) => [
    index('registration_status_changes_registration_idx').on(t.registrationId, t.decidedAt),
    check(
      'registration_status_changes_confirmer_differs',
      sql`${t.confirmedById} is null or ${t.actorId} is null or ${t.confirmedById} <> ${t.actorId}`,
    ),
  ],
)

/** Registration periods (usually 5 years); CPD is assessed per cycle. */
export const registrationCycles = pgTable(
  'registration_cycles',
  {
    id: uuid().primaryKey().defaultRandom(),
    registrationId: uuid()
      .notNull()
      .references(() => registrations.id),
    /** 1 for the first cycle, then 2, 3, … */
    number: integer().notNull(),
    startDate: date().notNull(),
    /** Last day of the cycle (inclusive). */
    endDate: date().notNull(),
    /** A decided postponement (uitstel) moves the effective end to this day. */
    postponedUntil: date(),
    closedAt: timestamp({ withTimezone: true, mode: 'date' }),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    unique('registration_cycles_registration_number_uq').on(t.registrationId, t.number),
    index('registration_cycles_open_end_idx').on(t.endDate).where(sql`${t.closedAt} is null`),
    check('registration_cycles_end_after_start', sql`${t.endDate} > ${t.startDate}`),
    check(
      'registration_cycles_postponed_after_end',
      sql`${t.postponedUntil} is null or ${t.postponedUntil} > ${t.endDate}`,
    ),
  ],
)
