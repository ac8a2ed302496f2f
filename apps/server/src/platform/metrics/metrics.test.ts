import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'

let open: TestApp
let guarded: TestApp
beforeAll(async () => {
  ;[open, guarded] = await Promise.all([createTestApp(), createTestApp({ METRICS_TOKEN: 'scrape-token-0123456789' })])
})
afterAll(() => Promise.all([open.close(), guarded.close()]))

describe('Prometheus metrics', () => {
  it('counts requests by route pattern, method and status, never by the raw URL', async () => {
    await open.app.inject({ method: 'GET', url: '/api/v1/health/live' })
    await open.app.inject({ method: 'GET', url: '/api/v1/organisations/8d1c2b7e-0000-4000-8000-000000000001' })
    const res = await open.app.inject({ method: 'GET', url: '/metrics' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('text/plain')
    expect(res.body).toContain('process_cpu_user_seconds_total')
    expect(res.body).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/health\/live",status_code="200"\} 1/,
    )
    expect(res.body).toContain('route="/api/v1/organisations/:organisationId",status_code="401"')
    expect(res.body).not.toContain('8d1c2b7e')
  })

  it('asks for the bearer token when METRICS_TOKEN is set', async () => {
    expect((await guarded.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401)
    const wrong = await guarded.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer nope' },
    })
    expect(wrong.statusCode).toBe(401)
    const right = await guarded.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer scrape-token-0123456789' },
    })
    expect(right.statusCode).toBe(200)
  })
})
