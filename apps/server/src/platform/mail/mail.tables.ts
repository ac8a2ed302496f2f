import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'

/** A text attachment of a mail, e.g. an `.ics` file. */
export interface MailAttachment {
  filename: string
  contentType: string
  content: string
}

/** Transactional outbox: written in the same transaction as the change that causes the mail. */
export const outboxMails = pgTable(
  'outbox_mails',
  {
    id: uuid().primaryKey().defaultRandom(),
    toAddress: text().notNull(),
    subject: text().notNull(),
    textBody: text().notNull(),
    htmlBody: text(),
    template: text().notNull(),
    attachments: jsonb().$type<MailAttachment[]>(),
    status: text({ enum: ['pending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer().notNull().default(0),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true, mode: 'date' }),
  },
  (t) => [index('outbox_mails_status_idx').on(t.status, t.createdAt)],
)
