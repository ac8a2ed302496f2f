import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import type { ChangeListener } from '../../db/notifications.ts'
import { createRun } from '../points/points.attendance.fixtures.ts'
import { AgendaMemory } from './events.agenda.memory.ts'
import { agendaRange } from './events.agenda.service.ts'
import { presentPublicSummary } from './events.common.ts'
import * as repo from './events.repository.ts'
import { api, createEvent } from './events.test-fixtures.ts'
import { monthRange } from './events.time.ts'

// The agenda's list and month view come from memory (decision 016). These tests hold it to the database: the same
// answers as the SQL for many random filter combinations on 1,300 varied events; every change committed before a
// request shows in its answer (an event, a sign-up, an organiser's name, an activity's points); and proof that the
// answers do come from memory, while a search and a period in the past go to the database.

let t: TestApp
let http: ReturnType<typeof api>
let provider: LoggedIn
let other: LoggedIn
let anna: LoggedIn
const NOW = new Date('2027-03-01T10:00:00Z')
const TYPES = ['lecture', 'training', 'congress', 'service-delivery-day', 'webinar'] as const
const PROVINCES = ['Utrecht', 'Zuid-Holland', 'Noord-Holland', 'Gelderland', 'Limburg'] as const
const activityIds: string[] = []

/** A small deterministic random source, so a failure can be replayed. */
function seeded(seed: number) {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

type Page = { items: { id: string; title?: string }[]; total: number; totalCapped: boolean }
const ids = (items: { id: string }[]) => items.map((e) => e.id)

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = NOW
  http = api(t)
  provider = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.160' })
  other = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.161' })
  anna = await loginAs(t, 'professional', {
    givenName: 'Anna',
    familyName: 'de Vries',
    remoteAddress: '198.51.100.162',
  })
  for (const points of [1, 2.5, 4])
    activityIds.push((await createRun(t, provider.organisationId!, { points })).activity.id)
  activityIds.push((await createRun(t, provider.organisationId!, { state: 'submitted' })).activity.id)
  // 1,300 events of two organisers: every type, five provinces and online, a third linked to an activity (one of them
  // not accredited), 4 % cancelled, 2 % draft; from 20 days ago to 4 months ahead, an hour to 14 days long; many start
  // at the same moment (the order then goes by id).
  await t.database.db.execute(sql`
    insert into events (organisation_id, title, type, description, starts_at, ends_at, online, online_url,
                        location_name, address, province, capacity, sign_up_deadline, activity_id, state,
                        cancelled_at, cancel_reason, created_by_id)
    select case when g % 3 = 0 then ${other.organisationId}::uuid else ${provider.organisationId}::uuid end,
           'Bijeenkomst ' || g,
           (array['lecture','training','congress','service-delivery-day','webinar'])[1 + g % 5],
           'Over de praktijk van de klantmanager.',
           s, s + (case when g % 11 = 0 then (1 + g % 14) * interval '1 day' else (1 + g % 4) * interval '1 hour' end),
           g % 4 = 0, case when g % 4 = 0 then 'https://meet.example.nl/' || g else '' end,
           case when g % 4 = 0 then 'Online' else 'Stadskantoor' end, case when g % 4 = 0 then '' else 'Plein 1' end,
           case when g % 4 = 0 then null
                else (array['Utrecht','Zuid-Holland','Noord-Holland','Gelderland','Limburg'])[1 + (g / 4) % 5] end,
           30, s,
           case when g % 3 = 1 then (${sql.raw(`array['${activityIds.join("','")}']::uuid[]`)})[1 + (g / 3) % 4] end,
           case when g % 25 = 0 then 'cancelled' when g % 50 = 1 then 'draft' else 'published' end,
           case when g % 25 = 0 then ${NOW.toISOString()}::timestamptz end,
           case when g % 25 = 0 then 'Te weinig aanmeldingen.' else '' end,
           ${provider.userId}::uuid
      from generate_series(0, 1299) g,
           lateral (select ${NOW.toISOString()}::timestamptz - interval '20 days'
                           + ((g * 7919) % 1300) * interval '2 hours' + (g % 7) * interval '15 minutes' as s) x`)
})
afterAll(() => t.close())

describe('the agenda in memory answers as the database does', () => {
  it('gives the same page, total and order as the SQL for 150 random filter combinations', async () => {
    const random = seeded(16)
    const any = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
    const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000).toISOString().slice(0, 10)
    let compared = 0
    for (let n = 0; n < 150; n++) {
      const query: Record<string, string | number | boolean> = {}
      if (random() < 0.4) query.type = any(TYPES)
      if (random() < 0.3) query.province = any(PROVINCES)
      if (random() < 0.25) query.online = random() < 0.5
      if (random() < 0.3) query.accredited = random() < 0.6
      if (random() < 0.2) query.minPoints = any([1, 2, 2.5, 3, 4])
      if (random() < 0.15) query.organisationId = any([provider.organisationId!, other.organisationId!])
      if (random() < 0.4) query.from = days(Math.floor(random() * 60))
      if (random() < 0.3) query.to = days(60 + Math.floor(random() * 40))
      const pageSize = any([5, 20, 100])
      const page = any([1, 1, 2, 3, 11])
      const params = new URLSearchParams(
        Object.entries({ ...query, page, pageSize }).map(([k, v]) => [k, String(v)] as [string, string]),
      )
      const res = await http.get(null, `/events?${params}`)
      expect(res.statusCode, res.body).toBe(200)
      const fromMemory = res.json() as Page
      const fromSql = await repo.searchAgenda(
        t.database.db,
        query,
        agendaRange(query as { from?: string; to?: string }, NOW),
        page,
        pageSize,
      )
      expect({ query, page, pageSize, items: ids(fromMemory.items), total: fromMemory.total }).toEqual({
        query,
        page,
        pageSize,
        items: ids(fromSql.items),
        total: fromSql.total,
      })
      expect(fromMemory.totalCapped).toBe(fromSql.totalCapped)
      if (fromSql.items.length > 0) compared++
    }
    expect(compared).toBeGreaterThan(100)
  })

  it('counts up to 1,000 and pages past it like the SQL', async () => {
    const first = (await http.get(null, '/events?pageSize=5')).json() as Page
    expect(first).toMatchObject({ total: 1000, totalCapped: true })
    const far = (await http.get(null, '/events?pageSize=20&page=50')).json() as Page
    const sqlFar = await repo.searchAgenda(t.database.db, {}, agendaRange({}, NOW), 50, 20)
    expect(ids(far.items)).toEqual(ids(sqlFar.items))
    expect(far.items).toHaveLength(20)
    // An organiser without events: nothing, as in the SQL.
    const none = (await http.get(null, '/events?organisationId=00000000-0000-4000-8000-000000000000')).json() as Page
    expect(none).toMatchObject({ items: [], total: 0, totalCapped: false })
  })

  it('gives the same month views as the SQL', async () => {
    for (const [month, filters] of [
      ['2027-03', {}],
      ['2027-04', { type: 'training' }],
      ['2027-05', { online: true, accredited: true }],
      ['2027-06', { province: 'Utrecht' }],
    ] as const) {
      const res = await http.get(
        null,
        `/event-months/${month}?${new URLSearchParams(filters as Record<string, string>)}`,
      )
      expect(res.statusCode).toBe(200)
      const shown = new Set<string>(
        res.json().days.flatMap((d: { events: { id: string }[] }) => d.events.map((e) => e.id)),
      )
      const { from, to } = monthRange(month)
      const fromSql = await repo.eventsBetween(t.database.db, filters, from, to, 201)
      expect([...shown].sort()).toEqual(ids(fromSql.slice(0, 200)).sort())
      expect(res.json().truncated).toBe(fromSql.length > 200)
    }
  })
})

describe('a change committed before a request is in its answer', () => {
  it('a new event, a sign-up, a cancelled event, an organiser’s new name and an activity’s new points', async () => {
    const firstPage = async (query = '') => (await http.get(null, `/events?pageSize=100${query}`)).json() as Page
    const summaryOf = async (id: string, query = '') =>
      ((await firstPage(query)).items as { id: string; [key: string]: unknown }[]).find((e) => e.id === id)

    const created = await createEvent(t, provider, {
      title: 'Nu meteen in de agenda',
      startsAtLocal: '2027-03-01T12:00',
      endsAtLocal: '2027-03-01T13:00',
      signUpDeadlineLocal: '2027-03-01T11:30',
      capacity: 2,
      activityId: activityIds[0],
    })
    expect(await summaryOf(created.id)).toMatchObject({ title: 'Nu meteen in de agenda', placesLeft: 2 })

    expect((await http.post(anna, `/events/${created.id}/sign-ups`)).statusCode).toBe(201)
    expect(await summaryOf(created.id)).toMatchObject({ placesLeft: 1 })

    await t.database.db.execute(
      sql`update organisations set name = 'Hogeschool Nieuwe Naam' where id = ${provider.organisationId}`,
    )
    expect(await summaryOf(created.id)).toMatchObject({ organiser: { name: 'Hogeschool Nieuwe Naam' } })

    await t.database.db.execute(sql`update activities set points = 3.5 where id = ${activityIds[0]}`)
    expect(await summaryOf(created.id, '&minPoints=3.5')).toMatchObject({ accreditation: { points: 3.5 } })

    const cancel = await http.post(
      provider,
      `/organisations/${provider.organisationId}/events/${created.id}/cancellation`,
      {
        reason: 'De spreker is ziek.',
      },
    )
    expect(cancel.statusCode, cancel.body).toBe(200)
    expect(await summaryOf(created.id)).toBeUndefined()
  })
})

describe('presenting a kept row', () => {
  it('reuses what depends on the row only; whether sign-up is open follows the clock; a row that can change is fresh', async () => {
    const [row] = await repo.agendaRowsOf(t.database.db, { endsFrom: NOW })
    const kept = Object.freeze({ ...row! })
    const before = new Date(kept.signUpDeadline.getTime() - 1000)
    const after = new Date(kept.signUpDeadline.getTime() + 1000)
    expect(presentPublicSummary(kept, before)).toMatchObject({ id: kept.id, signUpOpen: true })
    expect(presentPublicSummary(kept, after)).toMatchObject({ id: kept.id, signUpOpen: false })
    const open = { ...row!, placesTaken: 0 }
    expect(presentPublicSummary(open, before).placesLeft).toBe(open.capacity)
    open.placesTaken = open.capacity
    expect(presentPublicSummary(open, before).placesLeft).toBe(0)
  })
})

describe('where the answers come from', () => {
  it('the list from memory; a search and a period in the past from the database', async () => {
    const target = (await http.get(null, '/events?pageSize=1')).json().items[0] as { id: string; title: string }
    // A change the database does not announce (triggers off for this transaction): memory cannot know it.
    await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`)
      await tx.execute(sql`update events set title = 'Stil veranderd' where id = ${target.id}`)
    })
    expect((await http.get(null, '/events?pageSize=1')).json().items[0]).toMatchObject({ title: target.title })
    const searched = (await http.get(null, '/events?q=veranderd')).json() as Page & { items: { title: string }[] }
    expect(searched.items.map((e) => e.title)).toEqual(['Stil veranderd'])
    const past = (await http.get(null, '/events?pageSize=100&from=2027-01-20')).json() as Page & {
      items: { id: string; title: string }[]
    }
    expect(past.items.find((e) => e.id === target.id)?.title).toBe('Stil veranderd')
    // Once the change is announced, memory has it too.
    await t.database.db.execute(sql`update events set title = title where id = ${target.id}`)
    expect((await http.get(null, '/events?pageSize=1')).json().items[0]).toMatchObject({ title: 'Stil veranderd' })
  })

  it('with the link to the database down, memory does not answer (the routes then ask the database)', async () => {
    const down: ChangeListener = { sync: () => Promise.reject(new Error('not listening')), close: async () => {} }
    const memory = new AgendaMemory(t.database.db, down)
    expect(await memory.page({}, agendaRange({}, NOW), 1, 20, NOW)).toBeNull()
    const up: ChangeListener = { sync: async () => {}, close: async () => {} }
    const working = new AgendaMemory(t.database.db, up)
    expect((await working.page({}, agendaRange({}, NOW), 1, 20, NOW))?.items).toHaveLength(20)
  })
})
