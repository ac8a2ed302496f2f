import { sql } from 'drizzle-orm'
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from '../identity/identity.tables.ts'
import { registrationCycles, registrations } from '../register/register.tables.ts'

/**
 * What a professional asks for at the end of a cycle: re-registration (`regular`), a postponement of the cycle end
 * (`postponement`, with a reason and a requested date), or a limited-term re-registration that shifts the cycle by
 * `shiftYears` (points from the dropped years lapse).
 */
export const REREGISTRATION_KINDS = ['regular', 'postponement', 'limited-term'] as const
export type ReregistrationKind = (typeof REREGISTRATION_KINDS)[number]

export const REREGISTRATION_STATES = ['submitted', 'approved', 'rejected', 'withdrawn'] as const
export type ReregistrationState = (typeof REREGISTRATION_STATES)[number]

/**
 * A request at the end of a cycle, decided by the register office. The norm check at submission is kept
 * (`normCheck`), so the decision can be read later as it was made. At most one open request per cycle.
 */
export const reregistrationRequests = pgTable(
  'reregistration_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    registrationId: uuid()
      .notNull()
      .references(() => registrations.id),
    cycleId: uuid()
      .notNull()
      .references(() => registrationCycles.id),
    kind: text({ enum: REREGISTRATION_KINDS }).notNull(),
    state: text({ enum: REREGISTRATION_STATES }).notNull().default('submitted'),
    reason: text().notNull().default(''),
    /** For a postponement: the requested new end of the cycle. */
    postponedUntil: date(),
    /** For a limited-term re-registration: how many years the cycle shifts. */
    shiftYears: integer(),
    normCheck: jsonb().$type<Record<string, unknown>>().notNull(),
    submittedById: uuid()
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    decidedById: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true, mode: 'date' }),
    decisionReason: text().notNull().default(''),
  },
  (t) => [
    uniqueIndex('reregistration_requests_one_open_uq').on(t.cycleId).where(sql`${t.state} = 'submitted'`),
    index('reregistration_requests_queue_idx').on(t.state, t.submittedAt),
    check(
      'reregistration_requests_kind_fields',
      sql`(${t.kind} = 'postponement') = (${t.postponedUntil} is not null) and (${t.kind} = 'limited-term') = (${t.shiftYears} is not null)`,
    ),
  ],
)
