import { sql } from 'drizzle-orm'
import { check, index, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core'
import { users } from '../identity/identity.tables.ts'
import { events } from './events.tables.ts'

/**
 * Who has evaluated an event: one row per (event, person), the primary key makes a second submission fail. It holds
 * no answers and no time (decision 015), so it cannot be matched to a row of `event_evaluations`.
 */
export const eventEvaluationSubmissions = pgTable(
  'event_evaluation_submissions',
  {
    eventId: uuid()
      .notNull()
      .references(() => events.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId] }), index('event_evaluation_submissions_user_idx').on(t.userId)],
)

/**
 * The answers of one evaluation, without any link to a person: no user, no sign-up, no time; a random id (UUID v4),
 * so neither the id nor an order by it says who or when. Scores 1–5; a comment of at most 2,000 characters.
 */
export const eventEvaluations = pgTable(
  'event_evaluations',
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id),
    contentScore: smallint().notNull(),
    speakerScore: smallint().notNull(),
    usefulnessScore: smallint().notNull(),
    comment: text().notNull().default(''),
  },
  (t) => [
    index('event_evaluations_event_idx').on(t.eventId),
    check(
      'event_evaluations_scores',
      sql`${t.contentScore} between 1 and 5 and ${t.speakerScore} between 1 and 5 and ${t.usefulnessScore} between 1 and 5`,
    ),
    check('event_evaluations_comment_length', sql`char_length(${t.comment}) <= 2000`),
  ],
)
