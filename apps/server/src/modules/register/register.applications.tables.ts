import { sql } from 'drizzle-orm'
import { check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { documents } from '../../platform/storage/storage.tables.ts'
import { users } from '../identity/identity.tables.ts'
import { registrations } from './register.tables.ts'

/**
 * States of an application: in the register office's queue (`submitted`), waiting for the applicant's answer
 * (`info-requested`), or decided. An answer puts it back in the queue.
 */
export const APPLICATION_STATES = ['submitted', 'info-requested', 'approved', 'rejected', 'withdrawn'] as const
export type ApplicationState = (typeof APPLICATION_STATES)[number]

/**
 * One application for a registration: the first one, a new one after a rejection, or one for re-entry. The
 * registration row holds who and what (name parts, profession, employer); the application holds the evidence and the
 * review. At most one application per registration is open at a time.
 */
export const registrationApplications = pgTable(
  'registration_applications',
  {
    id: uuid().primaryKey().defaultRandom(),
    registrationId: uuid()
      .notNull()
      .references(() => registrations.id),
    state: text({ enum: APPLICATION_STATES }).notNull().default('submitted'),
    educationInstitution: text().notNull(),
    educationProgramme: text().notNull(),
    /** Date on the diploma. */
    educationDate: date().notNull(),
    diplomaDocumentId: uuid()
      .notNull()
      .references(() => documents.id),
    /** The version of the professional code (beroepscode) the applicant accepted, and when. */
    codeVersion: text().notNull(),
    codeAcceptedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    submittedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** When it last (re-)entered the queue: at submission and after each answer; the queue is ordered by it. */
    queuedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    decidedAt: timestamp({ withTimezone: true, mode: 'date' }),
    decidedById: uuid().references(() => users.id),
    /** Why it was rejected (shown to the applicant). */
    decisionReason: text().notNull().default(''),
  },
  (t) => [
    uniqueIndex('registration_applications_one_open_uq')
      .on(t.registrationId)
      .where(sql`${t.state} in ('submitted', 'info-requested')`),
    index('registration_applications_queue_idx').on(t.state, t.queuedAt),
    check(
      'registration_applications_decided',
      sql`(${t.state} in ('submitted', 'info-requested')) = (${t.decidedAt} is null)`,
    ),
  ],
)

export const APPLICATION_MESSAGE_KINDS = ['info-request', 'answer'] as const
export type ApplicationMessageKind = (typeof APPLICATION_MESSAGE_KINDS)[number]

/** The conversation on an application: the register office's questions and the applicant's answers (append-only). */
export const applicationMessages = pgTable(
  'application_messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => registrationApplications.id),
    kind: text({ enum: APPLICATION_MESSAGE_KINDS }).notNull(),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    body: text().notNull(),
    /** An extra document sent with an answer (e.g. a clearer copy of the diploma). */
    documentId: uuid().references(() => documents.id),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('application_messages_application_idx').on(t.applicationId, t.createdAt)],
)
