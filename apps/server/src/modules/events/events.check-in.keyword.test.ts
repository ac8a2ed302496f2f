import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import { createRun } from '../points/points.attendance.fixtures.ts'
import { ledgerOf } from '../points/points.ledger.ts'
import { addDemoNorm } from '../points/points.test-fixtures.ts'
import { createRegister, createRegistration } from '../register/register.test-fixtures.ts'
import { api, createEvent, moveClock, ONLINE_URL } from './events.test-fixtures.ts'

// The keyword of an online session: set by the organiser, entered by participants from 15 minutes before the start
// (09:45 Dutch time, 07:45 UTC) until 15 minutes after the end (12:45, 10:45 UTC) on 28 March 2027.

let t: TestApp
let http: ReturnType<typeof api>
let provider: LoggedIn
const people: LoggedIn[] = []
const signUps: string[] = []
let registrationId: string
let eventId: string
let placeEventId: string
let placeSignUpId: string
const OPENS = new Date('2027-03-28T07:45:00Z')
const CLOSES = new Date('2027-03-28T10:45:00Z')
const keywordUrl = (event = eventId) => `/organisations/${provider.organisationId}/events/${event}/check-in-keyword`
const enter = (i: number, keyword: string) =>
  http.post(people[i]!, `/event-sign-ups/${signUps[i]}/check-in`, { keyword })

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2027-03-01T10:00:00Z')
  http = api(t)
  provider = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.140' })
  for (let i = 0; i < 4; i++)
    people.push(
      await loginAs(t, 'professional', { familyName: `Deelnemer ${i}`, remoteAddress: `198.51.100.${141 + i}` }),
    )
  const registerId = (await createRegister(t, 'KW')).id
  await addDemoNorm(t, registerId)
  registrationId = (await createRegistration(t, registerId, { userId: people[0]!.userId })).id
  const { activity, run } = await createRun(t, provider.organisationId!, { points: 2, startsOn: '2027-03-28' })
  const online = { online: true, onlineUrl: ONLINE_URL, province: null, type: 'webinar' }
  eventId = (await createEvent(t, provider, { ...online, activityId: activity.id, runId: run.id })).id
  placeEventId = (await createEvent(t, provider, { title: 'Op locatie' })).id
  for (const who of people) signUps.push((await http.post(who, `/events/${eventId}/sign-ups`)).json().id)
  placeSignUpId = (await http.post(people[1]!, `/events/${placeEventId}/sign-ups`)).json().id
})
afterAll(() => t.close())

describe('the organiser’s keyword', () => {
  it('is not set at first; a made one or one’s own (4 to 40 characters) can be set', async () => {
    const none = await http.get(provider, keywordUrl())
    expect(none.statusCode).toBe(200)
    expect(none.json()).toMatchObject({
      keyword: null,
      opensAt: OPENS.toISOString(),
      closesAt: CLOSES.toISOString(),
      open: false,
    })
    const made = await http.put(provider, keywordUrl(), {})
    expect(made.statusCode).toBe(200)
    expect(made.json().keyword).toMatch(/^[a-z]+-[a-z]+-\d{2}$/)
    const short = await http.put(provider, keywordUrl(), { keyword: 'abc' })
    expect(short.statusCode).toBe(400)
    expect(short.json().errors).toEqual([expect.objectContaining({ name: 'keyword', code: 'length' })])
    const own = await http.put(provider, keywordUrl(), { keyword: 'Molen Tulp' })
    expect(own.json().keyword).toBe('Molen Tulp')
    expect((await http.get(provider, keywordUrl())).json().keyword).toBe('Molen Tulp')
  })

  it('exists only for online events', async () => {
    const res = await http.put(provider, keywordUrl(placeEventId), {})
    expect(res.statusCode).toBe(409)
    expect(res.json().detail).toMatch(/^Dit is geen online bijeenkomst/)
  })
})

describe('entering the keyword', () => {
  it('one millisecond before the window opens is refused, saying when it is open in Dutch time', async () => {
    await moveClock(t, new Date(OPENS.getTime() - 1))
    const res = await enter(0, 'Molen Tulp')
    expect(res.statusCode).toBe(409)
    expect(res.json().detail).toBe(
      'Je kunt het trefwoord alleen invullen tijdens de sessie: van 28-3-2027 09:45 tot 28-3-2027 12:45 (15 minuten voor het begin tot 15 minuten na het einde).',
    )
  })

  it('at the opening minute checks the participant in and books the points; a second time gives the same', async () => {
    await moveClock(t, OPENS)
    const res = await enter(0, '  molen   TULP ')
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ method: 'keyword', points: { outcome: 'booked', points: 2 } })
    const again = await enter(0, 'Molen Tulp')
    expect(again.statusCode).toBe(200)
    expect(again.json().id).toBe(res.json().id)
    expect((await ledgerOf(t.database.db, registrationId)).map((e) => e.points)).toEqual([2])
    expect((await http.get(provider, keywordUrl())).json().open).toBe(true)
  })

  it('a wrong keyword is a 400 on the field; someone else’s sign-up a 404; a place event a 409', async () => {
    const wrong = await enter(1, 'Molen Tulpen')
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json().errors).toEqual([expect.objectContaining({ name: 'keyword', code: 'mismatch' })])
    const other = await http.post(people[1]!, `/event-sign-ups/${signUps[0]}/check-in`, { keyword: 'Molen Tulp' })
    expect(other.statusCode).toBe(404)
    const anonymous = await http.post(null, `/event-sign-ups/${signUps[0]}/check-in`, { keyword: 'Molen Tulp' })
    expect(anonymous.statusCode).toBe(401)
    const place = await http.post(people[1]!, `/event-sign-ups/${placeSignUpId}/check-in`, { keyword: 'x' })
    expect(place.statusCode).toBe(409)
    expect(place.json().detail).toMatch(/^Dit is geen online bijeenkomst/)
  })

  it('allows ten tries per ten minutes; the eleventh is a 429', async () => {
    for (let i = 0; i < 10; i++) expect((await enter(3, `fout ${i}`)).statusCode).toBe(400)
    const blocked = await enter(3, 'Molen Tulp')
    expect(blocked.statusCode).toBe(429)
    expect(blocked.headers['retry-after']).toBeDefined()
  })

  it('at the closing minute it still works; one millisecond later it does not', async () => {
    await moveClock(t, CLOSES)
    const last = await enter(1, 'Molen Tulp')
    expect(last.statusCode).toBe(201)
    expect(last.json().points.outcome).toBe('no-registration')
    await moveClock(t, new Date(CLOSES.getTime() + 1))
    expect((await enter(2, 'Molen Tulp')).statusCode).toBe(409)
  })
})
