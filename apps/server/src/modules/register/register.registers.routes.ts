import type { FastifyInstance } from 'fastify'
import { Problem } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import {
  CreateRegister,
  RegisterList,
  RegisterParams,
  RegisterSettings,
  UpdateRegister,
} from './register.registers.schemas.ts'
import * as service from './register.registers.service.ts'

const BASE = `${API_PREFIX}/registers`
const ITEM = `${BASE}/:registerId`
const TAGS = ['Register (instellingen)']
const security = [{ session: [] }]
const errors = { 400: Problem, 401: Problem, 403: Problem }

/** One register's settings (public) and configuring registers (register office, admin). */
export async function registerSettingsRoutes(app: FastifyInstance) {
  const deps = app.deps

  app.get(
    BASE,
    {
      config: { auth: { allowPending: true, allowSetup: true } },
      schema: {
        tags: TAGS,
        summary: 'De registers, hun beroepen en instellingen (openbaar)',
        description:
          'Zonder inloggen. Elk register met zijn beroepen, de letters voor het registratienummer en de cyclusduur, en de versie van de beroepscode die je bij een aanvraag accepteert.',
        operationId: 'listRegisters',
        security: [],
        response: { 200: RegisterList },
      },
    },
    async () => service.listRegisters(deps),
  )

  app.get(
    ITEM,
    {
      config: { auth: { allowPending: true, allowSetup: true } },
      schema: {
        tags: TAGS,
        summary: 'Eén register en zijn instellingen (openbaar)',
        description:
          'Naam, korte naam, letters voor het registratienummer, beroepen en cyclusduur van een register. De cyclusduur geldt voor cycli die vanaf nu beginnen. Zonder inloggen.',
        operationId: 'getRegister',
        security: [],
        params: RegisterParams,
        response: { 200: RegisterSettings, 400: Problem, 404: Problem },
      },
    },
    async (request) => service.getRegister(deps, request.ctx, (request.params as { registerId: string }).registerId),
  )

  app.post(
    BASE,
    {
      schema: {
        tags: TAGS,
        summary: 'Register toevoegen (registerbureau, beheerder)',
        description:
          'Voegt een register toe met naam, korte naam (slug), letters voor het registratienummer, beroepen en cyclusduur. Elk ongeldig veld staat in één antwoord (400); een bezette slug of bezette letters geven 409.',
        operationId: 'createRegister',
        security,
        body: CreateRegister,
        response: { 201: RegisterSettings, ...errors, 409: Problem },
      },
    },
    async (request, reply) => {
      const register = await service.createRegister(deps, request.ctx, request.body as CreateRegister)
      reply.header('location', `${deps.config.publicUrl}${BASE}/${register.id}`)
      return reply.status(201).send(register)
    },
  )

  app.patch(
    ITEM,
    {
      schema: {
        tags: TAGS,
        summary: 'Instellingen van een register wijzigen (registerbureau, beheerder)',
        description:
          'Wijzigt de meegestuurde velden. Een nieuwe cyclusduur geldt voor cycli die daarna beginnen: lopende en eerdere cycli houden hun datums. De letters voor het registratienummer liggen vast zodra het register een nummer heeft uitgegeven (409). Een beroep dat registraties nog hebben kun je niet weghalen (409). Bij een fout verandert niets.',
        operationId: 'updateRegister',
        security,
        params: RegisterParams,
        body: UpdateRegister,
        response: { 200: RegisterSettings, ...errors, 404: Problem, 409: Problem },
      },
    },
    async (request) =>
      service.updateRegister(
        deps,
        request.ctx,
        (request.params as { registerId: string }).registerId,
        request.body as UpdateRegister,
      ),
  )
}
