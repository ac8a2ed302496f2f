import type { FastifyInstance } from 'fastify'
import { Problem, setPageLinks } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import {
  CatalogueDetail,
  CataloguePage,
  CatalogueQuery,
  PublicIdParams,
} from './points.accreditation.catalogue.schemas.ts'
import * as service from './points.accreditation.catalogue.service.ts'

const BASE = `${API_PREFIX}/activities`
const TAGS = ['Activiteiten (openbaar)']
/** Open to everyone, also with a session that still waits for MFA. */
const config = { auth: { allowPending: true, allowSetup: true } }

/** The public catalogue of accredited activities: no login. */
export async function catalogueRoutes(app: FastifyInstance) {
  const deps = app.deps

  app.get(
    BASE,
    {
      config,
      schema: {
        tags: TAGS,
        summary: 'Geaccrediteerde activiteiten zoeken (openbaar)',
        description:
          'Zonder inloggen. Standaard alleen activiteiten waarvan de accreditatie nog geldt. Zoeken in de titel (ook met kleine typefouten) of op openbaar ID; filters op werkvorm, categorie, aanbieder, doelgroep, punten en uitvoeringen (online, plaats, periode).',
        operationId: 'searchActivities',
        security: [],
        querystring: CatalogueQuery,
        response: { 200: CataloguePage, 400: Problem },
      },
    },
    async (request, reply) => {
      const page = await service.searchCatalogue(deps, request.ctx, request.query as CatalogueQuery)
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.get(
    `${BASE}/:publicId`,
    {
      config,
      schema: {
        tags: TAGS,
        summary: 'Eén geaccrediteerde activiteit met uitvoeringen (openbaar)',
        description: 'Zonder inloggen. Alleen openbare gegevens. Niet (meer) geaccrediteerd of onbekend: 404.',
        operationId: 'getActivity',
        security: [],
        params: PublicIdParams,
        response: { 200: CatalogueDetail, 400: Problem, 404: Problem },
      },
    },
    async (request) => {
      const { publicId } = request.params as { publicId: string }
      return service.getCatalogueActivity(deps, request.ctx, publicId)
    },
  )
}
