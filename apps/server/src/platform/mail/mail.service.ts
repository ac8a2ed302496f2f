import { count, desc, eq } from 'drizzle-orm'
import { PgTransaction } from 'drizzle-orm/pg-core'
import type { AppDeps } from '../../app.ts'
import type { DbOrTx, Tx } from '../../db/client.ts'
import { QUEUES } from '../jobs/jobs.ts'
import { type MailAttachment, outboxMails } from './mail.tables.ts'

export interface MailMessage {
  to: string
  /** Name of the mail, for the outbox and tests, e.g. `identity.verify-email`. */
  template: string
  subject: string
  text: string
  html?: string
  /** Text attachments (e.g. an `.ics`), kept with the outbox row. */
  attachments?: MailAttachment[]
}

/** The job data of `mail.send`: only the outbox id, never the address or the text. */
export interface MailJob {
  outboxId: string
}

/**
 * Puts a mail in the outbox inside the caller's transaction and enqueues the send job (pg-boss,
 * same transaction): the mail goes out exactly when the change commits.
 */
export async function enqueueMail(deps: AppDeps, tx: DbOrTx, mail: MailMessage): Promise<string> {
  if (!(tx instanceof PgTransaction)) return deps.database.db.transaction((inner) => enqueueMail(deps, inner, mail))
  const [row] = await (tx as Tx)
    .insert(outboxMails)
    .values({
      toAddress: mail.to,
      subject: mail.subject,
      textBody: mail.text,
      htmlBody: mail.html ?? null,
      template: mail.template,
      attachments: mail.attachments?.length ? mail.attachments : null,
      createdAt: deps.clock(),
    })
    .returning({ id: outboxMails.id })
  const job: MailJob = { outboxId: row!.id }
  await deps.jobs.send(QUEUES.mailSend, job, tx)
  return row!.id
}

/** The outbox, newest first (the development mailbox). */
export async function listOutboxMails(db: DbOrTx, page: number, pageSize: number) {
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(outboxMails)
      .orderBy(desc(outboxMails.createdAt), desc(outboxMails.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ value: count() }).from(outboxMails),
  ])
  return { items, total: total?.value ?? 0 }
}

export function findOutboxMail(db: DbOrTx, id: string) {
  return db
    .select()
    .from(outboxMails)
    .where(eq(outboxMails.id, id))
    .then((rows) => rows[0])
}
