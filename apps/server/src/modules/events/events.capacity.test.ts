import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { loginAs } from '../../../test/auth.ts'
import { eventSignUps, events } from './events.tables.ts'
import { createEvent, manyPeople } from './events.test-fixtures.ts'

// The acceptance test of issue 5: 200 simultaneous sign-ups for 50 places give exactly 50 places and a waiting
// list of 150 in order of arrival, on PGlite (one connection) and on PostgreSQL (a pool of connections).

let t: TestApp

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2027-03-01T10:00:00Z')
})
afterAll(() => t.close())

describe('capacity is enforced in the database', () => {
  it('200 simultaneous sign-ups for 50 places: 50 confirmed, 150 waiting at positions 1..150 in arrival order', async () => {
    const provider = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.90' })
    const event = await createEvent(t, provider, { capacity: 50 })
    const people = await manyPeople(t, 200)

    const answers = await Promise.all(
      people.map((p) =>
        t.app.inject({ method: 'POST', url: `/api/v1/events/${event.id}/sign-ups`, headers: p.headers }),
      ),
    )
    expect(answers.map((a) => a.statusCode)).toEqual(Array(200).fill(201))
    const bodies = answers.map((a) => a.json() as { id: string; state: string; position: number | null })
    expect(bodies.filter((b) => b.state === 'confirmed')).toHaveLength(50)
    expect(bodies.filter((b) => b.state === 'waiting')).toHaveLength(150)
    // each answer told a different place on the list: 1..150 without gaps
    const told = bodies.filter((b) => b.state === 'waiting').map((b) => b.position!)
    expect([...told].sort((a, b) => a - b)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1))

    const rows = await t.database.db
      .select()
      .from(eventSignUps)
      .where(eq(eventSignUps.eventId, event.id))
      .orderBy(eventSignUps.sequence)
    expect(rows).toHaveLength(200)
    expect(rows.map((r) => r.sequence)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1))
    // arrival order: the first 50 to get the lock have the places, everyone after waits in that order
    expect(rows.slice(0, 50).every((r) => r.state === 'confirmed')).toBe(true)
    expect(rows.slice(50).every((r) => r.state === 'waiting')).toBe(true)
    const positionById = new Map(bodies.map((b) => [b.id, b.position]))
    expect(rows.slice(50).map((r) => positionById.get(r.id))).toEqual(Array.from({ length: 150 }, (_, i) => i + 1))

    const [stored] = await t.database.db.select().from(events).where(eq(events.id, event.id))
    expect(stored).toMatchObject({ placesTaken: 50, lastSequence: 200, capacity: 50 })
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${provider.organisationId}/events/${event.id}/sign-ups`,
      headers: { cookie: provider.cookie },
    })
    const signUps = list.json().signUps as { state: string; position: number | null }[]
    expect(signUps.filter((s) => s.state === 'waiting').map((s) => s.position)).toEqual(
      Array.from({ length: 150 }, (_, i) => i + 1),
    )
  })

  it('the database itself refuses more places taken than the capacity', async () => {
    const provider = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.91' })
    const event = await createEvent(t, provider, { capacity: 2 })
    await expect(t.database.db.update(events).set({ placesTaken: 3 }).where(eq(events.id, event.id))).rejects.toThrow()
  })

  it('two simultaneous sign-ups of one person give one sign-up and a Dutch 409', async () => {
    const provider = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.92' })
    const event = await createEvent(t, provider, { capacity: 5 })
    const [person] = await manyPeople(t, 1, 'dubbel')
    const answers = await Promise.all(
      [1, 2, 3].map(() =>
        t.app.inject({ method: 'POST', url: `/api/v1/events/${event.id}/sign-ups`, headers: person!.headers }),
      ),
    )
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409])
    const refused = answers.find((a) => a.statusCode === 409)!
    expect(refused.headers['content-type']).toContain('application/problem+json')
    expect(refused.json().detail).toBe('Je bent al aangemeld voor deze bijeenkomst (of staat op de wachtlijst).')
    const rows = await t.database.db.select().from(eventSignUps).where(eq(eventSignUps.eventId, event.id))
    expect(rows).toHaveLength(1)
  })
})
