import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import { MONTH_LIMIT } from './events.agenda.service.ts'
import { AGENDA_COUNT_LIMIT } from './events.repository.ts'
import { api, createEvent, EVENT } from './events.test-fixtures.ts'

// The agenda's bounds for a large agenda: a count that stops at 1,000, a month view of at most 200 events, and the
// 14-day limit on an event that lets a list start its index scan two weeks back. Events are written straight into
// the table (past starts are not possible through the API).

let t: TestApp
let provider: LoggedIn
let http: ReturnType<typeof api>
const NOW = new Date('2027-03-01T10:00:00Z')

/** `count` lectures in Utrecht, one every `everyMinutes` from `from`, each an hour long. */
async function insertEvents(count: number, from: Date, everyMinutes: number, title = 'Lezing') {
  await t.database.db.execute(sql`
    insert into events (organisation_id, title, type, description, starts_at, ends_at, location_name, address,
                        province, capacity, sign_up_deadline, created_by_id)
    select ${provider.organisationId}::uuid, ${title} || ' ' || g, 'lecture', 'Een lezing.',
           ${from.toISOString()}::timestamptz + (g * ${everyMinutes}) * interval '1 minute',
           ${from.toISOString()}::timestamptz + (g * ${everyMinutes} + 60) * interval '1 minute',
           'Stadskantoor', 'Stadsplateau 1, Utrecht', 'Utrecht', 30,
           ${from.toISOString()}::timestamptz + (g * ${everyMinutes}) * interval '1 minute', ${provider.userId}::uuid
      from generate_series(0, ${count - 1}) g`)
}

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = NOW
  http = api(t)
  provider = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.90' })
  // 1,010 lectures from 2 March 2027, one every 40 minutes (about 36 a day, into April).
  await insertEvents(AGENDA_COUNT_LIMIT + 10, new Date('2027-03-02T08:00:00Z'), 40)
  // A congress that began 13 days ago and ends tomorrow, and a lecture that ended an hour ago.
  await t.database.db.execute(sql`
    insert into events (organisation_id, title, type, description, starts_at, ends_at, location_name, address,
                        province, capacity, sign_up_deadline, created_by_id)
    values (${provider.organisationId}::uuid, 'Lopend congres', 'congress', 'Al bezig.',
            ${new Date(NOW.getTime() - 13 * 86_400_000).toISOString()}::timestamptz,
            ${new Date(NOW.getTime() + 86_400_000).toISOString()}::timestamptz,
            'RAI', 'Europaplein 24, Amsterdam', 'Noord-Holland', 500,
            ${new Date(NOW.getTime() - 14 * 86_400_000).toISOString()}::timestamptz, ${provider.userId}::uuid),
           (${provider.organisationId}::uuid, 'Afgelopen lezing', 'lecture', 'Voorbij.',
            ${new Date(NOW.getTime() - 3 * 3_600_000).toISOString()}::timestamptz,
            ${new Date(NOW.getTime() - 3_600_000).toISOString()}::timestamptz,
            'Stadskantoor', 'Stadsplateau 1, Utrecht', 'Utrecht', 30,
            ${new Date(NOW.getTime() - 3 * 3_600_000).toISOString()}::timestamptz, ${provider.userId}::uuid)`)
})
afterAll(() => t.close())

describe('a large agenda', () => {
  it('counts up to 1,000 and then says there are more', async () => {
    const res = await http.get(null, '/events?pageSize=5')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ total: AGENDA_COUNT_LIMIT, totalCapped: true, page: 1, pageSize: 5 })
    expect(res.headers['x-total-count']).toBe(String(AGENDA_COUNT_LIMIT))
    // A filter that matches few counts exactly.
    const congress = await http.get(null, '/events?type=congress')
    expect(congress.json()).toMatchObject({ total: 1, totalCapped: false })
  })

  it('still lists an event that started up to 14 days ago and has not ended, first; not one that has ended', async () => {
    const { items } = (await http.get(null, '/events?pageSize=3')).json()
    expect(items.map((e: { title: string }) => e.title)).toEqual(['Lopend congres', 'Lezing 0', 'Lezing 1'])
    const search = (await http.get(null, '/events?q=lezing&pageSize=100')).json()
    expect(search.items.map((e: { title: string }) => e.title)).not.toContain('Afgelopen lezing')
  })

  it('shows at most 200 events in a month view and says it cut the rest off', async () => {
    const res = await http.get(null, '/event-months/2027-03')
    expect(res.statusCode).toBe(200)
    const month = res.json()
    expect(month.truncated).toBe(true)
    const shown = new Set(month.days.flatMap((d: { events: { id: string }[] }) => d.events.map((e) => e.id)))
    expect(shown.size).toBe(MONTH_LIMIT)
    // A month with few events is whole.
    const quiet = (await http.get(null, '/event-months/2027-03?type=congress')).json()
    expect(quiet.truncated).toBe(false)
  })
})

describe('the length of an event', () => {
  it('refuses more than 14 days with a Dutch message on the end field, and so does the table', async () => {
    const res = await http.post(provider, `/organisations/${provider.organisationId}/events`, {
      ...EVENT,
      startsAtLocal: '2027-04-01T09:00',
      endsAtLocal: '2027-04-16T17:00',
      signUpDeadlineLocal: undefined,
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors).toContainEqual(
      expect.objectContaining({
        name: 'endsAtLocal',
        reason: expect.stringMatching(/^Een bijeenkomst duurt hoogstens 14 dagen/),
      }),
    )
    // Exactly 14 days is allowed.
    await createEvent(t, provider, {
      startsAtLocal: '2027-04-01T09:00',
      endsAtLocal: '2027-04-15T09:00',
      signUpDeadlineLocal: undefined,
    })
    const refused = await t.database.db
      .execute(sql`update events set ends_at = starts_at + interval '15 days' where title = 'Lezing 0'`)
      .then(
        () => null,
        (error: Error) => error,
      )
    expect(String((refused?.cause as Error | undefined)?.message)).toMatch(/events_max_duration/)
  })
})
