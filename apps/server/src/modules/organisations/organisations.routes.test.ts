import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs, type TestRole } from '../../../test/auth.ts'

let t: TestApp
const as: Partial<Record<TestRole, LoggedIn>> = {}
const OTHER_ROLES: TestRole[] = [
  'professional',
  'editor',
  'moderator',
  'employer_manager',
  'provider_staff',
  'researcher',
]
const MISSING = '3f0c5a52-7d4e-4c1b-9a8e-000000000000'

beforeAll(async () => {
  t = await createTestApp()
  let n = 10
  for (const role of ['admin', 'register_office', ...OTHER_ROLES] as TestRole[]) {
    as[role] = await loginAs(t, role, { remoteAddress: `198.51.100.${n++}` })
  }
})
afterAll(() => t.close())

const api = (who: LoggedIn | null, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: who?.headers ?? {}, payload })

async function createOrganisation(name = 'Gemeente Deventer') {
  const res = await api(as.register_office!, 'POST', '/organisations', { name, kind: 'municipality', city: 'Deventer' })
  expect(res.statusCode).toBe(201)
  return res.json() as { id: string; name: string }
}

describe('organisations', () => {
  it('the register office adds an organisation; it is listed, readable and audited', async () => {
    const res = await api(as.register_office!, 'POST', '/organisations', {
      name: 'Gemeente Amersfoort',
      kind: 'municipality',
      city: 'Amersfoort',
    })
    expect(res.statusCode).toBe(201)
    const created = res.json()
    expect(created).toEqual({
      id: expect.any(String),
      name: 'Gemeente Amersfoort',
      kind: 'municipality',
      city: 'Amersfoort',
    })
    expect(res.headers.location).toBe(`http://localhost:3000/api/v1/organisations/${created.id}`)

    const one = await api(as.professional!, 'GET', `/organisations/${created.id}`)
    expect(one.json()).toEqual(created)
    const list = await api(as.professional!, 'GET', '/organisations?kind=municipality&pageSize=100')
    expect(list.json().items).toContainEqual(created)
    expect(list.headers.link).toContain('rel="first"')

    const audit = await api(as.admin!, 'GET', `/audit-events?action=organisations.organisation.created`)
    expect(audit.json().items[0]).toMatchObject({
      objectId: created.id,
      actorId: as.register_office!.userId,
      actorEmail: as.register_office!.email,
      result: 'success',
    })
  })

  it('filters the list by kind', async () => {
    await api(as.admin!, 'POST', '/organisations', {
      name: 'Hogeschool Windesheim',
      kind: 'university',
      city: 'Zwolle',
    })
    const res = await api(as.editor!, 'GET', '/organisations?kind=university&pageSize=100')
    expect(res.statusCode).toBe(200)
    expect(res.json().items.every((o: { kind: string }) => o.kind === 'university')).toBe(true)
    expect(res.json().items.some((o: { name: string }) => o.name === 'Hogeschool Windesheim')).toBe(true)
  })

  it('asks you to log in first (401)', async () => {
    for (const [method, url] of [
      ['GET', '/organisations'],
      ['GET', `/organisations/${MISSING}`],
      ['GET', `/organisations/${MISSING}/memberships`],
    ] as const) {
      expect((await api(null, method, url)).statusCode).toBe(401)
    }
    const post = await api(null, 'POST', '/organisations', { name: 'Gemeente X', kind: 'municipality', city: 'X' })
    expect(post.statusCode).toBe(401)
  })

  it.each(OTHER_ROLES)(
    'a %s may not add an organisation nor manage members (403), and the refusal is audited',
    async (role) => {
      const org = await createOrganisation(`Gemeente voor ${role}`)
      const who = as[role]!
      const create = await api(who, 'POST', '/organisations', { name: 'Gemeente Y', kind: 'municipality', city: 'Y' })
      expect(create.statusCode).toBe(403)
      expect(create.headers['content-type']).toContain('application/problem+json')
      const add = await api(who, 'POST', `/organisations/${org.id}/memberships`, { email: who.email, role: 'member' })
      expect(add.statusCode).toBe(403)
      const audit = await api(as.admin!, 'GET', `/audit-events?actorId=${who.userId}&result=denied`)
      expect(audit.json().items.map((e: { action: string }) => e.action)).toContain('organisations.membership.added')
    },
  )

  it('explains every invalid field (400)', async () => {
    const res = await api(as.admin!, 'POST', '/organisations', { name: 'G', kind: 'kasteel', extra: 1 })
    expect(res.statusCode).toBe(400)
    const names = res
      .json()
      .errors.map((e: { name: string }) => e.name)
      .sort()
    expect(names).toEqual(['city', 'extra', 'kind', 'name'])
    const badId = await api(as.admin!, 'GET', '/organisations/geen-uuid')
    expect(badId.statusCode).toBe(400)
    expect(badId.json().errors[0]).toMatchObject({ in: 'path', name: 'organisationId' })
  })

  it('says when an organisation or membership does not exist (404)', async () => {
    expect((await api(as.professional!, 'GET', `/organisations/${MISSING}`)).statusCode).toBe(404)
    expect((await api(as.admin!, 'GET', `/organisations/${MISSING}/memberships`)).statusCode).toBe(404)
    const add = await api(as.admin!, 'POST', `/organisations/${MISSING}/memberships`, {
      email: as.professional!.email,
      role: 'member',
    })
    expect(add.statusCode).toBe(404)
    const org = await createOrganisation('Gemeente Apeldoorn')
    const remove = await api(as.admin!, 'DELETE', `/organisations/${org.id}/memberships/${MISSING}`)
    expect(remove.statusCode).toBe(404)
  })
})

describe('memberships', () => {
  it('the register office adds a professional to a municipality and removes them again, both audited', async () => {
    const org = await createOrganisation('Gemeente Enschede')
    const add = await api(as.register_office!, 'POST', `/organisations/${org.id}/memberships`, {
      email: as.professional!.email.toUpperCase(),
      role: 'member',
    })
    expect(add.statusCode).toBe(201)
    const membership = add.json()
    expect(membership).toMatchObject({ organisationId: org.id, userId: as.professional!.userId, role: 'member' })

    const again = await api(as.register_office!, 'POST', `/organisations/${org.id}/memberships`, {
      email: as.professional!.email,
      role: 'member',
    })
    expect(again.statusCode).toBe(409)

    const list = await api(as.admin!, 'GET', `/organisations/${org.id}/memberships`)
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: membership.id, email: as.professional!.email }] })

    const remove = await api(as.register_office!, 'DELETE', `/organisations/${org.id}/memberships/${membership.id}`)
    expect(remove.statusCode).toBe(204)
    expect((await api(as.admin!, 'GET', `/organisations/${org.id}/memberships`)).json().total).toBe(0)

    const audit = await api(as.admin!, 'GET', '/audit-events?action=organisations.membership.&result=success')
    const actions = audit.json().items.filter((e: { objectId: string }) => e.objectId === membership.id)
    expect(actions.map((e: { action: string }) => e.action)).toEqual([
      'organisations.membership.removed',
      'organisations.membership.added',
    ])
  })

  it('refuses an e-mail address without an account, on the email field', async () => {
    const org = await createOrganisation('Gemeente Almere')
    const res = await api(as.admin!, 'POST', `/organisations/${org.id}/memberships`, {
      email: 'niemand@example.nl',
      role: 'member',
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors).toEqual([expect.objectContaining({ in: 'body', name: 'email', code: 'unknown-account' })])
  })

  it("an employer manager sees their own organisation's members, not another's", async () => {
    const own = as.employer_manager!.organisationId!
    const res = await api(as.employer_manager!, 'GET', `/organisations/${own}/memberships`)
    expect(res.statusCode).toBe(200)
    expect(res.json().items.map((m: { userId: string }) => m.userId)).toContain(as.employer_manager!.userId)
    const other = await createOrganisation('Gemeente Leiden')
    expect((await api(as.employer_manager!, 'GET', `/organisations/${other.id}/memberships`)).statusCode).toBe(403)
    expect((await api(as.professional!, 'GET', `/organisations/${own}/memberships`)).statusCode).toBe(403)
  })
})
