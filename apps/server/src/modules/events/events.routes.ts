import type { FastifyInstance } from 'fastify'
import { Problem, setPageLinks } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import { agendaRoutes } from './events.agenda.routes.ts'
import { certificateRoutes } from './events.certificates.routes.ts'
import { checkInRoutes } from './events.check-in.routes.ts'
import { evaluationRoutes } from './events.evaluations.routes.ts'
import { organiserRoutes } from './events.organiser.routes.ts'
import {
  CancelBody,
  EventBody,
  OrganisationParams,
  OrganiserEventDetail,
  OrganiserEventPage,
  OrganiserEventParams,
  OrganiserListQuery,
} from './events.schemas.ts'
import * as service from './events.service.ts'
import { signUpRoutes } from './events.sign-ups.routes.ts'

const BASE = `${API_PREFIX}/organisations/:organisationId/events`
const TAGS = ['Agenda (organisator)']
const security = [{ session: [] }]
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem }
type EventPath = { organisationId: string; eventId: string }

/** The agenda: the organiser's events, the public agenda with iCal, sign-ups and the waiting list. */
export async function eventRoutes(app: FastifyInstance) {
  const deps = app.deps

  app.post(
    BASE,
    {
      schema: {
        tags: TAGS,
        summary: 'Een bijeenkomst publiceren (aanbieder)',
        description:
          'Tijden in Nederlandse tijd (Europe/Amsterdam), ook rond de overgang naar zomer- en wintertijd. Op locatie (naam, adres, provincie, toegankelijkheid) of online (link, alleen zichtbaar voor wie een plaats heeft). Optioneel gekoppeld aan een geaccrediteerde activiteit en uitvoering van deze aanbieder. Alle ongeldige velden in één keer (400).',
        operationId: 'createEvent',
        security,
        params: OrganisationParams,
        body: EventBody,
        response: { 201: OrganiserEventDetail, ...errors },
      },
    },
    async (request, reply) => {
      const { organisationId } = request.params as { organisationId: string }
      const result = await service.createEvent(deps, request.ctx, organisationId, request.body as EventBody)
      reply.header(
        'location',
        `${deps.config.publicUrl}${API_PREFIX}/organisations/${organisationId}/events/${result.id}`,
      )
      return reply.status(201).send(result)
    },
  )

  app.get(
    BASE,
    {
      schema: {
        tags: TAGS,
        summary: 'Onze bijeenkomsten (aanbieder)',
        description: 'Laatste begin eerst; eventueel alleen gepubliceerde of geannuleerde; per pagina.',
        operationId: 'listOwnEvents',
        security,
        params: OrganisationParams,
        querystring: OrganiserListQuery,
        response: { 200: OrganiserEventPage, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const { organisationId } = request.params as { organisationId: string }
      const page = await service.listOwnEvents(deps, request.ctx, organisationId, request.query as OrganiserListQuery)
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.get(
    `${BASE}/:eventId`,
    {
      schema: {
        tags: TAGS,
        summary: 'Eén bijeenkomst, met de online link en de aantallen (aanbieder)',
        description: 'De bijeenkomst van een andere organisatie: 404.',
        operationId: 'getOwnEvent',
        security,
        params: OrganiserEventParams,
        response: { 200: OrganiserEventDetail, ...errors },
      },
    },
    async (request) => {
      const { organisationId, eventId } = request.params as EventPath
      return service.getOwnEvent(deps, request.ctx, organisationId, eventId)
    },
  )

  app.put(
    `${BASE}/:eventId`,
    {
      schema: {
        tags: TAGS,
        summary: 'Een bijeenkomst wijzigen (aanbieder)',
        description:
          'Niet na het begin en niet als zij geannuleerd is (409). Minder plaatsen dan al bezet kan niet (400); meer plaatsen gaan meteen naar de wachtlijst.',
        operationId: 'changeEvent',
        security,
        params: OrganiserEventParams,
        body: EventBody,
        response: { 200: OrganiserEventDetail, ...errors },
      },
    },
    async (request) => {
      const { organisationId, eventId } = request.params as EventPath
      return service.changeEvent(deps, request.ctx, organisationId, eventId, request.body as EventBody)
    },
  )

  app.post(
    `${BASE}/:eventId/cancellation`,
    {
      schema: {
        tags: TAGS,
        summary: 'Een bijeenkomst annuleren (aanbieder)',
        description:
          'Met een reden. Alle aanmeldingen vervallen; iedereen die zich aanmeldde of op de wachtlijst stond krijgt een mail.',
        operationId: 'cancelEvent',
        security,
        params: OrganiserEventParams,
        body: CancelBody,
        response: { 200: OrganiserEventDetail, ...errors },
      },
    },
    async (request) => {
      const { organisationId, eventId } = request.params as EventPath
      return service.cancelEvent(deps, request.ctx, organisationId, eventId, request.body as { reason: string })
    },
  )

  await organiserRoutes(app)
  await agendaRoutes(app)
  await signUpRoutes(app)
  await checkInRoutes(app)
  await certificateRoutes(app)
  await evaluationRoutes(app)
}
