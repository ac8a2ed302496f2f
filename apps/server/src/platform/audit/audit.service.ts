import { desc, sql } from 'drizzle-orm'
import { PgTransaction } from 'drizzle-orm/pg-core'
import type { DbOrTx, Tx } from '../../db/client.ts'
import type { RequestContext } from '../auth/actor.ts'
import { type ChainedFields, GENESIS_HASH, hashEntry } from './audit.chain.ts'
import { auditEvents } from './audit.tables.ts'

export interface AuditEntry {
  /** e.g. `identity.login`, `identity.mfa.enabled`, `organisations.membership.added` */
  action: string
  objectType?: string
  objectId?: string
  result: 'success' | 'failure' | 'denied'
  /** Extra facts; never a secret, a password, a token or a code (such keys are redacted). */
  details?: Record<string, unknown>
  /** Override the acting user (e.g. a login before a session exists). */
  actorId?: string | null
  /** When it happened; pass `deps.clock()` so tests that move the clock see it. Defaults to now. */
  occurredAt?: Date
}

/** An arbitrary constant: the transaction-level advisory lock that serialises appends to the chain. */
export const AUDIT_CHAIN_LOCK = 7_202_612

const SECRET_KEY = /password|secret|token|totp|recovery|cookie|^code$|^otp$/i

/** Drops undefined values, turns dates into ISO strings (as jsonb stores them) and redacts secret-looking keys. */
export function sanitizeDetails(details: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!details) return {}
  const json = JSON.parse(JSON.stringify(details)) as Record<string, unknown>
  const redact = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(redact)
    if (value === null || typeof value !== 'object') return value
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, SECRET_KEY.test(key) ? '[redacted]' : redact(inner)]),
    )
  }
  return redact(json) as Record<string, unknown>
}

/**
 * Appends one entry to the hash-chained audit trail, inside the caller's transaction so the entry
 * exists exactly when the change does. Security events without a change use the database directly
 * (then this opens its own transaction). Call it late in a transaction: the chain lock is held until commit.
 */
export async function recordAudit(db: DbOrTx, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  if (db instanceof PgTransaction) {
    await appendEntry(db as Tx, ctx, entry)
    return
  }
  await db.transaction((tx) => appendEntry(tx, ctx, entry))
}

async function appendEntry(tx: Tx, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`)
  const [last] = await tx.select({ hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1)
  const prevHash = last?.hash ?? GENESIS_HASH
  const fields: ChainedFields = {
    // Whole milliseconds: what a JavaScript Date holds, so the stored time hashes the same when read back.
    occurredAt: new Date((entry.occurredAt ?? new Date()).getTime()),
    actorId: entry.actorId !== undefined ? entry.actorId : (ctx.actor?.userId ?? null),
    action: entry.action,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId ?? null,
    result: entry.result,
    origin: ctx.origin,
    requestId: ctx.requestId,
    details: sanitizeDetails(entry.details),
  }
  await tx.insert(auditEvents).values({ ...fields, prevHash, hash: hashEntry(prevHash, fields) })
}
