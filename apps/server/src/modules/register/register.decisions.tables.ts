import { sql } from 'drizzle-orm'
import { check, date, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from '../identity/identity.tables.ts'
import { registrationCycles, registrations } from './register.tables.ts'

export const REMOVAL_REQUEST_STATES = ['pending', 'confirmed', 'cancelled'] as const
export type RemovalRequestState = (typeof REMOVAL_REQUEST_STATES)[number]

/**
 * A removal (doorhaling) asked for by one member of the register office and, with four eyes, confirmed by another;
 * the confirmation writes the status change. At most one pending request per registration.
 */
export const removalRequests = pgTable(
  'removal_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    registrationId: uuid()
      .notNull()
      .references(() => registrations.id),
    state: text({ enum: REMOVAL_REQUEST_STATES }).notNull().default('pending'),
    reason: text().notNull(),
    effectiveDate: date().notNull(),
    /** Last day the removal is shown publicly. */
    publicUntil: date(),
    requestedById: uuid()
      .notNull()
      .references(() => users.id),
    requestedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    resolvedById: uuid().references(() => users.id),
    resolvedAt: timestamp({ withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('removal_requests_one_pending_uq').on(t.registrationId).where(sql`${t.state} = 'pending'`),
    check(
      'removal_requests_four_eyes',
      sql`${t.state} <> 'confirmed' or (${t.resolvedById} is not null and ${t.resolvedById} <> ${t.requestedById})`,
    ),
  ],
)

export const CYCLE_DECISION_KINDS = ['postponement', 'hardship'] as const
export type CycleDecisionKind = (typeof CYCLE_DECISION_KINDS)[number]

/**
 * Recorded decisions about a cycle: a postponement (uitstel) moves its end to `postponedUntil`; a hardship decision
 * (hardheidsclausule) records an exception with its reason and what it means (`outcome`). Append-only.
 */
export const cycleDecisions = pgTable(
  'cycle_decisions',
  {
    id: uuid().primaryKey().defaultRandom(),
    cycleId: uuid()
      .notNull()
      .references(() => registrationCycles.id),
    kind: text({ enum: CYCLE_DECISION_KINDS }).notNull(),
    reason: text().notNull(),
    /** What was decided, in words (e.g. "norm verlaagd naar 150 punten"). */
    outcome: text().notNull().default(''),
    postponedUntil: date(),
    decidedById: uuid()
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('cycle_decisions_cycle_idx').on(t.cycleId, t.decidedAt),
    check('cycle_decisions_postponement_date', sql`(${t.kind} = 'postponement') = (${t.postponedUntil} is not null)`),
  ],
)

export const REMINDER_KINDS = ['six-months', 'three-months', 'twelve-weeks'] as const

/** Which cycle-end reminders were sent: the primary key makes sending one twice impossible. */
export const cycleReminders = pgTable(
  'cycle_reminders',
  {
    cycleId: uuid()
      .notNull()
      .references(() => registrationCycles.id),
    kind: text({ enum: REMINDER_KINDS }).notNull(),
    /** The cycle end the reminder was about (a postponement makes new reminders due). */
    cycleEnd: date().notNull(),
    sentAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.cycleId, t.kind, t.cycleEnd] })],
)

/** Open Badges credentials issued for a registration (signed JSON as sent); the status list entry is by credentialId. */
export const registrationCredentials = pgTable(
  'registration_credentials',
  {
    /** The credential's `id` (`urn:uuid:…`). */
    credentialId: text().primaryKey(),
    registrationId: uuid()
      .notNull()
      .references(() => registrations.id),
    cycleId: uuid().references(() => registrationCycles.id),
    validFrom: date().notNull(),
    validUntil: date().notNull(),
    document: jsonb().notNull(),
    issuedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('registration_credentials_registration_idx').on(t.registrationId, t.issuedAt)],
)
