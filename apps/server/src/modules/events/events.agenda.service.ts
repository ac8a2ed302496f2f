import type { AppDeps } from '../../app.ts'
import { listenForChanges } from '../../db/notifications.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { notFound } from '../../platform/http/errors.ts'
import { AgendaMemory } from './events.agenda.memory.ts'
import { presentPublicDetail, presentPublicSummary } from './events.common.ts'
import { eventMessage } from './events.messages.ts'
import { canEvent } from './events.policy.ts'
import * as repo from './events.repository.ts'
import { EventFieldCheck } from './events.rules.ts'
import type { AgendaFilters, AgendaQuery, MonthQuery } from './events.schemas.ts'
import { PROVINCES } from './events.tables.ts'
import { monthRange, nextDay, startOfDutchDay } from './events.time.ts'

// The public agenda (no login): a list with filters and search, a month view, one event. Never the online link.

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/
/** More events than this in one month view are cut off and the answer says so (the list pages through everything). */
export const MONTH_LIMIT = 200

/** Each app instance's agenda in memory (events.agenda.memory.ts); the routes plugin starts and stops it. */
const agendaMemories = new WeakMap<AppDeps, AgendaMemory>()

/** Keeps this instance's agenda in memory, fed by the database's `agenda_changed` notifications; returns the stop. */
export async function startAgendaMemory(deps: AppDeps) {
  let memory: AgendaMemory | undefined
  const listener = await listenForChanges(deps.database, 'agenda_changed', {
    onNotify: (payload) => memory?.notify(payload),
    onReset: () => memory?.reset(),
  })
  memory = new AgendaMemory(deps.database.db, listener)
  agendaMemories.set(deps, memory)
  return async () => {
    agendaMemories.delete(deps)
    await listener.close()
  }
}

function checkFilters(check: EventFieldCheck, filters: AgendaFilters) {
  if (filters.province !== undefined && !(PROVINCES as readonly string[]).includes(filters.province))
    check.add('province', 'enum', 'provinceUnknown')
}

/** The range of a list query: from the start of `from` (default: now, so running events stay), to the end of `to`. */
export function agendaRange(query: { from?: string; to?: string }, now: Date) {
  return {
    from: query.from ? startOfDutchDay(query.from) : now,
    to: query.to ? startOfDutchDay(nextDay(query.to)) : null,
  }
}

export async function searchAgenda(deps: AppDeps, ctx: RequestContext, query: AgendaQuery) {
  authorize(canEvent, ctx.actor, 'readAgenda', {})
  const check = new EventFieldCheck(ctx.locale, 'query')
  checkFilters(check, query)
  if (query.from && query.to && query.to < query.from) check.add('to', 'minimum', 'dateRange')
  check.throwIfAny()
  const now = deps.clock()
  const range = agendaRange(query, now)
  const { items, total, totalCapped } =
    (await agendaMemories.get(deps)?.page(query, range, query.page, query.pageSize, now)) ??
    (await repo.searchAgenda(deps.database.db, query, range, query.page, query.pageSize))
  return {
    items: items.map((e) => presentPublicSummary(e, now)),
    page: query.page,
    pageSize: query.pageSize,
    total,
    totalCapped,
  }
}

/** Per day of the month (Dutch time) the events that run on it; an event of several days appears on each. */
export async function agendaMonth(deps: AppDeps, ctx: RequestContext, query: MonthQuery) {
  authorize(canEvent, ctx.actor, 'readAgenda', {})
  const check = new EventFieldCheck(ctx.locale, 'query')
  if (!MONTH.test(query.month)) check.add('month', 'format', 'monthFormat')
  checkFilters(check, query)
  check.throwIfAny()
  const now = deps.clock()
  const { days, from, to } = monthRange(query.month)
  const rows =
    (await agendaMemories.get(deps)?.between(query, from, to, MONTH_LIMIT + 1, now)) ??
    (await repo.eventsBetween(deps.database.db, query, from, to, MONTH_LIMIT + 1))
  const summaries = rows.slice(0, MONTH_LIMIT).map((e) => ({ row: e, summary: presentPublicSummary(e, now) }))
  return {
    month: query.month,
    truncated: rows.length > MONTH_LIMIT,
    days: days.map((date) => {
      const start = startOfDutchDay(date).getTime()
      const end = startOfDutchDay(nextDay(date)).getTime()
      return {
        date,
        events: summaries
          .filter(({ row }) => row.startsAt.getTime() < end && row.endsAt.getTime() > start)
          .map(({ summary }) => summary),
      }
    }),
  }
}

export async function getPublicEvent(deps: AppDeps, ctx: RequestContext, eventId: string) {
  authorize(canEvent, ctx.actor, 'readAgenda', {})
  const event = await repo.findListedEvent(deps.database.db, eventId)
  if (!event) throw notFound(eventMessage(ctx.locale, 'eventNotFound'))
  return presentPublicDetail(event, deps.clock())
}
