import { createHash, randomBytes } from 'node:crypto'
import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { Actor, RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { conflict, invalidField, notFound, unauthenticated } from '../../platform/http/errors.ts'
import { getOrganisation, membershipsOfUser } from '../organisations/organisations.service.ts'
import * as repo from './points.attendance.api.repository.ts'
import { attendanceMessage } from './points.attendance.messages.ts'
import { canAttendance } from './points.attendance.policy.ts'

// Per-organisation API keys: created by provider staff (the key is shown once and stored as its SHA-256), listed,
// revoked; every change audited. `actorOfApiKey` turns a Bearer key into the actor of an API request.

const KEY_PREFIX = 'vrk_'
/** Characters of the key kept in the clear to tell keys apart (`vrk_` and 8 more). */
const SHOWN = 12

export const hashApiKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex')

const presentKey = (row: repo.ApiKeyRow) => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
})

async function organisationFor(deps: AppDeps, ctx: RequestContext, organisationId: string) {
  if (!ctx.actor) throw unauthenticated()
  try {
    await getOrganisation(deps, ctx, organisationId)
  } catch (error) {
    if ((error as { status?: number }).status === 404) {
      throw notFound(attendanceMessage(ctx.locale, 'organisationNotFound'))
    }
    throw error
  }
  authorize(canAttendance, ctx.actor, 'manageApiKeys', { organisationId })
}

/** Creates a key; the answer holds the key itself, which is never shown again. */
export async function createApiKey(
  deps: AppDeps,
  ctx: RequestContext,
  organisationId: string,
  input: { name: string },
) {
  await organisationFor(deps, ctx, organisationId)
  const name = input.name.trim()
  if (name === '') throw invalidField('name', 'minLength', attendanceMessage(ctx.locale, 'apiKeyNameRequired'))
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`
  const now = deps.clock()
  return deps.database.db.transaction(async (tx) => {
    const row = await repo.insertApiKey(tx, {
      organisationId,
      name,
      prefix: key.slice(0, SHOWN),
      keyHash: hashApiKey(key),
      createdById: ctx.actor!.userId,
      now,
    })
    await recordAudit(tx, ctx, {
      action: 'points.api-key.created',
      objectType: 'organisation-api-key',
      objectId: row.id,
      result: 'success',
      occurredAt: now,
      details: { organisationId, name, prefix: row.prefix },
    })
    return { ...presentKey(row), key }
  })
}

export async function listApiKeys(
  deps: AppDeps,
  ctx: RequestContext,
  organisationId: string,
  query: { page: number; pageSize: number },
) {
  await organisationFor(deps, ctx, organisationId)
  const { items, total } = await repo.listApiKeys(deps.database.db, organisationId, query)
  return { items: items.map(presentKey), page: query.page, pageSize: query.pageSize, total }
}

/** Revokes a key at once (it stays listed, for the audit trail); a revoked key is a 409. */
export async function revokeApiKey(deps: AppDeps, ctx: RequestContext, organisationId: string, apiKeyId: string) {
  await organisationFor(deps, ctx, organisationId)
  return deps.database.db.transaction(async (tx) => {
    const row = await repo.findApiKey(tx, organisationId, apiKeyId, true)
    if (!row) throw notFound(attendanceMessage(ctx.locale, 'apiKeyNotFound'))
    if (row.revokedAt) throw conflict(attendanceMessage(ctx.locale, 'apiKeyRevoked'))
    const now = deps.clock()
    const revoked = await repo.revokeApiKey(tx, apiKeyId, ctx.actor!.userId, now)
    await recordAudit(tx, ctx, {
      action: 'points.api-key.revoked',
      objectType: 'organisation-api-key',
      objectId: apiKeyId,
      result: 'success',
      occurredAt: now,
      details: { organisationId, prefix: row.prefix },
    })
    return presentKey(revoked)
  })
}

/**
 * The actor of a request with `Authorization: Bearer <key>`: the organisation's key (not revoked), acting for the
 * person who created it while that person is still provider staff there, with no roles or memberships of its own.
 * Null when the header or key is not valid.
 */
export async function actorOfApiKey(deps: AppDeps, authorization: string | undefined): Promise<Actor | null> {
  const match = /^Bearer ([A-Za-z0-9_-]{16,200})$/.exec(authorization?.trim() ?? '')
  if (!match || !match[1]!.startsWith(KEY_PREFIX)) return null
  const row = await repo.markKeyUsed(deps.database.db, hashApiKey(match[1]!), deps.clock())
  if (!row?.createdById) return null
  // The key works only while its creator is still provider staff of the organisation.
  const memberships = await membershipsOfUser(deps.database.db, row.createdById)
  if (!memberships.some((m) => m.organisationId === row.organisationId && m.role === 'provider_staff')) return null
  return {
    userId: row.createdById,
    staffRoles: [],
    memberships: [],
    sessionId: null,
    apiKey: { id: row.id, organisationId: row.organisationId },
  }
}
