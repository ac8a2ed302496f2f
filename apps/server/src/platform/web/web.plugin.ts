import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'

/** apps/web/dist, where `npm run build` puts the web app. */
export const DEFAULT_WEB_DIST = resolve(fileURLToPath(new URL('../../../../web/dist', import.meta.url)))

/** `/register/KM-000123`: one person's page in the public register. */
const PERSON_PAGE = /^\/register\/[^/]+\/?$/

const IMMUTABLE = 'public, max-age=31536000, immutable'
const REVALIDATE = 'no-cache'
const SHORT = 'public, max-age=3600'

export const NOT_BUILT_MESSAGE = [
  'De webapp is nog niet gebouwd. Voer `npm run build` uit en start de server opnieuw.',
  'The web app has not been built yet. Run `npm run build` and restart the server.',
  '',
].join('\n')

/** Paths that belong to the API or operations: never answered with the web app. */
export function isServerPath(url: string): boolean {
  const path = url.split('?')[0] ?? ''
  return path === '/api' || path.startsWith('/api/') || path === '/metrics' || path.startsWith('/metrics/')
}

/** A browser navigation: asks for HTML and is not a file (no extension in the last segment). */
function wantsPage(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? ''
  return /\btext\/html\b/i.test(accept) && !lastSegment(request.url).includes('.')
}

const lastSegment = (url: string) => {
  const path = url.split('?')[0] ?? ''
  return path.slice(path.lastIndexOf('/') + 1)
}

/** A file at the top of dist (favicon.svg, robots.txt): one plain segment with an extension. */
const TOP_LEVEL_FILE = /^\/[A-Za-z0-9_-][A-Za-z0-9._-]*\.[A-Za-z0-9]+$/

/**
 * Serves the built web app (apps/web/dist): hashed files under /assets with a year-long immutable cache, index.html
 * revalidated on every visit, and index.html for every other page of the single-page app (client-side routes such as
 * /inloggen). Register it last, after all modules, so every API route wins. Paths under /api and /metrics never fall
 * back. Files are looked up per request, so a new `npm run build` is served without a restart; without a build,
 * pages answer 503 with a plain message instead of crashing.
 */
export const webPlugin = fp(
  async (app: FastifyInstance, opts: { distDir?: string } = {}) => {
    const distDir = opts.distDir ?? DEFAULT_WEB_DIST
    if (!existsSync(join(distDir, 'index.html'))) app.log.warn({ distDir }, 'web app not built: run `npm run build`')

    // Only the reply.sendFile decorator (path-traversal safe, ranges, ETag); the routes below decide what is served.
    await app.register(fastifyStatic, { root: distDir, serve: false, index: false, cacheControl: false })

    app.get('/assets/*', (request, reply) => {
      const file = (request.params as { '*': string })['*']
      if (!file || file.endsWith('.map')) return reply.callNotFound()
      return reply.header('cache-control', IMMUTABLE).sendFile(`assets/${file}`)
    })

    const servePage = (request: FastifyRequest, reply: FastifyReply) => {
      if (isServerPath(request.url)) return reply.callNotFound()
      const path = request.url.split('?')[0] ?? ''
      if (TOP_LEVEL_FILE.test(path) && !path.endsWith('.map')) {
        const name = path.slice(1)
        if (name !== 'index.html' && existsSync(join(distDir, name))) {
          return reply.header('cache-control', SHORT).sendFile(name)
        }
      }
      if (!wantsPage(request) && path !== '/index.html') return reply.callNotFound()
      if (!existsSync(join(distDir, 'index.html'))) {
        return reply
          .code(503)
          .header('cache-control', 'no-store')
          .type('text/plain; charset=utf-8')
          .send(NOT_BUILT_MESSAGE)
      }
      // Person pages of the public register stay out of search engines (the page adds a robots meta tag as well).
      if (PERSON_PAGE.test(path)) reply.header('x-robots-tag', 'noindex')
      return reply.header('cache-control', REVALIDATE).type('text/html; charset=utf-8').sendFile('index.html')
    }

    app.get('/', servePage)
    app.get('/*', servePage)
  },
  { name: 'web' },
)
