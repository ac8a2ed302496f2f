import type { FastifyInstance } from 'fastify'
import { Problem } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import * as service from './events.organiser.service.ts'
import { MailingBody, MailingResult, OrganiserEventParams, OrganiserSignUpList } from './events.schemas.ts'

const BASE = `${API_PREFIX}/organisations/:organisationId/events/:eventId`
const TAGS = ['Agenda (organisator)']
const security = [{ session: [] }]
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem }
type EventPath = { organisationId: string; eventId: string }

/** True when the client asks for CSV before JSON. */
const wantsCsv = (accept: string | undefined) => {
  const types = (accept ?? '').split(',').map((p) => p.split(';')[0]!.trim().toLowerCase())
  const csv = types.indexOf('text/csv')
  const json = types.findIndex((t) => t === 'application/json' || t === '*/*')
  return csv >= 0 && (json < 0 || csv < json)
}

/** The organiser's view: who signed up and who waits, as JSON or CSV; a mail to all of them. */
export async function organiserRoutes(app: FastifyInstance) {
  const deps = app.deps

  app.get(
    `${BASE}/sign-ups`,
    {
      schema: {
        tags: TAGS,
        summary: 'Aanmeldingen en wachtlijst van een bijeenkomst (aanbieder)',
        description:
          'Eerst wie een plaats heeft (of aangeboden kreeg), dan de wachtlijst op volgorde; naam en registratienummer (als die er is), de aanmelding bij binnenkomst en na afloop wie niet kwam (noShow). Met Accept: text/csv als CSV (UTF-8 met BOM, puntkomma’s, voor Excel).',
        operationId: 'listEventSignUps',
        security,
        params: OrganiserEventParams,
        response: {
          200: {
            description: 'De aanmeldingen',
            content: {
              'application/json': { schema: OrganiserSignUpList },
              'text/csv': { schema: { type: 'string' } },
            },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { organisationId, eventId } = request.params as EventPath
      const list = await service.listEventSignUps(deps, request.ctx, organisationId, eventId)
      reply.header('vary', 'Accept')
      if (!wantsCsv(request.headers.accept))
        return reply.header('content-type', 'application/json; charset=utf-8').send(list)
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="aanmeldingen-${eventId}.csv"`)
        .header('x-content-type-options', 'nosniff')
        .send(service.signUpsCsv(list))
    },
  )

  app.post(
    `${BASE}/mailings`,
    {
      schema: {
        tags: TAGS,
        summary: 'Een mail aan iedereen die zich aanmeldde (aanbieder)',
        description:
          'Aan wie een plaats heeft (of aangeboden kreeg); met includeWaitingList ook aan de wachtlijst. Adressen blijven verborgen voor de organisator.',
        operationId: 'mailEventSignUps',
        security,
        params: OrganiserEventParams,
        body: MailingBody,
        response: { 201: MailingResult, ...errors },
      },
    },
    async (request, reply) => {
      const { organisationId, eventId } = request.params as EventPath
      const result = await service.mailSignUps(deps, request.ctx, organisationId, eventId, request.body as never)
      return reply.status(201).send(result)
    },
  )
}
