import type { FastifyInstance } from 'fastify'
import { Problem } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import * as organiser from './events.check-in.organiser.service.ts'
import {
  CheckIn,
  CheckInBody,
  CheckInList,
  CheckInParams,
  Keyword,
  KeywordBody,
  SelfCheckInBody,
  Ticket,
  UndoBody,
} from './events.check-in.schemas.ts'
import * as service from './events.check-in.service.ts'
import { OrganiserEventParams, SignUpParams } from './events.schemas.ts'
import { getMyTicket } from './events.tickets.service.ts'

const BASE = `${API_PREFIX}/organisations/:organisationId/events/:eventId`
const TAGS = ['Agenda (aanmelden bij binnenkomst)']
const security = [{ session: [] }]
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem }
type EventPath = { organisationId: string; eventId: string }
const signUpIdOf = (params: unknown) => (params as { signUpId: string }).signUpId

/** Tickets, check-in at the door and online, the check-in list with no-shows, and corrections afterwards. */
export async function checkInRoutes(app: FastifyInstance) {
  const deps = app.deps

  app.get(
    `${API_PREFIX}/event-sign-ups/:signUpId/ticket`,
    {
      schema: {
        tags: TAGS,
        summary: 'Mijn ticket: QR-code en ticketcode',
        description:
          'Alleen bij een bevestigde plaats (anders 409). De QR-code bevat een ondertekend token zonder persoonsgegevens; afmelden maakt het ticket ongeldig. Van een ander: 404.',
        operationId: 'getMyEventTicket',
        security,
        params: SignUpParams,
        response: { 200: Ticket, ...errors },
      },
    },
    async (request) => getMyTicket(deps, request.ctx, signUpIdOf(request.params)),
  )

  app.post(
    `${API_PREFIX}/event-sign-ups/:signUpId/check-in`,
    {
      schema: {
        tags: TAGS,
        summary: 'Mezelf aanmelden bij een online sessie met het trefwoord',
        description:
          'Met een bevestigde plaats, van 15 minuten vóór het begin tot 15 minuten na het einde (anders 409). Een verkeerd trefwoord: 400 (10 pogingen per 10 minuten). Boekt bij een geaccrediteerde uitvoering de presentie en de punten. Al aangemeld: 200 met de bestaande aanmelding.',
        operationId: 'checkInWithKeyword',
        security,
        params: SignUpParams,
        body: SelfCheckInBody,
        response: { 200: CheckIn, 201: CheckIn, ...errors, 429: Problem },
      },
    },
    async (request, reply) => {
      const result = await service.checkInWithKeyword(
        deps,
        request.ctx,
        signUpIdOf(request.params),
        request.body as SelfCheckInBody,
      )
      return reply.status(result.created ? 201 : 200).send(result.checkIn)
    },
  )

  app.get(
    `${BASE}/check-ins`,
    {
      schema: {
        tags: TAGS,
        summary: 'Aanmeldlijst bij binnenkomst (aanbieder)',
        description:
          'Iedereen met een bevestigde plaats, op naam, met de aanmelding bij binnenkomst als die er is. Na afloop: wie niet kwam (noShow).',
        operationId: 'listEventCheckIns',
        security,
        params: OrganiserEventParams,
        response: { 200: CheckInList, ...errors },
      },
    },
    async (request) => {
      const { organisationId, eventId } = request.params as EventPath
      return organiser.listCheckIns(deps, request.ctx, organisationId, eventId)
    },
  )

  app.post(
    `${BASE}/check-ins`,
    {
      schema: {
        tags: TAGS,
        summary: 'Iemand aanmelden bij binnenkomst (aanbieder)',
        description:
          'Met precies één van: token (gescande QR-code), code (getypte ticketcode) of signUpId (aangevinkt in de lijst). Vanaf 2 uur vóór het begin; na afloop tot 30 dagen alleen met reason. Boekt bij een geaccrediteerde uitvoering de presentie en de punten via de puntenadministratie; zonder registratie: aangemeld, geen punten. Al aangemeld: 200 met de bestaande aanmelding, niets dubbel geboekt.',
        operationId: 'checkInToEvent',
        security,
        params: OrganiserEventParams,
        body: CheckInBody,
        response: { 200: CheckIn, 201: CheckIn, ...errors },
      },
    },
    async (request, reply) => {
      const { organisationId, eventId } = request.params as EventPath
      const result = await service.checkIn(deps, request.ctx, organisationId, eventId, request.body as CheckInBody)
      return reply.status(result.created ? 201 : 200).send(result.checkIn)
    },
  )

  app.post(
    `${BASE}/check-ins/:checkInId/undo`,
    {
      schema: {
        tags: TAGS,
        summary: 'Een aanmelding bij binnenkomst terugdraaien (aanbieder)',
        description:
          'Met een reden, tot 30 dagen na afloop. Geboekte punten worden ingetrokken met een tegenboeking in het PE-dossier.',
        operationId: 'undoEventCheckIn',
        security,
        params: CheckInParams,
        body: UndoBody,
        response: { 200: CheckIn, ...errors },
      },
    },
    async (request) => {
      const ids = request.params as EventPath & { checkInId: string }
      return organiser.undoCheckIn(deps, request.ctx, ids, request.body as UndoBody)
    },
  )

  app.get(
    `${BASE}/check-in-keyword`,
    {
      schema: {
        tags: TAGS,
        summary: 'Het trefwoord van de online sessie (aanbieder)',
        description: 'Om te tonen tijdens de sessie. Alleen bij online bijeenkomsten (anders 409).',
        operationId: 'getEventCheckInKeyword',
        security,
        params: OrganiserEventParams,
        response: { 200: Keyword, ...errors },
      },
    },
    async (request) => {
      const { organisationId, eventId } = request.params as EventPath
      return organiser.getKeyword(deps, request.ctx, organisationId, eventId)
    },
  )

  app.put(
    `${BASE}/check-in-keyword`,
    {
      schema: {
        tags: TAGS,
        summary: 'Het trefwoord van de online sessie instellen (aanbieder)',
        description:
          'Een eigen trefwoord (4 tot 40 tekens) of, zonder keyword, een gemaakt trefwoord. Deelnemers vullen het in van 15 minuten vóór het begin tot 15 minuten na het einde.',
        operationId: 'setEventCheckInKeyword',
        security,
        params: OrganiserEventParams,
        body: KeywordBody,
        response: { 200: Keyword, ...errors },
      },
    },
    async (request) => {
      const { organisationId, eventId } = request.params as EventPath
      return organiser.setKeyword(deps, request.ctx, organisationId, eventId, request.body as KeywordBody)
    },
  )
}
