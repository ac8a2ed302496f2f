import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lt, type SQL, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { organisations } from '../organisations/organisations.tables.ts'
import { activities } from '../points/points.accreditation.tables.ts'
import { MAX_EVENT_DAYS } from './events.rules.ts'
import type { AgendaFilters } from './events.schemas.ts'
import { type EventState, eventSignUps, events } from './events.tables.ts'

// Drizzle queries of the agenda. The public lists read the organiser's name and the accredited activity's public ID
// and points in a read-only join (decision 006): one query per page, never a write to those tables.

export type EventRow = typeof events.$inferSelect

const eventColumns = {
  id: events.id,
  organisationId: events.organisationId,
  title: events.title,
  type: events.type,
  description: events.description,
  speakers: events.speakers,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  online: events.online,
  onlineUrl: events.onlineUrl,
  locationName: events.locationName,
  address: events.address,
  province: events.province,
  accessibility: events.accessibility,
  capacity: events.capacity,
  signUpDeadline: events.signUpDeadline,
  audience: events.audience,
  priceInfo: events.priceInfo,
  activityId: events.activityId,
  runId: events.runId,
  state: events.state,
  cancelledAt: events.cancelledAt,
  cancelReason: events.cancelReason,
  placesTaken: events.placesTaken,
  lastSequence: events.lastSequence,
  createdById: events.createdById,
  createdAt: events.createdAt,
  updatedAt: events.updatedAt,
}

const waitingCount = sql<number>`(select count(*)::int from ${eventSignUps} w where w.event_id = ${events.id} and w.state = 'waiting')`

/** Event columns plus what a public answer shows of the organiser and the accredited activity. */
const listedColumns = {
  ...eventColumns,
  organiserName: organisations.name,
  activityPublicId: activities.publicId,
  points: activities.points,
  category: activities.category,
}
export type ListedEvent = Awaited<ReturnType<typeof findListedEvent>> & {}

/** What a list of the public agenda shows and filters on: no description, speakers or online link. */
const summaryColumns = {
  id: events.id,
  organisationId: events.organisationId,
  title: events.title,
  type: events.type,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  online: events.online,
  locationName: events.locationName,
  province: events.province,
  capacity: events.capacity,
  signUpDeadline: events.signUpDeadline,
  state: events.state,
  placesTaken: events.placesTaken,
  organiserName: organisations.name,
  accreditedActivityId: activities.id,
  activityPublicId: activities.publicId,
  points: activities.points,
  category: activities.category,
}
export type AgendaRow = Awaited<ReturnType<typeof agendaRowsOf>>[number]

const listedSummaries = (db: DbOrTx) =>
  db
    .select(summaryColumns)
    .from(events)
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .leftJoin(activities, and(eq(activities.id, events.activityId), eq(activities.state, 'accredited')))

/**
 * The agenda's rows of published events that end at or after `endsFrom` (all: soonest first), or of the given events
 * in any state (the agenda's memory refreshes changed events with these).
 */
export function agendaRowsOf(db: DbOrTx, which: { endsFrom: Date } | { ids: string[] }) {
  const where =
    'ids' in which
      ? inArray(events.id, which.ids)
      : and(eq(events.state, 'published'), gte(events.endsAt, which.endsFrom))
  return listedSummaries(db).where(where).orderBy(asc(events.startsAt), asc(events.id))
}

const listed = (db: DbOrTx, withWaiting = false) =>
  db
    .select({ ...listedColumns, waitingCount: withWaiting ? waitingCount : sql<number>`0` })
    .from(events)
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .leftJoin(activities, and(eq(activities.id, events.activityId), eq(activities.state, 'accredited')))

export async function findListedEvent(db: DbOrTx, eventId: string) {
  const [row] = await listed(db, true).where(eq(events.id, eventId))
  return row
}

export async function findEvent(db: DbOrTx, eventId: string): Promise<EventRow | undefined> {
  const [row] = await db.select().from(events).where(eq(events.id, eventId))
  return row
}

export async function lockEvent(db: DbOrTx, eventId: string): Promise<EventRow | undefined> {
  const [row] = await db.select().from(events).where(eq(events.id, eventId)).for('update')
  return row
}

async function countWhere(db: DbOrTx, where: SQL | undefined) {
  const [row] = await db
    .select({ value: count() })
    .from(events)
    .leftJoin(activities, and(eq(activities.id, events.activityId), eq(activities.state, 'accredited')))
    .where(where)
  return row?.value ?? 0
}

export async function listOrganiserEvents(
  db: DbOrTx,
  organisationId: string,
  state: EventState | undefined,
  page: number,
  pageSize: number,
) {
  const where = and(eq(events.organisationId, organisationId), state ? eq(events.state, state) : undefined)
  const items = await listed(db, true)
    .where(where)
    .orderBy(desc(events.startsAt), desc(events.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  return { items, total: await countWhere(db, where) }
}

/**
 * The filters of the public agenda as SQL, on published events overlapping [from, to). An event overlapping `from`
 * started at most MAX_EVENT_DAYS before it: that bound lets the (state, start) index begin its scan there instead of
 * at the oldest event.
 */
function agendaWhere(filters: AgendaFilters, from: Date, to: Date | null) {
  const q = filters.q?.trim()
  return and(
    eq(events.state, 'published'),
    gte(events.startsAt, new Date(from.getTime() - MAX_EVENT_DAYS * 86_400_000)),
    gte(events.endsAt, from),
    to ? lt(events.startsAt, to) : undefined,
    filters.type ? eq(events.type, filters.type) : undefined,
    filters.province ? eq(events.province, filters.province as never) : undefined,
    filters.online !== undefined ? eq(events.online, filters.online) : undefined,
    filters.organisationId ? eq(events.organisationId, filters.organisationId) : undefined,
    filters.accredited === true ? isNotNull(activities.id) : undefined,
    filters.accredited === false ? isNull(activities.id) : undefined,
    filters.minPoints !== undefined ? gte(activities.points, filters.minPoints) : undefined,
    q
      ? sql`(${events.search} @@ websearch_to_tsquery('dutch', ${q}) or ${events.title} ilike ${`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`})`
      : undefined,
  )
}

/** A page of the public agenda, soonest first. */
export async function searchAgenda(
  db: DbOrTx,
  filters: AgendaFilters,
  range: { from: Date; to: Date | null },
  page: number,
  pageSize: number,
) {
  const where = agendaWhere(filters, range.from, range.to)
  const items = await listedSummaries(db)
    .where(where)
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  const counted = await countUpTo(db, where, AGENDA_COUNT_LIMIT + 1)
  return { items, total: Math.min(counted, AGENDA_COUNT_LIMIT), totalCapped: counted > AGENDA_COUNT_LIMIT }
}

/**
 * The agenda counts its matches up to this many: above it the answer says "more than 1,000" (`totalCapped`) instead
 * of counting every future event for every page anyone opens; nobody pages past 50 pages of 20, they filter.
 */
export const AGENDA_COUNT_LIMIT = 1000

async function countUpTo(db: DbOrTx, where: SQL | undefined, limit: number) {
  const matches = db
    .select({ one: sql`1` })
    .from(events)
    .leftJoin(activities, and(eq(activities.id, events.activityId), eq(activities.state, 'accredited')))
    .where(where)
    .limit(limit)
    .as('matches')
  const [row] = await db.select({ value: count() }).from(matches)
  return row?.value ?? 0
}

/** The calendar feed: whole events (with description and address) matching the agenda's filters, soonest first. */
export function agendaFeedEvents(
  db: DbOrTx,
  filters: AgendaFilters,
  range: { from: Date; to: Date | null },
  limit: number,
) {
  return listed(db)
    .where(agendaWhere(filters, range.from, range.to))
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(limit)
}

/** Every published event overlapping [from, to) (a month: at most a few hundred), soonest first. */
export function eventsBetween(db: DbOrTx, filters: AgendaFilters, from: Date, to: Date, limit: number) {
  return listedSummaries(db)
    .where(agendaWhere(filters, from, to))
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(limit)
}
