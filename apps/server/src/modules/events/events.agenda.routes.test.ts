import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import { accredited, api as pointsApi } from '../points/points.accreditation.test-fixtures.ts'
import { api, createEvent, ONLINE_URL } from './events.test-fixtures.ts'

let t: TestApp
let provider: LoggedIn
let otherProvider: LoggedIn
let http: ReturnType<typeof api>
const ids: Record<string, string> = {}

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2027-03-01T10:00:00Z')
  http = api(t)
  provider = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.80' })
  otherProvider = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.81' })
  const office = await loginAs(t, 'register_office', { remoteAddress: '198.51.100.82' })
  const activity = await accredited(t, provider, office, { points: 4 })
  const run = await pointsApi(t).post(
    provider,
    `/organisations/${provider.organisationId}/activities/${activity.id}/runs`,
    {
      startsOn: '2027-03-10',
      endsOn: '2027-03-10',
      location: 'Zwolle',
    },
  )
  ids.accredited = (
    await createEvent(t, provider, {
      title: 'Schuldhulpverlening: signaleren en doorverwijzen',
      description: 'Over geldzorgen in het klantgesprek.',
      startsAtLocal: '2027-03-10T13:00',
      endsAtLocal: '2027-03-10T17:00',
      signUpDeadlineLocal: undefined,
      province: 'Overijssel',
      locationName: 'Stadhuis Zwolle',
      address: 'Grote Kerkplein 15, Zwolle',
      activityId: activity.id,
      runId: run.json().id,
    })
  ).id
  ids.webinar = (
    await createEvent(t, otherProvider, {
      title: 'Webinar Wajong en werk',
      type: 'webinar',
      description: 'Jongeren met een beperking aan het werk helpen.',
      startsAtLocal: '2027-03-30T19:00',
      endsAtLocal: '2027-03-30T20:30',
      signUpDeadlineLocal: undefined,
      online: true,
      onlineUrl: ONLINE_URL,
      province: null,
    })
  ).id
  ids.congress = (
    await createEvent(t, otherProvider, {
      title: 'Landelijk congres Werk en Inkomen',
      type: 'congress',
      description: 'Twee dagen over de uitvoering van de Participatiewet.',
      startsAtLocal: '2027-03-31T09:00',
      endsAtLocal: '2027-04-01T17:00',
      signUpDeadlineLocal: undefined,
      province: 'Noord-Holland',
      locationName: 'RAI Amsterdam',
      address: 'Europaplein 24, Amsterdam',
    })
  ).id
  ids.cancelled = (await createEvent(t, provider, { title: 'Geannuleerde lezing', signUpDeadlineLocal: undefined })).id
  await http.post(provider, `/organisations/${provider.organisationId}/events/${ids.cancelled}/cancellation`, {
    reason: 'Te weinig aanmeldingen.',
  })
  ids.lecture = (await createEvent(t, provider)).id // 28 March, Utrecht
})
afterAll(() => t.close())

const titles = async (query: string) => {
  const res = await http.get(null, `/events${query}`)
  expect(res.statusCode).toBe(200)
  return res.json().items.map((e: { title: string }) => e.title)
}

describe('the public agenda', () => {
  it('lists published events that have not ended, soonest first, without logging in', async () => {
    expect(await titles('')).toEqual([
      'Schuldhulpverlening: signaleren en doorverwijzen',
      'Armoede en schulden in de bijstand',
      'Webinar Wajong en werk',
      'Landelijk congres Werk en Inkomen',
    ])
  })

  it('filters on type, province, online, accredited, points and the period (Dutch days)', async () => {
    expect(await titles('?type=webinar')).toEqual(['Webinar Wajong en werk'])
    expect(await titles('?province=Overijssel')).toEqual(['Schuldhulpverlening: signaleren en doorverwijzen'])
    expect(await titles('?online=true')).toEqual(['Webinar Wajong en werk'])
    expect(await titles('?accredited=true')).toEqual(['Schuldhulpverlening: signaleren en doorverwijzen'])
    expect(await titles('?accredited=false&online=false')).toEqual([
      'Armoede en schulden in de bijstand',
      'Landelijk congres Werk en Inkomen',
    ])
    expect(await titles('?minPoints=4')).toHaveLength(1)
    expect(await titles('?minPoints=5')).toEqual([])
    expect(await titles('?from=2027-03-28&to=2027-03-30')).toEqual([
      'Armoede en schulden in de bijstand',
      'Webinar Wajong en werk',
    ])
    // the two-day congress runs on 1 April, so it is in a period that starts that day
    expect(await titles('?from=2027-04-01&to=2027-04-01')).toEqual(['Landelijk congres Werk en Inkomen'])
  })

  it('searches title and description in Dutch, also other word forms', async () => {
    expect(await titles('?q=schuld')).toEqual([
      'Schuldhulpverlening: signaleren en doorverwijzen',
      'Armoede en schulden in de bijstand',
    ])
    expect(await titles('?q=participatiewet')).toEqual(['Landelijk congres Werk en Inkomen'])
    expect(await titles('?q=jongeren beperking')).toEqual(['Webinar Wajong en werk'])
    expect(await titles('?q=onbekendwoord')).toEqual([])
  })

  it('pages with page and pageSize and a Link header', async () => {
    const res = await http.get(null, '/events?pageSize=2&page=2')
    expect(res.json()).toMatchObject({ page: 2, pageSize: 2, total: 4 })
    expect(res.json().items).toHaveLength(2)
    expect(res.headers.link).toContain('rel="prev"')
    expect(res.headers['x-total-count']).toBe('4')
  })

  it('answers bad filters with every invalid field', async () => {
    const res = await http.get(null, '/events?province=Brabant&from=2027-04-02&to=2027-04-01')
    expect(res.statusCode).toBe(400)
    expect(
      res
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['province', 'to'])
    expect(res.json().errors[0].in).toBe('query')
  })

  it('shows a month per day in Dutch time; an event of two days is on both days', async () => {
    const res = await http.get(null, '/event-months/2027-03')
    expect(res.statusCode).toBe(200)
    const days = res.json().days as { date: string; events: { title: string }[] }[]
    expect(days).toHaveLength(31)
    const on = (date: string) => days.find((d) => d.date === date)!.events.map((e) => e.title)
    expect(on('2027-03-10')).toEqual(['Schuldhulpverlening: signaleren en doorverwijzen'])
    expect(on('2027-03-31')).toEqual(['Landelijk congres Werk en Inkomen'])
    expect(on('2027-03-11')).toEqual([])
    const april = await http.get(null, '/event-months/2027-04?type=congress')
    expect(april.json().days[0].events.map((e: { title: string }) => e.title)).toEqual([
      'Landelijk congres Werk en Inkomen',
    ])
    expect((await http.get(null, '/event-months/2027-13')).statusCode).toBe(400)
  })

  it('shows one event, also a cancelled one with its reason; an unknown one is 404', async () => {
    const res = await http.get(null, `/events/${ids.cancelled}`)
    expect(res.json()).toMatchObject({ state: 'cancelled', cancelReason: 'Te weinig aanmeldingen.', signUpOpen: false })
    expect((await http.get(null, '/events/3f0c5a52-7d4e-4c1b-9a8e-000000000000')).statusCode).toBe(404)
  })

  it('never shows the online link in a public answer', async () => {
    const answers = [
      await http.get(null, '/events'),
      await http.get(null, '/events?online=true'),
      await http.get(null, `/events/${ids.webinar}`),
      await http.get(null, '/event-months/2027-03'),
      await http.get(null, `/events/${ids.webinar}/calendar`),
      await http.get(null, '/events/calendar'),
    ]
    for (const res of answers) {
      expect(res.statusCode).toBe(200)
      expect(res.body).not.toContain('meet.example.nl')
      expect(res.body).not.toContain('onlineUrl')
    }
    expect(
      (await http.get(otherProvider, `/organisations/${otherProvider.organisationId}/events/${ids.webinar}`)).json()
        .onlineUrl,
    ).toBe(ONLINE_URL)
  })
})

describe('the agenda in iCalendar', () => {
  it('gives one event as .ics: text/calendar, CRLF, UTC times', async () => {
    const res = await http.get(null, `/events/${ids.lecture}/calendar`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8')
    const lines = res.body.replace(/\r\n /g, '').split('\r\n')
    expect(lines).toContain(`UID:event-${ids.lecture}@localhost`)
    expect(lines).toContain('DTSTART:20270328T080000Z')
    expect(lines).toContain('DTEND:20270328T103000Z')
    expect(lines).toContain('LOCATION:Stadskantoor Utrecht\\, Stadsplateau 1\\, 3521 AZ Utrecht')
  })

  it('gives the whole agenda as a feed, with the same filters; a cancelled event as CANCELLED', async () => {
    const all = await http.get(null, '/events/calendar')
    expect(all.body.match(/BEGIN:VEVENT/g)).toHaveLength(4)
    const online = await http.get(null, '/events/calendar?online=true')
    expect(online.body.match(/BEGIN:VEVENT/g)).toHaveLength(1)
    const cancelled = await http.get(null, `/events/${ids.cancelled}/calendar`)
    expect(cancelled.body).toContain('STATUS:CANCELLED')
  })
})
