import swagger from '@fastify/swagger'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { API_PREFIX, API_VERSION } from './http.plugin.ts'

/** OpenAPI 3.1, generated from the route schemas; served at /api/v1/openapi.json without login. */
export const openapiPlugin = fp(async (app: FastifyInstance, opts: { publicUrl: string }) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Vakregister API',
        version: API_VERSION,
        description:
          'API van Vakregister, het beroepsregister en de leergemeenschap voor klantmanagers. Volgt de NL API Design Rules.',
        contact: { name: 'Vakregister', email: 'api@vakregister.nl', url: 'https://vakregister.nl' },
      },
      servers: [{ url: `${opts.publicUrl}${API_PREFIX}` }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: '__Host-vr_session' },
        },
      },
    },
    // Paths are documented relative to the server URL (which carries /api/v1); other routes stay out.
    transform: ({ schema, url }) =>
      url.startsWith(`${API_PREFIX}/`)
        ? { schema, url: url.slice(API_PREFIX.length) }
        : { schema: { ...(schema as object), hide: true } as typeof schema, url },
  })
})

export function openapiDocument(app: FastifyInstance) {
  return app.swagger() as Record<string, unknown>
}
