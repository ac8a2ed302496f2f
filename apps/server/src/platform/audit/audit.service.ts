import type { DbOrTx } from '../../db/client.ts'
import type { RequestContext } from '../auth/actor.ts'

export interface AuditEntry {
  /** e.g. `identity.login`, `identity.mfa.enabled`, `organisations.membership.added` */
  action: string
  objectType?: string
  objectId?: string
  result: 'success' | 'failure' | 'denied'
  /** Extra facts; never a secret, a password, a token or a code. */
  details?: Record<string, unknown>
  /** Override the acting user (e.g. a login before a session exists). */
  actorId?: string | null
}

/**
 * Appends one entry to the hash-chained audit trail, inside the caller's transaction so the entry
 * exists exactly when the change does. Security events without a change use the database directly.
 */
export async function recordAudit(db: DbOrTx, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  // IMPLEMENTED BY THE PLATFORM WORK (hash chain under an advisory lock).
  void db
  void ctx
  void entry
  throw new Error('recordAudit is not implemented yet')
}
