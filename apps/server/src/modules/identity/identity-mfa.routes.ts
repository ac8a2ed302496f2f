import type { FastifyInstance } from 'fastify'
import type { Static } from 'typebox'
import { requireSession } from '../../platform/auth/auth.plugin.ts'
import { clearSessionCookie } from '../../platform/auth/session.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import {
  CodeBody,
  PasswordBody,
  RecoveryCodes,
  SESSION,
  SessionList,
  SessionParams,
  TotpSetup,
} from './identity.schemas.ts'
import { confirmTotpSetup, disableMfa, regenerateRecoveryCodes, startTotpSetup } from './identity-mfa.service.ts'
import { endAllOwnSessions, endOwnSession, listOwnSessions } from './identity-sessions.service.ts'

const TAGS = ['Account']
const NO_CONTENT = { 204: { type: 'null' } }

/** Your sessions ("overal uitloggen") and two-step verification (TOTP, recovery codes). */
export async function identityMfaRoutes(app: FastifyInstance) {
  const deps = app.deps

  app.get(
    `${API_PREFIX}/sessions`,
    {
      schema: {
        tags: TAGS,
        summary: 'Je sessies',
        operationId: 'listSessions',
        security: SESSION,
        response: { 200: SessionList },
      },
    },
    async (request) => ({ items: await listOwnSessions(deps, requireSession(request)) }),
  )

  app.delete(
    `${API_PREFIX}/sessions/:sessionId`,
    {
      schema: {
        tags: TAGS,
        summary: 'Een van je sessies beëindigen',
        operationId: 'endSession',
        security: SESSION,
        params: SessionParams,
        response: NO_CONTENT,
      },
    },
    async (request, reply) => {
      const auth = requireSession(request)
      const { sessionId } = request.params as Static<typeof SessionParams>
      if (await endOwnSession(deps, request.ctx, auth, sessionId)) clearSessionCookie(reply, deps.config)
      return reply.status(204).send()
    },
  )

  app.delete(
    `${API_PREFIX}/sessions`,
    {
      schema: {
        tags: TAGS,
        summary: 'Overal uitloggen: al je sessies beëindigen, ook deze',
        operationId: 'endAllSessions',
        security: SESSION,
        response: NO_CONTENT,
      },
    },
    async (request, reply) => {
      await endAllOwnSessions(deps, request.ctx, requireSession(request))
      clearSessionCookie(reply, deps.config)
      return reply.status(204).send()
    },
  )

  app.post(
    `${API_PREFIX}/me/mfa/totp`,
    {
      config: { auth: { allowSetup: true } },
      schema: {
        tags: TAGS,
        summary: 'Tweestapsverificatie instellen: geheim, otpauth-URI en QR-code (SVG)',
        operationId: 'startTotpSetup',
        security: SESSION,
        response: { 200: TotpSetup },
      },
    },
    async (request) => startTotpSetup(deps, request.ctx, requireSession(request)),
  )

  app.post(
    `${API_PREFIX}/me/mfa/totp/confirmation`,
    {
      config: { auth: { allowSetup: true } },
      schema: {
        tags: TAGS,
        summary: 'Tweestapsverificatie bevestigen met een code; geeft 10 herstelcodes',
        operationId: 'confirmTotpSetup',
        security: SESSION,
        body: CodeBody,
        response: { 200: RecoveryCodes },
      },
    },
    async (request) =>
      confirmTotpSetup(deps, request.ctx, requireSession(request), (request.body as Static<typeof CodeBody>).code),
  )

  app.delete(
    `${API_PREFIX}/me/mfa`,
    {
      schema: {
        tags: TAGS,
        summary: 'Tweestapsverificatie uitzetten (niet als je rol het verplicht)',
        operationId: 'disableMfa',
        security: SESSION,
        body: PasswordBody,
        response: NO_CONTENT,
      },
    },
    async (request, reply) => {
      const auth = requireSession(request)
      await disableMfa(deps, request.ctx, auth, (request.body as Static<typeof PasswordBody>).password)
      return reply.status(204).send()
    },
  )

  app.post(
    `${API_PREFIX}/me/mfa/recovery-codes`,
    {
      schema: {
        tags: TAGS,
        summary: 'Nieuwe herstelcodes; de oude werken dan niet meer',
        operationId: 'regenerateRecoveryCodes',
        security: SESSION,
        body: CodeBody,
        response: { 200: RecoveryCodes },
      },
    },
    async (request) =>
      regenerateRecoveryCodes(
        deps,
        request.ctx,
        requireSession(request),
        (request.body as Static<typeof CodeBody>).code,
      ),
  )
}
