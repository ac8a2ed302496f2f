import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import { createTestRegister, createTestRegistration } from '../../../test/registrations.ts'
import { issuerOf } from '../../platform/credentials/issuer-cache.ts'
import { issueRegistrationCredential } from './register.credentials.ts'

let t: TestApp
let owner: LoggedIn
let stranger: LoggedIn
let office: LoggedIn
let manager: LoggedIn
let registered: string
let number: string
let candidate: string
let suspended: string

beforeAll(async () => {
  t = await createTestApp()
  owner = await loginAs(t, 'professional', { remoteAddress: '198.51.100.21' })
  stranger = await loginAs(t, 'professional', { remoteAddress: '198.51.100.22' })
  office = await loginAs(t, 'register_office', { remoteAddress: '198.51.100.23' })
  manager = await loginAs(t, 'employer_manager', { remoteAddress: '198.51.100.24' })
  const db = t.database.db
  const register = await createTestRegister(db)
  const second = await createTestRegister(db, 'Register Jobcoaches')
  const third = await createTestRegister(db, 'Register Handhavers')
  const made = await createTestRegistration(db, {
    registerId: register.id,
    userId: owner.userId,
    employerOrganisationId: manager.organisationId,
    surname: 'Vries',
    infix: 'de',
    initials: 'A.B.',
  })
  registered = made.registration.id
  number = made.registration.registrationNumber!
  await issuerOf(t.app.deps) // outside the transaction: PGlite has one connection
  await db.transaction((tx) =>
    issueRegistrationCredential(tx, t.app.deps, registered, {
      id: made.cycle!.id,
      startDate: made.cycle!.startDate,
      endDate: made.cycle!.endDate,
    }),
  )
  candidate = (await createTestRegistration(db, { registerId: second.id, userId: owner.userId, status: 'candidate' }))
    .registration.id
  suspended = (await createTestRegistration(db, { registerId: third.id, userId: owner.userId, status: 'suspended' }))
    .registration.id
})
afterAll(() => t.close())

const get = (who: LoggedIn | null, url: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: who?.headers ?? {} })

describe('downloading the certificate of registration', () => {
  it('gives the owner a PDF attachment named after the number', async () => {
    const res = await get(owner, `/registrations/${registered}/certificate`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    expect(res.headers['content-disposition']).toBe(`attachment; filename="registratiebewijs-${number}.pdf"`)
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-')
    expect(res.rawPayload.length).toBeGreaterThan(2000)
  })

  it('gives the register office the PDF too, and anyone else a 404 (401 without log-in)', async () => {
    expect((await get(office, `/registrations/${registered}/certificate`)).statusCode).toBe(200)
    for (const who of [stranger, manager]) {
      const res = await get(who, `/registrations/${registered}/certificate`)
      expect(res.statusCode).toBe(404)
      expect(res.json().detail).toMatch(/bestaat niet, of je mag hem niet zien/)
    }
    expect((await get(null, `/registrations/${registered}/certificate`)).statusCode).toBe(401)
    expect((await get(owner, '/registrations/3f0c5a52-7d4e-4c1b-9a8e-000000000000/certificate')).statusCode).toBe(404)
    expect((await get(owner, '/registrations/geen-id/certificate')).statusCode).toBe(400)
  })

  it('refuses a registration without a number, and one that is not valid now, with a Dutch message (409)', async () => {
    const none = await get(owner, `/registrations/${candidate}/certificate`)
    expect(none.statusCode).toBe(409)
    expect(none.json().detail).toMatch(/nog geen registratienummer/)
    const off = await get(owner, `/registrations/${suspended}/certificate`)
    expect(off.statusCode).toBe(409)
    expect(off.json().detail).toMatch(/geschorst/)
  })
})

describe('downloading the signed credential', () => {
  it('gives the owner the stored credential as a JSON attachment, and it verifies', async () => {
    const res = await get(owner, `/registrations/${registered}/credential`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('application/ld+json')
    expect(res.headers['content-disposition']).toBe(`attachment; filename="certificaat-${number}.json"`)
    const credential = res.json()
    expect(credential.type).toContain('VerifiableCredential')
    expect(JSON.stringify(credential)).toContain(number)
    const check = await t.app.inject({
      method: 'POST',
      url: '/api/v1/credential-verifications',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' },
      payload: { credential },
    })
    expect(check.statusCode).toBe(200)
    expect(JSON.stringify(check.json())).toMatch(/"signatureValid":true|"valid":true/)
  })

  it('is only for the owner and the register office, and only when one was issued', async () => {
    expect((await get(office, `/registrations/${registered}/credential`)).statusCode).toBe(200)
    expect((await get(stranger, `/registrations/${registered}/credential`)).statusCode).toBe(404)
    expect((await get(owner, `/registrations/${candidate}/credential`)).statusCode).toBe(409)
    const none = await get(owner, `/registrations/${suspended}/credential`)
    expect(none.statusCode).toBe(404)
    expect(none.json().detail).toMatch(/nog geen digitaal certificaat/)
  })
})

describe('showing the employer in the public register', () => {
  it('the owner switches it on and off; each change is audited; nobody else can', async () => {
    const put = (who: LoggedIn | null, show: unknown) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/me/registrations/${registered}/employer-visibility`,
        headers: who?.headers ?? {},
        payload: { showEmployerPublicly: show },
      })
    expect((await put(owner, true)).json()).toEqual({ registrationId: registered, showEmployerPublicly: true })
    const publicPage = await t.app.inject({ method: 'GET', url: `/api/v1/public-registrations/${number}` })
    expect(publicPage.json().employer).toMatch(/Testorganisatie/)
    expect((await put(owner, false)).statusCode).toBe(200)
    expect((await put(stranger, true)).statusCode).toBe(404)
    expect((await put(office, true)).statusCode).toBe(404)
    expect((await put(null, true)).statusCode).toBe(401)
    expect((await put(owner, 'ja')).statusCode).toBe(400)
    const rows = await t.database.db.execute(
      `select details from audit_events where object_id = '${registered}' and action = 'register.registration.employer-visibility-changed' order by id` as any,
    )
    expect(((rows as any).rows ?? rows).map((r: { details: object }) => r.details)).toEqual([
      { showEmployerPublicly: true },
      { showEmployerPublicly: false },
    ])
  })
})
