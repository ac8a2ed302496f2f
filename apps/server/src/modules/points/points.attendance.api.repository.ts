import { and, count, desc, eq, isNull, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { idempotencyRecords, organisationApiKeys } from './points.attendance.tables.ts'

// Queries of organisations' API keys and the Idempotency-Key records of the attendance API.

const keyColumns = {
  id: organisationApiKeys.id,
  organisationId: organisationApiKeys.organisationId,
  name: organisationApiKeys.name,
  prefix: organisationApiKeys.prefix,
  createdById: organisationApiKeys.createdById,
  createdAt: organisationApiKeys.createdAt,
  lastUsedAt: organisationApiKeys.lastUsedAt,
  revokedAt: organisationApiKeys.revokedAt,
}

export async function insertApiKey(
  tx: DbOrTx,
  input: { organisationId: string; name: string; prefix: string; keyHash: string; createdById: string; now: Date },
) {
  const { now, ...values } = input
  const [row] = await tx
    .insert(organisationApiKeys)
    .values({ ...values, createdAt: now })
    .returning(keyColumns)
  return row!
}
export type ApiKeyRow = Awaited<ReturnType<typeof insertApiKey>>

export async function listApiKeys(db: DbOrTx, organisationId: string, query: { page: number; pageSize: number }) {
  const where = eq(organisationApiKeys.organisationId, organisationId)
  const [items, [total]] = await Promise.all([
    db
      .select(keyColumns)
      .from(organisationApiKeys)
      .where(where)
      .orderBy(sql`${organisationApiKeys.revokedAt} is not null`, desc(organisationApiKeys.createdAt))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(organisationApiKeys).where(where),
  ])
  return { items, total: total?.total ?? 0 }
}

export async function findApiKey(db: DbOrTx, organisationId: string, apiKeyId: string, forUpdate = false) {
  const query = db
    .select(keyColumns)
    .from(organisationApiKeys)
    .where(and(eq(organisationApiKeys.id, apiKeyId), eq(organisationApiKeys.organisationId, organisationId)))
  const [row] = forUpdate ? await query.for('update') : await query
  return row ?? null
}

export async function revokeApiKey(tx: DbOrTx, apiKeyId: string, by: string, now: Date) {
  const [row] = await tx
    .update(organisationApiKeys)
    .set({ revokedAt: now, revokedById: by })
    .where(eq(organisationApiKeys.id, apiKeyId))
    .returning(keyColumns)
  return row!
}

/** The key that is not revoked with this hash, marking it used now (one statement). */
export async function markKeyUsed(db: DbOrTx, keyHash: string, now: Date) {
  const [row] = await db
    .update(organisationApiKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(organisationApiKeys.keyHash, keyHash), isNull(organisationApiKeys.revokedAt)))
    .returning(keyColumns)
  return row ?? null
}

/** Serialises requests with the same key and Idempotency-Key until the transaction ends. */
export async function lockIdempotencyKey(tx: DbOrTx, apiKeyId: string, key: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${apiKeyId}:${key}`}, 0))`)
}

export async function findIdempotencyRecord(db: DbOrTx, apiKeyId: string, key: string) {
  const [row] = await db
    .select()
    .from(idempotencyRecords)
    .where(and(eq(idempotencyRecords.apiKeyId, apiKeyId), eq(idempotencyRecords.key, key)))
  return row ?? null
}

export async function insertIdempotencyRecord(
  tx: DbOrTx,
  input: { apiKeyId: string; key: string; requestHash: string; statusCode: number; responseBody: unknown; now: Date },
) {
  const { now, ...values } = input
  await tx.insert(idempotencyRecords).values({ ...values, createdAt: now })
}
