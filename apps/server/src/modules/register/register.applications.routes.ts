import type { FastifyInstance } from 'fastify'
import { Problem, setPageLinks } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import { storagePlugin } from '../../platform/storage/storage.plugin.ts'
import * as decisions from './register.applications.decisions.ts'
import { readApplicationForm } from './register.applications.form.ts'
import {
  AnswerForm,
  ApplicationCreated,
  ApplicationDetail,
  ApplicationPage,
  ApplicationParams,
  ApplicationStateResult,
  ApplyForm,
  InformationRequestBody,
  PageOnlyQuery,
  QueueQuery,
  RejectBody,
} from './register.applications.schemas.ts'
import * as service from './register.applications.service.ts'

const BASE = `${API_PREFIX}/registration-applications`
const TAGS = ['Register (aanvragen)']
const security = [{ session: [] }]
const errors = { 400: Problem, 401: Problem, 403: Problem }
const ITEM = `${BASE}/:applicationId`

/** Applying for a registration, and the register office's review queue and decisions. */
export async function registerApplicationRoutes(app: FastifyInstance) {
  const deps = app.deps
  await app.register(storagePlugin)

  app.post(
    BASE,
    {
      schema: {
        tags: TAGS,
        summary: 'Aanvragen om in een register te komen (ook opnieuw na afwijzing, of herintreding)',
        operationId: 'createRegistrationApplication',
        security,
        consumes: ['multipart/form-data'],
        body: ApplyForm,
        response: { 201: ApplicationCreated, ...errors, 409: Problem, 413: Problem },
      },
    },
    async (request, reply) => {
      const form = await readApplicationForm(request, service.DIPLOMA_FIELD)
      const created = await service.apply(deps, request.ctx, form)
      reply.header('location', `${deps.config.publicUrl}${BASE}/${created.id}`)
      return reply.status(201).send(created)
    },
  )

  app.get(
    BASE,
    {
      schema: {
        tags: TAGS,
        summary: 'De wachtrij van het registerbureau: aanvragen in een stand, langst wachtende eerst',
        operationId: 'listRegistrationApplications',
        security,
        querystring: QueueQuery,
        response: { 200: ApplicationPage, ...errors },
      },
    },
    async (request, reply) => {
      const page = await service.listQueue(deps, request.ctx, request.query as QueueQuery)
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.get(
    `${BASE}/mine`,
    {
      schema: {
        tags: TAGS,
        summary: 'Mijn aanvragen, nieuwste eerst',
        operationId: 'listMyRegistrationApplications',
        security,
        querystring: PageOnlyQuery,
        response: { 200: ApplicationPage, ...errors },
      },
    },
    async (request, reply) => {
      const page = await service.listMine(deps, request.ctx, request.query as { page: number; pageSize: number })
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.get(
    ITEM,
    {
      schema: {
        tags: TAGS,
        summary: 'Eén aanvraag met vragen en antwoorden (de aanvrager zelf of het registerbureau)',
        operationId: 'getRegistrationApplication',
        security,
        params: ApplicationParams,
        response: { 200: ApplicationDetail, ...errors, 404: Problem },
      },
    },
    async (request) =>
      service.getApplication(deps, request.ctx, (request.params as { applicationId: string }).applicationId),
  )

  const decision = { ...errors, 404: Problem, 409: Problem }
  app.post(
    `${ITEM}/approval`,
    {
      schema: {
        tags: TAGS,
        summary: 'Aanvraag goedkeuren: registratienummer, eerste registratieperiode en digitaal certificaat',
        operationId: 'approveRegistrationApplication',
        security,
        params: ApplicationParams,
        response: { 201: ApplicationStateResult, ...decision },
      },
    },
    async (request, reply) => {
      const { applicationId } = request.params as { applicationId: string }
      return reply.status(201).send(await decisions.approve(deps, request.ctx, applicationId))
    },
  )

  app.post(
    `${ITEM}/rejection`,
    {
      schema: {
        tags: TAGS,
        summary: 'Aanvraag afwijzen met een reden',
        operationId: 'rejectRegistrationApplication',
        security,
        params: ApplicationParams,
        body: RejectBody,
        response: { 201: ApplicationStateResult, ...decision },
      },
    },
    async (request, reply) => {
      const { applicationId } = request.params as { applicationId: string }
      return reply.status(201).send(await decisions.reject(deps, request.ctx, applicationId, request.body as object))
    },
  )

  app.post(
    `${ITEM}/information-requests`,
    {
      schema: {
        tags: TAGS,
        summary: 'De aanvrager om meer informatie vragen (de aanvraag wacht dan op antwoord)',
        operationId: 'requestApplicationInformation',
        security,
        params: ApplicationParams,
        body: InformationRequestBody,
        response: { 201: ApplicationStateResult, ...decision },
      },
    },
    async (request, reply) => {
      const { applicationId } = request.params as { applicationId: string }
      const body = request.body as { question?: string }
      return reply.status(201).send(await decisions.requestInformation(deps, request.ctx, applicationId, body))
    },
  )

  app.post(
    `${ITEM}/answers`,
    {
      schema: {
        tags: TAGS,
        summary: 'Antwoord van de aanvrager, eventueel met een bestand (de aanvraag gaat terug in de wachtrij)',
        operationId: 'answerRegistrationApplication',
        security,
        params: ApplicationParams,
        consumes: ['multipart/form-data'],
        body: AnswerForm,
        response: { 201: ApplicationStateResult, ...decision, 413: Problem },
      },
    },
    async (request, reply) => {
      const { applicationId } = request.params as { applicationId: string }
      const form = await readApplicationForm(request, decisions.ANSWER_FILE_FIELD)
      return reply.status(201).send(await decisions.answer(deps, request.ctx, applicationId, form))
    },
  )
}
