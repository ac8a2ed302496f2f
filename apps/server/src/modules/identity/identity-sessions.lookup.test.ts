import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import { memberships, organisations } from '../organisations/organisations.tables.ts'

// The session of each request is read in one query (session, user and memberships together). These tests pin
// what that query must give: the same memberships as at log-in, and every change visible at the next request.

let t: TestApp
let person: LoggedIn
beforeAll(async () => {
  t = await createTestApp()
  person = await loginAs(t, 'professional')
})
afterAll(() => t.close())

const me = (who: LoggedIn) => t.app.inject({ url: '/api/v1/me', headers: { cookie: who.cookie } })

async function addOrganisation(name: string) {
  const [org] = await t.database.db
    .insert(organisations)
    .values({ name, kind: 'municipality', city: 'Zwolle' })
    .returning({ id: organisations.id })
  return org!.id
}

describe('the session behind each request', () => {
  it('a person without memberships has an empty list', async () => {
    const res = await me(person)
    expect(res.statusCode).toBe(200)
    expect(res.json().memberships).toEqual([])
  })

  it('shows every membership, ordered by organisation name, and a change at the very next request', async () => {
    const zwolle = await addOrganisation('Gemeente Zwolle')
    const apeldoorn = await addOrganisation('Gemeente Apeldoorn')
    await t.database.db.insert(memberships).values([
      { userId: person.userId, organisationId: zwolle, role: 'member' },
      { userId: person.userId, organisationId: apeldoorn, role: 'member' },
    ])
    expect((await me(person)).json().memberships).toEqual([
      { organisationId: apeldoorn, organisationName: 'Gemeente Apeldoorn', role: 'member' },
      { organisationId: zwolle, organisationName: 'Gemeente Zwolle', role: 'member' },
    ])

    await t.database.db.delete(memberships).where(eq(memberships.organisationId, apeldoorn))
    expect((await me(person)).json().memberships).toEqual([
      { organisationId: zwolle, organisationName: 'Gemeente Zwolle', role: 'member' },
    ])
  })

  it('gives the same memberships at log-in as at a later request', async () => {
    const manager = await loginAs(t, 'employer_manager')
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email: person.email, password: person.password },
    })
    expect(login.statusCode).toBe(200)
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ')
    const later = await t.app.inject({ url: '/api/v1/me', headers: { cookie } })
    expect(later.json().memberships).toEqual(login.json().memberships)
    expect((await me(manager)).json().memberships).toEqual([
      expect.objectContaining({ organisationId: manager.organisationId, role: 'employer_manager' }),
    ])
  })

  it('a membership that needs MFA sends a session without MFA to set-up at its next request', async () => {
    const employer = await addOrganisation('Gemeente Kampen')
    await t.database.db
      .insert(memberships)
      .values({ userId: person.userId, organisationId: employer, role: 'employer_manager' })
    const res = await me(person)
    expect(res.json().session.mfaState).toBe('setup_required')
    expect(res.json().mfa).toEqual({ enabled: false, required: true })
  })
})
