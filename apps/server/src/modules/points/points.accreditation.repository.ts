import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm'
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core'
import type { DbOrTx } from '../../db/client.ts'
import { users } from '../identity/identity.tables.ts'
import { organisations } from '../organisations/organisations.tables.ts'
import { formatActivityId } from './points.accreditation.rules.ts'
import type { QUEUES } from './points.accreditation.schemas.ts'
import {
  type ActivityState,
  accreditedProviders,
  activities,
  activityIdCounters,
  activityObjections,
  activityRuns,
  type ObjectionState,
} from './points.accreditation.tables.ts'
import { attendances } from './points.attendance.tables.ts'

// Drizzle queries of accreditation only. Organisation and user names are read-only joins for lists (decision 006).

export type Activity = typeof activities.$inferSelect
export type Objection = typeof activityObjections.$inferSelect
export type Run = typeof activityRuns.$inferSelect

const fullName = (table: { givenName: AnyPgColumn; familyName: AnyPgColumn }) =>
  sql<string>`trim(${table.givenName} || ' ' || ${table.familyName})`
const nameOrNull = (table: { id: AnyPgColumn; givenName: AnyPgColumn; familyName: AnyPgColumn }) =>
  sql<string | null>`case when ${table.id} is null then null else ${fullName(table)} end`
export const countOf = async (
  db: DbOrTx,
  table: typeof activities | typeof activityObjections,
  where: SQL | undefined,
) => {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table).where(where)
  return Number(row?.n ?? 0)
}

/**
 * Hands out the next public ID of a year, e.g. `A-2026-00042`. Call it inside the accrediting transaction: the
 * counter row stays locked until commit, so concurrent accreditations wait their turn; a rollback returns the
 * number unused.
 */
export async function allocateActivityPublicId(tx: DbOrTx, year: number): Promise<string> {
  const [row] = await tx
    .insert(activityIdCounters)
    .values({ year, nextValue: 2 })
    .onConflictDoUpdate({
      target: activityIdCounters.year,
      set: { nextValue: sql`${activityIdCounters.nextValue} + 1` },
    })
    .returning({ value: sql<number>`${activityIdCounters.nextValue} - 1` })
  return formatActivityId(year, Number(row!.value))
}

export async function findActivity(db: DbOrTx, activityId: string): Promise<Activity | undefined> {
  const [row] = await db.select().from(activities).where(eq(activities.id, activityId))
  return row
}

/** The activity, locked until the transaction ends (concurrent decisions wait and then see the new state). */
export async function lockActivity(db: DbOrTx, activityId: string): Promise<Activity | undefined> {
  const [row] = await db.select().from(activities).where(eq(activities.id, activityId)).for('update')
  return row
}

export async function findOrganisation(db: DbOrTx, organisationId: string) {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name, city: organisations.city })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
  return row
}

export async function findUserName(db: DbOrTx, userId: string | null) {
  if (!userId) return null
  const [row] = await db
    .select({ name: fullName(users) })
    .from(users)
    .where(eq(users.id, userId))
  return row?.name ?? null
}

export async function isAccreditedProvider(db: DbOrTx, organisationId: string) {
  const [row] = await db
    .select({ id: accreditedProviders.id })
    .from(accreditedProviders)
    .where(and(eq(accreditedProviders.organisationId, organisationId), isNull(accreditedProviders.revokedAt)))
  return row !== undefined
}

const summaryColumns = {
  id: activities.id,
  publicId: activities.publicId,
  title: activities.title,
  format: activities.format,
  netHours: activities.netHours,
  requestedCategory: activities.requestedCategory,
  state: activities.state,
  fastTrack: activities.fastTrack,
  submittedAt: activities.submittedAt,
  decidedAt: activities.decidedAt,
  points: activities.points,
  category: activities.category,
  validUntil: activities.validUntil,
  providerName: organisations.name,
}

export async function listProviderActivities(
  db: DbOrTx,
  organisationId: string,
  state: ActivityState | undefined,
  page: number,
  pageSize: number,
) {
  const where = and(
    eq(activities.providerOrganisationId, organisationId),
    state ? eq(activities.state, state) : undefined,
  )
  const items = await db
    .select(summaryColumns)
    .from(activities)
    .innerJoin(organisations, eq(organisations.id, activities.providerOrganisationId))
    .where(where)
    .orderBy(desc(activities.submittedAt), asc(activities.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  return { items, total: await countOf(db, activities, where) }
}

/** The register office's lists: the queue (oldest first), fast-track accreditations to check, or a state. */
export async function listReviews(db: DbOrTx, queue: (typeof QUEUES)[number], page: number, pageSize: number) {
  const where =
    queue === 'to-check'
      ? and(eq(activities.state, 'accredited'), eq(activities.fastTrack, true), isNull(activities.checkedAt))
      : eq(activities.state, queue)
  const order =
    queue === 'submitted' || queue === 'to-check'
      ? [asc(activities.submittedAt), asc(activities.id)]
      : [desc(activities.decidedAt), desc(activities.submittedAt), asc(activities.id)]
  const items = await db
    .select(summaryColumns)
    .from(activities)
    .innerJoin(organisations, eq(organisations.id, activities.providerOrganisationId))
    .where(where)
    .orderBy(...order)
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  return { items, total: await countOf(db, activities, where) }
}

export function runsOf(db: DbOrTx, activityId: string) {
  return db
    .select({
      id: activityRuns.id,
      startsOn: activityRuns.startsOn,
      endsOn: activityRuns.endsOn,
      location: activityRuns.location,
      online: activityRuns.online,
    })
    .from(activityRuns)
    .where(eq(activityRuns.activityId, activityId))
    .orderBy(asc(activityRuns.startsOn), asc(activityRuns.id))
}

export function objectionsOf(db: DbOrTx, activityId: string) {
  const submitter = alias(users, 'submitter')
  const original = alias(users, 'original')
  const decider = alias(users, 'decider')
  return db
    .select({
      id: activityObjections.id,
      reason: activityObjections.reason,
      state: activityObjections.state,
      submittedAt: activityObjections.submittedAt,
      submittedBy: fullName(submitter),
      originalDeciderId: activityObjections.originalDeciderId,
      originalDecider: nameOrNull(original),
      decidedAt: activityObjections.decidedAt,
      decidedBy: nameOrNull(decider),
      decisionReason: activityObjections.decisionReason,
    })
    .from(activityObjections)
    .innerJoin(submitter, eq(submitter.id, activityObjections.submittedById))
    .leftJoin(original, eq(original.id, activityObjections.originalDeciderId))
    .leftJoin(decider, eq(decider.id, activityObjections.decidedById))
    .where(eq(activityObjections.activityId, activityId))
    .orderBy(asc(activityObjections.submittedAt), asc(activityObjections.id))
}

export async function lockObjection(db: DbOrTx, objectionId: string): Promise<Objection | undefined> {
  const [row] = await db.select().from(activityObjections).where(eq(activityObjections.id, objectionId)).for('update')
  return row
}

export async function findObjection(db: DbOrTx, objectionId: string): Promise<Objection | undefined> {
  const [row] = await db.select().from(activityObjections).where(eq(activityObjections.id, objectionId))
  return row
}

export async function listObjections(db: DbOrTx, state: ObjectionState, page: number, pageSize: number) {
  const original = alias(users, 'original')
  const where = eq(activityObjections.state, state)
  const items = await db
    .select({
      id: activityObjections.id,
      activityId: activities.id,
      activityTitle: activities.title,
      activityState: activities.state,
      providerName: organisations.name,
      reason: activityObjections.reason,
      state: activityObjections.state,
      submittedAt: activityObjections.submittedAt,
      originalDeciderId: activityObjections.originalDeciderId,
      originalDecider: nameOrNull(original),
    })
    .from(activityObjections)
    .innerJoin(activities, eq(activities.id, activityObjections.activityId))
    .innerJoin(organisations, eq(organisations.id, activities.providerOrganisationId))
    .leftJoin(original, eq(original.id, activityObjections.originalDeciderId))
    .where(where)
    .orderBy(asc(activityObjections.submittedAt), asc(activityObjections.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  return { items, total: await countOf(db, activityObjections, where) }
}

/** Provider organisations (hogescholen, opleiders, other) with whether each is an accredited provider now. */
export async function listProviderOrganisations(db: DbOrTx, page: number, pageSize: number) {
  const kinds = ['university', 'training_company', 'other'] as const
  const where = inArray(organisations.kind, [...kinds])
  const items = await db
    .select({
      organisationId: organisations.id,
      name: organisations.name,
      city: organisations.city,
      grantedAt: accreditedProviders.grantedAt,
      reason: sql<string>`coalesce(${accreditedProviders.reason}, '')`,
    })
    .from(organisations)
    .leftJoin(
      accreditedProviders,
      and(eq(accreditedProviders.organisationId, organisations.id), isNull(accreditedProviders.revokedAt)),
    )
    .where(where)
    .orderBy(sql`${accreditedProviders.id} is null`, asc(organisations.name), asc(organisations.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(organisations).where(where)
  return {
    items: items.map((i) => ({ ...i, accredited: i.grantedAt !== null })),
    total: Number(count?.n ?? 0),
  }
}

export async function hasAttendance(db: DbOrTx, runId: string) {
  const [row] = await db.select({ id: attendances.id }).from(attendances).where(eq(attendances.runId, runId)).limit(1)
  return row !== undefined
}
