import { and, eq, isNull } from 'drizzle-orm'
import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { conflict, notFound } from '../../platform/http/errors.ts'
import { authorizeOrAudit, isDbError } from './points.accreditation.common.ts'
import { accreditationMessage } from './points.accreditation.messages.ts'
import { canAccreditation } from './points.accreditation.policy.ts'
import * as repo from './points.accreditation.repository.ts'
import type { MarkProviderBody } from './points.accreditation.schemas.ts'
import { accreditedProviders } from './points.accreditation.tables.ts'

// Accredited providers (erkende aanbieders): marked and unmarked by the register office, audited.

export async function listProviders(deps: AppDeps, ctx: RequestContext, query: { page: number; pageSize: number }) {
  authorize(canAccreditation, ctx.actor, 'manageAccreditedProviders', {})
  const { items, total } = await repo.listProviderOrganisations(deps.database.db, query.page, query.pageSize)
  return {
    items: items.map((i) => ({ ...i, grantedAt: i.grantedAt?.toISOString() ?? null })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  }
}

/** Marks an organisation as accredited provider: from now on its submissions are accredited at once. */
export async function markProvider(deps: AppDeps, ctx: RequestContext, body: MarkProviderBody) {
  const audit = { action: 'points.provider.accredited', objectType: 'organisation', objectId: body.organisationId }
  await authorizeOrAudit(deps, ctx, 'manageAccreditedProviders', {}, audit)
  const organisation = await repo.findOrganisation(deps.database.db, body.organisationId)
  if (!organisation) throw notFound(accreditationMessage(ctx.locale, 'organisationNotFound'))
  const reason = (body.reason ?? '').trim()
  try {
    return await deps.database.db.transaction(async (tx) => {
      if (await repo.isAccreditedProvider(tx, body.organisationId))
        throw conflict(accreditationMessage(ctx.locale, 'providerAlreadyAccredited'))
      const now = deps.clock()
      const [row] = await tx
        .insert(accreditedProviders)
        .values({ organisationId: body.organisationId, grantedById: ctx.actor!.userId, grantedAt: now, reason })
        .returning()
      await recordAudit(tx, ctx, { ...audit, result: 'success', details: { reason }, occurredAt: now })
      return {
        organisationId: organisation.id,
        name: organisation.name,
        city: organisation.city,
        accredited: true,
        grantedAt: row!.grantedAt.toISOString(),
        reason,
      }
    })
  } catch (error) {
    if (isDbError(error, '23505')) throw conflict(accreditationMessage(ctx.locale, 'providerAlreadyAccredited'))
    throw error
  }
}

/** Ends an organisation's status as accredited provider (history kept). */
export async function unmarkProvider(deps: AppDeps, ctx: RequestContext, organisationId: string) {
  const audit = { action: 'points.provider.revoked', objectType: 'organisation', objectId: organisationId }
  await authorizeOrAudit(deps, ctx, 'manageAccreditedProviders', {}, audit)
  await deps.database.db.transaction(async (tx) => {
    const now = deps.clock()
    const revoked = await tx
      .update(accreditedProviders)
      .set({ revokedAt: now, revokedById: ctx.actor!.userId })
      .where(and(eq(accreditedProviders.organisationId, organisationId), isNull(accreditedProviders.revokedAt)))
      .returning({ id: accreditedProviders.id })
    if (revoked.length === 0) throw notFound(accreditationMessage(ctx.locale, 'providerNotAccredited'))
    await recordAudit(tx, ctx, { ...audit, result: 'success', occurredAt: now })
  })
}
