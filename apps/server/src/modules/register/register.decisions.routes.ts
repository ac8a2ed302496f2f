import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { Problem } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import * as decisions from './register.decisions.service.ts'
import {
  CycleDecisionBody,
  CycleDecisionResult,
  RegistrationParams,
  RemovalRequest,
  RemovalRequestBody,
  RemovalRequestParams,
  StatusChangeBody,
  StatusChangeResult,
} from './register.registrations.schemas.ts'
import * as removal from './register.removal.service.ts'

const BASE = `${API_PREFIX}/registrations/:registrationId`
const TAGS = ['Registraties']
const security = [{ session: [] }]
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem }

/** The register office's decisions: status changes, four-eyes removal, postponement and hardship. */
export async function registrationDecisionRoutes(app: FastifyInstance) {
  const deps = app.deps
  const idOf = (params: unknown) => (params as { registrationId: string }).registrationId

  app.post(
    `${BASE}/status-changes`,
    {
      schema: {
        tags: TAGS,
        summary: 'Schorsen, schorsing opheffen of laten vervallen (registerbureau)',
        description:
          'Ingangsdatum standaard vandaag, niet vóór de registratiedatum en niet in de toekomst. Een schorsing heeft een reden en een openbare periode (publicUntil na de ingangsdatum). Een overgang die niet kan: 409.',
        operationId: 'changeRegistrationStatus',
        security,
        params: RegistrationParams,
        body: StatusChangeBody,
        response: { 201: StatusChangeResult, ...errors },
      },
    },
    async (request, reply) => {
      const result = await decisions.changeRegistrationStatus(
        deps,
        request.ctx,
        idOf(request.params),
        request.body as StatusChangeBody,
      )
      return reply.status(201).send(result)
    },
  )

  app.post(
    `${BASE}/removal-requests`,
    {
      schema: {
        tags: TAGS,
        summary: 'Doorhaling aanvragen (registerbureau, vier ogen)',
        description: 'Een tweede medewerker moet bevestigen. Er kan maar één verzoek tegelijk openstaan (anders 409).',
        operationId: 'requestRemoval',
        security,
        params: RegistrationParams,
        body: RemovalRequestBody,
        response: { 201: RemovalRequest, ...errors },
      },
    },
    async (request, reply) => {
      const registrationId = idOf(request.params)
      const result = await removal.requestRemoval(deps, request.ctx, registrationId, request.body as RemovalRequestBody)
      reply.header('location', `${deps.config.publicUrl}${API_PREFIX}/registrations/${registrationId}`)
      return reply.status(201).send(result)
    },
  )

  app.post(
    `${BASE}/removal-requests/:requestId/confirmation`,
    {
      schema: {
        tags: TAGS,
        summary: 'Doorhaling bevestigen (een andere medewerker van het registerbureau)',
        description:
          'Wie het verzoek deed, kan het niet zelf bevestigen (409). Van twee gelijktijdige bevestigingen slaagt er één.',
        operationId: 'confirmRemoval',
        security,
        params: RemovalRequestParams,
        response: { 201: StatusChangeResult, ...errors },
      },
    },
    async (request, reply) => {
      const { registrationId, requestId } = request.params as { registrationId: string; requestId: string }
      const result = await removal.confirmRemoval(deps, request.ctx, registrationId, requestId)
      return reply.status(201).send(result)
    },
  )

  app.post(
    `${BASE}/removal-requests/:requestId/cancellation`,
    {
      schema: {
        tags: TAGS,
        summary: 'Verzoek tot doorhaling intrekken (registerbureau)',
        description: 'Elke medewerker van het registerbureau kan een openstaand verzoek intrekken, ook wie het deed.',
        operationId: 'cancelRemoval',
        security,
        params: RemovalRequestParams,
        response: { 204: Type.Null({ description: 'Ingetrokken' }), ...errors },
      },
    },
    async (request, reply) => {
      const { registrationId, requestId } = request.params as { registrationId: string; requestId: string }
      await removal.cancelRemoval(deps, request.ctx, registrationId, requestId)
      return reply.status(204).send()
    },
  )

  app.post(
    `${BASE}/cycle-decisions`,
    {
      schema: {
        tags: TAGS,
        summary: 'Uitstel of hardheidsclausule vastleggen (registerbureau)',
        description:
          'Over de lopende periode. Uitstel: een nieuwe einddatum na het einde van de periode. Hardheidsclausule: reden en besluit.',
        operationId: 'decideCycle',
        security,
        params: RegistrationParams,
        body: CycleDecisionBody,
        response: { 201: CycleDecisionResult, ...errors },
      },
    },
    async (request, reply) => {
      const result = await decisions.decideCycle(
        deps,
        request.ctx,
        idOf(request.params),
        request.body as CycleDecisionBody,
      )
      return reply.status(201).send(result)
    },
  )
}
