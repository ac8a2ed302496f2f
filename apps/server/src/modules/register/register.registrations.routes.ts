import type { FastifyInstance } from 'fastify'
import { Problem, setPageLinks } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import {
  MyRegistrationList,
  RegistrationDetail,
  RegistrationListQuery,
  RegistrationPage,
  RegistrationParams,
} from './register.registrations.schemas.ts'
import * as service from './register.registrations.service.ts'

const BASE = `${API_PREFIX}/registrations`
const TAGS = ['Registraties']
const security = [{ session: [] }]
const errors = { 400: Problem, 401: Problem, 403: Problem }

/** Reading registrations: the register office's list and detail, and the registrant's own. */
export async function registrationRoutes(app: FastifyInstance) {
  const deps = app.deps

  app.get(
    BASE,
    {
      schema: {
        tags: TAGS,
        summary: 'Registraties zoeken (registerbureau)',
        description: 'Op (een deel van het) registratienummer, achternaam, status en register; per pagina.',
        operationId: 'listRegistrations',
        security,
        querystring: RegistrationListQuery,
        response: { 200: RegistrationPage, ...errors },
      },
    },
    async (request, reply) => {
      const page = await service.listRegistrations(deps, request.ctx, request.query as RegistrationListQuery)
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.get(
    `${API_PREFIX}/me/registrations`,
    {
      schema: {
        tags: TAGS,
        summary: 'Mijn registraties',
        description: 'De registraties van de ingelogde persoon, met status en einde van de periode.',
        operationId: 'listMyRegistrations',
        security,
        response: { 200: MyRegistrationList, 401: Problem },
      },
    },
    async (request) => service.listMyRegistrations(deps, request.ctx),
  )

  app.get(
    `${BASE}/:registrationId`,
    {
      schema: {
        tags: TAGS,
        summary: 'Eén registratie bekijken (de geregistreerde zelf of het registerbureau)',
        description:
          'Met periodes, statusgeschiedenis, besluiten en uitgegeven credentials. Een openstaand verzoek tot doorhaling en de namen van medewerkers ziet alleen het registerbureau.',
        operationId: 'getRegistration',
        security,
        params: RegistrationParams,
        response: { 200: RegistrationDetail, ...errors, 404: Problem },
      },
    },
    async (request) => {
      const { registrationId } = request.params as { registrationId: string }
      return service.getRegistration(deps, request.ctx, registrationId)
    },
  )
}
