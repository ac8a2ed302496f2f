import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { Problem } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import * as service from './register.downloads.service.ts'

const TAGS = ['Registraties']
const security = [{ session: [] }]
const Params = Type.Object({ registrationId: Type.String({ format: 'uuid' }) })
const errors = { 400: Problem, 401: Problem, 404: Problem, 409: Problem }
const attachment = (name: string) => `attachment; filename="${name}"`

/** The registrant's own downloads (certificate PDF, signed credential) and the public-employer switch. */
export async function registerDownloadRoutes(app: FastifyInstance) {
  const deps = app.deps

  app.get(
    `${API_PREFIX}/registrations/:registrationId/certificate`,
    {
      schema: {
        tags: TAGS,
        summary: 'Bewijs van registratie downloaden als PDF (eigenaar of registerbureau)',
        description:
          'Een toegankelijke PDF met QR-code naar de openbare pagina. Alleen bij een geldige registratie met nummer (anders 409). Wie de registratie niet mag zien, krijgt 404.',
        operationId: 'getRegistrationCertificate',
        security,
        params: Params,
        response: {
          200: {
            description: 'Het bewijs van registratie',
            content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { registrationId } = request.params as { registrationId: string }
      const { pdf, fileName } = await service.certificateOf(deps, request.ctx, registrationId)
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachment(fileName))
        .header('x-content-type-options', 'nosniff')
        .send(pdf)
    },
  )

  app.get(
    `${API_PREFIX}/registrations/:registrationId/credential`,
    {
      schema: {
        tags: TAGS,
        summary: 'Digitaal certificaat (Open Badges 3.0) downloaden (eigenaar of registerbureau)',
        description:
          'Het laatst uitgegeven, ondertekende certificaat, precies zoals het is ondertekend. Controleer het met POST /credential-verifications.',
        operationId: 'getRegistrationCredential',
        security,
        params: Params,
        response: {
          200: {
            description: 'Het ondertekende certificaat (JSON-LD)',
            content: {
              'application/ld+json': { schema: { type: 'object', additionalProperties: true } },
              'application/json': { schema: { type: 'object', additionalProperties: true } },
            },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { registrationId } = request.params as { registrationId: string }
      const { json, fileName } = await service.credentialOf(deps, request.ctx, registrationId)
      return reply
        .header('content-type', 'application/ld+json; charset=utf-8')
        .header('content-disposition', attachment(fileName))
        .send(json)
    },
  )

  app.put(
    `${API_PREFIX}/me/registrations/:registrationId/employer-visibility`,
    {
      schema: {
        tags: TAGS,
        summary: 'Mijn werkgever wel of niet tonen in het openbare register',
        description: 'Alleen voor je eigen registratie (anderen: 404). De wijziging staat in de audittrail.',
        operationId: 'setEmployerVisibility',
        security,
        params: Params,
        body: Type.Object({ showEmployerPublicly: Type.Boolean() }, { additionalProperties: false }),
        response: {
          200: Type.Object(
            { registrationId: Type.String({ format: 'uuid' }), showEmployerPublicly: Type.Boolean() },
            { additionalProperties: false },
          ),
          400: Problem,
          401: Problem,
          404: Problem,
        },
      },
    },
    async (request) => {
      const { registrationId } = request.params as { registrationId: string }
      const { showEmployerPublicly } = request.body as { showEmployerPublicly: boolean }
      return service.setEmployerVisibility(deps, request.ctx, registrationId, showEmployerPublicly)
    },
  )
}
