import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { problemPlugin } from '../http/problem.ts'
import { NOT_BUILT_MESSAGE, webPlugin } from './web.plugin.ts'

const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }

async function appWith(distDir: string): Promise<FastifyInstance> {
  const app = Fastify()
  await app.register(problemPlugin)
  app.get('/api/v1/health/live', async () => ({ status: 'ok' }))
  await app.register(webPlugin, { distDir })
  return app
}

describe('the web app is served next to the API', () => {
  let dist: string
  let app: FastifyInstance
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'vr-web-'))
    mkdirSync(join(dist, 'assets'))
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Vakregister</title>')
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)')
    writeFileSync(join(dist, 'assets', 'index-abc123.js.map'), '{}')
    writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
    app = await appWith(dist)
  })
  afterAll(async () => {
    await app.close()
    rmSync(dist, { recursive: true, force: true })
  })

  it('a browser opening a page of the app gets index.html, revalidated on every visit', async () => {
    for (const url of ['/', '/inloggen', '/account/tweestapsverificatie', '/verifieren?token=abc']) {
      const res = await app.inject({ method: 'GET', url, headers: html })
      expect(res.statusCode, url).toBe(200)
      expect(res.headers['content-type']).toContain('text/html')
      expect(res.headers['cache-control']).toBe('no-cache')
      expect(res.body).toContain('<title>Vakregister</title>')
    }
  })

  it("a person's page in the public register tells search engines not to index it; other pages do not", async () => {
    const person = await app.inject({ method: 'GET', url: '/register/KM-000123', headers: html })
    expect(person.statusCode).toBe(200)
    expect(person.headers['x-robots-tag']).toBe('noindex')
    for (const url of ['/register', '/register?achternaam=berg', '/', '/controleren']) {
      const res = await app.inject({ method: 'GET', url, headers: html })
      expect(res.headers['x-robots-tag'], url).toBeUndefined()
    }
  })

  it('hashed assets are cached for a year as immutable', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('an asset built after the start is served without a restart', async () => {
    writeFileSync(join(dist, 'assets', 'index-new999.css'), 'body{}')
    const res = await app.inject({ method: 'GET', url: '/assets/index-new999.css' })
    expect(res.statusCode).toBe(200)
  })

  it('top-level files such as the favicon are served with a short cache', async () => {
    const res = await app.inject({ method: 'GET', url: '/favicon.svg' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('public, max-age=3600')
  })

  it('a missing asset or a source map is a 404, never the app page', async () => {
    for (const url of ['/assets/gone.js', '/assets/index-abc123.js.map', '/gone.png']) {
      const res = await app.inject({ method: 'GET', url, headers: html })
      expect(res.statusCode, url).toBe(404)
      expect(res.body).not.toContain('<title>Vakregister</title>')
    }
  })

  it('paths under /api and /metrics never fall back to the app page', async () => {
    for (const url of ['/api/v1/nope', '/api/v1/health/live/', '/api', '/metrics']) {
      const res = await app.inject({ method: 'GET', url, headers: html })
      expect(res.statusCode, url).toBe(404)
      expect(res.headers['content-type']).toContain('application/problem+json')
    }
    expect((await app.inject({ method: 'GET', url: '/api/v1/health/live', headers: html })).statusCode).toBe(200)
  })

  it('a request that does not ask for HTML gets a 404 instead of the app page', async () => {
    const res = await app.inject({ method: 'GET', url: '/inloggen', headers: { accept: 'application/json' } })
    expect(res.statusCode).toBe(404)
  })

  it('path traversal out of the build folder is refused', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/..%2f..%2fetc%2fpasswd' })
    expect(res.statusCode).not.toBe(200)
  })
})

describe('without a build', () => {
  it('pages answer with a plain message telling the developer to run npm run build, and the API still works', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'vr-web-empty-'))
    const app = await appWith(join(empty, 'dist'))
    const res = await app.inject({ method: 'GET', url: '/inloggen', headers: html })
    expect(res.statusCode).toBe(503)
    expect(res.headers['content-type']).toContain('text/plain')
    expect(res.body).toBe(NOT_BUILT_MESSAGE)
    expect(res.body).toContain('npm run build')
    expect((await app.inject({ method: 'GET', url: '/api/v1/health/live' })).statusCode).toBe(200)
    await app.close()
    rmSync(empty, { recursive: true, force: true })
  })
})
