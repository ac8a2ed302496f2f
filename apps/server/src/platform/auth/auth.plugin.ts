import cookie from '@fastify/cookie'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { AppDeps } from '../../app.ts'
import { safeEqual } from '../../modules/identity/identity.rules.ts'
import { actorOfSession, resolveSession } from '../../modules/identity/identity-sessions.service.ts'
import { AppError } from '../http/errors.ts'
import { API_PREFIX } from '../http/http.plugin.ts'
import { localeFromHeader } from '../http/messages.ts'
import type { Actor, RequestContext } from './actor.ts'
import { authMessage } from './auth.messages.ts'
import { clearSessionCookie, type SessionAuth, sessionCookieName } from './session.ts'

/** Per-route switches: which routes a session that still needs MFA may use. */
export interface AuthRouteConfig {
  /** Usable while the TOTP code is still needed (state `pending`). */
  allowPending?: boolean
  /** Usable while MFA must still be set up (state `setup_required`). */
  allowSetup?: boolean
  /**
   * Authenticated by an organisation's API key (`Authorization: Bearer …`, resolved by the route itself), never by
   * the session cookie: the cookie is not read and no CSRF token is needed (nothing is sent by the browser itself).
   */
  apiKey?: boolean
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Actor, request id, origin and locale for the services. */
    ctx: RequestContext
    /** The browser session, when the request carries a valid one. */
    auth: SessionAuth | null
  }
  interface FastifyContextConfig {
    auth?: AuthRouteConfig
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
/** Routes that never look at the person (health, OpenAPI, the development mailbox). */
const PUBLIC_PREFIXES = [`${API_PREFIX}/health/`, `${API_PREFIX}/openapi.json`, `${API_PREFIX}/dev/`]

/**
 * Sessions, CSRF and the MFA gate. Loads the session of the cookie on every API request, builds
 * `request.ctx`, checks the CSRF token (with a session) or the Origin (without one), and keeps
 * sessions that still need MFA to the few routes that allow them.
 */
export const authPlugin = fp(async (app: FastifyInstance) => {
  const deps: AppDeps = app.deps
  const config = deps.config
  const cookieName = sessionCookieName(config)
  const allowedOrigins = new Set([
    new URL(config.publicUrl).origin,
    ...config.corsOrigins.map((o) => new URL(o).origin),
  ])

  await app.register(cookie)
  app.decorateRequest('ctx', null as unknown as RequestContext)
  app.decorateRequest('auth', null)

  app.addHook('onRequest', async (request, reply) => {
    const locale = localeFromHeader(request.headers['accept-language'])
    request.ctx = { actor: null, requestId: request.id, origin: request.ip, locale }
    request.auth = null
    const path = request.url.split('?')[0] ?? ''
    if (!path.startsWith(`${API_PREFIX}/`)) return
    if (request.routeOptions.config?.auth?.apiKey) return

    const token = request.cookies[cookieName]
    if (token) {
      const auth = await resolveSession(deps, token)
      if (auth) {
        request.auth = auth
        request.ctx.actor = actorOfSession(auth)
      } else {
        clearSessionCookie(reply, config)
      }
    }

    if (UNSAFE_METHODS.has(request.method)) {
      const origin = request.headers.origin
      if (origin !== undefined && !allowedOrigins.has(origin))
        throw new AppError(403, 'csrf', authMessage(locale, 'csrf'))
      if (request.auth) {
        const sent = request.headers['x-csrf-token']
        if (typeof sent !== 'string' || !safeEqual(sent, request.auth.csrfToken)) {
          throw new AppError(403, 'csrf', authMessage(locale, 'csrf'))
        }
      }
    }

    const state = request.auth?.mfaState
    if (state === undefined || state === 'complete') return
    if (PUBLIC_PREFIXES.some((prefix) => path.startsWith(prefix))) return
    // Unknown API paths fall through to a 404 (the not-found handler or the web app's fallback route).
    if (request.is404 || !request.routeOptions.url?.startsWith(`${API_PREFIX}/`)) return
    const allowed = request.routeOptions.config?.auth
    if (state === 'pending' && !allowed?.allowPending) {
      throw new AppError(401, 'mfa-required', authMessage(locale, 'mfa-required'))
    }
    if (state === 'setup_required' && !allowed?.allowSetup) {
      throw new AppError(403, 'mfa-setup-required', authMessage(locale, 'mfa-setup-required'))
    }
  })
})

/** In a route: the logged-in session, or 401. */
export function requireSession(request: FastifyRequest): SessionAuth {
  if (!request.auth) throw new AppError(401, 'unauthenticated', authMessage(request.ctx.locale, 'unauthenticated'))
  return request.auth
}

/** In a route: the acting user, or 401. */
export function requireUser(request: FastifyRequest): Actor {
  requireSession(request)
  return request.ctx.actor!
}
