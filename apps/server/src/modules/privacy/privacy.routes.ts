import type { FastifyInstance } from 'fastify'
import { Problem, setPageLinks } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import {
  CreateDataRequest,
  DataRequest,
  DataRequestDecision,
  DataRequestList,
  DataRequestParams,
  DataRequestQuery,
  OfficeDataRequest,
  OfficeDataRequestPage,
  PersonalDataExport,
} from './privacy.schemas.ts'
import * as service from './privacy.service.ts'

const TAGS = ['Privacy']
const security = [{ session: [] }]

export async function privacyRoutes(app: FastifyInstance) {
  const deps = app.deps

  app.get(
    `${API_PREFIX}/me/personal-data`,
    {
      schema: {
        tags: TAGS,
        summary: 'Al mijn persoonsgegevens downloaden (JSON)',
        description:
          'Alles wat Vakregister over jou bewaart: account, sessies, lidmaatschappen, registraties met geschiedenis en periodes, aanvragen en berichten, documenten (gegevens, niet de bestanden), toestemmingen, verzoeken en de audit-gebeurtenissen over jou. Als bijlage.',
        operationId: 'exportPersonalData',
        security,
        response: { 200: PersonalDataExport, 401: Problem },
      },
    },
    async (request, reply) => {
      const data = await service.exportPersonalData(deps, request.ctx)
      reply.header(
        'content-disposition',
        `attachment; filename="mijn-gegevens-vakregister-${data.exportedAt.slice(0, 10)}.json"`,
      )
      return data
    },
  )

  app.post(
    `${API_PREFIX}/me/data-requests`,
    {
      schema: {
        tags: TAGS,
        summary: 'Verzoek om mijn gegevens te verbeteren of te wissen',
        description: 'Bij verbeteren is een toelichting verplicht. Eén open verzoek per soort (anders 409).',
        operationId: 'createDataRequest',
        security,
        body: CreateDataRequest,
        response: { 201: DataRequest, 400: Problem, 401: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const created = await service.createDataRequest(deps, request.ctx, request.body as CreateDataRequest)
      reply.header('location', `${deps.config.publicUrl}${API_PREFIX}/me/data-requests`)
      return reply.status(201).send(created)
    },
  )

  app.get(
    `${API_PREFIX}/me/data-requests`,
    {
      schema: {
        tags: TAGS,
        summary: 'Mijn verzoeken over mijn gegevens',
        description: 'Je eigen verzoeken met hun stand en het antwoord van het registerbureau, nieuwste eerst.',
        operationId: 'listOwnDataRequests',
        security,
        response: { 200: DataRequestList, 401: Problem },
      },
    },
    async (request) => service.listOwnDataRequests(deps, request.ctx),
  )

  app.get(
    `${API_PREFIX}/data-requests`,
    {
      schema: {
        tags: TAGS,
        summary: 'Verzoeken over persoonsgegevens (registerbureau)',
        description: 'Filter op stand; open verzoeken staan oudste eerst. Na wissen is de persoon leeg (null).',
        operationId: 'listDataRequests',
        security,
        querystring: DataRequestQuery,
        response: { 200: OfficeDataRequestPage, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const page = await service.listDataRequests(deps, request.ctx, request.query as DataRequestQuery)
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.post(
    `${API_PREFIX}/data-requests/:dataRequestId/decision`,
    {
      schema: {
        tags: TAGS,
        summary: 'Een verzoek afhandelen of afwijzen (registerbureau)',
        description:
          'Afhandelen van een verzoek om te wissen voert het wissen meteen uit (zie docs/privacy.md voor wat blijft). Niet zolang de persoon een lopende registratie heeft of een maatregel openbaar is (409). De persoon krijgt het antwoord per e-mail.',
        operationId: 'decideDataRequest',
        security,
        params: DataRequestParams,
        body: DataRequestDecision,
        response: { 200: OfficeDataRequest, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request) => {
      const { dataRequestId } = request.params as { dataRequestId: string }
      return service.decideDataRequest(deps, request.ctx, dataRequestId, request.body as DataRequestDecision)
    },
  )
}
