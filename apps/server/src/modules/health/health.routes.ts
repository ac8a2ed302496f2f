import { sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { Problem } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import { localeFromHeader, message } from '../../platform/http/messages.ts'
import { openapiDocument } from '../../platform/http/openapi.ts'
import { sendProblem } from '../../platform/http/problem.ts'

const HealthStatus = Type.Object({ status: Type.Literal('ok') })

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
        response: { 200: HealthStatus, 503: Problem },
      },
    },
    async (request, reply) => {
      try {
        await app.deps.database.db.execute(sql`select 1`)
        return { status: 'ok' as const }
      } catch {
        const locale = localeFromHeader(request.headers['accept-language'])
        return sendProblem(request, reply, 503, 'unavailable', message(locale, 'unavailable'))
      }
    },
  )

  app.get(`${API_PREFIX}/openapi.json`, { schema: { hide: true } }, async () => openapiDocument(app))
}
