import { and, eq, inArray } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs, mailsTo } from '../../../test/auth.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { eventAttendanceCredentials } from '../events/events.certificates.tables.ts'
import { eventCheckIns } from '../events/events.check-in.tables.ts'
import { eventEvaluationSubmissions, eventEvaluations } from '../events/events.evaluations.tables.ts'
import { calendarFeedTokens, eventReminders, eventSignUps, events } from '../events/events.tables.ts'
import { api, createEvent, moveClock } from '../events/events.test-fixtures.ts'
import { eventTickets } from '../events/events.tickets.tables.ts'

// The privacy module reaches the agenda (decision 010): the export lists one's sign-ups, ticket codes, check-ins,
// certificates, evaluated events and whether a calendar link exists; an erasure ends the sign-ups for events to
// come through the events module (under each event's lock, so the waiting list moves up) and keeps what the points
// and the audit trail need.

let t: TestApp
let http: ReturnType<typeof api>
let provider: LoggedIn
let office: LoggedIn
let lotte: LoggedIn // signs up everywhere, exports, and is erased
let bram: LoggedIn // waits behind Lotte for the one place
let cees: LoggedIn // has the place where Lotte waits
let pastEventId: string // 28 March 2027, 10:00–12:30 Dutch time: Lotte is checked in
let fullEventId: string // 10 June 2027, one place: Lotte has it, Bram waits
let waitEventId: string // 17 June 2027, one place: Cees has it, Lotte waits
const signUpOf: Record<string, string> = {}
let feedUrl: string
let ticketCode: string
let checkInId: string

const post = async (who: LoggedIn, url: string, payload?: object) => {
  const res = await http.post(who, url, payload)
  expect(res.statusCode, res.body).toBeLessThan(300)
  return res.json()
}

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2027-03-01T10:00:00Z')
  http = api(t)
  provider = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.140' })
  office = await loginAs(t, 'register_office', { remoteAddress: '198.51.100.141' })
  const person = (givenName: string, familyName: string, n: number) =>
    loginAs(t, 'professional', { givenName, familyName, remoteAddress: `198.51.100.${150 + n}` })
  lotte = await person('Lotte', 'Visser', 1)
  bram = await person('Bram', 'de Jong', 2)
  cees = await person('Cees', 'Prins', 3)

  pastEventId = (await createEvent(t, provider)).id
  const june = (day: number) => ({
    capacity: 1,
    startsAtLocal: `2027-06-${day}T10:00`,
    endsAtLocal: `2027-06-${day}T12:00`,
    signUpDeadlineLocal: `2027-06-${String(day - 1).padStart(2, '0')}T17:00`,
  })
  fullEventId = (await createEvent(t, provider, { title: 'Werken met statushouders', ...june(10) })).id
  waitEventId = (await createEvent(t, provider, { title: 'Intervisie voor jobcoaches', ...june(17) })).id
  signUpOf.past = (await post(lotte, `/events/${pastEventId}/sign-ups`)).id
  signUpOf.full = (await post(lotte, `/events/${fullEventId}/sign-ups`)).id
  signUpOf.bram = (await post(bram, `/events/${fullEventId}/sign-ups`)).id
  signUpOf.cees = (await post(cees, `/events/${waitEventId}/sign-ups`)).id
  signUpOf.wait = (await post(lotte, `/events/${waitEventId}/sign-ups`)).id
  feedUrl = (await post(lotte, '/me/calendar-feed')).url
  ticketCode = (await http.get(lotte, `/event-sign-ups/${signUpOf.past}/ticket`)).json().code
  expect((await http.get(lotte, `/event-sign-ups/${signUpOf.full}/ticket`)).statusCode).toBe(200)

  const db = t.database.db
  await db.insert(eventReminders).values({ signUpId: signUpOf.past!, sentAt: new Date('2027-03-27T08:00:00Z') })
  // At the door: checked in by the typed code (the event is not an accredited run, so no points).
  await moveClock(t, new Date('2027-03-28T07:45:00Z'))
  checkInId = (
    await post(provider, `/organisations/${provider.organisationId}/events/${pastEventId}/check-ins`, {
      code: ticketCode,
    })
  ).id
  // The certificate of attendance and the evaluation, as their services store them (decision 015).
  await db.insert(eventAttendanceCredentials).values({
    checkInId,
    credentialId: 'urn:uuid:5f0c6d0e-3c1a-4d55-9a57-0e9e5b7d1c11',
    document: { id: 'urn:uuid:5f0c6d0e-3c1a-4d55-9a57-0e9e5b7d1c11', credentialSubject: { hash: 'gezouten' } },
    issuedAt: new Date('2027-03-28T11:00:00Z'),
  })
  await db.insert(eventEvaluationSubmissions).values({ eventId: pastEventId, userId: lotte.userId })
  await db.insert(eventEvaluations).values({
    eventId: pastEventId,
    contentScore: 4,
    speakerScore: 5,
    usefulnessScore: 4,
    comment: 'Heel bruikbaar.',
  })
  await moveClock(t, new Date('2027-04-01T10:00:00Z'))
})
afterAll(() => t.close())

describe('the export includes the agenda', () => {
  it('lists sign-ups with event, state, times, ticket code, reminder, check-in and certificate; nothing more', async () => {
    const res = await http.get(lotte, '/me/personal-data')
    expect(res.statusCode).toBe(200)
    const data = res.json()
    const [past, full, wait] = data.agenda.signUps
    expect(data.agenda.signUps).toHaveLength(3)
    expect(past).toEqual({
      eventTitle: 'Armoede en schulden in de bijstand',
      organiserName: expect.any(String),
      eventStartsAt: '2027-03-28T08:00:00.000Z',
      eventEndsAt: '2027-03-28T10:30:00.000Z',
      online: false,
      eventState: 'published',
      state: 'confirmed',
      signedUpAt: '2027-03-01T10:00:00.000Z',
      confirmedAt: '2027-03-01T10:00:00.000Z',
      offeredAt: null,
      offerExpiresAt: null,
      endedAt: null,
      endReason: null,
      ticketCode,
      reminderSentAt: '2027-03-27T08:00:00.000Z',
      checkIns: [
        {
          method: 'code',
          checkedInAt: '2027-03-28T07:45:00.000Z',
          late: false,
          reason: '',
          pointsOutcome: 'no-points',
          undoneAt: null,
          undoReason: '',
          certificate: {
            credentialId: 'urn:uuid:5f0c6d0e-3c1a-4d55-9a57-0e9e5b7d1c11',
            issuedAt: '2027-03-28T11:00:00.000Z',
          },
        },
      ],
    })
    expect(full).toMatchObject({ eventTitle: 'Werken met statushouders', state: 'confirmed', checkIns: [] })
    expect(full.ticketCode).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/)
    expect(wait).toMatchObject({ eventTitle: 'Intervisie voor jobcoaches', state: 'waiting', ticketCode: null })
    expect(data.agenda.evaluations).toEqual([
      { eventTitle: 'Armoede en schulden in de bijstand', eventStartsAt: '2027-03-28T08:00:00.000Z' },
    ])
    expect(data.agenda.calendarFeed).toEqual({ createdAt: '2027-03-01T10:00:00.000Z' })

    // No token, no hash, no internal ids, nobody else, and not the evaluation's answers.
    const text = JSON.stringify(data.agenda)
    const token = feedUrl.split('/').at(-1)!
    const [feed] = await t.database.db.select().from(calendarFeedTokens)
    for (const secret of [token, feed!.tokenHash, checkInId, provider.userId, bram.userId, 'Heel bruikbaar'])
      expect(text).not.toContain(secret)
    for (const id of Object.values(signUpOf)) expect(text).not.toContain(id)
    for (const id of [pastEventId, fullEventId, waitEventId]) expect(text).not.toContain(id)
    const ticket = (await http.get(lotte, `/event-sign-ups/${signUpOf.full}/ticket`)).json()
    expect(JSON.stringify(data)).not.toContain(ticket.token)
  })

  it('the organiser’s export lists the events they published and how many people they checked in, no names', async () => {
    const agenda = (await http.get(provider, '/me/personal-data')).json().agenda
    expect(agenda.signUps).toEqual([])
    expect(agenda.publishedEvents.map((e: { title: string }) => e.title)).toEqual([
      'Armoede en schulden in de bijstand',
      'Werken met statushouders',
      'Intervisie voor jobcoaches',
    ])
    expect(agenda.publishedEvents[0]).toEqual({
      organisationName: expect.any(String),
      title: 'Armoede en schulden in de bijstand',
      startsAt: '2027-03-28T08:00:00.000Z',
      state: 'published',
      createdAt: '2027-03-01T10:00:00.000Z',
    })
    expect(agenda.checkInsDone).toEqual([
      { eventTitle: 'Armoede en schulden in de bijstand', eventStartsAt: '2027-03-28T08:00:00.000Z', checkIns: 1 },
    ])
    const text = JSON.stringify(agenda)
    for (const secret of ['Lotte', 'Visser', lotte.userId, lotte.email, ticketCode]) expect(text).not.toContain(secret)
  })

  it('someone else sees only their own sign-up and no calendar link', async () => {
    const agenda = (await http.get(bram, '/me/personal-data')).json().agenda
    expect(agenda.signUps).toEqual([
      expect.objectContaining({ eventTitle: 'Werken met statushouders', state: 'waiting' }),
    ])
    expect(agenda.evaluations).toEqual([])
    expect(agenda.calendarFeed).toBeNull()
    expect(agenda.publishedEvents).toEqual([])
    expect(agenda.checkInsDone).toEqual([])
  })
})

describe('an erasure and the agenda', () => {
  let checkInBefore: unknown
  let newcomer: LoggedIn

  beforeAll(async () => {
    const db = t.database.db
    ;[checkInBefore] = await db.select().from(eventCheckIns).where(eq(eventCheckIns.id, checkInId))
    newcomer = await loginAs(t, 'professional', { remoteAddress: '198.51.100.160' })
    const request = await post(lotte, '/me/data-requests', { kind: 'erasure', details: '' })
    // The erasure and a newcomer's sign-up for the full event at the same moment: both lock the event.
    const [decision, signUp] = await Promise.all([
      http.post(office, `/data-requests/${request.id}/decision`, {
        decision: 'completed',
        resolution: 'Je gegevens zijn gewist.',
      }),
      http.post(newcomer, `/events/${fullEventId}/sign-ups`),
    ])
    expect(decision.statusCode, decision.body).toBe(200)
    expect(signUp.statusCode, signUp.body).toBe(201)
  })

  it('ends the sign-ups for events to come and offers the freed place to the first in line', async () => {
    const db = t.database.db
    const rows = await db
      .select()
      .from(eventSignUps)
      .where(inArray(eventSignUps.eventId, [fullEventId, waitEventId]))
    const byId = new Map(rows.map((r) => [r.id, r]))
    expect(byId.get(signUpOf.full!)).toMatchObject({ state: 'cancelled', endReason: 'erased' })
    expect(byId.get(signUpOf.wait!)).toMatchObject({ state: 'cancelled', endReason: 'erased' })
    expect(byId.get(signUpOf.bram!)).toMatchObject({ state: 'offered' })
    expect(byId.get(signUpOf.cees!)).toMatchObject({ state: 'confirmed' })
    // Nobody jumps the queue and nothing is overbooked: the newcomer waits whichever request came first.
    const theNewcomer = rows.find((r) => r.userId === newcomer.userId)
    expect(theNewcomer).toMatchObject({ state: 'waiting' })
    const counts = await db
      .select({ id: events.id, placesTaken: events.placesTaken })
      .from(events)
      .where(inArray(events.id, [fullEventId, waitEventId]))
    expect(Object.fromEntries(counts.map((c) => [c.id, c.placesTaken]))).toEqual({
      [fullEventId]: 1,
      [waitEventId]: 1,
    })
    const offer = (await mailsTo(t, bram.email)).at(-1)
    expect(offer!.subject).toContain('Werken met statushouders')
    const audit = await db
      .select({ action: auditEvents.action, objectId: auditEvents.objectId, details: auditEvents.details })
      .from(auditEvents)
      .where(
        and(
          inArray(auditEvents.action, ['events.sign-up.cancelled', 'events.place.offered']),
          inArray(auditEvents.objectId, [signUpOf.full!, signUpOf.wait!, signUpOf.bram!]),
        ),
      )
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'events.sign-up.cancelled',
          objectId: signUpOf.full,
          details: { eventId: fullEventId, previousState: 'confirmed', reason: 'erasure' },
        }),
        expect.objectContaining({
          action: 'events.sign-up.cancelled',
          objectId: signUpOf.wait,
          details: { eventId: waitEventId, previousState: 'waiting', reason: 'erasure' },
        }),
        expect.objectContaining({ action: 'events.place.offered', objectId: signUpOf.bram }),
      ]),
    )
    const [erased] = await db
      .select({ details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'privacy.personal-data.erased'), eq(auditEvents.objectId, lotte.userId)))
    expect(erased!.details).toMatchObject({ eventSignUpsEnded: 2 })
  })

  it('keeps the past sign-up and its check-in; deletes the calendar link, tickets, reminders and who evaluated', async () => {
    const db = t.database.db
    const [past] = await db.select().from(eventSignUps).where(eq(eventSignUps.id, signUpOf.past!))
    expect(past).toMatchObject({ state: 'confirmed', endReason: null, userId: lotte.userId })
    const [checkIn] = await db.select().from(eventCheckIns).where(eq(eventCheckIns.id, checkInId))
    expect(checkIn).toEqual(checkInBefore)
    expect(await db.select().from(calendarFeedTokens).where(eq(calendarFeedTokens.userId, lotte.userId))).toEqual([])
    const own = Object.values(signUpOf)
    expect(await db.select().from(eventTickets).where(inArray(eventTickets.signUpId, own))).toEqual([])
    expect(await db.select().from(eventReminders).where(inArray(eventReminders.signUpId, own))).toEqual([])
    expect(
      await db.select().from(eventEvaluationSubmissions).where(eq(eventEvaluationSubmissions.userId, lotte.userId)),
    ).toEqual([])
    // The anonymous answers stay; the certificate keeps only its id (like a registration credential).
    expect(await db.select().from(eventEvaluations).where(eq(eventEvaluations.eventId, pastEventId))).toHaveLength(1)
    const [credential] = await db
      .select()
      .from(eventAttendanceCredentials)
      .where(eq(eventAttendanceCredentials.checkInId, checkInId))
    expect(credential!.document).toEqual({ id: 'urn:uuid:5f0c6d0e-3c1a-4d55-9a57-0e9e5b7d1c11', erased: true })
    // The secret feed link no longer answers.
    const feed = await t.app.inject({ method: 'GET', url: new URL(feedUrl).pathname })
    expect(feed.statusCode).toBe(404)
  })
})
