import { createHash, randomBytes } from 'node:crypto'
import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { notFound } from '../../platform/http/errors.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import { agendaRange } from './events.agenda.service.ts'
import { type CalendarEvent, renderCalendar } from './events.ical.ts'
import { eventMessage } from './events.messages.ts'
import { canEvent } from './events.policy.ts'
import * as repo from './events.repository.ts'
import type { AgendaFilters } from './events.schemas.ts'
import * as signUps from './events.sign-ups.repository.ts'
import { calendarFeedTokens } from './events.tables.ts'

// iCalendar answers: one event, the public agenda, and a person's own sign-ups at a secret link (only the SHA-256
// of the token is stored; a new link replaces the old one, which then answers 404).

/** The public agenda feed holds the coming events (and those of the last 30 days), at most this many. */
export const FEED_LIMIT = 1000
const FEED_HISTORY_DAYS = 30

type EventLike = {
  id: string
  title: string
  description: string
  startsAt: Date
  endsAt: Date
  online: boolean
  locationName: string
  address: string
  state: string
  updatedAt: Date
  organiserName: string
}

/** One event as a VEVENT; `onlineUrl` only in a confirmed person's own feed. */
export function toCalendarEvent(
  e: EventLike,
  publicUrl: string,
  options: { onlineUrl?: string; tentative?: boolean } = {},
): CalendarEvent {
  const host = new URL(publicUrl).hostname
  const lines = [e.description, '', `Organisator: ${e.organiserName}`]
  if (options.onlineUrl) lines.push(`Online meedoen: ${options.onlineUrl}`)
  return {
    uid: `event-${e.id}@${host}`,
    start: e.startsAt,
    end: e.endsAt,
    summary: e.title,
    description: lines.join('\n'),
    location: e.online ? 'Online' : [e.locationName, e.address].filter(Boolean).join(', '),
    url: `${publicUrl}/agenda/${e.id}`,
    status: e.state === 'cancelled' ? 'CANCELLED' : options.tentative ? 'TENTATIVE' : 'CONFIRMED',
    lastModified: e.updatedAt,
  }
}

export async function eventCalendar(deps: AppDeps, ctx: RequestContext, eventId: string) {
  authorize(canEvent, ctx.actor, 'readAgenda', {})
  const event = await repo.findListedEvent(deps.database.db, eventId)
  if (!event) throw notFound(eventMessage(ctx.locale, 'eventNotFound'))
  return renderCalendar({
    name: event.title,
    now: deps.clock(),
    events: [toCalendarEvent(event, deps.config.publicUrl)],
  })
}

export async function agendaCalendar(deps: AppDeps, ctx: RequestContext, filters: AgendaFilters) {
  authorize(canEvent, ctx.actor, 'readAgenda', {})
  const now = deps.clock()
  const from = new Date(now.getTime() - FEED_HISTORY_DAYS * 86_400_000)
  const rows = await repo.agendaFeedEvents(deps.database.db, filters, agendaRange({}, from), FEED_LIMIT)
  return renderCalendar({
    name: 'Vakregister agenda',
    now,
    events: rows.map((e) => toCalendarEvent(e, deps.config.publicUrl)),
  })
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

/** Makes (or replaces) the secret link of one's own calendar; the token is shown only in this answer. */
export async function createFeedLink(deps: AppDeps, ctx: RequestContext) {
  authorize(canEvent, ctx.actor, 'manageFeed', {})
  const token = randomBytes(32).toString('base64url')
  const userId = ctx.actor.userId
  await deps.database.db.transaction(async (tx) => {
    const now = deps.clock()
    await tx
      .insert(calendarFeedTokens)
      .values({ userId, tokenHash: hashToken(token), createdAt: now })
      .onConflictDoUpdate({ target: calendarFeedTokens.userId, set: { tokenHash: hashToken(token), createdAt: now } })
    await recordAudit(tx, ctx, {
      action: 'events.calendar-feed.created',
      objectType: 'user',
      objectId: userId,
      result: 'success',
      occurredAt: now,
    })
  })
  return { url: `${deps.config.publicUrl}${API_PREFIX}/calendar-feeds/${token}` }
}

/** The calendar of the person whose secret link this is: their active sign-ups (a waiting place is tentative). */
export async function personalCalendar(deps: AppDeps, ctx: RequestContext, token: string) {
  const userId = await signUps.feedUserOf(deps.database.db, hashToken(token))
  if (!userId) throw notFound(eventMessage(ctx.locale, 'feedNotFound'))
  const { items } = await signUps.mySignUps(deps.database.db, userId, true, 1, FEED_LIMIT)
  return renderCalendar({
    name: 'Mijn bijeenkomsten (Vakregister)',
    now: deps.clock(),
    events: items.map((i) =>
      toCalendarEvent({ ...i.event, organiserName: i.organiserName }, deps.config.publicUrl, {
        onlineUrl: i.signUp.state === 'confirmed' && i.event.online ? i.event.onlineUrl : undefined,
        tentative: i.signUp.state !== 'confirmed',
      }),
    ),
  })
}
