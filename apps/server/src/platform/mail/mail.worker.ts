import { eq, sql } from 'drizzle-orm'
import type { AppDeps } from '../../app.ts'
import { QUEUES } from '../jobs/jobs.ts'
import type { MailJob } from './mail.service.ts'
import { outboxMails } from './mail.tables.ts'
import { createMailTransport, type MailTransport } from './mail.transport.ts'

interface Attempt {
  retryCount: number
  retryLimit: number
}

/**
 * Sends one outbox mail and records the attempt. Throws on failure so pg-boss retries it with backoff;
 * the last failed attempt marks the mail `failed`. A mail already sent is never sent twice.
 */
export async function sendOutboxMail(deps: AppDeps, send: MailTransport, job: MailJob, attempt: Attempt) {
  const db = deps.database.db
  const [mail] = await db.select().from(outboxMails).where(eq(outboxMails.id, job.outboxId))
  if (!mail || mail.status === 'sent') return
  try {
    await send({
      id: mail.id,
      to: mail.toAddress,
      subject: mail.subject,
      text: mail.textBody,
      html: mail.htmlBody,
      attachments: mail.attachments ?? [],
    })
  } catch (error) {
    const last = attempt.retryCount >= attempt.retryLimit
    await db
      .update(outboxMails)
      .set({
        attempts: sql`${outboxMails.attempts} + 1`,
        lastError: errorText(error),
        status: last ? 'failed' : 'pending',
      })
      .where(eq(outboxMails.id, mail.id))
    throw error
  }
  await db
    .update(outboxMails)
    .set({ attempts: sql`${outboxMails.attempts} + 1`, status: 'sent', sentAt: deps.clock(), lastError: null })
    .where(eq(outboxMails.id, mail.id))
}

/** Starts the `mail.send` worker in this process; returns a function that releases the transport. */
export async function startMailWorker(deps: AppDeps): Promise<() => void> {
  const transport = createMailTransport(deps.config)
  await deps.jobs.work<MailJob>(QUEUES.mailSend, (job) => sendOutboxMail(deps, transport.send, job.data, job))
  return transport.close
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.slice(0, 1000)
}
