import type { FastifyInstance } from 'fastify'
import { Problem, setPageLinks } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import { EventParams, MySignUp, MySignUpPage, MySignUpQuery, SignUpParams } from './events.schemas.ts'
import * as service from './events.sign-ups.service.ts'

const TAGS = ['Agenda (aanmelden)']
const security = [{ session: [] }]
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem }
const idOf = (params: unknown) => (params as { signUpId: string }).signUpId

/** Signing up for events, the waiting list, cancelling and confirming an offered place (logged in). */
export async function signUpRoutes(app: FastifyInstance) {
  const deps = app.deps

  app.post(
    `${API_PREFIX}/events/:eventId/sign-ups`,
    {
      schema: {
        tags: TAGS,
        summary: 'Aanmelden voor een bijeenkomst',
        description:
          'Iedereen met een account kan zich aanmelden, tot de aanmelddeadline. Een plaats als die er is en niemand wacht (state confirmed), anders achteraan de wachtlijst (state waiting, met je plaats op de lijst). Eén aanmelding per persoon per bijeenkomst (anders 409).',
        operationId: 'signUpForEvent',
        security,
        params: EventParams,
        response: { 201: MySignUp, ...errors },
      },
    },
    async (request, reply) => {
      const { eventId } = request.params as { eventId: string }
      const result = await service.signUp(deps, request.ctx, eventId)
      reply.header('location', `${deps.config.publicUrl}${API_PREFIX}/event-sign-ups/${result.id}`)
      return reply.status(201).send(result)
    },
  )

  app.get(
    `${API_PREFIX}/me/event-sign-ups`,
    {
      schema: {
        tags: TAGS,
        summary: 'Mijn aanmeldingen',
        description:
          'Standaard de lopende (plaats, aangeboden plaats, wachtlijst), vroegste bijeenkomst eerst; active=false geeft ook afgemelde en vervallen. De online link alleen bij een bevestigde plaats.',
        operationId: 'listMyEventSignUps',
        security,
        querystring: MySignUpQuery,
        response: { 200: MySignUpPage, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const page = await service.listMySignUps(deps, request.ctx, request.query as MySignUpQuery)
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.get(
    `${API_PREFIX}/event-sign-ups/:signUpId`,
    {
      schema: {
        tags: TAGS,
        summary: 'Eén aanmelding van mij',
        description: 'Met je plaats op de wachtlijst, of de online link bij een bevestigde plaats. Van een ander: 404.',
        operationId: 'getMyEventSignUp',
        security,
        params: SignUpParams,
        response: { 200: MySignUp, ...errors },
      },
    },
    async (request) => service.getMySignUp(deps, request.ctx, idOf(request.params)),
  )

  app.post(
    `${API_PREFIX}/event-sign-ups/:signUpId/cancellation`,
    {
      schema: {
        tags: TAGS,
        summary: 'Afmelden',
        description:
          'Tot de aanmelddeadline (daarna 409). Een vrijgekomen plaats gaat naar de eerste op de wachtlijst: die krijgt een mail en 48 uur om te bevestigen.',
        operationId: 'cancelEventSignUp',
        security,
        params: SignUpParams,
        response: { 200: MySignUp, ...errors },
      },
    },
    async (request) => service.cancelSignUp(deps, request.ctx, idOf(request.params)),
  )

  app.post(
    `${API_PREFIX}/event-sign-ups/:signUpId/confirmation`,
    {
      schema: {
        tags: TAGS,
        summary: 'Een aangeboden plaats bevestigen',
        description:
          'De link in de mail over een vrijgekomen plaats komt hier uit. Binnen 48 uur (en vóór het begin); daarna 409 en gaat de plaats naar de volgende.',
        operationId: 'confirmEventOffer',
        security,
        params: SignUpParams,
        response: { 200: MySignUp, ...errors },
      },
    },
    async (request) => service.confirmOffer(deps, request.ctx, idOf(request.params)),
  )
}
