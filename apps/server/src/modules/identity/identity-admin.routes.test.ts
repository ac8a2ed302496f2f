import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs, type TestRole } from '../../../test/auth.ts'
import { leavesNoAdmin, normalizeStaffRoles } from './identity-admin.service.ts'

let t: TestApp
const as: Partial<Record<TestRole, LoggedIn>> = {}
/** May not find accounts. */
const NO_LIST: TestRole[] = ['professional', 'editor', 'moderator', 'employer_manager', 'provider_staff', 'researcher']
/** May not change staff roles: everyone but the admin. */
const NO_MANAGE: TestRole[] = ['register_office', ...NO_LIST]
const MISSING = '3f0c5a52-7d4e-4c1b-9a8e-000000000000'
let address = 10
const nextAddress = () => `198.51.100.${address++}`

beforeAll(async () => {
  t = await createTestApp()
  for (const role of ['admin', ...NO_MANAGE] as TestRole[]) {
    as[role] = await loginAs(t, role, { remoteAddress: nextAddress() })
  }
})
afterAll(() => t.close())

const api = (who: LoggedIn | null, method: 'GET' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: who?.headers ?? {}, payload })
const setRoles = (who: LoggedIn | null, userId: string, staffRoles: unknown) =>
  api(who, 'PUT', `/users/${userId}/staff-roles`, { staffRoles })
const auditOf = async (userId: string, result = 'success') => {
  const res = await api(as.admin!, 'GET', `/audit-events?action=identity.staff-roles.changed&result=${result}`)
  return res.json().items.filter((e: { objectId: string }) => e.objectId === userId)
}

describe('the rules behind staff roles', () => {
  it('roles are kept in one order, without duplicates', () => {
    expect(normalizeStaffRoles(['admin', 'editor', 'admin'])).toEqual(['editor', 'admin'])
  })
  it('taking the admin role from the last admin who can log in is refused', () => {
    expect(leavesNoAdmin(['admin'], [], 0)).toBe(true)
    expect(leavesNoAdmin(['admin', 'editor'], ['editor'], 0)).toBe(true)
    expect(leavesNoAdmin(['admin'], [], 1)).toBe(false)
    expect(leavesNoAdmin(['admin'], ['admin', 'editor'], 0)).toBe(false)
    expect(leavesNoAdmin(['editor'], [], 0)).toBe(false)
  })
})

describe('finding accounts', () => {
  it('the register office finds an account by part of the e-mail address, whatever the case', async () => {
    const person = as.professional!
    const part = person.email.slice(3, 20).toUpperCase()
    const res = await api(as.register_office!, 'GET', `/users?email=${encodeURIComponent(part)}`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toContain('no-store')
    const body = res.json()
    expect(body).toMatchObject({ page: 1, pageSize: 20, total: 1 })
    expect(body.items).toEqual([
      {
        id: person.userId,
        email: person.email,
        givenName: 'Test',
        familyName: 'professional',
        staffRoles: [],
        mfaEnabled: false,
        createdAt: expect.any(String),
      },
    ])
  })

  it('shows whether MFA is on, never secrets or password hashes', async () => {
    const res = await api(as.admin!, 'GET', `/users?email=${encodeURIComponent(as.admin!.email)}`)
    const [admin] = res.json().items
    expect(admin).toMatchObject({ id: as.admin!.userId, staffRoles: ['admin'], mfaEnabled: true })
    expect(res.body).not.toMatch(/passwordHash|totpSecret|argon2/)
  })

  it('filters by staff role', async () => {
    const res = await api(as.admin!, 'GET', '/users?staffRole=moderator')
    expect(res.json().items.map((u: { id: string }) => u.id)).toEqual([as.moderator!.userId])
  })

  it('treats % and _ in the search text as plain characters', async () => {
    const res = await api(as.admin!, 'GET', '/users?email=%25')
    expect(res.json()).toMatchObject({ total: 0, items: [] })
  })

  it('pages the list with a Link header and the total', async () => {
    const res = await api(as.admin!, 'GET', '/users?pageSize=2&page=2')
    const body = res.json()
    expect(body.total).toBe(1 + NO_MANAGE.length)
    expect(body.items).toHaveLength(2)
    expect(res.headers.link).toContain('rel="prev"')
    expect(res.headers.link).toContain('rel="next"')
    expect(res.headers['x-total-count']).toBe(String(body.total))
    const first = await api(as.admin!, 'GET', '/users?pageSize=2&page=1')
    const emails = [...first.json().items, ...body.items].map((u: { email: string }) => u.email)
    expect([...emails].sort()).toEqual(emails)
  })

  it('asks you to log in first (401)', async () => {
    expect((await api(null, 'GET', '/users')).statusCode).toBe(401)
  })

  it.each(NO_LIST)('a %s may not look up accounts (403)', async (role) => {
    const res = await api(as[role]!, 'GET', '/users')
    expect(res.statusCode).toBe(403)
    expect(res.headers['content-type']).toContain('application/problem+json')
  })

  it('explains every invalid filter (400)', async () => {
    const res = await api(as.admin!, 'GET', '/users?staffRole=koning&pageSize=500&extra=1')
    expect(res.statusCode).toBe(400)
    const names = res
      .json()
      .errors.map((e: { in: string; name: string }) => `${e.in}:${e.name}`)
      .sort()
    expect(names).toEqual(['query:extra', 'query:pageSize', 'query:staffRole'])
  })
})

describe('one account', () => {
  it('the register office and the admin read one account with its roles, never secrets', async () => {
    const editor = as.editor!
    for (const who of [as.register_office!, as.admin!]) {
      const res = await api(who, 'GET', `/users/${editor.userId}`)
      expect(res.statusCode).toBe(200)
      expect(res.json()).toMatchObject({
        id: editor.userId,
        email: editor.email,
        staffRoles: ['editor'],
        mfaEnabled: true,
      })
      expect(Object.keys(res.json()).sort()).toEqual(
        ['createdAt', 'email', 'familyName', 'givenName', 'id', 'mfaEnabled', 'staffRoles'].sort(),
      )
    }
  })

  it('asks you to log in (401), refuses other roles (403), explains a bad id (400) and a missing account (404)', async () => {
    const target = as.editor!.userId
    expect((await api(null, 'GET', `/users/${target}`)).statusCode).toBe(401)
    for (const role of NO_LIST) expect((await api(as[role]!, 'GET', `/users/${target}`)).statusCode).toBe(403)
    const bad = await api(as.admin!, 'GET', '/users/niet-een-id')
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors[0]).toMatchObject({ in: 'path', name: 'userId' })
    expect((await api(as.admin!, 'GET', `/users/${MISSING}`)).statusCode).toBe(404)
  })
})

describe('changing staff roles', () => {
  it('an admin makes someone an editor; the answer, the list and the audit trail show it', async () => {
    const person = await loginAs(t, 'professional', { mfa: true, remoteAddress: nextAddress() })
    const res = await setRoles(as.admin!, person.userId, ['editor'])
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ id: person.userId, staffRoles: ['editor'], mfaEnabled: true })

    const list = await api(as.admin!, 'GET', `/users?staffRole=editor&email=${encodeURIComponent(person.email)}`)
    expect(list.json().items.map((u: { id: string }) => u.id)).toEqual([person.userId])

    const [entry] = await auditOf(person.userId)
    expect(entry).toMatchObject({
      actorId: as.admin!.userId,
      objectType: 'user',
      result: 'success',
      details: { before: [], after: ['editor'] },
    })
    // The role counts from the person's next request.
    const me = await api(person, 'GET', '/me')
    expect(me.json().staffRoles).toEqual(['editor'])
  })

  it('a role that needs MFA sends someone without MFA to set it up at their next request; taking it back undoes that', async () => {
    const person = as.professional!
    expect((await api(person, 'GET', '/organisations')).statusCode).toBe(200)
    expect((await setRoles(as.admin!, person.userId, ['moderator'])).statusCode).toBe(200)

    const blocked = await api(person, 'GET', '/organisations')
    expect(blocked.statusCode).toBe(403)
    expect(blocked.json().title).toBe('mfa-setup-required')
    const me = await api(person, 'GET', '/me')
    expect(me.json().session.mfaState).toBe('setup_required')

    expect((await setRoles(as.admin!, person.userId, [])).statusCode).toBe(200)
    expect((await api(person, 'GET', '/organisations')).statusCode).toBe(200)
    expect((await auditOf(person.userId)).map((e: { details: object }) => e.details)).toEqual([
      { before: ['moderator'], after: [] },
      { before: [], after: ['moderator'] },
    ])
  })

  it('someone whose role is taken away loses its rights at their next request', async () => {
    const office = await loginAs(t, 'register_office', { remoteAddress: nextAddress() })
    expect((await api(office, 'GET', '/users')).statusCode).toBe(200)
    expect((await setRoles(as.admin!, office.userId, [])).statusCode).toBe(200)
    expect((await api(office, 'GET', '/users')).statusCode).toBe(403)
  })

  it('setting the roles someone already has changes nothing and writes no audit entry', async () => {
    const before = (await auditOf(as.editor!.userId)).length
    const res = await setRoles(as.admin!, as.editor!.userId, ['editor'])
    expect(res.statusCode).toBe(200)
    expect(res.json().staffRoles).toEqual(['editor'])
    expect(await auditOf(as.editor!.userId)).toHaveLength(before)
  })

  it('the last admin cannot give up the admin role (409); with a second admin they can', async () => {
    const admin = as.admin!
    const refused = await setRoles(admin, admin.userId, ['register_office'])
    expect(refused.statusCode).toBe(409)
    expect(refused.headers['content-type']).toContain('application/problem+json')
    expect(refused.json().detail).toContain('beheerder')
    const me = await api(admin, 'GET', '/me')
    expect(me.json().staffRoles).toEqual(['admin'])
    const [failure] = await auditOf(admin.userId, 'failure')
    expect(failure.details).toMatchObject({ before: ['admin'], after: ['register_office'] })

    const second = await loginAs(t, 'professional', { mfa: true, remoteAddress: nextAddress() })
    expect((await setRoles(admin, second.userId, ['admin'])).statusCode).toBe(200)
    const stepDown = await setRoles(admin, admin.userId, ['register_office'])
    expect(stepDown.statusCode).toBe(200)
    expect(stepDown.json().staffRoles).toEqual(['register_office'])
    // Now the other person is the last admin; the former admin may no longer change roles.
    expect((await setRoles(admin, second.userId, [])).statusCode).toBe(403)
    expect((await setRoles(second, second.userId, [])).statusCode).toBe(409)
    as.admin = second
  })

  it('admins who all step down at the same moment cannot leave the register without an admin', async () => {
    const others = []
    for (let i = 0; i < 4; i++) others.push(await loginAs(t, 'admin', { remoteAddress: nextAddress() }))
    const admins = [as.admin!, ...others]
    const answers = await Promise.all(admins.map((who) => setRoles(who, who.userId, [])))
    const statuses = answers.map((res) => res.statusCode)
    expect(statuses.filter((s) => s === 200)).toHaveLength(admins.length - 1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(1)
    const remaining = admins[statuses.indexOf(409)]!
    const list = await api(remaining, 'GET', '/users?staffRole=admin')
    expect(list.json().items.map((u: { id: string }) => u.id)).toEqual([remaining.userId])
    as.admin = remaining
  })

  it('asks you to log in first (401)', async () => {
    expect((await setRoles(null, as.professional!.userId, ['editor'])).statusCode).toBe(401)
  })

  it.each(NO_MANAGE)('a %s may not change staff roles (403), and the refusal is audited', async (role) => {
    const who = as[role]!
    const res = await setRoles(who, who.userId, ['admin'])
    expect(res.statusCode).toBe(403)
    expect(res.headers['content-type']).toContain('application/problem+json')
    const denied = await auditOf(who.userId, 'denied')
    expect(denied.map((e: { actorId: string }) => e.actorId)).toContain(who.userId)
    const me = await api(who, 'GET', '/me')
    expect(me.json().staffRoles).not.toContain('admin')
  })

  it('explains every invalid field (400)', async () => {
    const target = as.professional!.userId
    const unknown = await setRoles(as.admin!, target, ['editor', 'koning'])
    expect(unknown.statusCode).toBe(400)
    expect(unknown.json().errors).toEqual([expect.objectContaining({ in: 'body', name: 'staffRoles.1', code: 'enum' })])

    const missing = await api(as.admin!, 'PUT', `/users/${target}/staff-roles`, {})
    expect(missing.json().errors).toEqual([
      expect.objectContaining({ in: 'body', name: 'staffRoles', code: 'required', reason: 'Vul dit veld in.' }),
    ])

    const noBody = await api(as.admin!, 'PUT', `/users/${target}/staff-roles`)
    expect(noBody.statusCode).toBe(400)

    const badId = await setRoles(as.admin!, 'geen-uuid', ['editor'])
    expect(badId.statusCode).toBe(400)
    expect(badId.json().errors[0]).toMatchObject({ in: 'path', name: 'userId' })
  })

  it('says when the account does not exist (404)', async () => {
    const res = await setRoles(as.admin!, MISSING, ['editor'])
    expect(res.statusCode).toBe(404)
    expect(res.json().detail).toBe('Dit account bestaat niet.')
  })
})
