import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { users } from '../identity/identity.tables.ts'

export const DATA_REQUEST_KINDS = ['correction', 'erasure'] as const
export type DataRequestKind = (typeof DATA_REQUEST_KINDS)[number]
export const DATA_REQUEST_STATES = ['open', 'completed', 'declined'] as const
export type DataRequestState = (typeof DATA_REQUEST_STATES)[number]

/** A person's request to correct or erase their personal data (AVG art. 16 and 17), handled by the register office. */
export const dataRequests = pgTable(
  'data_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Null after an erasure was carried out (the request itself is kept, without the person). */
    userId: uuid().references(() => users.id, { onDelete: 'set null' }),
    kind: text({ enum: DATA_REQUEST_KINDS }).notNull(),
    /** What should be corrected, or why erasure is asked for. */
    details: text().notNull().default(''),
    state: text({ enum: DATA_REQUEST_STATES }).notNull().default('open'),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    handledById: uuid().references(() => users.id),
    handledAt: timestamp({ withTimezone: true, mode: 'date' }),
    /** The register office's answer to the person. */
    resolution: text().notNull().default(''),
  },
  (t) => [index('data_requests_state_idx').on(t.state, t.createdAt), index('data_requests_user_idx').on(t.userId)],
)
