import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import { createRegister, createRegistration } from './register.test-fixtures.ts'

let t: TestApp
let office: LoggedIn
let owner: LoggedIn
let stranger: LoggedIn
let editor: LoggedIn
let registerId: string
let ownId: string
const MISSING = '3f0c5a52-7d4e-4c1b-9a8e-000000000000'

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2026-03-02T10:00:00Z')
  let ip = 20
  const login = (role: Parameters<typeof loginAs>[1]) => loginAs(t, role, { remoteAddress: `198.51.100.${ip++}` })
  office = await login('register_office')
  owner = await login('professional')
  stranger = await login('professional')
  editor = await login('editor')
  const register = await createRegister(t, 'KM')
  const other = await createRegister(t, 'PC')
  registerId = register.id
  ownId = (await createRegistration(t, register.id, { userId: owner.userId, surname: 'Berg', infix: 'van der' })).id
  await createRegistration(t, register.id, { surname: 'Bakker' })
  await createRegistration(t, register.id, { surname: 'Bergman', approvedOn: null })
  await createRegistration(t, other.id, { surname: 'Öztürk' })
})
afterAll(() => t.close())

const get = (who: LoggedIn | null, url: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: who?.headers ?? {} })

describe('the register office searches registrations', () => {
  it('finds people by surname without their tussenvoegsel, by number and by status, page by page', async () => {
    const bySurname = await get(office, '/registrations?surname=Van%20der%20Berg')
    expect(bySurname.statusCode).toBe(200)
    expect(bySurname.json().items.map((i: { surname: string }) => i.surname)).toContain('Berg')

    const byNumber = await get(office, '/registrations?registrationNumber=km-000001')
    expect(byNumber.json().items).toEqual([
      expect.objectContaining({
        registrationNumber: 'KM-000001',
        surname: 'Berg',
        infix: 'van der',
        status: 'registered',
      }),
    ])
    expect(byNumber.json().items[0].cycleEnd).toBe('2031-01-04')

    const candidates = await get(office, `/registrations?status=candidate&registerId=${registerId}`)
    expect(candidates.json().items.map((i: { surname: string }) => i.surname)).toEqual(['Bergman'])

    const accents = await get(office, '/registrations?surname=ozturk')
    expect(accents.json().items.map((i: { register: string }) => i.register)).toEqual(['Register PC'])

    const paged = await get(office, '/registrations?pageSize=2&page=2')
    expect(paged.json()).toMatchObject({ page: 2, pageSize: 2, total: 4 })
    expect(paged.json().items).toHaveLength(2)
    expect(paged.headers.link).toContain('rel="prev"')
    expect(paged.headers['x-total-count']).toBe('4')
  })

  it('is for the register office only', async () => {
    expect((await get(office, '/me')).json().permissions.readRegistrations).toBe(true)
    expect((await get(owner, '/me')).json().permissions.readRegistrations).toBe(false)
    expect((await get(null, '/registrations')).statusCode).toBe(401)
    for (const who of [owner, editor]) {
      const res = await get(who, '/registrations')
      expect(res.statusCode).toBe(403)
      expect(res.headers['content-type']).toContain('application/problem+json')
    }
  })

  it('explains invalid search fields in Dutch', async () => {
    const res = await get(office, '/registrations?status=weg&pageSize=500&registerId=nee')
    expect(res.statusCode).toBe(400)
    const names = res
      .json()
      .errors.map((e: { name: string }) => e.name)
      .sort()
    expect(names).toEqual(['pageSize', 'registerId', 'status'])
    expect(res.json().detail).toMatch(/Verbeter de velden/)
  })
})

describe('one registration', () => {
  it('the register office sees the registration with its cycle, history and what it may do', async () => {
    const res = await get(office, `/registrations/${ownId}`)
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({
      id: ownId,
      register: 'Register KM',
      status: 'registered',
      registrationNumber: 'KM-000001',
      registeredSince: '2026-01-05',
      surname: 'Berg',
      infix: 'van der',
      email: owner.email,
      employer: null,
      showEmployerPublicly: false,
      pendingRemoval: null,
      credentials: [],
      decisions: [],
    })
    expect(body.currentCycle).toMatchObject({
      number: 1,
      startDate: '2026-01-05',
      endDate: '2031-01-04',
      closed: false,
    })
    expect(body.cycles).toHaveLength(1)
    expect(body.history).toEqual([
      expect.objectContaining({
        action: 'approve',
        fromStatus: 'candidate',
        toStatus: 'registered',
        decidedBy: 'Marieke de Boer',
      }),
    ])
    expect(body.allowedActions).toEqual(['suspend', 'lapse', 'request-removal', 'postpone', 'hardship'])
    expect(res.headers['cache-control']).toContain('no-store')
  })

  it('the registrant sees their own registration, without staff names and without actions', async () => {
    const res = await get(owner, `/registrations/${ownId}`)
    expect(res.statusCode).toBe(200)
    expect(res.json().history[0].decidedBy).toBeNull()
    expect(res.json().allowedActions).toEqual([])
    expect(res.json().pendingRemoval).toBeNull()
  })

  it('someone else gets 403, an unknown registration 404 in Dutch, a malformed id 400', async () => {
    expect((await get(stranger, `/registrations/${ownId}`)).statusCode).toBe(403)
    expect((await get(editor, `/registrations/${ownId}`)).statusCode).toBe(403)
    expect((await get(null, `/registrations/${ownId}`)).statusCode).toBe(401)
    const missing = await get(office, `/registrations/${MISSING}`)
    expect(missing.statusCode).toBe(404)
    expect(missing.json().detail).toBe('Deze registratie bestaat niet.')
    const malformed = await get(office, '/registrations/geen-id')
    expect(malformed.statusCode).toBe(400)
    expect(malformed.json().errors[0]).toMatchObject({ in: 'path', name: 'registrationId' })
  })
})

describe('my registrations', () => {
  it('lists the caller’s own registrations only', async () => {
    const mine = await get(owner, '/me/registrations')
    expect(mine.statusCode).toBe(200)
    expect(mine.json().items).toEqual([expect.objectContaining({ id: ownId, registrationNumber: 'KM-000001' })])
    expect((await get(stranger, '/me/registrations')).json().items).toEqual([])
    expect((await get(null, '/me/registrations')).statusCode).toBe(401)
  })
})
