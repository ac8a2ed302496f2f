import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ CORS_ORIGINS: 'https://hr.gemeente-utrecht.nl' })
})
afterAll(() => t.close())

describe('HTTP conventions (NL API Design Rules)', () => {
  it('every API response carries API-Version, no-store and security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health/live' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['api-version']).toBe('1.0.0')
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['content-security-policy']).toContain("default-src 'self'")
    expect(res.headers['x-request-id']).toBeTruthy()
  })

  it('a trailing slash is a 404 problem, never a redirect', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health/live/' })
    expect(res.statusCode).toBe(404)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(res.json()).toMatchObject({ status: 404, title: 'not-found', instance: '/api/v1/health/live/' })
  })

  it('an unacceptable Accept header gets 406 in Dutch', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health/live', headers: { accept: 'text/html' } })
    expect(res.statusCode).toBe(406)
    expect(res.json().detail).toMatch(/JSON/)
  })

  it('errors are in English when the client prefers English', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nope', headers: { 'accept-language': 'en-GB,en' } })
    expect(res.statusCode).toBe(404)
    expect(res.json().detail).toBe('This page or item does not exist.')
  })

  it('readiness checks the database', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health/ready' })
    expect(res.json()).toEqual({ status: 'ok' })
  })

  it('CORS allows only listed origins, but the OpenAPI document to anyone', async () => {
    const listed = await t.app.inject({
      method: 'GET',
      url: '/api/v1/health/live',
      headers: { origin: 'https://hr.gemeente-utrecht.nl' },
    })
    expect(listed.headers['access-control-allow-origin']).toBe('https://hr.gemeente-utrecht.nl')
    const other = await t.app.inject({
      method: 'GET',
      url: '/api/v1/health/live',
      headers: { origin: 'https://evil.example' },
    })
    expect(other.headers['access-control-allow-origin']).toBeUndefined()
    const doc = await t.app.inject({
      method: 'GET',
      url: '/api/v1/openapi.json',
      headers: { origin: 'https://evil.example' },
    })
    expect(doc.headers['access-control-allow-origin']).toBe('*')
    expect(doc.json().openapi).toBe('3.1.0')
  })
})

describe('readiness when the database is gone', () => {
  it('answers 503 as a problem, so a load balancer takes the instance out', async () => {
    const { buildApp } = await import('../../app.ts')
    const { loadConfig } = await import('../../config/config.ts')
    const { openDatabase } = await import('../../db/client.ts')
    const database = await openDatabase({ dataDir: 'memory://' })
    const app = await buildApp({ config: loadConfig({ NODE_ENV: 'test' }), database })
    await app.ready()
    await database.close()
    const res = await app.inject({ method: 'GET', url: '/api/v1/health/ready' })
    expect(res.statusCode).toBe(503)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(res.json()).toMatchObject({ status: 503, title: 'unavailable' })
    await app.close()
  })
})
