import { timingSafeEqual } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client'
import { sendProblem } from '../http/problem.ts'

/**
 * Prometheus metrics at `GET /metrics` (outside the API): the process's default metrics and an HTTP request
 * duration histogram labelled by route pattern, method and status — never the raw URL, which holds ids.
 * With METRICS_TOKEN set, the scraper must send `Authorization: Bearer <token>`.
 */
export const metricsPlugin = fp(async (app: FastifyInstance, opts: { token?: string }) => {
  // One registry per app instance: tests build many apps in one process.
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Duration of HTTP requests in seconds',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  })

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched'
    if (route === '/metrics') return
    duration.observe(
      { method: request.method, route: request.is404 ? 'unmatched' : route, status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    )
  })

  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (opts.token && !bearerMatches(request.headers.authorization, opts.token)) {
      reply.header('www-authenticate', 'Bearer realm="metrics"')
      return sendProblem(request, reply, 401, 'unauthenticated', 'Een geldig metrics-token is nodig.')
    }
    reply.header('content-type', registry.contentType)
    reply.header('cache-control', 'no-store')
    return registry.metrics()
  })
})

function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer (.+)$/.exec(header ?? '')
  if (!match) return false
  const given = Buffer.from(match[1]!)
  const expected = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
