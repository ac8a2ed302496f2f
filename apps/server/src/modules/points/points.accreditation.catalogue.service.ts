import type { AppDeps } from '../../app.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { badRequest, type FieldError, notFound } from '../../platform/http/errors.ts'
import { message } from '../../platform/http/messages.ts'
import { todayInNetherlands } from '../register/register.status.ts'
import * as catalogue from './points.accreditation.catalogue.repository.ts'
import type { CatalogueQuery } from './points.accreditation.catalogue.schemas.ts'
import { accreditationMessage } from './points.accreditation.messages.ts'
import { canAccreditation } from './points.accreditation.policy.ts'
import * as repo from './points.accreditation.repository.ts'

// The public catalogue: accredited activities with their runs, for everyone (no login). Only public fields leave.

export async function searchCatalogue(deps: AppDeps, ctx: RequestContext, query: CatalogueQuery) {
  authorize(canAccreditation, ctx.actor, 'readCatalogue', {})
  const errors: FieldError[] = []
  if (query.from && query.to && query.to < query.from)
    errors.push({ in: 'query', name: 'to', code: 'minimum', reason: accreditationMessage(ctx.locale, 'dateRange') })
  if (query.minPoints !== undefined && query.maxPoints !== undefined && query.maxPoints < query.minPoints)
    errors.push({
      in: 'query',
      name: 'maxPoints',
      code: 'minimum',
      reason: accreditationMessage(ctx.locale, 'pointsRange'),
    })
  if (errors.length) throw badRequest(message(ctx.locale, 'invalid-input'), errors)
  const { items, total } = await catalogue.searchCatalogue(deps.database.db, query, todayInNetherlands(deps))
  return {
    items: items.map((i) => ({
      publicId: i.publicId!,
      title: i.title,
      format: i.format,
      category: i.category!,
      points: i.points!,
      validFrom: i.validFrom!,
      validUntil: i.validUntil!,
      provider: { id: i.providerId, name: i.providerName, city: i.providerCity },
      targetProfessions: i.targetProfessions,
      nextRun: i.nextRun,
    })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  }
}

export async function getCatalogueActivity(deps: AppDeps, ctx: RequestContext, publicId: string) {
  authorize(canAccreditation, ctx.actor, 'readCatalogue', {})
  const row = await catalogue.findCatalogueActivity(deps.database.db, publicId)
  if (!row) throw notFound(accreditationMessage(ctx.locale, 'activityNotFound'))
  const a = row.activity
  const runs = await repo.runsOf(deps.database.db, a.id)
  return {
    publicId: a.publicId!,
    title: a.title,
    format: a.format,
    category: a.category!,
    points: a.points!,
    validFrom: a.validFrom!,
    validUntil: a.validUntil!,
    provider: { id: a.providerOrganisationId, name: row.providerName, city: row.providerCity },
    targetProfessions: a.targetProfessions,
    description: a.description,
    learningGoals: a.learningGoals,
    teachers: a.teachers,
    netHours: a.netHours,
    hasFinalTest: a.finalTest !== '',
    runs: runs.map(({ id: _id, ...run }) => run),
  }
}
