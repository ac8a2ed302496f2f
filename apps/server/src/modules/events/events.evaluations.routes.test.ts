import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { eventEvaluationSubmissions, eventEvaluations } from './events.evaluations.tables.ts'
import { api, createEvent, manyPeople, moveClock } from './events.test-fixtures.ts'

// The evaluation after an event: once per person who was checked in, from the end until 30 days after it; the
// organiser sees only the aggregate (nothing below 3 answers), and no answer can be traced to a person.

let t: TestApp
let http: ReturnType<typeof api>
let provider: LoggedIn
let otherProvider: LoggedIn
let registrar: LoggedIn
let outsider: LoggedIn // signed up, never checked in
let eventId: string
type Person = { userId: string; email: string; headers: Record<string, string> }
let people: Person[] // checked in
const STARTS = new Date('2027-03-28T08:00:00Z')
const ENDS = new Date('2027-03-28T10:30:00Z')
const DAY = 24 * 60 * 60_000

const evaluate = (who: { headers: Record<string, string> } | null, payload: object, event = eventId) =>
  t.app.inject({ method: 'POST', url: `/api/v1/events/${event}/evaluations`, headers: who?.headers ?? {}, payload })
const summary = (who: LoggedIn | null, organisationId = provider.organisationId) =>
  http.get(who, `/organisations/${organisationId}/events/${eventId}/evaluation-summary`)
const answers = (n: number, comment = '') => ({ contentScore: n, speakerScore: 5, usefulnessScore: 4, comment })

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2027-03-01T10:00:00Z')
  http = api(t)
  provider = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.160' })
  otherProvider = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.161' })
  registrar = await loginAs(t, 'register_office', { remoteAddress: '198.51.100.162' })
  outsider = await loginAs(t, 'professional', { remoteAddress: '198.51.100.163' })
  eventId = (await createEvent(t, provider)).id
  people = await manyPeople(t, 5, 'evaluatie')
  const signUps: string[] = []
  for (const who of people) {
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/events/${eventId}/sign-ups`, headers: who.headers })
    expect(res.statusCode).toBe(201)
    signUps.push(res.json().id)
  }
  expect((await http.post(outsider, `/events/${eventId}/sign-ups`)).statusCode).toBe(201)
  await moveClock(t, new Date(STARTS.getTime() - 30 * 60_000))
  for (const signUpId of signUps) {
    const res = await http.post(provider, `/organisations/${provider.organisationId}/events/${eventId}/check-ins`, {
      signUpId,
    })
    expect(res.statusCode).toBe(201)
  }
})
afterAll(() => t.close())

describe('who may evaluate, and when', () => {
  it('not during the event: a Dutch 409 with the moment it opens', async () => {
    const res = await evaluate(people[0]!, answers(4))
    expect(res.statusCode).toBe(409)
    expect(res.json().detail).toBe('Je kunt deze bijeenkomst beoordelen na afloop, vanaf 28-3-2027 12:30.')
  })

  it('nobody logged in 401; someone who was not checked in, the organiser and the register office 403', async () => {
    await moveClock(t, new Date(ENDS.getTime() + 60_000))
    expect((await evaluate(null, answers(4))).statusCode).toBe(401)
    for (const who of [outsider, provider, registrar]) {
      const res = await evaluate(who, answers(4))
      expect(res.statusCode).toBe(403)
      expect(res.json().detail).toBe(
        'Alleen wie bij deze bijeenkomst was (aangemeld bij binnenkomst) kan hem beoordelen.',
      )
    }
    expect((await evaluate(people[0]!, answers(4), '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404)
  })

  it('refuses scores outside 1–5 and a comment over 2,000 characters, listing every field', async () => {
    const res = await evaluate(people[0]!, {
      contentScore: 0,
      speakerScore: 6,
      usefulnessScore: 2.5,
      comment: 'x'.repeat(2001),
    })
    expect(res.statusCode).toBe(400)
    const names = res
      .json()
      .errors.map((e: { name: string }) => e.name)
      .sort()
    expect(names).toEqual(['comment', 'contentScore', 'speakerScore', 'usefulnessScore'])
    expect(await t.database.db.select().from(eventEvaluations)).toHaveLength(0)
  })

  it('my-evaluation tells a participant they can evaluate now', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/events/${eventId}/my-evaluation`,
      headers: { cookie: people[0]!.headers.cookie! },
    })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({
      eventId,
      attended: true,
      submitted: false,
      canSubmit: true,
      opensAt: ENDS.toISOString(),
      closesAt: new Date(ENDS.getTime() + 30 * DAY).toISOString(),
    })
    expect((await http.get(outsider, `/events/${eventId}/my-evaluation`)).json()).toMatchObject({
      attended: false,
      canSubmit: false,
    })
  })
})

describe('once per participant', () => {
  it('two simultaneous submissions of one person store one evaluation; the other gets a Dutch 409', async () => {
    // The same answers twice (a double click): which one wins must not matter for the summary below.
    const [a, b] = await Promise.all([
      evaluate(people[0]!, answers(5, 'Heel goed')),
      evaluate(people[0]!, answers(5, 'Heel goed')),
    ])
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409])
    const refused = a.statusCode === 409 ? a : b
    expect(refused.json().detail).toBe('Je hebt deze bijeenkomst al beoordeeld. Dat kan maar één keer.')
    expect(await t.database.db.select().from(eventEvaluations)).toHaveLength(1)
    expect(await t.database.db.select().from(eventEvaluationSubmissions)).toHaveLength(1)
  })

  it('a second submission later is refused too and changes nothing', async () => {
    const res = await evaluate(people[0]!, answers(2))
    expect(res.statusCode).toBe(409)
    expect(await t.database.db.select().from(eventEvaluations)).toHaveLength(1)
  })

  it('the audit trail says that someone evaluated, never what they answered', async () => {
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'events.evaluation.submitted'))
    const success = audit.filter((a) => a.result === 'success')
    expect(success).toHaveLength(1)
    expect(JSON.stringify(success[0]!.details ?? {})).not.toContain('Heel goed')
  })
})

describe('the organiser’s summary', () => {
  it('only provider staff of the organiser: 401, 403 for a participant, another provider and the register office', async () => {
    expect((await summary(null)).statusCode).toBe(401)
    for (const who of [outsider, otherProvider, registrar]) expect((await summary(who)).statusCode).toBe(403)
    expect((await summary(otherProvider, otherProvider.organisationId)).statusCode).toBe(404)
  })

  it('shows nothing, not even the number, with fewer than 3 answers', async () => {
    expect((await evaluate(people[1]!, answers(3, 'Te kort'))).statusCode).toBe(201)
    const res = await summary(provider)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({
      eventId,
      enoughResponses: false,
      minimumResponses: 3,
      responseCount: null,
      questions: [],
      comments: [],
    })
  })

  it('from 3 answers: averages, distributions and comments, with no user, sign-up or answer id anywhere', async () => {
    expect((await evaluate(people[2]!, answers(4, 'Bruikbare voorbeelden'))).statusCode).toBe(201)
    const res = await summary(provider)
    const body = res.json()
    expect(body).toMatchObject({ enoughResponses: true, responseCount: 3 })
    expect(body.questions.find((q: { question: string }) => q.question === 'content')).toEqual({
      question: 'content',
      average: 4,
      distribution: [
        { score: 1, count: 0 },
        { score: 2, count: 0 },
        { score: 3, count: 1 },
        { score: 4, count: 1 },
        { score: 5, count: 1 },
      ],
    })
    expect(body.comments).toEqual(['Bruikbare voorbeelden', 'Heel goed', 'Te kort'])
    const text = res.body
    for (const who of people) {
      expect(text).not.toContain(who.userId)
      expect(text).not.toContain(who.email)
    }
    const rows = await t.database.db.select().from(eventEvaluations)
    for (const row of rows) expect(text).not.toContain(row.id)
    expect(text).not.toMatch(/userId|signUpId|submittedAt/)
  })

  it('the stored answers have no column that links them to a person or a moment', async () => {
    const [row] = await t.database.db.select().from(eventEvaluations).limit(1)
    expect(Object.keys(row!).sort()).toEqual([
      'comment',
      'contentScore',
      'eventId',
      'id',
      'speakerScore',
      'usefulnessScore',
    ])
    const [submission] = await t.database.db.select().from(eventEvaluationSubmissions).limit(1)
    expect(Object.keys(submission!).sort()).toEqual(['eventId', 'userId'])
  })
})

describe('the end of the window', () => {
  it('30 days after the end it still works; a moment later a Dutch 409', async () => {
    await moveClock(t, new Date(ENDS.getTime() + 30 * DAY))
    expect((await evaluate(people[3]!, answers(4))).statusCode).toBe(201)
    await moveClock(t, new Date(ENDS.getTime() + 30 * DAY + 1000))
    const res = await evaluate(people[4]!, answers(4))
    expect(res.statusCode).toBe(409)
    expect(res.json().detail).toBe('Beoordelen kon tot 27-4-2027 12:30 (30 dagen na afloop). Dat is voorbij.')
  })
})
