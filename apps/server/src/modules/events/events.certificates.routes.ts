import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { registerCredentialKind } from '../../platform/credentials/credential-kinds.ts'
import { VERIFY_RATE } from '../../platform/credentials/credentials.routes.ts'
import { Problem } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import { enforceRateLimits } from '../../platform/rate-limit/rate-limit.ts'
import * as service from './events.certificates.service.ts'
import { SignUpParams } from './events.schemas.ts'

const TAGS = ['Agenda (aanwezigheid en beoordeling)']
const security = [{ session: [] }]
const errors = { 400: Problem, 401: Problem, 404: Problem, 409: Problem }
const attachment = (name: string) => `attachment; filename="${name}"`
const signUpIdOf = (params: unknown) => (params as { signUpId: string }).signUpId
const LD_JSON = 'application/ld+json; charset=utf-8'
const anyJson = { type: 'object', additionalProperties: true }

/** The participant's certificate of attendance (PDF and credential) and the public copy the QR code points to. */
export async function certificateRoutes(app: FastifyInstance) {
  const deps = app.deps
  registerCredentialKind(service.ATTENDANCE_KIND, service.attendanceCredentialState)

  app.get(
    `${API_PREFIX}/event-sign-ups/:signUpId/attendance-certificate`,
    {
      schema: {
        tags: TAGS,
        summary: 'Mijn bewijs van aanwezigheid als PDF',
        description:
          'Een toegankelijke PDF (met tags, Nederlands) met naam, bijeenkomst, datum, organisator en — als de aanmelding bij binnenkomst PE-punten boekte — de geaccrediteerde activiteit, punten en categorie, en een QR-code naar de controlepagina. Alleen voor jezelf (anderen: 404) en alleen als je bent aangemeld bij binnenkomst (anders 409).',
        operationId: 'getMyAttendanceCertificate',
        security,
        params: SignUpParams,
        response: {
          200: {
            description: 'Het bewijs van aanwezigheid',
            content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { pdf, fileName } = await service.attendanceCertificateOf(deps, request.ctx, signUpIdOf(request.params))
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachment(fileName))
        .header('x-content-type-options', 'nosniff')
        .send(pdf)
    },
  )

  app.get(
    `${API_PREFIX}/event-sign-ups/:signUpId/attendance-credential`,
    {
      schema: {
        tags: TAGS,
        summary: 'Mijn digitale bewijs van aanwezigheid (Open Badges 3.0)',
        description:
          'Het ondertekende certificaat (achievementType Course; creditsEarned = de geboekte PE-punten, als die er zijn), precies zoals het is ondertekend; elke download geeft hetzelfde certificaat. Controleer het met POST /credential-verifications. Alleen voor jezelf (anderen: 404), alleen na aanmelding bij binnenkomst (anders 409).',
        operationId: 'getMyAttendanceCredential',
        security,
        params: SignUpParams,
        response: {
          200: {
            description: 'Het ondertekende certificaat (JSON-LD)',
            content: { 'application/ld+json': { schema: anyJson }, 'application/json': { schema: anyJson } },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { json, fileName } = await service.attendanceCredentialOf(deps, request.ctx, signUpIdOf(request.params))
      return reply.header('content-type', LD_JSON).header('content-disposition', attachment(fileName)).send(json)
    },
  )

  app.get(
    `${API_PREFIX}/attendance-credentials/:credentialId`,
    {
      schema: {
        tags: ['Certificaten'],
        summary: 'Een digitaal bewijs van aanwezigheid ophalen om het te controleren',
        description:
          'Openbaar: het ondertekende certificaat waar de QR-code op de PDF naar wijst (zonder naam; de bijeenkomst, het tijdstip van aanmelding en een gezouten hash van het e-mailadres). Controleer het met POST /credential-verifications. 30 per minuut per IP-adres.',
        operationId: 'getAttendanceCredential',
        params: Type.Object({ credentialId: Type.String({ format: 'uuid' }) }),
        response: {
          200: {
            description: 'Het ondertekende certificaat (JSON-LD)',
            content: { 'application/ld+json': { schema: anyJson }, 'application/json': { schema: anyJson } },
          },
          400: Problem,
          404: Problem,
          429: Problem,
        },
      },
    },
    async (request, reply) => {
      await enforceRateLimits(deps.database.db, deps.clock(), request.ctx.locale, [[VERIFY_RATE, request.ip]])
      const { credentialId } = request.params as { credentialId: string }
      const json = await service.publicAttendanceCredential(deps, request.ctx.locale, credentialId)
      return reply.header('content-type', LD_JSON).send(json)
    },
  )
}
