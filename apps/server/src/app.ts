import { randomUUID } from 'node:crypto'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import type { Config } from './config/config.ts'
import type { DatabaseHandle } from './db/client.ts'
import { auditRoutes } from './modules/audit/audit.routes.ts'
import { employerRoutes } from './modules/employers/employers.routes.ts'
import { eventRoutes } from './modules/events/events.routes.ts'
import { healthRoutes } from './modules/health/health.routes.ts'
import { identityRoutes } from './modules/identity/identity.routes.ts'
import { identityAdminRoutes } from './modules/identity/identity-admin.routes.ts'
import { identityMfaRoutes } from './modules/identity/identity-mfa.routes.ts'
import { organisationRoutes } from './modules/organisations/organisations.routes.ts'
import { accreditationRoutes } from './modules/points/points.accreditation.routes.ts'
import { apiKeyRoutes } from './modules/points/points.api-keys.routes.ts'
import { attendanceRoutes } from './modules/points/points.attendance.routes.ts'
import { pointsDossierRoutes } from './modules/points/points.dossier.routes.ts'
import { pointsNormRoutes } from './modules/points/points.norms.routes.ts'
import { reregistrationRoutes } from './modules/points/points.reregistration.routes.ts'
import { selfReportRoutes } from './modules/points/points.self-reports.routes.ts'
import { privacyRoutes } from './modules/privacy/privacy.routes.ts'
import { registerApplicationRoutes } from './modules/register/register.applications.routes.ts'
import { registrationDecisionRoutes } from './modules/register/register.decisions.routes.ts'
import { registerDownloadRoutes } from './modules/register/register.downloads.routes.ts'
import { registerPublicRoutes } from './modules/register/register.public.routes.ts'
import { registerSettingsRoutes } from './modules/register/register.registers.routes.ts'
import { registrationRoutes } from './modules/register/register.registrations.routes.ts'
import { authPlugin } from './platform/auth/auth.plugin.ts'
import { credentialRoutes } from './platform/credentials/credentials.routes.ts'
import { httpPlugin } from './platform/http/http.plugin.ts'
import { openapiPlugin } from './platform/http/openapi.ts'
import { problemPlugin } from './platform/http/problem.ts'
import { createJobs, type Jobs } from './platform/jobs/jobs.ts'
import { logSerializers } from './platform/logging.ts'
import { devMailRoutes } from './platform/mail/mail.routes.ts'
import { metricsPlugin } from './platform/metrics/metrics.plugin.ts'
import { documentRoutes } from './platform/storage/storage.routes.ts'
import { webPlugin } from './platform/web/web.plugin.ts'

export interface AppDeps {
  config: Config
  database: DatabaseHandle
  /** The current time; tests move it to check timeouts. */
  clock: () => Date
  /** pg-boss queues (send inside a transaction; workers started by server.ts / createTestApp). */
  jobs: Jobs
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps
  }
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/

/** Builds the app: infrastructure plugins first, then the domain modules. Does not listen. */
export async function buildApp(
  deps: Omit<AppDeps, 'clock' | 'jobs'> & Partial<Pick<AppDeps, 'clock' | 'jobs'>>,
  options: { logger?: FastifyServerOptions['logger'] } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: deps.config.nodeEnv === 'production',
    genReqId: (req) => {
      const incoming = req.headers['x-request-id']
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID()
    },
    ajv: { customOptions: { allErrors: true, coerceTypes: 'array', removeAdditional: false, useDefaults: true } },
    bodyLimit: 1_048_576,
    routerOptions: { ignoreTrailingSlash: false, ignoreDuplicateSlashes: false, maxParamLength: 200 },
  }).withTypeProvider<TypeBoxTypeProvider>()

  // Without `jobs` (e.g. the OpenAPI script) a pg-boss handle is made that is never started.
  app.decorate('deps', { clock: () => new Date(), ...deps, jobs: deps.jobs ?? createJobs(deps.database) })

  await app.register(problemPlugin)
  await app.register(httpPlugin, { config: deps.config })
  // Before every route: @fastify/swagger only documents routes registered after it.
  await app.register(openapiPlugin, { publicUrl: deps.config.publicUrl })
  await app.register(metricsPlugin, { token: deps.config.metricsToken })
  // Identity: cookie sessions, CSRF, MFA gate (request.ctx), then the account routes.
  await app.register(authPlugin)
  await app.register(identityRoutes)
  await app.register(identityMfaRoutes)
  await app.register(identityAdminRoutes)

  await app.register(healthRoutes)
  await app.register(organisationRoutes)
  await app.register(registerPublicRoutes)
  await app.register(registrationRoutes)
  await app.register(registrationDecisionRoutes)
  await app.register(registerApplicationRoutes)
  await app.register(registerSettingsRoutes)
  await app.register(documentRoutes)
  await app.register(auditRoutes)
  await app.register(credentialRoutes)
  await app.register(employerRoutes)
  await app.register(registerDownloadRoutes)
  await app.register(privacyRoutes)
  await app.register(reregistrationRoutes)
  await app.register(accreditationRoutes)
  await app.register(attendanceRoutes)
  await app.register(apiKeyRoutes)
  await app.register(selfReportRoutes)
  await app.register(pointsNormRoutes)
  await app.register(pointsDossierRoutes)
  await app.register(eventRoutes)
  if (deps.config.nodeEnv === 'development') await app.register(devMailRoutes)

  await app.register(webPlugin) // last: the web app and its page fallback never shadow an API route

  return app
}

export { logSerializers }
