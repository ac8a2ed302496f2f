import type { AppDeps } from '../../app.ts'
import type { DbOrTx } from '../../db/client.ts'

export interface MailMessage {
  to: string
  /** Name of the mail, for the outbox and tests, e.g. `identity.verify-email`. */
  template: string
  subject: string
  text: string
  html?: string
}

/**
 * Puts a mail in the outbox inside the caller's transaction and enqueues the send job (pg-boss,
 * same transaction): the mail goes out exactly when the change commits.
 */
export async function enqueueMail(deps: AppDeps, tx: DbOrTx, mail: MailMessage): Promise<string> {
  // IMPLEMENTED BY THE PLATFORM WORK.
  void deps
  void tx
  void mail
  throw new Error('enqueueMail is not implemented yet')
}
