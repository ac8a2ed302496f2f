import type { FastifyInstance } from 'fastify'
import { Problem, setPageLinks } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import * as decisions from './points.reregistration.decisions.ts'
import {
  ApplyBody,
  DecisionBody,
  DecisionResult,
  QueueQuery,
  RegistrationParams,
  RequestParams,
  ReregistrationPreview,
  ReregistrationRequestDetail,
  ReregistrationRequestPage,
  ReregistrationRequestSummary,
  ShiftSimulation,
} from './points.reregistration.schemas.ts'
import * as service from './points.reregistration.service.ts'

const TAGS = ['Herregistratie']
const security = [{ session: [] }]
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem }
const QUEUE = `${API_PREFIX}/reregistration-requests`

/** Re-registration: the professional's preview, simulation and application; the register office's queue. */
export async function reregistrationRoutes(app: FastifyInstance) {
  const deps = app.deps
  const registrationIdOf = (params: unknown) => (params as { registrationId: string }).registrationId
  const requestIdOf = (params: unknown) => (params as { requestId: string }).requestId

  app.get(
    `${API_PREFIX}/registrations/:registrationId/reregistration-preview`,
    {
      schema: {
        tags: TAGS,
        summary: 'Herregistratie: periode, aanvraagtermijn en normcontrole per regel',
        description:
          'Voor de geregistreerde zelf (en het registerbureau). Aanvragen kan vanaf 12 weken vóór het einde van de periode tot en met het einde. `allowedKinds` zegt wat nu kan; `refusal` waarom niet.',
        operationId: 'previewReregistration',
        security,
        params: RegistrationParams,
        response: { 200: ReregistrationPreview, ...errors },
      },
    },
    async (request) => service.previewReregistration(deps, request.ctx, registrationIdOf(request.params)),
  )

  app.get(
    `${API_PREFIX}/registrations/:registrationId/limited-term-simulations`,
    {
      schema: {
        tags: TAGS,
        summary: 'Herregistratie voor beperkte duur: simulatie per verschuiving',
        description:
          'Per verschuiving van 1 tot de lengte van de periode min 1 jaar: de nieuwe periode, de punten die vervallen en de stand in de nieuwe periode.',
        operationId: 'simulateLimitedTermReregistration',
        security,
        params: RegistrationParams,
        response: { 200: ShiftSimulation, ...errors },
      },
    },
    async (request) => service.simulateLimitedTerm(deps, request.ctx, registrationIdOf(request.params)),
  )

  app.post(
    `${API_PREFIX}/registrations/:registrationId/reregistration-requests`,
    {
      schema: {
        tags: TAGS,
        summary: 'Herregistratie, uitstel of herregistratie voor beperkte duur aanvragen',
        description:
          'Alleen binnen de aanvraagtermijn (anders 409 met de datum waarop die opent). Voldoe je aan de norm: `regular`. Zo niet: `postponement` (reden en nieuwe einddatum) of `limited-term` (verschuiving in jaren). Eén openstaand verzoek per periode.',
        operationId: 'applyForReregistration',
        security,
        params: RegistrationParams,
        body: ApplyBody,
        response: { 201: ReregistrationRequestSummary, ...errors },
      },
    },
    async (request, reply) => {
      const created = await service.applyForReregistration(
        deps,
        request.ctx,
        registrationIdOf(request.params),
        request.body as ApplyBody,
      )
      reply.header('location', `${deps.config.publicUrl}${QUEUE}/${created.id}`)
      return reply.status(201).send(created)
    },
  )

  app.get(
    QUEUE,
    {
      schema: {
        tags: TAGS,
        summary: 'Verzoeken om herregistratie (registerbureau)',
        description: 'Standaard de openstaande verzoeken, oudste eerst; filter op status en soort; per pagina.',
        operationId: 'listReregistrationRequests',
        security,
        querystring: QueueQuery,
        response: { 200: ReregistrationRequestPage, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const page = await decisions.listRequests(deps, request.ctx, request.query as QueueQuery)
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.get(
    `${QUEUE}/:requestId`,
    {
      schema: {
        tags: TAGS,
        summary: 'Eén verzoek om herregistratie (registerbureau, of de professional zelf)',
        description:
          'Met de normcontrole bij het indienen en van vandaag, en bij beperkte duur de gekozen verschuiving.',
        operationId: 'getReregistrationRequest',
        security,
        params: RequestParams,
        response: { 200: ReregistrationRequestDetail, ...errors },
      },
    },
    async (request) => decisions.getRequest(deps, request.ctx, requestIdOf(request.params)),
  )

  app.post(
    `${QUEUE}/:requestId/decisions`,
    {
      schema: {
        tags: TAGS,
        summary: 'Besluiten over een verzoek om herregistratie (registerbureau)',
        description:
          'Goedkeuren of afwijzen (met reden). Goedkeuren van herregistratie start de nieuwe periode op de dag na het einde van de oude; uitstel verplaatst het einde; beperkte duur verschuift de periode. Van twee gelijktijdige besluiten slaagt er één (de ander: 409).',
        operationId: 'decideReregistrationRequest',
        security,
        params: RequestParams,
        body: DecisionBody,
        response: { 201: DecisionResult, ...errors },
      },
    },
    async (request, reply) => {
      const result = await decisions.decideRequest(
        deps,
        request.ctx,
        requestIdOf(request.params),
        request.body as DecisionBody,
      )
      return reply.status(201).send(result)
    },
  )
}
