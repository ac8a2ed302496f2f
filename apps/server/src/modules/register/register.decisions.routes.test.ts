import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { isStatusBitSet } from '../../platform/credentials/status-list.ts'
import { cycleDecisions } from './register.decisions.tables.ts'
import { registrationCycles, registrationStatusChanges, registrations } from './register.tables.ts'
import { createRegister, createRegistration, issueCredentialFor } from './register.test-fixtures.ts'

let t: TestApp
let office: LoggedIn
let professional: LoggedIn
let registerId: string
const MISSING = '3f0c5a52-7d4e-4c1b-9a8e-000000000000'

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2026-03-02T10:00:00Z')
  office = await loginAs(t, 'register_office', { remoteAddress: '198.51.100.40' })
  professional = await loginAs(t, 'professional', { remoteAddress: '198.51.100.41' })
  registerId = (await createRegister(t, 'KM')).id
})
afterAll(() => t.close())

const post = (who: LoggedIn | null, url: string, payload?: object) =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: who?.headers ?? {}, payload })
const detail = async (id: string) =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/registrations/${id}`, headers: office.headers })).json()
const historyCount = async (id: string) =>
  (await t.database.db.select().from(registrationStatusChanges).where(eq(registrationStatusChanges.registrationId, id)))
    .length
const auditActions = async (id: string) =>
  (await t.database.db.select().from(auditEvents).where(eq(auditEvents.objectId, id))).map((e) => e.action)

const SUSPENSION = {
  action: 'suspend',
  effectiveDate: '2026-03-01',
  reason: 'Onderzoek naar klacht',
  publicUntil: '2026-09-01',
}

describe('status changes by the register office', () => {
  it('suspends: history, audit, the credential’s status bit and the public page all show it; lifting undoes the bit', async () => {
    const reg = await createRegistration(t, registerId)
    const credential = await issueCredentialFor(t, reg.id, reg.registrationNumber!)
    const res = await post(office, `/registrations/${reg.id}/status-changes`, SUSPENSION)
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ fromStatus: 'registered', toStatus: 'suspended', effectiveDate: '2026-03-01' })

    const body = await detail(reg.id)
    expect(body.status).toBe('suspended')
    expect(body.history.at(-1)).toMatchObject({
      action: 'suspend',
      reason: 'Onderzoek naar klacht',
      effectiveDate: '2026-03-01',
      publicUntil: '2026-09-01',
      decidedBy: 'Test register_office',
    })
    expect(body.credentials).toEqual([expect.objectContaining({ credentialId: credential.credentialId })])
    expect(body.allowedActions).toContain('lift-suspension')
    expect(await isStatusBitSet(t.database.db, credential.status, 'suspension')).toBe(true)
    expect(await auditActions(reg.id)).toContain('register.registration.suspended')

    const lookup = await t.app.inject({ method: 'GET', url: `/api/v1/public-registrations/${reg.registrationNumber}` })
    expect(lookup.json().measure).toEqual({
      kind: 'suspension',
      effectiveDate: '2026-03-01',
      publicUntil: '2026-09-01',
    })

    const lift = await post(office, `/registrations/${reg.id}/status-changes`, { action: 'lift-suspension' })
    expect(lift.statusCode).toBe(201)
    expect(lift.json()).toMatchObject({ toStatus: 'registered', effectiveDate: '2026-03-02' })
    expect(await isStatusBitSet(t.database.db, credential.status, 'suspension')).toBe(false)
  })

  it('lapses a registration (closing its cycle); suspending it afterwards is a Dutch 409', async () => {
    const reg = await createRegistration(t, registerId)
    const lapse = await post(office, `/registrations/${reg.id}/status-changes`, {
      action: 'lapse',
      reason: 'Geen herregistratie',
    })
    expect(lapse.statusCode).toBe(201)
    const body = await detail(reg.id)
    expect(body).toMatchObject({ status: 'lapsed', currentCycle: null })
    const again = await post(office, `/registrations/${reg.id}/status-changes`, SUSPENSION)
    expect(again.statusCode).toBe(409)
    expect(again.json().detail).toContain('verlopen')
    expect(await historyCount(reg.id)).toBe(2)
  })

  it('refuses bad input field by field in Dutch and changes nothing', async () => {
    const reg = await createRegistration(t, registerId)
    const cases: [object, string[]][] = [
      [{ action: 'suspend' }, ['publicUntil', 'reason']],
      [{ ...SUSPENSION, publicUntil: '2026-02-01' }, ['publicUntil']],
      [{ ...SUSPENSION, effectiveDate: '2025-12-31', publicUntil: '2026-06-01' }, ['effectiveDate']],
      [{ ...SUSPENSION, effectiveDate: '2026-03-03' }, ['effectiveDate']],
      [{ action: 'lapse', reason: '  ', publicUntil: '2026-06-01' }, ['publicUntil', 'reason']],
      [{ action: 'remove', reason: 'x', effectiveDate: '1 maart' }, ['action', 'effectiveDate']],
    ]
    for (const [payload, fields] of cases) {
      const res = await post(office, `/registrations/${reg.id}/status-changes`, payload)
      expect(res.statusCode, JSON.stringify(payload)).toBe(400)
      expect(res.headers['content-type']).toContain('application/problem+json')
      expect(
        res
          .json()
          .errors.map((e: { name: string }) => e.name)
          .sort(),
      ).toEqual(fields)
    }
    const early = await post(office, `/registrations/${reg.id}/status-changes`, {
      ...SUSPENSION,
      effectiveDate: '2025-12-31',
    })
    expect(early.json().errors[0].reason).toBe(
      'De ingangsdatum mag niet vóór de registratiedatum (5 januari 2026) liggen.',
    )
    const [row] = await t.database.db.select().from(registrations).where(eq(registrations.id, reg.id))
    expect(row!.status).toBe('registered')
    expect(await historyCount(reg.id)).toBe(1)
  })

  it('answers 404 in Dutch for an unknown registration, and 403 (audited) for a professional', async () => {
    const missing = await post(office, `/registrations/${MISSING}/status-changes`, SUSPENSION)
    expect(missing.statusCode).toBe(404)
    expect(missing.json().detail).toBe('Deze registratie bestaat niet.')
    const reg = await createRegistration(t, registerId)
    expect((await post(professional, `/registrations/${reg.id}/status-changes`, SUSPENSION)).statusCode).toBe(403)
    expect((await post(null, `/registrations/${reg.id}/status-changes`, SUSPENSION)).statusCode).toBe(401)
    const denied = await t.database.db.select().from(auditEvents).where(eq(auditEvents.objectId, reg.id))
    expect(denied).toContainEqual(
      expect.objectContaining({
        action: 'register.registration.suspended',
        result: 'denied',
        actorId: professional.userId,
      }),
    )
    expect(await historyCount(reg.id)).toBe(1)
  })
})

describe('cycle decisions', () => {
  it('a postponement moves the end of the current cycle and is recorded and audited', async () => {
    const reg = await createRegistration(t, registerId)
    const res = await post(office, `/registrations/${reg.id}/cycle-decisions`, {
      kind: 'postponement',
      reason: 'Langdurig ziek',
      postponedUntil: '2031-07-04',
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ kind: 'postponement', postponedUntil: '2031-07-04', cycleNumber: 1 })
    const body = await detail(reg.id)
    expect(body.currentCycle).toMatchObject({
      endDate: '2031-01-04',
      postponedUntil: '2031-07-04',
      effectiveEnd: '2031-07-04',
    })
    expect(body.decisions).toEqual([
      expect.objectContaining({ kind: 'postponement', reason: 'Langdurig ziek', decidedBy: 'Test register_office' }),
    ])
    expect(await auditActions(reg.id)).toContain('register.cycle.postponed')
  })

  it('a hardship decision needs a reason and an outcome', async () => {
    const reg = await createRegistration(t, registerId)
    const bad = await post(office, `/registrations/${reg.id}/cycle-decisions`, { kind: 'hardship', reason: '' })
    expect(bad.statusCode).toBe(400)
    expect(
      bad
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['outcome', 'reason'])
    const ok = await post(office, `/registrations/${reg.id}/cycle-decisions`, {
      kind: 'hardship',
      reason: 'Mantelzorg',
      outcome: 'Norm verlaagd naar 150 punten',
    })
    expect(ok.statusCode).toBe(201)
    expect(await auditActions(reg.id)).toContain('register.cycle.hardship-decided')
  })

  it('refuses a postponement to before the cycle end, and decisions without a current cycle; nothing changes', async () => {
    const reg = await createRegistration(t, registerId)
    const early = await post(office, `/registrations/${reg.id}/cycle-decisions`, {
      kind: 'postponement',
      reason: 'Ziek',
      postponedUntil: '2031-01-04',
    })
    expect(early.statusCode).toBe(400)
    expect(early.json().errors[0]).toMatchObject({
      name: 'postponedUntil',
      reason: 'De nieuwe einddatum moet na het einde van de periode (4 januari 2031) liggen.',
    })
    const missing = await post(office, `/registrations/${reg.id}/cycle-decisions`, {
      kind: 'postponement',
      reason: 'Ziek',
    })
    expect(missing.json().errors[0].name).toBe('postponedUntil')
    const [cycle] = await t.database.db
      .select()
      .from(registrationCycles)
      .where(eq(registrationCycles.registrationId, reg.id))
    expect(cycle!.postponedUntil).toBeNull()
    expect(await t.database.db.select().from(cycleDecisions).where(eq(cycleDecisions.cycleId, cycle!.id))).toEqual([])

    await post(office, `/registrations/${reg.id}/status-changes`, { action: 'lapse', reason: 'Geen herregistratie' })
    const closed = await post(office, `/registrations/${reg.id}/cycle-decisions`, {
      kind: 'hardship',
      reason: 'Ziek',
      outcome: 'Uitzondering',
    })
    expect(closed.statusCode).toBe(409)
    expect(closed.json().detail).toBe('Deze registratie heeft geen lopende registratieperiode.')
    expect(
      (
        await post(professional, `/registrations/${reg.id}/cycle-decisions`, {
          kind: 'hardship',
          reason: 'x',
          outcome: 'y',
        })
      ).statusCode,
    ).toBe(403)
  })
})
