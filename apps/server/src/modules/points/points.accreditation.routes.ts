import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { Problem, setPageLinks } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import { catalogueRoutes } from './points.accreditation.catalogue.routes.ts'
import { reviewRoutes } from './points.accreditation.review.routes.ts'
import * as runs from './points.accreditation.runs.service.ts'
import {
  ActivityParams,
  ActivitySummaryPage,
  ObjectionBody,
  OrganisationParams,
  ProviderActivityDetail,
  ProviderListQuery,
  RunBody,
  RunParams,
  RunResult,
  SubmissionBody,
} from './points.accreditation.schemas.ts'
import * as service from './points.accreditation.service.ts'

const BASE = `${API_PREFIX}/organisations/:organisationId/activities`
const TAGS = ['Accreditatie (aanbieder)']
const security = [{ session: [] }]
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem }

type ActivityPath = { organisationId: string; activityId: string }
type RunPath = ActivityPath & { runId: string }

/** Accreditation: the provider's requests and runs, the register office's review, the public catalogue. */
export async function accreditationRoutes(app: FastifyInstance) {
  const deps = app.deps

  app.post(
    BASE,
    {
      schema: {
        tags: TAGS,
        summary: 'Accreditatie aanvragen voor een activiteit (aanbieder)',
        description:
          'Alle ongeldige velden in één keer (400). Eindtoets verplicht bij e-learning en bij 18 uur of meer. Een erkende aanbieder krijgt direct accreditatie (later gecontroleerd).',
        operationId: 'submitActivity',
        security,
        params: OrganisationParams,
        body: SubmissionBody,
        response: { 201: ProviderActivityDetail, ...errors },
      },
    },
    async (request, reply) => {
      const { organisationId } = request.params as { organisationId: string }
      const result = await service.submitActivity(deps, request.ctx, organisationId, request.body as SubmissionBody)
      reply.header(
        'location',
        `${deps.config.publicUrl}${API_PREFIX}/organisations/${organisationId}/activities/${result.id}`,
      )
      return reply.status(201).send(result)
    },
  )

  app.get(
    BASE,
    {
      schema: {
        tags: TAGS,
        summary: 'Onze activiteiten en hun stand (aanbieder)',
        description: 'Nieuwste eerst; eventueel op stand; per pagina.',
        operationId: 'listOwnActivities',
        security,
        params: OrganisationParams,
        querystring: ProviderListQuery,
        response: { 200: ActivitySummaryPage, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const { organisationId } = request.params as { organisationId: string }
      const page = await service.listOwnActivities(
        deps,
        request.ctx,
        organisationId,
        request.query as ProviderListQuery,
      )
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.get(
    `${BASE}/:activityId`,
    {
      schema: {
        tags: TAGS,
        summary: 'Eén activiteit: besluit, bezwaar en uitvoeringen (aanbieder)',
        description:
          'Met permissions: wat de aanbieder nu mag (intrekken, bezwaar maken, uitvoeringen beheren). De activiteit van een andere aanbieder: 404.',
        operationId: 'getOwnActivity',
        security,
        params: ActivityParams,
        response: { 200: ProviderActivityDetail, ...errors },
      },
    },
    async (request) => {
      const { organisationId, activityId } = request.params as ActivityPath
      return service.getOwnActivity(deps, request.ctx, organisationId, activityId)
    },
  )

  app.post(
    `${BASE}/:activityId/withdrawal`,
    {
      schema: {
        tags: TAGS,
        summary: 'Een aanvraag intrekken (aanbieder)',
        description: 'Alleen zolang er nog geen besluit is (anders 409).',
        operationId: 'withdrawActivity',
        security,
        params: ActivityParams,
        response: { 200: ProviderActivityDetail, ...errors },
      },
    },
    async (request) => {
      const { organisationId, activityId } = request.params as ActivityPath
      return service.withdrawActivity(deps, request.ctx, organisationId, activityId)
    },
  )

  app.post(
    `${BASE}/:activityId/objections`,
    {
      schema: {
        tags: TAGS,
        summary: 'Bezwaar maken tegen het besluit (aanbieder)',
        description:
          'Binnen 6 weken na het besluit, één bezwaar per besluit (anders 409). Een ander lid van het registerbureau beslist.',
        operationId: 'objectToDecision',
        security,
        params: ActivityParams,
        body: ObjectionBody,
        response: { 201: ProviderActivityDetail, ...errors },
      },
    },
    async (request, reply) => {
      const { organisationId, activityId } = request.params as ActivityPath
      const body = request.body as { reason: string }
      return reply.status(201).send(await service.objectToDecision(deps, request.ctx, organisationId, activityId, body))
    },
  )

  app.post(
    `${BASE}/:activityId/runs`,
    {
      schema: {
        tags: TAGS,
        summary: 'Een uitvoering toevoegen (aanbieder)',
        description:
          'Alleen bij een geaccrediteerde activiteit (anders 409), binnen de geldigheid; op locatie of online.',
        operationId: 'addRun',
        security,
        params: ActivityParams,
        body: RunBody,
        response: { 201: RunResult, ...errors },
      },
    },
    async (request, reply) => {
      const target = request.params as ActivityPath
      return reply.status(201).send(await runs.addRun(deps, request.ctx, target, request.body as RunBody))
    },
  )

  app.put(
    `${BASE}/:activityId/runs/:runId`,
    {
      schema: {
        tags: TAGS,
        summary: 'Een uitvoering wijzigen (aanbieder)',
        description: 'Binnen de geldigheid van de accreditatie; op locatie of online.',
        operationId: 'changeRun',
        security,
        params: RunParams,
        body: RunBody,
        response: { 200: RunResult, ...errors },
      },
    },
    async (request) => runs.changeRun(deps, request.ctx, request.params as RunPath, request.body as RunBody),
  )

  app.delete(
    `${BASE}/:activityId/runs/:runId`,
    {
      schema: {
        tags: TAGS,
        summary: 'Een uitvoering verwijderen (aanbieder)',
        description: 'Niet als er al presentie is vastgelegd (409).',
        operationId: 'deleteRun',
        security,
        params: RunParams,
        response: { 204: Type.Null({ description: 'Verwijderd' }), ...errors },
      },
    },
    async (request, reply) => {
      await runs.deleteRun(deps, request.ctx, request.params as RunPath)
      return reply.status(204).send()
    },
  )

  await reviewRoutes(app)
  await catalogueRoutes(app)
}
