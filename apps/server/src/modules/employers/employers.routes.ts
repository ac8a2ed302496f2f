import type { FastifyInstance } from 'fastify'
import { Problem, setPageLinks } from '../../platform/http/api-schemas.ts'
import { AppError } from '../../platform/http/errors.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import { employerMessage } from './employers.messages.ts'
import {
  Consent,
  ConsentBody,
  ConsentList,
  InvitationCsvBody,
  InvitationListBody,
  InvitationPage,
  InvitationResult,
  OrganisationParams,
  PageOnlyQuery,
  Standing,
  TeamMemberParams,
  TeamPage,
} from './employers.schemas.ts'
import * as service from './employers.service.ts'

const BASE = `${API_PREFIX}/organisations/:organisationId`
const TAGS = ['Werkgevers']
const security = [{ session: [] }]
const errors = { 400: Problem, 401: Problem, 403: Problem }
type Page = { page: number; pageSize: number }

export async function employerRoutes(app: FastifyInstance) {
  const deps = app.deps

  // A CSV upload is sent as the request body (text/csv), e.g. `curl --data-binary @team.csv`.
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: 262_144 }, (_request, body, done) =>
    done(null, body),
  )

  app.post(
    `${BASE}/invitations`,
    {
      schema: {
        tags: TAGS,
        summary: 'Medewerkers uitnodigen om zich in te schrijven (leidinggevende werkgever)',
        description:
          'Een lijst e-mailadressen (JSON) of een CSV-bestand (text/csv, één kolom "email", kopregel mag, ; of ,). Eerst worden alle adressen gecontroleerd: één fout adres en er wordt niemand uitgenodigd (400 met elke foute regel). Dubbele adressen, lopende uitnodigingen en mensen die al aangemeld zijn worden overgeslagen en gemeld.',
        operationId: 'inviteStaff',
        security,
        params: OrganisationParams,
        body: {
          content: {
            'application/json': { schema: InvitationListBody },
            'text/csv': { schema: InvitationCsvBody },
          },
        },
        response: { 200: InvitationResult, ...errors, 404: Problem, 415: Problem },
      } as any,
    },
    async (request) => {
      const { organisationId } = request.params as { organisationId: string }
      const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase()
      if (type !== 'application/json' && type !== 'text/csv') {
        throw new AppError(415, 'unsupported-media-type', employerMessage(request.ctx.locale, 'wrongType'))
      }
      const body = request.body as { emails: string[] } | string
      const input = typeof body === 'string' ? { csv: body } : { emails: body.emails }
      return service.inviteStaff(deps, request.ctx, organisationId, input)
    },
  )

  app.get(
    `${BASE}/invitations`,
    {
      schema: {
        tags: TAGS,
        summary: 'Uitnodigingen met hun stand bekijken (leidinggevende werkgever)',
        description: 'Nieuwste eerst. Stand: open, aangemeld (registered) of verlopen (na 30 dagen).',
        operationId: 'listInvitations',
        security,
        params: OrganisationParams,
        querystring: PageOnlyQuery,
        response: { 200: InvitationPage, ...errors, 404: Problem },
      },
    },
    async (request, reply) => {
      const { organisationId } = request.params as { organisationId: string }
      const page = await service.listInvitations(deps, request.ctx, organisationId, request.query as Page)
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.get(
    `${BASE}/team`,
    {
      schema: {
        tags: TAGS,
        summary: 'Het team bekijken: registraties met deze werkgever (leidinggevende werkgever)',
        description:
          'Naam, registratienummer, status, einde van de periode (met uitstel) en of de persoon de PE-stand deelt. Op achternaam.',
        operationId: 'listTeam',
        security,
        params: OrganisationParams,
        querystring: PageOnlyQuery,
        response: { 200: TeamPage, ...errors, 404: Problem },
      },
    },
    async (request, reply) => {
      const { organisationId } = request.params as { organisationId: string }
      const page = await service.getTeam(deps, request.ctx, organisationId, request.query as Page)
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.get(
    `${BASE}/team/:registrationId/standing`,
    {
      schema: {
        tags: TAGS,
        summary: 'De PE-stand van een teamlid bekijken, alleen met diens toestemming',
        description: 'Zonder toestemming van de persoon: 403. Toestemming intrekken werkt meteen.',
        operationId: 'getTeamMemberStanding',
        security,
        params: TeamMemberParams,
        response: { 200: Standing, ...errors, 404: Problem },
      },
    },
    async (request) => {
      const { organisationId, registrationId } = request.params as { organisationId: string; registrationId: string }
      return service.getStanding(deps, request.ctx, organisationId, registrationId)
    },
  )

  app.get(
    `${API_PREFIX}/me/cpd-sharing`,
    {
      schema: {
        tags: TAGS,
        summary: 'Met welke werkgevers deel ik mijn PE-stand?',
        description: 'De werkgevers uit je registraties, met of je je PE-stand met hen deelt.',
        operationId: 'listOwnCpdSharing',
        security,
        response: { 200: ConsentList, 401: Problem },
      },
    },
    async (request) => service.listOwnSharing(deps, request.ctx),
  )

  app.put(
    `${API_PREFIX}/me/cpd-sharing/:organisationId`,
    {
      schema: {
        tags: TAGS,
        summary: 'Mijn PE-stand wel of niet delen met een werkgever',
        description:
          'Aanzetten kan alleen voor een werkgever uit een van je registraties (anders 409). Uitzetten kan altijd en werkt meteen.',
        operationId: 'setOwnCpdSharing',
        security,
        params: OrganisationParams,
        body: ConsentBody,
        response: { 200: Consent, ...errors, 404: Problem, 409: Problem },
      },
    },
    async (request) => {
      const { organisationId } = request.params as { organisationId: string }
      const { granted } = request.body as { granted: boolean }
      return service.setSharing(deps, request.ctx, organisationId, granted)
    },
  )
}
