import type { FastifyInstance } from 'fastify'
import type { Static } from 'typebox'
import { requireSession } from '../../platform/auth/auth.plugin.ts'
import { clearSessionCookie, setSessionCookie } from '../../platform/auth/session.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import { presentMe } from './identity.me.ts'
import {
  ChangePasswordBody,
  Empty,
  LoginBody,
  Me,
  MfaBody,
  PasswordResetBody,
  PasswordResetConfirmationBody,
  SESSION,
  SignUpBody,
  UpdateMeBody,
  VerificationBody,
} from './identity.schemas.ts'
import * as identity from './identity.service.ts'
import { completeMfa } from './identity-mfa.service.ts'
import * as passwords from './identity-password.service.ts'
import { logout } from './identity-sessions.service.ts'

const TAGS = ['Account']
/** Routes that also work without a full session (no log-in yet, or MFA still to do). */
const OPEN = { auth: { allowPending: true, allowSetup: true } }

/** Sign-up, verification, log-in and out, profile, password. MFA and session lists: identity-mfa.routes.ts. */
export async function identityRoutes(app: FastifyInstance) {
  const deps = app.deps

  app.post(
    `${API_PREFIX}/accounts`,
    {
      config: OPEN,
      schema: {
        tags: TAGS,
        summary: 'Account maken; stuurt een e-mail om het e-mailadres te bevestigen',
        operationId: 'createAccount',
        body: SignUpBody,
        response: { 202: Empty },
      },
    },
    async (request, reply) => {
      await identity.signUp(deps, request.ctx, request.body as Static<typeof SignUpBody>)
      return reply.status(202).send({})
    },
  )

  app.post(
    `${API_PREFIX}/account-verifications`,
    {
      config: OPEN,
      schema: {
        tags: TAGS,
        summary: 'E-mailadres bevestigen met de code uit de e-mail',
        operationId: 'verifyAccount',
        body: VerificationBody,
        response: { 204: { type: 'null' } },
      },
    },
    async (request, reply) => {
      await identity.verifyAccount(deps, request.ctx, (request.body as Static<typeof VerificationBody>).token)
      return reply.status(204).send()
    },
  )

  app.post(
    `${API_PREFIX}/sessions`,
    {
      config: OPEN,
      schema: {
        tags: TAGS,
        summary: 'Inloggen met e-mailadres en wachtwoord',
        operationId: 'login',
        body: LoginBody,
        response: { 200: Me },
      },
    },
    async (request, reply) => {
      const { token, auth } = await identity.login(deps, request.ctx, request.body as Static<typeof LoginBody>, {
        userAgent: request.headers['user-agent'] ?? '',
        currentSessionId: request.auth?.id ?? null,
      })
      setSessionCookie(reply, deps.config, token, auth.expiresAt)
      return presentMe(auth)
    },
  )

  app.post(
    `${API_PREFIX}/sessions/current/mfa`,
    {
      config: { auth: { allowPending: true } },
      schema: {
        tags: TAGS,
        summary: 'Tweede stap van inloggen: code uit de app of een herstelcode',
        operationId: 'completeMfa',
        security: SESSION,
        body: MfaBody,
        response: { 200: Me },
      },
    },
    async (request, reply) => {
      const auth = requireSession(request)
      const result = await completeMfa(deps, request.ctx, auth, request.body as Static<typeof MfaBody>)
      setSessionCookie(reply, deps.config, result.token, result.auth.expiresAt)
      return presentMe(result.auth)
    },
  )

  app.delete(
    `${API_PREFIX}/sessions/current`,
    {
      config: OPEN,
      schema: {
        tags: TAGS,
        summary: 'Uitloggen',
        operationId: 'logout',
        security: SESSION,
        response: { 204: { type: 'null' } },
      },
    },
    async (request, reply) => {
      const auth = requireSession(request)
      await logout(deps, request.ctx, auth)
      clearSessionCookie(reply, deps.config)
      return reply.status(204).send()
    },
  )

  app.get(
    `${API_PREFIX}/me`,
    {
      config: OPEN,
      schema: { tags: TAGS, summary: 'Wie ben ik?', operationId: 'getMe', security: SESSION, response: { 200: Me } },
    },
    async (request) => presentMe(requireSession(request)),
  )

  app.patch(
    `${API_PREFIX}/me`,
    {
      schema: {
        tags: TAGS,
        summary: 'Naam of taal wijzigen',
        operationId: 'updateMe',
        security: SESSION,
        body: UpdateMeBody,
        response: { 200: Me },
      },
    },
    async (request) => {
      const auth = requireSession(request)
      return presentMe(
        await identity.updateProfile(deps, request.ctx, auth, request.body as Static<typeof UpdateMeBody>),
      )
    },
  )

  app.put(
    `${API_PREFIX}/me/password`,
    {
      schema: {
        tags: TAGS,
        summary: 'Wachtwoord wijzigen; beëindigt je andere sessies',
        operationId: 'changePassword',
        security: SESSION,
        body: ChangePasswordBody,
        response: { 204: { type: 'null' } },
      },
    },
    async (request, reply) => {
      const auth = requireSession(request)
      await passwords.changePassword(deps, request.ctx, auth, request.body as Static<typeof ChangePasswordBody>)
      return reply.status(204).send()
    },
  )

  app.post(
    `${API_PREFIX}/password-resets`,
    {
      config: OPEN,
      schema: {
        tags: TAGS,
        summary: 'Wachtwoord vergeten: stuurt een link om een nieuw wachtwoord te kiezen',
        operationId: 'requestPasswordReset',
        body: PasswordResetBody,
        response: { 202: Empty },
      },
    },
    async (request, reply) => {
      await passwords.requestPasswordReset(deps, request.ctx, (request.body as Static<typeof PasswordResetBody>).email)
      return reply.status(202).send({})
    },
  )

  app.post(
    `${API_PREFIX}/password-reset-confirmations`,
    {
      config: OPEN,
      schema: {
        tags: TAGS,
        summary: 'Nieuw wachtwoord kiezen met de link uit de e-mail',
        operationId: 'confirmPasswordReset',
        body: PasswordResetConfirmationBody,
        response: { 204: { type: 'null' } },
      },
    },
    async (request, reply) => {
      await passwords.confirmPasswordReset(
        deps,
        request.ctx,
        request.body as Static<typeof PasswordResetConfirmationBody>,
      )
      return reply.status(204).send()
    },
  )
}
