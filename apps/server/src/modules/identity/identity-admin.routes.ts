import type { FastifyInstance } from 'fastify'
import { Problem, setPageLinks } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import { SESSION } from './identity.schemas.ts'
import { AdminUser, AdminUserPage, StaffRolesBody, UserListQuery, UserParams } from './identity-admin.schemas.ts'
import * as service from './identity-admin.service.ts'

const BASE = `${API_PREFIX}/users`
const TAGS = ['Gebruikers']
const errors = { 400: Problem, 401: Problem, 403: Problem }

/** Staff find accounts; an admin gives and takes staff roles. */
export async function identityAdminRoutes(app: FastifyInstance) {
  const deps = app.deps

  app.get(
    BASE,
    {
      schema: {
        tags: TAGS,
        summary: 'Accounts zoeken op e-mailadres of rol (beheerder, registerbureau)',
        description:
          'Zoekt accounts op een deel van het e-mailadres (hoofdletters maken niet uit) en op rol. Toont nooit wachtwoorden of geheimen.',
        operationId: 'listUsers',
        security: SESSION,
        querystring: UserListQuery,
        response: { 200: AdminUserPage, ...errors },
      },
    },
    async (request, reply) => {
      const page = await service.listUsers(deps, request.ctx, request.query as UserListQuery)
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.get(
    `${BASE}/:userId`,
    {
      schema: {
        tags: TAGS,
        summary: 'Eén account met zijn rollen (beheerder, registerbureau)',
        description: 'Het account met e-mailadres, naam, rollen en of tweestapsverificatie aan staat.',
        operationId: 'getUser',
        security: SESSION,
        params: UserParams,
        response: { 200: AdminUser, ...errors, 404: Problem },
      },
    },
    async (request) => service.getUser(deps, request.ctx, (request.params as { userId: string }).userId),
  )

  app.put(
    `${BASE}/:userId/staff-roles`,
    {
      schema: {
        tags: TAGS,
        summary: 'Rollen van een medewerker vastleggen (beheerder)',
        description:
          'Legt alle rollen van een medewerker vast. Staat in de audittrail met de rollen ervoor en erna. Kan niet als er dan geen beheerder meer over is (409).',
        operationId: 'setStaffRoles',
        security: SESSION,
        params: UserParams,
        body: StaffRolesBody,
        response: { 200: AdminUser, ...errors, 404: Problem, 409: Problem },
      },
    },
    async (request) => {
      const { userId } = request.params as { userId: string }
      return service.setStaffRoles(deps, request.ctx, userId, request.body as StaffRolesBody)
    },
  )
}
