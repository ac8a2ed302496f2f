import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { isStatusBitSet } from '../../platform/credentials/status-list.ts'
import { removalRequests } from './register.decisions.tables.ts'
import { registrationStatusChanges, registrations } from './register.tables.ts'
import { createRegister, createRegistration, issueCredentialFor } from './register.test-fixtures.ts'

let t: TestApp
let anna: LoggedIn
let bram: LoggedIn
let cor: LoggedIn
let professional: LoggedIn
let registerId: string
const MISSING = '3f0c5a52-7d4e-4c1b-9a8e-000000000000'

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2026-03-02T10:00:00Z')
  const staff = (givenName: string, n: number) =>
    loginAs(t, 'register_office', { givenName, familyName: 'Registerbureau', remoteAddress: `198.51.100.${n}` })
  anna = await staff('Anna', 50)
  bram = await staff('Bram', 51)
  cor = await staff('Cor', 52)
  professional = await loginAs(t, 'professional', { remoteAddress: '198.51.100.53' })
  registerId = (await createRegister(t, 'KM')).id
})
afterAll(() => t.close())

const post = (who: LoggedIn | null, url: string, payload?: object) =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: who?.headers ?? {}, payload })
const detail = async (who: LoggedIn, id: string) =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/registrations/${id}`, headers: who.headers })).json()
const statusOf = async (id: string) =>
  (await t.database.db.select().from(registrations).where(eq(registrations.id, id)))[0]!.status

const REMOVAL = { reason: 'Tuchtuitspraak: doorhaling', effectiveDate: '2026-03-02', publicUntil: '2028-03-02' }
const request = (who: LoggedIn, id: string, body: object = REMOVAL) =>
  post(who, `/registrations/${id}/removal-requests`, body)
const confirm = (who: LoggedIn, id: string, requestId: string) =>
  post(who, `/registrations/${id}/removal-requests/${requestId}/confirmation`)
const cancel = (who: LoggedIn, id: string, requestId: string) =>
  post(who, `/registrations/${id}/removal-requests/${requestId}/cancellation`)

describe('removal with four eyes', () => {
  it('one member asks, the same member cannot confirm, another confirms: removed, public, revoked, audited', async () => {
    const reg = await createRegistration(t, registerId)
    const credential = await issueCredentialFor(t, reg.id, reg.registrationNumber!)
    const asked = await request(anna, reg.id)
    expect(asked.statusCode).toBe(201)
    const requestId = asked.json().id
    expect(asked.json()).toMatchObject({
      state: 'pending',
      requestedBy: 'Anna Registerbureau',
      requestedById: anna.userId,
    })

    expect((await detail(anna, reg.id)).allowedActions).toEqual([
      'suspend',
      'lapse',
      'cancel-removal',
      'postpone',
      'hardship',
    ])
    const forBram = await detail(bram, reg.id)
    expect(forBram.pendingRemoval).toMatchObject({ id: requestId, reason: REMOVAL.reason })
    expect(forBram.allowedActions).toContain('confirm-removal')

    const second = await request(bram, reg.id)
    expect(second.statusCode).toBe(409)
    expect(second.json().detail).toBe('Er is al een verzoek tot doorhaling dat wacht op bevestiging.')

    const self = await confirm(anna, reg.id, requestId)
    expect(self.statusCode).toBe(409)
    expect(self.json().detail).toBe('Je kunt je eigen verzoek tot doorhaling niet zelf bevestigen. Vraag een collega.')
    expect(await statusOf(reg.id)).toBe('registered')

    const confirmed = await confirm(bram, reg.id, requestId)
    expect(confirmed.statusCode).toBe(201)
    expect(confirmed.json()).toMatchObject({ fromStatus: 'registered', toStatus: 'removed' })
    const body = await detail(bram, reg.id)
    expect(body).toMatchObject({ status: 'removed', pendingRemoval: null, currentCycle: null })
    expect(body.history.at(-1)).toMatchObject({
      action: 'remove',
      decidedBy: 'Anna Registerbureau',
      confirmedBy: 'Bram Registerbureau',
      publicUntil: '2028-03-02',
    })
    const [row] = await t.database.db.select().from(removalRequests).where(eq(removalRequests.id, requestId))
    expect(row).toMatchObject({ state: 'confirmed', resolvedById: bram.userId })
    expect(await isStatusBitSet(t.database.db, credential.status, 'revocation')).toBe(true)
    const lookup = await t.app.inject({ method: 'GET', url: `/api/v1/public-registrations/${reg.registrationNumber}` })
    expect(lookup.json()).toMatchObject({ status: 'removed', measure: { kind: 'removal', publicUntil: '2028-03-02' } })
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.objectId, reg.id))
    expect(audit.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'register.removal.requested',
        'register.registration.removed',
        'register.removal.confirmed',
      ]),
    )

    const twice = await confirm(cor, reg.id, requestId)
    expect(twice.statusCode).toBe(409)
    expect(twice.json().detail).toBe('Dit verzoek tot doorhaling is al afgehandeld.')
  })

  it('a cancelled request can no longer be confirmed, and a new one can be made', async () => {
    const reg = await createRegistration(t, registerId)
    const requestId = (await request(anna, reg.id)).json().id
    expect((await cancel(anna, reg.id, requestId)).statusCode).toBe(204)
    expect((await confirm(bram, reg.id, requestId)).statusCode).toBe(409)
    expect(await statusOf(reg.id)).toBe('registered')
    expect((await request(bram, reg.id)).statusCode).toBe(201)
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.objectId, reg.id))
    expect(audit.map((e) => e.action)).toContain('register.removal.cancelled')
  })

  it('of two simultaneous confirmations exactly one wins; of two simultaneous requests too', async () => {
    const reg = await createRegistration(t, registerId)
    const requestId = (await request(anna, reg.id)).json().id
    const results = await Promise.all([confirm(bram, reg.id, requestId), confirm(cor, reg.id, requestId)])
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409])
    const removals = await t.database.db
      .select()
      .from(registrationStatusChanges)
      .where(eq(registrationStatusChanges.registrationId, reg.id))
    expect(removals.filter((c) => c.action === 'remove')).toHaveLength(1)

    const other = await createRegistration(t, registerId)
    const both = await Promise.all([request(anna, other.id), request(bram, other.id)])
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409])
    expect(
      await t.database.db.select().from(removalRequests).where(eq(removalRequests.registrationId, other.id)),
    ).toHaveLength(1)
  })

  it('refuses bad input in Dutch and changes nothing', async () => {
    const reg = await createRegistration(t, registerId)
    const empty = await request(anna, reg.id, { reason: ' ', publicUntil: '2026-03-01' })
    expect(empty.statusCode).toBe(400)
    expect(
      empty
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['publicUntil', 'reason'])
    const missing = await request(anna, reg.id, { effectiveDate: '2026-03-01' })
    expect(
      missing
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['publicUntil', 'reason'])
    expect(missing.json().errors[0].reason).toMatch(/^Vul/)
    expect(
      await t.database.db.select().from(removalRequests).where(eq(removalRequests.registrationId, reg.id)),
    ).toEqual([])
    expect((await request(anna, MISSING)).statusCode).toBe(404)
    expect((await confirm(bram, reg.id, MISSING)).json()).toMatchObject({
      status: 404,
      detail: 'Dit verzoek tot doorhaling bestaat niet.',
    })
  })

  it('is for the register office only', async () => {
    const reg = await createRegistration(t, registerId)
    expect((await request(professional, reg.id)).statusCode).toBe(403)
    const requestId = (await request(anna, reg.id)).json().id
    expect((await confirm(professional, reg.id, requestId)).statusCode).toBe(403)
    expect((await cancel(professional, reg.id, requestId)).statusCode).toBe(403)
    expect((await confirm(null as unknown as LoggedIn, reg.id, requestId)).statusCode).toBe(401)
    expect(await statusOf(reg.id)).toBe('registered')
  })

  it('cannot ask to remove a registration that is already removed', async () => {
    const reg = await createRegistration(t, registerId)
    const requestId = (await request(anna, reg.id)).json().id
    await confirm(bram, reg.id, requestId)
    const again = await request(anna, reg.id)
    expect(again.statusCode).toBe(409)
    expect(again.json().detail).toContain('doorgehaald')
  })
})
