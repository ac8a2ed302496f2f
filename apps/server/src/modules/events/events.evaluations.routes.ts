import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { Problem } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import { EvaluationBody, EvaluationParams, EvaluationSummary, MyEvaluation } from './events.evaluations.schemas.ts'
import * as service from './events.evaluations.service.ts'
import { OrganiserEventParams } from './events.schemas.ts'

const TAGS = ['Agenda (aanwezigheid en beoordeling)']
const security = [{ session: [] }]
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem }
const eventIdOf = (params: unknown) => (params as { eventId: string }).eventId

/** The participant's evaluation after an event and the organiser's aggregate. */
export async function evaluationRoutes(app: FastifyInstance) {
  const deps = app.deps

  app.get(
    `${API_PREFIX}/events/:eventId/my-evaluation`,
    {
      schema: {
        tags: TAGS,
        summary: 'Kan ik deze bijeenkomst beoordelen?',
        description: 'Of je bent aangemeld bij binnenkomst, of je al een beoordeling gaf en wanneer het kan.',
        operationId: 'getMyEventEvaluation',
        security,
        params: EvaluationParams,
        response: { 200: MyEvaluation, 400: Problem, 401: Problem, 404: Problem },
      },
    },
    async (request) => service.myEvaluation(deps, request.ctx, eventIdOf(request.params)),
  )

  app.post(
    `${API_PREFIX}/events/:eventId/evaluations`,
    {
      schema: {
        tags: TAGS,
        summary: 'Een bijeenkomst beoordelen (één keer)',
        description:
          'Alleen wie is aangemeld bij binnenkomst (anders 403), na afloop tot 30 dagen daarna (anders 409), één keer (een tweede keer: 409). De antwoorden worden bewaard zonder wie ze gaf; de organisator ziet alleen het totaal.',
        operationId: 'submitEventEvaluation',
        security,
        params: EvaluationParams,
        body: EvaluationBody,
        response: {
          201: Type.Object({ eventId: Type.String({ format: 'uuid' }), submitted: Type.Literal(true) }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const result = await service.submitEvaluation(
        deps,
        request.ctx,
        eventIdOf(request.params),
        request.body as EvaluationBody,
      )
      return reply.status(201).send(result)
    },
  )

  app.get(
    `${API_PREFIX}/organisations/:organisationId/events/:eventId/evaluation-summary`,
    {
      schema: {
        tags: ['Agenda (organisator)'],
        summary: 'Het totaal van de beoordelingen van een bijeenkomst',
        description:
          'Voor medewerkers van de organisator: per vraag het gemiddelde en hoe vaak elk cijfer is gegeven, en de opmerkingen zonder naam, op alfabet. Bij minder dan 3 beoordelingen is er niets te zien, ook het aantal niet. Niemand kan zien wie wat zei.',
        operationId: 'getEventEvaluationSummary',
        security,
        params: OrganiserEventParams,
        response: { 200: EvaluationSummary, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => {
      const { organisationId, eventId } = request.params as { organisationId: string; eventId: string }
      return service.evaluationSummary(deps, request.ctx, organisationId, eventId)
    },
  )
}
