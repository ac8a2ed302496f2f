import { and, count, desc, eq, gte, like, lte, type SQL } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { users } from '../../modules/identity/identity.tables.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'

export interface AuditFilter {
  actorId?: string
  actionPrefix?: string
  result?: 'success' | 'failure' | 'denied'
  from?: Date
  to?: Date
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`)

function whereOf(filter: AuditFilter): SQL | undefined {
  const conditions: SQL[] = []
  if (filter.actorId) conditions.push(eq(auditEvents.actorId, filter.actorId))
  if (filter.actionPrefix) conditions.push(like(auditEvents.action, `${escapeLike(filter.actionPrefix)}%`))
  if (filter.result) conditions.push(eq(auditEvents.result, filter.result))
  if (filter.from) conditions.push(gte(auditEvents.occurredAt, filter.from))
  if (filter.to) conditions.push(lte(auditEvents.occurredAt, filter.to))
  return conditions.length > 0 ? and(...conditions) : undefined
}

/**
 * Newest first. The actor's e-mail comes from a read-only join on identity's `users` table: the audit trail is
 * a cross-cutting read model, and one join is far cheaper than a lookup per row.
 */
export async function findAuditEvents(db: DbOrTx, filter: AuditFilter, page: number, pageSize: number) {
  const where = whereOf(filter)
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: auditEvents.id,
        occurredAt: auditEvents.occurredAt,
        actorId: auditEvents.actorId,
        actorEmail: users.email,
        action: auditEvents.action,
        objectType: auditEvents.objectType,
        objectId: auditEvents.objectId,
        result: auditEvents.result,
        origin: auditEvents.origin,
        requestId: auditEvents.requestId,
        details: auditEvents.details,
      })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(where)
      .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ value: count() }).from(auditEvents).where(where),
  ])
  return { items, total: total?.value ?? 0 }
}
