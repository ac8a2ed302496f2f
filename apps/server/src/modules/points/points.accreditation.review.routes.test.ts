import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { activities, activityObjections } from './points.accreditation.tables.ts'
import { accredited, api, submit } from './points.accreditation.test-fixtures.ts'

let t: TestApp
let provider: LoggedIn
let office: LoggedIn
let secondOffice: LoggedIn
let professional: LoggedIn
let admin: LoggedIn
let http: ReturnType<typeof api>
const MISSING = '3f0c5a52-7d4e-4c1b-9a8e-000000000000'

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2026-03-02T10:00:00Z')
  http = api(t)
  provider = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.70' })
  office = await loginAs(t, 'register_office', { remoteAddress: '198.51.100.71', givenName: 'Ellen' })
  secondOffice = await loginAs(t, 'register_office', { remoteAddress: '198.51.100.72', givenName: 'Karim' })
  professional = await loginAs(t, 'professional', { remoteAddress: '198.51.100.73' })
  admin = await loginAs(t, 'admin', { remoteAddress: '198.51.100.74' })
})
afterAll(() => t.close())

const ours = () => `/organisations/${provider.organisationId}/activities`
const successActions = async (id: string) =>
  (await t.database.db.select().from(auditEvents).where(eq(auditEvents.objectId, id)))
    .filter((e) => e.result === 'success')
    .map((e) => e.action)
/** Moves the decision back in time (moving the clock instead would end the test sessions). */
const decidedAgo = (id: string, ms: number) =>
  t.database.db
    .update(activities)
    .set({ decidedAt: new Date(t.now.value.getTime() - ms) })
    .where(eq(activities.id, id))
const WEEKS_6 = 42 * 86_400_000
const stateOf = async (id: string) => (await t.database.db.select().from(activities).where(eq(activities.id, id)))[0]!

describe('the register office decides on requests', () => {
  it('the queue lists submitted requests oldest first; only the register office sees it', async () => {
    const first = await submit(t, provider, { title: 'Eerste aanvraag' })
    const res = await http.get(office, '/activity-reviews')
    expect(res.statusCode).toBe(200)
    const ids = res.json().items.map((i: { id: string }) => i.id)
    expect(ids[0]).toBe(first.id)
    expect(res.json().items[0]).toMatchObject({ title: 'Eerste aanvraag', state: 'submitted' })
    expect(res.json().items[0].providerName).toContain('Testorganisatie')
    expect(res.headers.link).toContain('rel="last"')
    expect((await http.get(null, '/activity-reviews')).statusCode).toBe(401)
    for (const who of [provider, professional, admin]) {
      expect((await http.get(who, '/activity-reviews')).statusCode).toBe(403)
      expect((await http.get(who, `/activity-reviews/${first.id}`)).statusCode).toBe(403)
      expect((await http.get(who, '/activity-objections')).statusCode).toBe(403)
      expect((await http.get(who, '/accredited-providers')).statusCode).toBe(403)
    }
    expect((await http.get(office, '/activity-reviews?queue=nope')).statusCode).toBe(400)
    expect((await http.get(office, `/activity-reviews/${MISSING}`)).statusCode).toBe(404)
    const detail = (await http.get(office, `/activity-reviews/${first.id}`)).json()
    expect(detail).toMatchObject({ submittedBy: 'Test provider_staff', permissions: { decide: true } })
  })

  it('accredits with defaults: points = net hours, requested category, 1 year from today, a public ID; audited', async () => {
    const activity = await submit(t, provider)
    const res = await http.post(office, `/activity-reviews/${activity.id}/decisions`, { outcome: 'accredit' })
    expect(res.statusCode).toBe(201)
    const body = res.json()
    expect(body).toMatchObject({
      state: 'accredited',
      points: 12.5,
      category: 'training',
      validFrom: '2026-03-02',
      validUntil: '2027-03-01',
      decidedBy: 'Ellen register_office',
      permissions: { decide: false },
    })
    expect(body.publicId).toMatch(/^A-2026-\d{5}$/)
    expect(await successActions(activity.id)).toEqual(['points.activity.submitted', 'points.activity.accredited'])
  })

  it('accredits with chosen points, category and 3 years from a given date; public IDs count up', async () => {
    const a = await accredited(t, provider, office)
    const b = await submit(t, provider)
    const res = await http.post(office, `/activity-reviews/${b.id}/decisions`, {
      outcome: 'accredit',
      points: 10,
      category: 'reflection',
      validityYears: 3,
      validFrom: '2026-04-01',
    })
    expect(res.json()).toMatchObject({
      points: 10,
      category: 'reflection',
      validFrom: '2026-04-01',
      validUntil: '2029-03-31',
    })
    expect(Number(res.json().publicId.slice(-5))).toBe(Number(a.publicId.slice(-5)) + 1)
  })

  it('rejects with a reason; bad input is reported field by field and changes nothing', async () => {
    const activity = await submit(t, provider)
    const url = `/activity-reviews/${activity.id}/decisions`
    const noReason = await http.post(office, url, { outcome: 'reject', reason: ' ' })
    expect(noReason.statusCode).toBe(400)
    expect(noReason.json().errors).toEqual([
      { in: 'body', name: 'reason', code: 'required', reason: 'Vul een reden in.' },
    ])
    const badAccredit = await http.post(office, url, { outcome: 'accredit', points: 0, validityYears: 2 })
    expect(
      badAccredit
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['points', 'validityYears'])
    const badShape = await http.post(office, url, { outcome: 'maybe', validFrom: 'morgen' })
    expect(
      badShape
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['outcome', 'validFrom'])
    expect((await stateOf(activity.id)).state).toBe('submitted')

    const res = await http.post(office, url, { outcome: 'reject', reason: 'Leerdoelen zijn niet toetsbaar.' })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      state: 'rejected',
      publicId: null,
      decisionReason: 'Leerdoelen zijn niet toetsbaar.',
    })
    expect(await successActions(activity.id)).toContain('points.activity.rejected')
  })

  it('only the register office decides: 401, 403 per role (audited), 404', async () => {
    const activity = await submit(t, provider)
    const url = `/activity-reviews/${activity.id}/decisions`
    expect((await http.post(null, url, { outcome: 'accredit' })).statusCode).toBe(401)
    for (const who of [provider, professional, admin]) {
      expect((await http.post(who, url, { outcome: 'accredit' })).statusCode).toBe(403)
    }
    expect(
      (await http.post(office, `/activity-reviews/${MISSING}/decisions`, { outcome: 'accredit' })).statusCode,
    ).toBe(404)
    expect((await stateOf(activity.id)).state).toBe('submitted')
    const denied = (await t.database.db.select().from(auditEvents).where(eq(auditEvents.objectId, activity.id))).filter(
      (e) => e.result === 'denied',
    )
    expect(denied).toHaveLength(3)
  })

  it('of two simultaneous decisions on one activity one succeeds; the other gets a Dutch 409', async () => {
    const activity = await submit(t, provider)
    const url = `/activity-reviews/${activity.id}/decisions`
    const answers = await Promise.all([
      http.post(office, url, { outcome: 'accredit' }),
      http.post(secondOffice, url, { outcome: 'reject', reason: 'Te weinig diepgang.' }),
    ])
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409])
    const loser = answers.find((a) => a.statusCode === 409)!
    expect(loser.json().detail).toBe('Over deze activiteit is al besloten. Vernieuw de pagina.')
    const decided = (await successActions(activity.id)).filter((a) => a !== 'points.activity.submitted')
    expect(decided).toHaveLength(1)
  })
})

describe('objections (bezwaar)', () => {
  it('the provider objects within 6 weeks; the decider cannot decide it (403); a colleague upholds it', async () => {
    const activity = await submit(t, provider)
    await http.post(office, `/activity-reviews/${activity.id}/decisions`, { outcome: 'reject', reason: 'Te kort.' })
    await decidedAgo(activity.id, WEEKS_6 - 3_600_000) // 6 weeks minus an hour ago
    const objection = await http.post(provider, `${ours()}/${activity.id}/objections`, {
      reason: 'De leerdoelen staan in bijlage 2.',
    })
    expect(objection.statusCode).toBe(201)
    expect(objection.json().objections).toEqual([
      expect.objectContaining({ state: 'open', reason: 'De leerdoelen staan in bijlage 2.' }),
    ])
    expect(objection.json().permissions.object).toBe(false)
    const twice = await http.post(provider, `${ours()}/${activity.id}/objections`, { reason: 'Nogmaals.' })
    expect(twice.statusCode).toBe(409)
    expect(twice.json().detail).toBe('Er loopt al een bezwaar tegen dit besluit.')

    const list = (await http.get(office, '/activity-objections')).json()
    const item = list.items.find((i: { activityId: string }) => i.activityId === activity.id)
    expect(item).toMatchObject({ state: 'open', originalDecider: 'Ellen register_office', mayDecide: false })
    expect((await http.get(secondOffice, '/activity-objections')).json().items[0].mayDecide).toBe(true)

    const url = `/activity-objections/${item.id}/decisions`
    const same = await http.post(office, url, { outcome: 'uphold' })
    expect(same.statusCode).toBe(403)
    expect(same.json().detail).toContain('Een ander lid van het registerbureau moet beslissen')
    expect((await http.post(provider, url, { outcome: 'uphold' })).statusCode).toBe(403)
    expect((await http.post(null, url, { outcome: 'uphold' })).statusCode).toBe(401)
    expect(
      (await http.post(secondOffice, `/activity-objections/${MISSING}/decisions`, { outcome: 'uphold' })).statusCode,
    ).toBe(404)
    expect((await stateOf(activity.id)).state).toBe('rejected')

    const upheld = await http.post(secondOffice, url, { outcome: 'uphold', points: 8, validityYears: 3 })
    expect(upheld.statusCode).toBe(201)
    expect(upheld.json()).toMatchObject({
      state: 'accredited',
      points: 8,
      validFrom: '2026-03-02',
      validUntil: '2029-03-01',
      decidedBy: 'Karim register_office',
    })
    expect(upheld.json().publicId).toMatch(/^A-2026-\d{5}$/)
    expect(upheld.json().objections[0]).toMatchObject({ state: 'upheld', decidedBy: 'Karim register_office' })
    expect((await http.post(secondOffice, url, { outcome: 'dismiss', reason: 'x' })).statusCode).toBe(409)
    expect(await successActions(activity.id)).toEqual([
      'points.activity.submitted',
      'points.activity.rejected',
      'points.activity.objection-submitted',
      'points.activity.objection-upheld',
    ])
    // No objection against the decision on the objection.
    expect(
      (await http.post(provider, `${ours()}/${activity.id}/objections`, { reason: 'Meer punten.' })).statusCode,
    ).toBe(409)
  })

  it('after 6 weeks an objection is a Dutch 409 naming the last day; bad input is a 400', async () => {
    const activity = await accredited(t, provider, office)
    const url = `${ours()}/${activity.id}/objections`
    expect((await http.post(provider, url, { reason: ' ' })).statusCode).toBe(400)
    await decidedAgo(activity.id, WEEKS_6 + 1000)
    const late = await http.post(provider, url, { reason: 'Te weinig punten.' })
    expect(late.statusCode).toBe(409)
    expect(late.json().detail).toBe(
      'De termijn voor bezwaar (6 weken na het besluit, tot en met 2 maart 2026) is voorbij.',
    )
    expect((await http.post(office, url, { reason: 'x' })).statusCode).toBe(403)
    const pending = await submit(t, provider)
    const early = await http.post(provider, `${ours()}/${pending.id}/objections`, { reason: 'x' })
    expect(early.statusCode).toBe(409)
    expect(
      await t.database.db.select().from(activityObjections).where(eq(activityObjections.activityId, activity.id)),
    ).toEqual([])
  })

  it('a dismissed objection needs a reason and leaves the decision as it was', async () => {
    const activity = await accredited(t, provider, office)
    await http.post(provider, `${ours()}/${activity.id}/objections`, { reason: 'Graag 3 jaar.' })
    const [objection] = await t.database.db
      .select()
      .from(activityObjections)
      .where(eq(activityObjections.activityId, activity.id))
    const url = `/activity-objections/${objection!.id}/decisions`
    expect((await http.post(secondOffice, url, { outcome: 'dismiss' })).json().errors[0].name).toBe('reason')
    const res = await http.post(secondOffice, url, { outcome: 'dismiss', reason: 'Eén jaar is de regel.' })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ state: 'accredited', validUntil: '2027-03-01', publicId: activity.publicId })
    expect(res.json().objections[0]).toMatchObject({ state: 'dismissed', decisionReason: 'Eén jaar is de regel.' })
  })

  it('the database refuses an objection decided by the original decider', async () => {
    const activity = await accredited(t, provider, office)
    await http.post(provider, `${ours()}/${activity.id}/objections`, { reason: 'Bezwaar.' })
    await expect(
      t.database.db
        .update(activityObjections)
        .set({ state: 'dismissed', decidedById: office.userId, decidedAt: t.now.value })
        .where(eq(activityObjections.activityId, activity.id)),
    ).rejects.toThrow()
  })
})
