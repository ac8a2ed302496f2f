import type { FastifyInstance } from 'fastify'
import { Problem, setPageLinks } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import { AuditEventPage, AuditEventQuery } from './audit.schemas.ts'
import { listAuditEvents } from './audit.service.ts'

export async function auditRoutes(app: FastifyInstance) {
  app.get(
    `${API_PREFIX}/audit-events`,
    {
      schema: {
        tags: ['Audit'],
        summary: 'Audittrail doorzoeken (registerbureau en beheerders)',
        description:
          'Gebeurtenissen in de audittrail, nieuwste eerst. `action` filtert op het begin van de actie (`identity.` geeft alle identiteitsgebeurtenissen).',
        operationId: 'listAuditEvents',
        security: [{ session: [] }],
        querystring: AuditEventQuery,
        response: { 200: AuditEventPage, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const query = request.query as AuditEventQuery
      const page = await listAuditEvents(app.deps, request.ctx, query)
      setPageLinks(request, reply, app.deps.config.publicUrl, page)
      return page
    },
  )
}
