import cors from '@fastify/cors'
import helmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Config } from '../../config/config.ts'
import { localeFromHeader, message } from './messages.ts'
import { sendProblem } from './problem.ts'

export const API_VERSION = '1.0.0'
export const API_PREFIX = '/api/v1'

/** Headers and negotiation rules of the Dutch API Design Rules, for every response. */
export const httpPlugin = fp(async (app: FastifyInstance, opts: { config: Config }) => {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'base-uri': ["'self'"],
        'connect-src': ["'self'"],
        'font-src': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        'img-src': ["'self'", 'data:'],
        'object-src': ["'none'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        ...(opts.config.nodeEnv === 'production' ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    hsts: opts.config.nodeEnv === 'production' ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  })

  // CORS: the allow-list from CORS_ORIGINS for the API; `*` only for the OpenAPI document.
  const allowList = new Set(opts.config.corsOrigins)
  await app.register(cors, {
    delegator: (request, callback) => {
      if (request.url.split('?')[0] === `${API_PREFIX}/openapi.json`) return callback(null, { origin: '*' })
      const origin = request.headers.origin
      callback(null, {
        origin: origin !== undefined && allowList.has(origin) ? origin : false,
        credentials: true,
        exposedHeaders: ['API-Version', 'Link', 'X-Total-Count', 'Retry-After'],
      })
    },
  })

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id)
    if (!request.url.startsWith(`${API_PREFIX}/`) && request.url !== API_PREFIX) return
    reply.header('api-version', API_VERSION)
    reply.header('cache-control', 'no-store')
    const accept = request.headers.accept
    if (accept && !acceptsJson(accept)) {
      const locale = localeFromHeader(request.headers['accept-language'])
      return sendProblem(request, reply, 406, 'not-acceptable', message(locale, 'not-acceptable'))
    }
  })
})

function acceptsJson(accept: string): boolean {
  return accept.split(',').some((part) => {
    const type = part.split(';')[0]?.trim().toLowerCase()
    return (
      type === '*/*' ||
      type === 'application/*' ||
      type === 'application/json' ||
      type === 'application/problem+json' ||
      type === 'application/ld+json' ||
      type === 'application/pdf' ||
      type === 'text/csv' ||
      type === 'text/calendar'
    )
  })
}
