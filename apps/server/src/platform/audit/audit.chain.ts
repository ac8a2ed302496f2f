import { createHash } from 'node:crypto'
import { asc, gt } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { auditEvents } from './audit.tables.ts'

/** The prevHash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64)

/** The fields an entry's hash covers (everything but its id and its own hash). */
export interface ChainedFields {
  occurredAt: Date
  actorId: string | null
  action: string
  objectType: string | null
  objectId: string | null
  result: 'success' | 'failure' | 'denied'
  origin: string | null
  requestId: string | null
  details: Record<string, unknown>
}

/** JSON with object keys sorted at every level, so the same entry always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const keys = Object.keys(value as Record<string, unknown>)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`
}

/** hash = sha256(prevHash + canonical JSON of the entry), hex. */
export function hashEntry(prevHash: string, fields: ChainedFields): string {
  const canonical = canonicalJson({
    occurredAt: fields.occurredAt.toISOString(),
    actorId: fields.actorId,
    action: fields.action,
    objectType: fields.objectType,
    objectId: fields.objectId,
    result: fields.result,
    origin: fields.origin,
    requestId: fields.requestId,
    details: fields.details,
  })
  return createHash('sha256').update(prevHash).update(canonical).digest('hex')
}

export type ChainVerification =
  | { ok: true; checked: number; lastHash: string }
  | { ok: false; checked: number; brokenAt: { id: number; reason: 'prev-hash-mismatch' | 'hash-mismatch' } }

/** Walks the whole chain in id order, in batches, recomputing every hash. */
export async function verifyAuditChain(db: DbOrTx, options: { batchSize?: number } = {}): Promise<ChainVerification> {
  const batchSize = options.batchSize ?? 1000
  let expectedPrev = GENESIS_HASH
  let lastId = 0
  let checked = 0
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.id, lastId))
      .orderBy(asc(auditEvents.id))
      .limit(batchSize)
    for (const row of rows) {
      if (row.prevHash !== expectedPrev)
        return { ok: false, checked, brokenAt: { id: row.id, reason: 'prev-hash-mismatch' } }
      if (hashEntry(row.prevHash, row) !== row.hash) {
        return { ok: false, checked, brokenAt: { id: row.id, reason: 'hash-mismatch' } }
      }
      expectedPrev = row.hash
      lastId = row.id
      checked++
    }
    if (rows.length < batchSize) return { ok: true, checked, lastHash: expectedPrev }
  }
}
