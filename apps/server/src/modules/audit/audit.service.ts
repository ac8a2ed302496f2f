import type { AppDeps } from '../../app.ts'
import { canAudit } from '../../platform/audit/audit.policy.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { AppError, badRequest } from '../../platform/http/errors.ts'
import { findAuditEvents } from './audit.repository.ts'
import type { AuditEventQuery } from './audit.schemas.ts'

const MESSAGES = {
  nl: { order: 'De einddatum moet na de begindatum liggen.', invalid: 'Niet alle gegevens zijn goed ingevuld.' },
  en: { order: 'The end must be after the start.', invalid: 'Some fields are not filled in correctly.' },
}

/** The audit trail with filters, newest first. Register office and admins only; a refusal is itself audited. */
export async function listAuditEvents(deps: AppDeps, ctx: RequestContext, query: AuditEventQuery) {
  try {
    authorize(canAudit, ctx.actor, 'read', undefined)
  } catch (error) {
    if (error instanceof AppError && error.status === 403) {
      await recordAudit(deps.database.db, ctx, { action: 'audit.read', result: 'denied', occurredAt: deps.clock() })
    }
    throw error
  }
  const from = query.from ? new Date(query.from) : undefined
  const to = query.to ? new Date(query.to) : undefined
  if (from && to && from > to) {
    const text = MESSAGES[ctx.locale]
    throw badRequest(text.invalid, [{ in: 'query', name: 'to', code: 'range', reason: text.order }])
  }
  const { items, total } = await findAuditEvents(
    deps.database.db,
    { actorId: query.actorId, actionPrefix: query.action, result: query.result, from, to },
    query.page,
    query.pageSize,
  )
  return {
    items: items.map((item) => ({ ...item, occurredAt: item.occurredAt.toISOString() })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  }
}
