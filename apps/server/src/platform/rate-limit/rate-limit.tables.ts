import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/** Shared rate-limit counters, so several app instances enforce one limit. */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text().primaryKey(),
    count: integer().notNull(),
    resetAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('rate_limits_reset_at_idx').on(t.resetAt)],
)
