import type { FastifyInstance, FastifyReply } from 'fastify'
import { Type } from 'typebox'
import { Problem, setPageLinks } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import * as agenda from './events.agenda.service.ts'
import * as calendar from './events.calendar.service.ts'
import { ICAL_CONTENT_TYPE } from './events.ical.ts'
import {
  AgendaQuery,
  EventParams,
  FeedLink,
  FeedParams,
  MonthQuery,
  MonthView,
  PublicEventDetail,
  PublicEventPage,
} from './events.schemas.ts'

const TAGS = ['Agenda (openbaar)']
/** Open to everyone, also with a session that still waits for MFA. */
const config = { auth: { allowPending: true, allowSetup: true } }
const Ics = (description: string) => ({
  description,
  content: { 'text/calendar': { schema: { type: 'string' } } },
})

const sendIcs = (reply: FastifyReply, body: string, filename: string) =>
  reply
    .header('content-type', ICAL_CONTENT_TYPE)
    .header('content-disposition', `inline; filename="${filename}"`)
    .header('x-content-type-options', 'nosniff')
    .send(body)

/** The public agenda (no login) with iCal, and the personal calendar link. */
export async function agendaRoutes(app: FastifyInstance) {
  const deps = app.deps
  const stopMemory = await agenda.startAgendaMemory(deps)
  app.addHook('onClose', stopMemory)
  const { month: _month, ...filterProperties } = MonthQuery.properties
  const FeedQuery = Type.Object(filterProperties, { additionalProperties: false })

  app.get(
    `${API_PREFIX}/events`,
    {
      config,
      schema: {
        tags: TAGS,
        summary: 'De agenda: bijeenkomsten zoeken (openbaar)',
        description:
          'Zonder inloggen. Gepubliceerde bijeenkomsten die nog niet voorbij zijn (of in de periode from–to, Nederlandse dagen), vroegste eerst. Zoeken in titel en beschrijving (Nederlands, ook woordvormen); filters op soort, provincie, online, geaccrediteerd en PE-punten. De online link staat er nooit in.',
        operationId: 'searchEvents',
        security: [],
        querystring: AgendaQuery,
        response: { 200: PublicEventPage, 400: Problem },
      },
    },
    async (request, reply) => {
      const page = await agenda.searchAgenda(deps, request.ctx, request.query as AgendaQuery)
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.get(
    `${API_PREFIX}/events/calendar`,
    {
      config,
      schema: {
        tags: TAGS,
        summary: 'De agenda als iCalendar-feed (openbaar)',
        description: `Zonder inloggen. Komende bijeenkomsten (en die van de laatste 30 dagen), hoogstens ${calendar.FEED_LIMIT}; dezelfde filters als de lijst. Tijden in UTC.`,
        operationId: 'getAgendaCalendar',
        security: [],
        querystring: FeedQuery,
        response: { 200: Ics('iCalendar (RFC 5545)'), 400: Problem },
      },
    },
    async (request, reply) =>
      sendIcs(reply, await calendar.agendaCalendar(deps, request.ctx, request.query as object), 'agenda.ics'),
  )

  app.get(
    `${API_PREFIX}/event-months/:month`,
    {
      config,
      schema: {
        tags: TAGS,
        summary: 'De agenda per maand: per dag de bijeenkomsten (openbaar)',
        description: `Zonder inloggen. Elke dag van de maand (Nederlandse tijd) met de bijeenkomsten die dan lopen; een bijeenkomst van meer dagen staat op elke dag. Dezelfde filters als de lijst; hoogstens ${agenda.MONTH_LIMIT} bijeenkomsten.`,
        operationId: 'getAgendaMonth',
        security: [],
        params: Type.Object({ month: MonthQuery.properties.month }),
        querystring: FeedQuery,
        response: { 200: MonthView, 400: Problem },
      },
    },
    async (request) => {
      const { month } = request.params as { month: string }
      return agenda.agendaMonth(deps, request.ctx, { ...(request.query as object), month })
    },
  )

  app.get(
    `${API_PREFIX}/events/:eventId`,
    {
      config,
      schema: {
        tags: TAGS,
        summary: 'Eén bijeenkomst (openbaar)',
        description:
          'Zonder inloggen. Ook een geannuleerde bijeenkomst, met de reden. De online link staat er nooit in.',
        operationId: 'getEvent',
        security: [],
        params: EventParams,
        response: { 200: PublicEventDetail, 400: Problem, 404: Problem },
      },
    },
    async (request) => agenda.getPublicEvent(deps, request.ctx, (request.params as { eventId: string }).eventId),
  )

  app.get(
    `${API_PREFIX}/events/:eventId/calendar`,
    {
      config,
      schema: {
        tags: TAGS,
        summary: 'Eén bijeenkomst als .ics (openbaar)',
        description: 'Zonder inloggen. Om in je eigen agenda te zetten. Zonder de online link.',
        operationId: 'getEventCalendar',
        security: [],
        params: EventParams,
        response: { 200: Ics('iCalendar (RFC 5545)'), 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const { eventId } = request.params as { eventId: string }
      return sendIcs(reply, await calendar.eventCalendar(deps, request.ctx, eventId), 'bijeenkomst.ics')
    },
  )

  app.get(
    `${API_PREFIX}/calendar-feeds/:token`,
    {
      config,
      schema: {
        tags: TAGS,
        summary: 'Mijn bijeenkomsten als iCalendar-feed (geheime link)',
        description:
          'Zonder inloggen, met de geheime link uit POST /me/calendar-feed: je lopende aanmeldingen (wachtlijst en aangeboden plaats als voorlopig), met de online link bij een bevestigde plaats. Een vervangen link geeft 404.',
        operationId: 'getPersonalCalendar',
        security: [],
        params: FeedParams,
        response: { 200: Ics('iCalendar (RFC 5545)'), 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const { token } = request.params as { token: string }
      return sendIcs(reply, await calendar.personalCalendar(deps, request.ctx, token), 'mijn-bijeenkomsten.ics')
    },
  )

  app.post(
    `${API_PREFIX}/me/calendar-feed`,
    {
      schema: {
        tags: ['Agenda (aanmelden)'],
        summary: 'Een (nieuwe) geheime link voor je agenda-app',
        description:
          'Geeft een geheime link naar de feed van je eigen aanmeldingen. Alleen nu te zien; een nieuwe link maakt de vorige onbruikbaar.',
        operationId: 'createCalendarFeed',
        security: [{ session: [] }],
        response: { 201: FeedLink, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => reply.status(201).send(await calendar.createFeedLink(deps, request.ctx)),
  )
}
