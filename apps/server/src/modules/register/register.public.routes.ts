import type { FastifyInstance } from 'fastify'
import { Problem } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import {
  PublicRegistration,
  PublicRegistrationList,
  PublicRegistrationParams,
  PublicRegistrationQuery,
} from './register.public.schemas.ts'
import * as service from './register.public.service.ts'

const BASE = `${API_PREFIX}/public-registrations`
const TAGS = ['Register (openbaar)']
/** Open to everyone, also with a session that still waits for MFA. */
const config = { auth: { allowPending: true, allowSetup: true } }
const errors = { 400: Problem, 429: Problem }

/** Lookup without login. Personal data: `no-store` stays; person pages are kept out of search engines. */
export async function registerPublicRoutes(app: FastifyInstance) {
  const deps = app.deps
  const stopFlushing = service.lookupLimiter(deps).start(deps.clock)
  app.addHook('onClose', stopFlushing)

  app.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.url?.startsWith(BASE)) reply.header('x-robots-tag', 'noindex')
  })

  app.get(
    BASE,
    {
      config,
      schema: {
        tags: TAGS,
        summary: 'Zoeken in het register op registratienummer of achternaam (openbaar)',
        description:
          'Zonder inloggen. Exact op registratienummer, of op achternaam (tolerant voor tussenvoegsels, accenten en kleine typefouten) met eventueel voorletters. Hoogstens 20 resultaten; kandidaten staan er nooit in. Zonder zoekterm: 400.',
        operationId: 'searchPublicRegistrations',
        security: [],
        querystring: PublicRegistrationQuery,
        response: { 200: PublicRegistrationList, ...errors },
      },
    },
    async (request) => service.searchPublicRegistrations(deps, request.ctx, request.query as PublicRegistrationQuery),
  )

  app.get(
    `${BASE}/:registrationNumber`,
    {
      config,
      schema: {
        tags: TAGS,
        summary: 'Eén registratie bekijken (openbaar)',
        description:
          'Zonder inloggen. De openbare gegevens van één registratie, met een ETag (If-None-Match geeft 304). Een maatregel staat erbij zolang die openbaar is.',
        operationId: 'getPublicRegistration',
        security: [],
        params: PublicRegistrationParams,
        response: {
          200: PublicRegistration,
          304: { type: 'null', description: 'Niet gewijzigd (If-None-Match)' },
          ...errors,
          404: Problem,
        },
      },
    },
    async (request, reply) => {
      const { registrationNumber } = request.params as { registrationNumber: string }
      const { registration, etag } = await service.getPublicRegistration(deps, request.ctx, registrationNumber)
      reply.header('etag', etag)
      const match = request.headers['if-none-match']
      if (match?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return reply.status(304).send()
      return registration
    },
  )
}
