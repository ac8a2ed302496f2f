import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { api, submit } from './points.accreditation.test-fixtures.ts'

let t: TestApp
let provider: LoggedIn
let office: LoggedIn
let admin: LoggedIn
let http: ReturnType<typeof api>
const MISSING = '3f0c5a52-7d4e-4c1b-9a8e-000000000000'

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2026-03-02T10:00:00Z')
  http = api(t)
  provider = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.90' })
  office = await loginAs(t, 'register_office', { remoteAddress: '198.51.100.91', givenName: 'Ellen' })
  admin = await loginAs(t, 'admin', { remoteAddress: '198.51.100.92' })
})
afterAll(() => t.close())

const successActions = async (id: string) =>
  (await t.database.db.select().from(auditEvents).where(eq(auditEvents.objectId, id)))
    .filter((e) => e.result === 'success')
    .map((e) => e.action)

describe('accredited providers and fast track', () => {
  it('marks a provider: its submissions are accredited at once, checked later; unmarking stops it', async () => {
    const res = await http.post(office, '/accredited-providers', {
      organisationId: provider.organisationId,
      reason: 'Kwaliteitskeurmerk',
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ accredited: true, reason: 'Kwaliteitskeurmerk' })
    expect(
      (await http.post(office, '/accredited-providers', { organisationId: provider.organisationId })).statusCode,
    ).toBe(409)
    expect(await successActions(provider.organisationId!)).toContain('points.provider.accredited')
    const list = (await http.get(office, '/accredited-providers')).json()
    expect(list.items[0]).toMatchObject({ organisationId: provider.organisationId, accredited: true })

    const fast = await submit(t, provider, { title: 'Snelle activiteit' })
    expect(fast).toMatchObject({ state: 'accredited', fastTrack: true, points: 12.5, validUntil: '2027-03-01' })
    expect(fast.publicId).toMatch(/^A-2026-\d{5}$/)
    const toCheck = (await http.get(office, '/activity-reviews?queue=to-check')).json()
    expect(toCheck.items.map((i: { id: string }) => i.id)).toContain(fast.id)
    expect((await http.get(office, `/activity-reviews/${fast.id}`)).json().decidedBy).toBeNull()

    const approve = await http.post(office, `/activity-reviews/${fast.id}/checks`, { outcome: 'approve' })
    expect(approve.statusCode).toBe(201)
    expect(approve.json()).toMatchObject({ state: 'accredited', checkedBy: 'Ellen register_office' })
    expect((await http.post(office, `/activity-reviews/${fast.id}/checks`, { outcome: 'approve' })).statusCode).toBe(
      409,
    )

    const second = await submit(t, provider)
    expect((await http.post(office, `/activity-reviews/${second.id}/checks`, { outcome: 'revoke' })).statusCode).toBe(
      400,
    )
    expect(
      (await http.post(provider, `/activity-reviews/${second.id}/checks`, { outcome: 'approve' })).statusCode,
    ).toBe(403)
    const revoke = await http.post(office, `/activity-reviews/${second.id}/checks`, {
      outcome: 'revoke',
      reason: 'Geen eindtoets.',
    })
    expect(revoke.json()).toMatchObject({ state: 'rejected', decisionReason: 'Geen eindtoets.' })
    expect(await successActions(second.id)).toEqual([
      'points.activity.submitted',
      'points.activity.accredited',
      'points.activity.rejected',
    ])
    expect((await http.get(null, `/activities/${second.publicId}`)).statusCode).toBe(404)

    expect((await http.del(provider, `/accredited-providers/${provider.organisationId}`)).statusCode).toBe(403)
    expect((await http.del(office, `/accredited-providers/${provider.organisationId}`)).statusCode).toBe(204)
    expect((await http.del(office, `/accredited-providers/${provider.organisationId}`)).statusCode).toBe(404)
    expect(await successActions(provider.organisationId!)).toContain('points.provider.revoked')
    expect((await submit(t, provider)).state).toBe('submitted')
  })

  it('marking needs an existing organisation and the register office', async () => {
    expect((await http.post(office, '/accredited-providers', { organisationId: MISSING })).statusCode).toBe(404)
    expect((await http.post(office, '/accredited-providers', { organisationId: 'x' })).statusCode).toBe(400)
    expect((await http.post(null, '/accredited-providers', { organisationId: MISSING })).statusCode).toBe(401)
    expect(
      (await http.post(admin, '/accredited-providers', { organisationId: provider.organisationId })).statusCode,
    ).toBe(403)
  })
})
