import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Problem, setPageLinks } from '../../platform/http/api-schemas.ts'
import { AppError } from '../../platform/http/errors.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import {
  ApiKey,
  ApiKeyCreated,
  ApiKeyListQuery,
  ApiKeyPage,
  ApiKeyParams,
  CreateApiKeyBody,
  OrganisationParams,
} from './points.api-keys.schemas.ts'
import * as keys from './points.api-keys.service.ts'
import { actorOfApiKey } from './points.api-keys.service.ts'
import { recordViaApi } from './points.attendance.api.service.ts'
import { attendanceMessage } from './points.attendance.messages.ts'
import { ApiAttendanceBody, ApiAttendanceResult, RunParams } from './points.attendance.schemas.ts'

const KEYS = `${API_PREFIX}/organisations/:organisationId/api-keys`
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem }
const organisationId = (request: FastifyRequest) => (request.params as { organisationId: string }).organisationId

/** API keys of an organisation (provider staff), and the attendance API that uses them. */
export async function apiKeyRoutes(app: FastifyInstance) {
  const deps = app.deps
  const TAGS = ['API-sleutels']
  const security = [{ session: [] }]

  app.post(
    KEYS,
    {
      schema: {
        tags: TAGS,
        summary: 'Een API-sleutel maken voor een koppeling (aanbieder)',
        description: 'De sleutel staat alleen in dit antwoord; bewaard wordt alleen de SHA-256 ervan.',
        operationId: 'createApiKey',
        security,
        params: OrganisationParams,
        body: CreateApiKeyBody,
        response: { 201: ApiKeyCreated, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await keys.createApiKey(deps, request.ctx, organisationId(request), request.body as { name: string })),
  )

  app.get(
    KEYS,
    {
      schema: {
        tags: TAGS,
        summary: 'De API-sleutels van een organisatie (zonder de sleutels zelf)',
        description: 'Naam, begin van de sleutel, gemaakt, laatst gebruikt en ingetrokken; actieve sleutels eerst.',
        operationId: 'listApiKeys',
        security,
        params: OrganisationParams,
        querystring: ApiKeyListQuery,
        response: { 200: ApiKeyPage, ...errors },
      },
    },
    async (request, reply) => {
      const query = request.query as { page: number; pageSize: number }
      const page = await keys.listApiKeys(deps, request.ctx, organisationId(request), query)
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.delete(
    `${KEYS}/:apiKeyId`,
    {
      schema: {
        tags: TAGS,
        summary: 'Een API-sleutel intrekken: hij werkt direct niet meer',
        description: 'De sleutel blijft in de lijst staan (voor de audit trail). 409 als hij al ingetrokken is.',
        operationId: 'revokeApiKey',
        security,
        params: ApiKeyParams,
        response: { 200: ApiKey, ...errors, 409: Problem },
      },
    },
    async (request) => {
      const { apiKeyId } = request.params as { apiKeyId: string }
      return keys.revokeApiKey(deps, request.ctx, organisationId(request), apiKeyId)
    },
  )

  app.post(
    `${API_PREFIX}/runs/:runId/attendances`,
    {
      bodyLimit: 4 * 1_048_576,
      // An API key, never the session cookie; no CSRF token (see auth.plugin.ts).
      config: { auth: { apiKey: true } },
      onRequest: async (request) => {
        const actor = await actorOfApiKey(deps, request.headers.authorization)
        if (!actor) {
          throw new AppError(401, 'unauthenticated', attendanceMessage(request.ctx.locale, 'apiKeyMissing'), [], {
            'www-authenticate': 'Bearer',
          })
        }
        request.ctx.actor = actor
      },
      schema: {
        tags: ['Presentie'],
        summary: 'Presentie boeken via een koppeling (API-sleutel van de aanbieder)',
        description:
          'Met `Authorization: Bearer <sleutel>` en een verplichte header `Idempotency-Key`. Boekt elke gevonden deelnemer en geeft per regel de uitkomst. Hetzelfde verzoek met dezelfde Idempotency-Key geeft hetzelfde antwoord zonder opnieuw te boeken (header `Idempotent-Replayed: true`); dezelfde sleutel met andere gegevens geeft 422.',
        operationId: 'recordAttendancesViaApi',
        security: [{ apiKey: [] }],
        params: RunParams,
        headers: {
          type: 'object',
          properties: {
            'idempotency-key': { type: 'string', description: 'Uniek per verzoek, 1 tot 255 tekens' },
          },
        },
        body: ApiAttendanceBody,
        response: { 200: ApiAttendanceResult, ...errors, 409: Problem, 422: Problem },
      },
    },
    async (request, reply) => {
      const header = request.headers['idempotency-key']
      const result = await recordViaApi(deps, request.ctx, (request.params as { runId: string }).runId, {
        idempotencyKey: typeof header === 'string' ? header : undefined,
        body: request.body as ApiAttendanceBody,
      })
      if (result.replayed) reply.header('idempotent-replayed', 'true')
      return reply.status(result.statusCode).send(result.body)
    },
  )
}
