import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { Problem, setPageLinks } from '../../platform/http/api-schemas.ts'
import { API_PREFIX } from '../../platform/http/http.plugin.ts'
import {
  AddMembership,
  CreateOrganisation,
  Membership,
  MembershipPage,
  MembershipParams,
  Organisation,
  OrganisationListQuery,
  OrganisationPage,
  OrganisationParams,
  PageOnlyQuery,
} from './organisations.schemas.ts'
import * as service from './organisations.service.ts'

const BASE = `${API_PREFIX}/organisations`
const TAGS = ['Organisaties']
const security = [{ session: [] }]
const errors = { 401: Problem, 403: Problem }

export async function organisationRoutes(app: FastifyInstance) {
  const deps = app.deps

  app.get(
    BASE,
    {
      schema: {
        tags: TAGS,
        summary: 'Organisaties bekijken',
        operationId: 'listOrganisations',
        security,
        querystring: OrganisationListQuery,
        response: { 200: OrganisationPage, 400: Problem, ...errors },
      },
    },
    async (request, reply) => {
      const page = await service.listOrganisations(deps, request.ctx, request.query as OrganisationListQuery)
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.post(
    BASE,
    {
      schema: {
        tags: TAGS,
        summary: 'Organisatie toevoegen (beheerder, registerbureau)',
        operationId: 'createOrganisation',
        security,
        body: CreateOrganisation,
        response: { 201: Organisation, 400: Problem, ...errors },
      },
    },
    async (request, reply) => {
      const organisation = await service.createOrganisation(deps, request.ctx, request.body as CreateOrganisation)
      reply.header('location', `${deps.config.publicUrl}${BASE}/${organisation.id}`)
      return reply.status(201).send(organisation)
    },
  )

  app.get(
    `${BASE}/:organisationId`,
    {
      schema: {
        tags: TAGS,
        summary: 'Eén organisatie bekijken',
        operationId: 'getOrganisation',
        security,
        params: OrganisationParams,
        response: { 200: Organisation, 400: Problem, ...errors, 404: Problem },
      },
    },
    async (request) => {
      const { organisationId } = request.params as { organisationId: string }
      return service.getOrganisation(deps, request.ctx, organisationId)
    },
  )

  app.get(
    `${BASE}/:organisationId/memberships`,
    {
      schema: {
        tags: TAGS,
        summary: 'Leden van een organisatie bekijken',
        operationId: 'listMemberships',
        security,
        params: OrganisationParams,
        querystring: PageOnlyQuery,
        response: { 200: MembershipPage, 400: Problem, ...errors, 404: Problem },
      },
    },
    async (request, reply) => {
      const { organisationId } = request.params as { organisationId: string }
      const page = await service.listMemberships(deps, request.ctx, organisationId, request.query as any)
      setPageLinks(request, reply, deps.config.publicUrl, page)
      return page
    },
  )

  app.post(
    `${BASE}/:organisationId/memberships`,
    {
      schema: {
        tags: TAGS,
        summary: 'Lid toevoegen aan een organisatie (beheerder, registerbureau)',
        operationId: 'addMembership',
        security,
        params: OrganisationParams,
        body: AddMembership,
        response: { 201: Membership, 400: Problem, ...errors, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const { organisationId } = request.params as { organisationId: string }
      const membership = await service.addMembership(deps, request.ctx, organisationId, request.body as AddMembership)
      reply.header('location', `${deps.config.publicUrl}${BASE}/${organisationId}/memberships/${membership.id}`)
      return reply.status(201).send(membership)
    },
  )

  app.delete(
    `${BASE}/:organisationId/memberships/:membershipId`,
    {
      schema: {
        tags: TAGS,
        summary: 'Lid uit een organisatie halen (beheerder, registerbureau)',
        operationId: 'removeMembership',
        security,
        params: MembershipParams,
        response: { 204: Type.Null({ description: 'Verwijderd' }), 400: Problem, ...errors, 404: Problem },
      },
    },
    async (request, reply) => {
      const { organisationId, membershipId } = request.params as { organisationId: string; membershipId: string }
      await service.removeMembership(deps, request.ctx, organisationId, membershipId)
      return reply.status(204).send()
    },
  )
}
