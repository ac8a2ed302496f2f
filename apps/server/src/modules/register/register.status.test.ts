import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import type { AppDeps } from '../../app.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { systemContext } from '../../platform/auth/actor.ts'
import { issuerOf } from '../../platform/credentials/issuer-cache.ts'
import { issueCertification } from '../../platform/credentials/open-badges.ts'
import { isStatusBitSet } from '../../platform/credentials/status-list.ts'
import { AppError } from '../../platform/http/errors.ts'
import { users } from '../identity/identity.tables.ts'
import { registrationCredentials } from './register.decisions.tables.ts'
import { normalizeSurname } from './register.rules.ts'
import { changeStatus, type StatusChangeRequest, todayInNetherlands } from './register.status.ts'
import { registers, registrationCycles, registrationStatusChanges, registrations } from './register.tables.ts'

let t: TestApp
let deps: AppDeps
let registerId: string
let staff: { a: string; b: string }

beforeAll(async () => {
  t = await createTestApp()
  deps = t.app.deps
  t.now.value = new Date('2026-03-01T10:00:00Z')
  const [register] = await deps.database.db
    .insert(registers)
    .values({ name: 'Register Klantmanagers', slug: 'km', numberPrefix: 'KM', professions: ['jobcoach'] })
    .returning()
  registerId = register!.id
  staff = { a: await newUser(), b: await newUser() }
})
afterAll(() => t.close())

let count = 0
async function newUser() {
  count++
  const [row] = await deps.database.db
    .insert(users)
    .values({ email: `status${count}@voorbeeld.nl`, passwordHash: 'x', staffRoles: ['register_office'] })
    .returning({ id: users.id })
  return row!.id
}

async function candidate() {
  const [row] = await deps.database.db
    .insert(registrations)
    .values({
      registerId,
      userId: await newUser(),
      profession: 'jobcoach',
      initials: 'J.',
      surname: 'Jansen',
      surnameSearch: normalizeSurname('Jansen'),
    })
    .returning({ id: registrations.id })
  return row!.id
}

const asStaff = (userId: string) => ({
  ...systemContext('test'),
  actor: { userId, staffRoles: ['register_office' as const], memberships: [], sessionId: null },
})

const change = (id: string, request: StatusChangeRequest, by = staff.a) =>
  deps.database.db.transaction((tx) => changeStatus(tx, deps, asStaff(by), id, request))

const approve = (id: string, by = staff.a) =>
  change(id, { action: { type: 'approve' }, effectiveDate: '2026-03-01', reason: '' }, by)

describe('changeStatus', () => {
  it('approves a candidate: a number, registered since, a first cycle, a history row and an audit entry', async () => {
    const id = await candidate()
    const result = await approve(id)
    expect(result).toMatchObject({ from: 'candidate', to: 'registered', registrationNumber: 'KM-000001' })
    expect(result.openedCycle).toMatchObject({ number: 1, startDate: '2026-03-01', endDate: '2031-02-28' })
    const [row] = await deps.database.db.select().from(registrations).where(eq(registrations.id, id))
    expect(row).toMatchObject({ status: 'registered', registrationNumber: 'KM-000001', registeredSince: '2026-03-01' })
    const history = await deps.database.db
      .select()
      .from(registrationStatusChanges)
      .where(eq(registrationStatusChanges.registrationId, id))
    expect(history).toEqual([expect.objectContaining({ action: 'approve', fromStatus: 'candidate', actorId: staff.a })])
    const audit = await deps.database.db.select().from(auditEvents).where(eq(auditEvents.objectId, id))
    expect(audit.map((e) => e.action)).toEqual(['register.registration.approved'])
  })

  it('lets exactly one of two simultaneous approvals through; the other is a 409 and changes nothing', async () => {
    const id = await candidate()
    const results = await Promise.allSettled([approve(id, staff.a), approve(id, staff.b)])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(refused.reason).toBeInstanceOf(AppError)
    expect((refused.reason as AppError).status).toBe(409)
    expect((refused.reason as AppError).detail).toContain('geregistreerd')
    const history = await deps.database.db
      .select()
      .from(registrationStatusChanges)
      .where(eq(registrationStatusChanges.registrationId, id))
    expect(history).toHaveLength(1)
    const cycles = await deps.database.db
      .select()
      .from(registrationCycles)
      .where(eq(registrationCycles.registrationId, id))
    expect(cycles).toHaveLength(1)
  })

  it('refuses a removal without a second member and one confirmed by the requester', async () => {
    const id = await candidate()
    await approve(id)
    const remove = (confirmedBy: string | null) =>
      change(id, {
        action: { type: 'remove', requestedBy: staff.a, confirmedBy },
        effectiveDate: '2026-03-02',
        reason: 'Tuchtuitspraak',
        publicUntil: '2028-03-02',
      })
    await expect(remove(null)).rejects.toMatchObject({ status: 409, detail: expect.stringContaining('tweede') })
    await expect(remove(staff.a)).rejects.toMatchObject({ status: 409, detail: expect.stringContaining('collega') })
    const result = await remove(staff.b)
    expect(result.to).toBe('removed')
    const [last] = await deps.database.db
      .select()
      .from(registrationStatusChanges)
      .where(eq(registrationStatusChanges.id, result.changeId))
    expect(last).toMatchObject({ confirmedById: staff.b, publicUntil: '2028-03-02' })
    const open = await deps.database.db
      .select()
      .from(registrationCycles)
      .where(eq(registrationCycles.registrationId, id))
    expect(open.every((c) => c.closedAt !== null)).toBe(true)
  })

  it("sets the credential's suspension bit on suspension and clears it when the suspension is lifted", async () => {
    const id = await candidate()
    await approve(id)
    const issuer = await issuerOf(deps)
    const issued = await deps.database.db.transaction(async (tx) => {
      const credential = await issueCertification(
        tx,
        issuer,
        {
          recipientEmail: 'jansen@voorbeeld.nl',
          licenseNumber: 'KM-000099',
          achievement: { id: 'https://example.nl/a', name: 'Klantmanager', description: 'd', criteria: 'c' },
          validFrom: new Date('2026-03-01'),
        },
        deps.clock(),
      )
      await tx.insert(registrationCredentials).values({
        credentialId: credential.credentialId,
        registrationId: id,
        validFrom: '2026-03-01',
        validUntil: '2031-02-28',
        document: credential.credential,
      })
      return credential
    })
    await change(id, {
      action: { type: 'suspend' },
      effectiveDate: '2026-03-05',
      reason: 'Onderzoek',
      publicUntil: '2026-09-05',
    })
    expect(await isStatusBitSet(deps.database.db, issued.status, 'suspension')).toBe(true)
    await change(id, { action: { type: 'lift-suspension' }, effectiveDate: '2026-04-01', reason: 'Afgerond' })
    expect(await isStatusBitSet(deps.database.db, issued.status, 'suspension')).toBe(false)
  })

  it('keeps the number through lapse and re-entry, and opens a second cycle on the new approval', async () => {
    const id = await candidate()
    const first = await approve(id)
    await change(id, { action: { type: 'lapse' }, effectiveDate: '2026-06-01', reason: 'Geen PE-punten' })
    await change(id, { action: { type: 're-enter' }, effectiveDate: '2026-07-01', reason: '' })
    const again = await change(id, { action: { type: 'approve' }, effectiveDate: '2026-08-01', reason: '' })
    expect(again.registrationNumber).toBe(first.registrationNumber)
    expect(again.openedCycle).toMatchObject({ number: 2, startDate: '2026-08-01' })
    const [row] = await deps.database.db.select().from(registrations).where(eq(registrations.id, id))
    expect(row).toMatchObject({ reEntry: true, registeredSince: '2026-03-01' })
  })

  it('answers 404 for an unknown registration', async () => {
    await expect(approve('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ status: 404 })
  })

  it("gives today's date in the Netherlands, not in UTC", () => {
    expect(todayInNetherlands({ clock: () => new Date('2026-06-30T22:30:00Z') })).toBe('2026-07-01')
    expect(todayInNetherlands({ clock: () => new Date('2026-12-31T22:59:00Z') })).toBe('2026-12-31')
  })
})
