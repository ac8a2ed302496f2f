import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { accredited, api as pointsApi } from '../points/points.accreditation.test-fixtures.ts'
import { api, createEvent, EVENT, ONLINE_URL } from './events.test-fixtures.ts'

let t: TestApp
let provider: LoggedIn
let colleague: LoggedIn
let otherProvider: LoggedIn
let office: LoggedIn
let professional: LoggedIn
let http: ReturnType<typeof api>
const MISSING = '3f0c5a52-7d4e-4c1b-9a8e-000000000000'

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2027-03-01T10:00:00Z')
  http = api(t)
  provider = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.70' })
  colleague = await loginAs(t, 'provider_staff', {
    organisationId: provider.organisationId!,
    remoteAddress: '198.51.100.71',
  })
  otherProvider = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.72' })
  office = await loginAs(t, 'register_office', { remoteAddress: '198.51.100.73' })
  professional = await loginAs(t, 'professional', { remoteAddress: '198.51.100.74' })
})
afterAll(() => t.close())

const ours = (who: LoggedIn = provider) => `/organisations/${who.organisationId}/events`
const auditOf = async (id: string) =>
  (await t.database.db.select().from(auditEvents).where(eq(auditEvents.objectId, id))).map(
    (e) => `${e.action}:${e.result}`,
  )

describe('a provider publishes an event', () => {
  it('creates an event in Dutch time on the day summer time starts: stored in UTC, audited', async () => {
    const res = await http.post(provider, ours(), { ...EVENT, title: '  Armoede en schulden  ' })
    expect(res.statusCode).toBe(201)
    const body = res.json()
    expect(body).toMatchObject({
      title: 'Armoede en schulden',
      type: 'lecture',
      state: 'published',
      startsAt: '2027-03-28T08:00:00.000Z', // 10:00 CEST: summer time started at 02:00 that night
      endsAt: '2027-03-28T10:30:00.000Z',
      startsAtLocal: '2027-03-28T10:00',
      signUpDeadline: '2027-03-26T16:00:00.000Z', // 17:00 CET, still winter time
      province: 'Utrecht',
      capacity: 50,
      placesLeft: 50,
      placesTaken: 0,
      signUpOpen: true,
      accreditation: null,
      organiser: { id: provider.organisationId },
    })
    expect(res.headers.location).toBe(`http://localhost:3000/api/v1${ours()}/${body.id}`)
    expect(await auditOf(body.id)).toEqual(['events.event.created:success'])
    const list = await http.get(colleague, ours())
    expect(list.statusCode).toBe(200)
    expect(list.json().items.map((e: { id: string }) => e.id)).toContain(body.id)
  })

  it('reports every invalid field at once, in Dutch, and stores nothing', async () => {
    const before = (await http.get(provider, ours())).json().total
    const res = await http.post(provider, ours(), {
      ...EVENT,
      title: ' ',
      startsAtLocal: '2027-04-10T14:00',
      endsAtLocal: '2027-04-10T13:00',
      signUpDeadlineLocal: '2027-04-11T09:00',
      capacity: 0,
      province: 'Brabant',
      address: '',
    })
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toContain('application/problem+json')
    const fields = res
      .json()
      .errors.map((e: { name: string }) => e.name)
      .sort()
    expect(fields).toEqual(['address', 'capacity', 'endsAtLocal', 'province', 'signUpDeadlineLocal', 'title'])
    expect(res.json().errors.find((e: { name: string }) => e.name === 'endsAtLocal').reason).toBe(
      'Het einde moet na het begin liggen.',
    )
    expect((await http.get(provider, ours())).json().total).toBe(before)
  })

  it('refuses a time that does not exist because the clock moves forward, and a start in the past', async () => {
    const res = await http.post(provider, ours(), {
      ...EVENT,
      startsAtLocal: '2027-03-28T02:30',
      endsAtLocal: '2027-02-01T10:00',
      signUpDeadlineLocal: '2027-02-01T09:00',
    })
    expect(res.statusCode).toBe(400)
    const errors = res.json().errors
    expect(errors.find((e: { name: string }) => e.name === 'startsAtLocal').code).toBe('nonexistent')
    const past = await http.post(provider, ours(), {
      ...EVENT,
      startsAtLocal: '2027-02-01T10:00',
      endsAtLocal: '2027-02-01T12:00',
      signUpDeadlineLocal: undefined,
    })
    expect(past.json().errors.map((e: { name: string }) => e.name)).toEqual(['startsAtLocal'])
  })

  it('an online event needs an https link and no location; the link is the organiser’s', async () => {
    const bad = await http.post(provider, ours(), {
      ...EVENT,
      online: true,
      onlineUrl: 'meet.example.nl',
      province: null,
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors.map((e: { name: string }) => e.name)).toEqual(['onlineUrl'])
    const event = await createEvent(t, provider, {
      type: 'webinar',
      online: true,
      onlineUrl: ONLINE_URL,
      province: null,
    })
    const own = await http.get(provider, `${ours()}/${event.id}`)
    expect(own.json()).toMatchObject({ online: true, onlineUrl: ONLINE_URL, locationName: '', address: '' })
  })

  it('only provider staff of the organiser manage its events (role matrix), refusals audited', async () => {
    const event = await createEvent(t, provider)
    const url = `${ours()}/${event.id}`
    expect((await http.get(null, ours())).statusCode).toBe(401)
    expect((await http.post(null, ours(), EVENT)).statusCode).toBe(401)
    for (const who of [professional, office, otherProvider]) {
      expect((await http.post(who, ours(), EVENT)).statusCode).toBe(403)
      expect((await http.get(who, url)).statusCode).toBe(403)
      expect((await http.put(who, url, EVENT)).statusCode).toBe(403)
      expect((await http.post(who, `${url}/cancellation`, { reason: 'x' })).statusCode).toBe(403)
    }
    expect(await auditOf(event.id)).toContain('events.event.changed:denied')
    // another provider's event under its own organisation path: not found
    expect((await http.get(otherProvider, `${ours(otherProvider)}/${event.id}`)).statusCode).toBe(404)
    expect((await http.get(provider, `${ours()}/${MISSING}`)).statusCode).toBe(404)
    expect((await http.get(colleague, url)).statusCode).toBe(200)
  })

  it('changes an event (audited with before and after) but never below the places taken', async () => {
    const event = await createEvent(t, provider)
    const url = `${ours()}/${event.id}`
    const res = await http.put(provider, url, {
      ...EVENT,
      title: 'Nieuwe titel',
      capacity: 80,
      startsAtLocal: '2027-10-31T02:30',
      endsAtLocal: '2027-10-31T04:00',
      signUpDeadlineLocal: undefined,
    })
    expect(res.statusCode).toBe(200)
    // the hour that happens twice: the first one (still summer time)
    expect(res.json()).toMatchObject({
      title: 'Nieuwe titel',
      capacity: 80,
      startsAt: '2027-10-31T00:30:00.000Z',
      endsAt: '2027-10-31T03:00:00.000Z',
      signUpDeadline: '2027-10-31T00:30:00.000Z',
    })
    const [changed] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'events.event.changed'), eq(auditEvents.result, 'success')))
    expect(changed!.details).toMatchObject({ before: { capacity: 50 }, after: { capacity: 80, title: 'Nieuwe titel' } })
    expect(JSON.stringify(changed!.details)).not.toContain('onlineUrl')
  })

  it('cancels an event with a reason; then it cannot change or be cancelled again', async () => {
    const event = await createEvent(t, provider)
    const url = `${ours()}/${event.id}`
    const empty = await http.post(provider, `${url}/cancellation`, { reason: '  ' })
    expect(empty.statusCode).toBe(400)
    expect(empty.json().errors[0].name).toBe('reason')
    const res = await http.post(provider, `${url}/cancellation`, { reason: 'De spreker is ziek.' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ state: 'cancelled', cancelReason: 'De spreker is ziek.', signUpOpen: false })
    expect((await http.post(provider, `${url}/cancellation`, { reason: 'nog eens' })).statusCode).toBe(409)
    expect((await http.put(provider, url, EVENT)).statusCode).toBe(409)
    expect(await auditOf(event.id)).toEqual(['events.event.created:success', 'events.event.cancelled:success'])
  })
})

describe('linking an event to an accredited activity and run', () => {
  let activity: { id: string; publicId: string }
  let runId: string
  let otherRunId: string

  beforeAll(async () => {
    activity = await accredited(t, provider, office)
    const run = await pointsApi(t).post(
      provider,
      `/organisations/${provider.organisationId}/activities/${activity.id}/runs`,
      {
        startsOn: '2027-03-28',
        endsOn: '2027-03-28',
        location: 'Stadskantoor Utrecht',
      },
    )
    runId = run.json().id
    const other = await accredited(t, otherProvider, office)
    const otherRun = await pointsApi(t).post(
      otherProvider,
      `/organisations/${otherProvider.organisationId}/activities/${other.id}/runs`,
      {
        startsOn: '2027-03-28',
        endsOn: '2027-03-28',
        online: true,
      },
    )
    otherRunId = otherRun.json().id
  })

  it('links its own accredited run: the public agenda shows the activity ID and points', async () => {
    const event = await createEvent(t, provider, { activityId: activity.id, runId })
    const res = await http.get(null, `/events/${event.id}`)
    expect(res.json().accreditation).toEqual({
      activityPublicId: activity.publicId,
      points: 12.5,
      category: 'training',
    })
  })

  it('refuses another provider’s run, a run of another activity and a run without its activity', async () => {
    const foreign = await http.post(provider, ours(), { ...EVENT, activityId: activity.id, runId: otherRunId })
    expect(foreign.statusCode).toBe(400)
    expect(foreign.json().errors).toEqual([expect.objectContaining({ name: 'runId', code: 'ownership' })])
    const noActivity = await http.post(provider, ours(), { ...EVENT, runId })
    expect(noActivity.json().errors.map((e: { name: string }) => e.name)).toEqual(['activityId'])
    const missing = await http.post(provider, ours(), { ...EVENT, activityId: MISSING })
    expect(missing.json().errors.map((e: { name: string }) => e.name)).toEqual(['activityId'])
  })
})
