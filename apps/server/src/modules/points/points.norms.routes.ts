import type { FastifyInstance } from 'fastify'
import { Problem, setPageLinks } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import { AddNormVersion, NormListQuery, NormParams, NormVersion, NormVersionPage } from './points.norms.schemas.ts'
import * as service from './points.norms.service.ts'

const BASE = `${API_PREFIX}/registers/:registerId/norm-versions`
const TAGS = ['PE-punten (normen)']
const security = [{ session: [] }]
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem }

/** The versioned re-registration norm of a register (register office, admin). */
export async function pointsNormRoutes(app: FastifyInstance) {
  const deps = app.deps

  app.get(
    BASE,
    {
      schema: {
        tags: TAGS,
        summary: 'Alle versies van de herregistratienorm van een register (registerbureau, beheerder)',
        description:
          'Nieuwste versie eerst, per pagina. De versie die vandaag geldt heeft current = true. Een registratieperiode wordt getoetst aan de laatste versie die geldt op de begindatum van die periode.',
        operationId: 'listNormVersions',
        security,
        params: NormParams,
        querystring: NormListQuery,
        response: { 200: NormVersionPage, ...errors },
      },
    },
    async (request, reply) => {
      const { registerId } = request.params as { registerId: string }
      const page = await service.listNormVersions(deps, request.ctx, registerId, request.query as NormListQuery)
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.get(
    `${BASE}/current`,
    {
      schema: {
        tags: TAGS,
        summary: 'De norm die vandaag geldt (registerbureau, beheerder)',
        description:
          'De laatste versie die vandaag is ingegaan (of de eerste versie). 404 als het register nog geen norm heeft.',
        operationId: 'getCurrentNorm',
        security,
        params: NormParams,
        response: { 200: NormVersion, ...errors },
      },
    },
    async (request) => service.getCurrentNorm(deps, request.ctx, (request.params as { registerId: string }).registerId),
  )

  app.post(
    BASE,
    {
      schema: {
        tags: TAGS,
        summary: 'Nieuwe versie van de norm vastleggen (registerbureau, beheerder)',
        description:
          'Versies worden nooit gewijzigd of verwijderd: een wijziging is een nieuwe versie met een ingangsdatum (niet eerder dan de vorige). Elk ongeldig veld staat in één antwoord (400): minimum boven maximum, een grens boven het totaal, minimums samen boven het totaal, maximums samen onder het totaal. Staat in de audittrail.',
        operationId: 'addNormVersion',
        security,
        params: NormParams,
        body: AddNormVersion,
        response: { 201: NormVersion, ...errors },
      },
    },
    async (request, reply) => {
      const { registerId } = request.params as { registerId: string }
      const created = await service.addNormVersion(deps, request.ctx, registerId, request.body as AddNormVersion)
      return reply.status(201).send(created)
    },
  )
}
