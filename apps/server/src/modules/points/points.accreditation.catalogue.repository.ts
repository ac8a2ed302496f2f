import { and, asc, eq, exists, gte, ilike, isNotNull, lte, type SQL, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { organisations } from '../organisations/organisations.tables.ts'
import type { CatalogueQuery } from './points.accreditation.catalogue.schemas.ts'
import { countOf } from './points.accreditation.repository.ts'
import { activities, activityRuns } from './points.accreditation.tables.ts'

// Drizzle queries of the public catalogue: accredited activities and their runs, with the provider's public name.

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`)

/** The catalogue: accredited activities (by default still valid on `today`) matching the filters. */
export async function searchCatalogue(db: DbOrTx, query: CatalogueQuery, today: string) {
  const runWhere: SQL[] = []
  if (query.online !== undefined) runWhere.push(eq(activityRuns.online, query.online))
  if (query.location) runWhere.push(ilike(activityRuns.location, `%${escapeLike(query.location)}%`))
  if (query.from) runWhere.push(gte(activityRuns.endsOn, query.from))
  if (query.to) runWhere.push(lte(activityRuns.startsOn, query.to))
  const q = query.q?.trim()
  const where = and(
    eq(activities.state, 'accredited'),
    isNotNull(activities.publicId),
    query.includeExpired ? undefined : gte(activities.validUntil, today),
    q
      ? sql`(${activities.title} ilike ${`%${escapeLike(q)}%`} or ${q} <% ${activities.title} or ${activities.publicId} = ${q.toUpperCase()})`
      : undefined,
    query.format ? eq(activities.format, query.format) : undefined,
    query.category ? eq(activities.category, query.category) : undefined,
    query.providerId ? eq(activities.providerOrganisationId, query.providerId) : undefined,
    query.profession
      ? sql`exists (select 1 from unnest(${activities.targetProfessions}) p where p ilike ${`%${escapeLike(query.profession)}%`})`
      : undefined,
    query.minPoints !== undefined ? gte(activities.points, query.minPoints) : undefined,
    query.maxPoints !== undefined ? lte(activities.points, query.maxPoints) : undefined,
    runWhere.length
      ? exists(
          db
            .select({ one: sql`1` })
            .from(activityRuns)
            .where(and(eq(activityRuns.activityId, activities.id), ...runWhere)),
        )
      : undefined,
  )
  const nextRun = sql<{ startsOn: string; endsOn: string; location: string; online: boolean } | null>`(
    select json_build_object('startsOn', r.starts_on, 'endsOn', r.ends_on, 'location', r.location, 'online', r.online)
    from activity_runs r where r.activity_id = ${activities.id} and r.ends_on >= ${today}
    order by r.starts_on, r.id limit 1)`
  const items = await db
    .select({
      publicId: activities.publicId,
      title: activities.title,
      format: activities.format,
      category: activities.category,
      points: activities.points,
      validFrom: activities.validFrom,
      validUntil: activities.validUntil,
      targetProfessions: activities.targetProfessions,
      providerId: organisations.id,
      providerName: organisations.name,
      providerCity: organisations.city,
      nextRun,
    })
    .from(activities)
    .innerJoin(organisations, eq(organisations.id, activities.providerOrganisationId))
    .where(where)
    .orderBy(
      ...(q ? [sql`word_similarity(${q}, ${activities.title}) desc`] : []),
      asc(activities.title),
      asc(activities.publicId),
    )
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
  const total = await countOf(db, activities, where)
  return { items, total }
}

export async function findCatalogueActivity(db: DbOrTx, publicId: string) {
  const [row] = await db
    .select({ activity: activities, providerName: organisations.name, providerCity: organisations.city })
    .from(activities)
    .innerJoin(organisations, eq(organisations.id, activities.providerOrganisationId))
    .where(and(eq(activities.publicId, publicId), eq(activities.state, 'accredited')))
  return row
}
