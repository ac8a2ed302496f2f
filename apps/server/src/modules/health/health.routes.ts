import { sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import { openapiDocument } from '../../platform/http/openapi.ts'

const HealthStatus = Type.Object({ status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]) })

export async function healthRoutes(app: FastifyInstance) {
  app.get(
    `${API_PREFIX}/health/live`,
    {
      schema: {
        tags: ['Beheer'],
        summary: 'Leeft de applicatie? (liveness)',
        operationId: 'getLiveness',
        response: { 200: HealthStatus },
      },
    },
    async () => ({ status: 'ok' as const }),
  )

  app.get(
    `${API_PREFIX}/health/ready`,
    {
      schema: {
        tags: ['Beheer'],
        summary: 'Is de applicatie klaar voor verkeer? Controleert de database (readiness)',
        operationId: 'getReadiness',
        response: { 200: HealthStatus, 503: HealthStatus },
      },
    },
    async (_request, reply) => {
      try {
        await app.deps.database.db.execute(sql`select 1`)
        return { status: 'ok' as const }
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const })
      }
    },
  )

  app.get(`${API_PREFIX}/openapi.json`, { schema: { hide: true } }, async () => openapiDocument(app))
}
