import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { Problem, setPageLinks } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import * as providers from './points.accreditation.providers.service.ts'
import * as review from './points.accreditation.review.service.ts'
import {
  AccreditedProviderPage,
  AccreditedProviderSummary,
  CheckBody,
  DecisionBody,
  MarkProviderBody,
  ObjectionDecisionBody,
  ObjectionListQuery,
  ObjectionParams,
  ObjectionSummaryPage,
  ProviderListQueryOffice,
  ProviderParams,
  ReviewDetail,
  ReviewListQuery,
  ReviewParams,
  ReviewSummaryPage,
} from './points.accreditation.schemas.ts'

const TAGS = ['Accreditatie (registerbureau)']
const security = [{ session: [] }]
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem }
const listErrors = { 400: Problem, 401: Problem, 403: Problem }
type Page = { page: number; pageSize: number }

/** The register office: queue, decisions, fast-track checks, objections and accredited providers. */
export async function reviewRoutes(app: FastifyInstance) {
  const deps = app.deps
  const REVIEWS = `${API_PREFIX}/activity-reviews`

  app.get(
    REVIEWS,
    {
      schema: {
        tags: TAGS,
        summary: 'Wachtrij van aanvragen, of direct geaccrediteerde activiteiten om te controleren (registerbureau)',
        description:
          'queue=submitted (standaard, oudste eerst), to-check (erkende aanbieders, nog niet gecontroleerd), of een stand.',
        operationId: 'listActivityReviews',
        security,
        querystring: ReviewListQuery,
        response: { 200: ReviewSummaryPage, ...listErrors },
      },
    },
    async (request, reply) => {
      const page = await review.listReviews(deps, request.ctx, request.query as ReviewListQuery)
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.get(
    `${REVIEWS}/:activityId`,
    {
      schema: {
        tags: TAGS,
        summary: 'Eén aanvraag beoordelen (registerbureau)',
        description:
          'Met wie indiende en besliste, bezwaren, uitvoeringen en permissions (besluiten, controleren, bezwaar).',
        operationId: 'getActivityReview',
        security,
        params: ReviewParams,
        response: { 200: ReviewDetail, ...errors },
      },
    },
    async (request) => review.getReview(deps, request.ctx, (request.params as { activityId: string }).activityId),
  )

  app.post(
    `${REVIEWS}/:activityId/decisions`,
    {
      schema: {
        tags: TAGS,
        summary: 'Accrediteren of afwijzen (registerbureau)',
        description:
          'Accrediteren: punten (standaard de netto uren), categorie (standaard de gevraagde), geldigheid 1 of 3 jaar vanaf vandaag of validFrom; het openbare ID wordt toegekend. Afwijzen: met reden. Al besloten: 409.',
        operationId: 'decideActivity',
        security,
        params: ReviewParams,
        body: DecisionBody,
        response: { 201: ReviewDetail, ...errors },
      },
    },
    async (request, reply) => {
      const { activityId } = request.params as { activityId: string }
      return reply
        .status(201)
        .send(await review.decideActivity(deps, request.ctx, activityId, request.body as DecisionBody))
    },
  )

  app.post(
    `${REVIEWS}/:activityId/checks`,
    {
      schema: {
        tags: TAGS,
        summary: 'Een direct geaccrediteerde activiteit controleren (registerbureau)',
        description: 'Akkoord, of de accreditatie intrekken met een reden (de activiteit wordt afgewezen).',
        operationId: 'checkActivity',
        security,
        params: ReviewParams,
        body: CheckBody,
        response: { 201: ReviewDetail, ...errors },
      },
    },
    async (request, reply) => {
      const { activityId } = request.params as { activityId: string }
      return reply
        .status(201)
        .send(await review.checkFastTrack(deps, request.ctx, activityId, request.body as CheckBody))
    },
  )

  app.get(
    `${API_PREFIX}/activity-objections`,
    {
      schema: {
        tags: TAGS,
        summary: 'Bezwaren (registerbureau)',
        description: 'Standaard de open bezwaren, oudste eerst. mayDecide: of jij erover mag beslissen.',
        operationId: 'listActivityObjections',
        security,
        querystring: ObjectionListQuery,
        response: { 200: ObjectionSummaryPage, ...listErrors },
      },
    },
    async (request, reply) => {
      const page = await review.listObjections(deps, request.ctx, request.query as ObjectionListQuery)
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.post(
    `${API_PREFIX}/activity-objections/:objectionId/decisions`,
    {
      schema: {
        tags: TAGS,
        summary: 'Beslissen op een bezwaar (een ander lid van het registerbureau)',
        description:
          'Gegrond: de activiteit wordt geaccrediteerd (punten, categorie, geldigheid). Ongegrond: met reden. Wie het oorspronkelijke besluit nam, krijgt 403; al beslist: 409.',
        operationId: 'decideObjection',
        security,
        params: ObjectionParams,
        body: ObjectionDecisionBody,
        response: { 201: ReviewDetail, ...errors },
      },
    },
    async (request, reply) => {
      const { objectionId } = request.params as { objectionId: string }
      const body = request.body as ObjectionDecisionBody
      return reply.status(201).send(await review.decideObjection(deps, request.ctx, objectionId, body))
    },
  )

  const PROVIDERS = `${API_PREFIX}/accredited-providers`
  app.get(
    PROVIDERS,
    {
      schema: {
        tags: TAGS,
        summary: 'Aanbieders en of ze erkend zijn (registerbureau)',
        description: 'Hogescholen, opleiders en andere aanbieders; erkende aanbieders eerst.',
        operationId: 'listAccreditedProviders',
        security,
        querystring: ProviderListQueryOffice,
        response: { 200: AccreditedProviderPage, ...listErrors },
      },
    },
    async (request, reply) => {
      const page = await providers.listProviders(deps, request.ctx, request.query as Page)
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.post(
    PROVIDERS,
    {
      schema: {
        tags: TAGS,
        summary: 'Een organisatie erkennen als aanbieder (registerbureau)',
        description:
          'Nieuwe aanvragen van deze aanbieder worden direct geaccrediteerd en later gecontroleerd. Al erkend: 409.',
        operationId: 'markAccreditedProvider',
        security,
        body: MarkProviderBody,
        response: { 201: AccreditedProviderSummary, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await providers.markProvider(deps, request.ctx, request.body as MarkProviderBody)),
  )

  app.delete(
    `${PROVIDERS}/:organisationId`,
    {
      schema: {
        tags: TAGS,
        summary: 'De erkenning van een aanbieder beëindigen (registerbureau)',
        description: 'De geschiedenis blijft bewaard. Geen erkende aanbieder: 404.',
        operationId: 'unmarkAccreditedProvider',
        security,
        params: ProviderParams,
        response: { 204: Type.Null({ description: 'Beëindigd' }), ...errors },
      },
    },
    async (request, reply) => {
      await providers.unmarkProvider(deps, request.ctx, (request.params as { organisationId: string }).organisationId)
      return reply.status(204).send()
    },
  )
}
