import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs, mailsTo } from '../../../test/auth.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { sendEventReminders } from './events.reminders.ts'
import { eventSignUps } from './events.tables.ts'
import { api, createEvent, moveClock, ONLINE_URL } from './events.test-fixtures.ts'
import { expireOffers } from './events.waiting-list.ts'

let t: TestApp
let provider: LoggedIn
let otherProvider: LoggedIn
let anna: LoggedIn
let bram: LoggedIn
let chris: LoggedIn
let http: ReturnType<typeof api>
const START = new Date('2027-03-01T10:00:00Z')

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = START
  http = api(t)
  provider = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.100' })
  otherProvider = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.101' })
  anna = await loginAs(t, 'professional', {
    givenName: 'Anna',
    familyName: 'de Vries',
    remoteAddress: '198.51.100.102',
  })
  bram = await loginAs(t, 'professional', { givenName: 'Bram', familyName: 'Jansen', remoteAddress: '198.51.100.103' })
  chris = await loginAs(t, 'professional', {
    givenName: 'Chris',
    familyName: 'Bakker',
    remoteAddress: '198.51.100.104',
  })
})
afterAll(() => t.close())

const signUp = (who: LoggedIn, eventId: string) => http.post(who, `/events/${eventId}/sign-ups`)
/** The last mail of this kind to this person (the clock moves back and forth, so by kind rather than time). */
const lastMail = async (who: LoggedIn, template: string) =>
  (await mailsTo(t, who.email)).filter((m) => m.template === template).at(-1)
const linkIn = (text: string) => /\/agenda\/aanmeldingen\/([0-9a-f-]{36})\/bevestigen/.exec(text)?.[1]

describe('signing up, the waiting list and an offered place', () => {
  let eventId: string
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    eventId = (
      await createEvent(t, provider, {
        capacity: 1,
        online: true,
        onlineUrl: ONLINE_URL,
        province: null,
        type: 'webinar',
      })
    ).id
  })

  it('a logged-in person gets the place; the next one waits; only the one with a place sees the online link', async () => {
    expect((await signUp(anna, eventId)).statusCode).toBe(201)
    const first = (await http.get(anna, '/me/event-sign-ups')).json().items[0]
    expect(first).toMatchObject({
      state: 'confirmed',
      position: null,
      onlineUrl: ONLINE_URL,
      checkedInAt: null,
      event: { id: eventId },
    })
    ids.anna = first.id
    const second = await signUp(bram, eventId)
    expect(second.json()).toMatchObject({ state: 'waiting', position: 1, onlineUrl: null })
    ids.bram = second.json().id
    expect(second.body).not.toContain('meet.example.nl')
    const third = await signUp(chris, eventId)
    expect(third.json()).toMatchObject({ state: 'waiting', position: 2 })
    ids.chris = third.json().id
    expect((await http.get(null, `/events/${eventId}`)).json()).toMatchObject({ placesLeft: 0, waitingCount: 2 })
  })

  it('needs a log-in, and someone else’s sign-up does not exist for you', async () => {
    expect((await signUp(null as never, eventId)).statusCode).toBe(401)
    expect((await http.get(bram, `/event-sign-ups/${ids.anna}`)).statusCode).toBe(404)
    expect((await http.post(bram, `/event-sign-ups/${ids.anna}/cancellation`)).statusCode).toBe(404)
    expect((await http.post(bram, `/event-sign-ups/${ids.anna}/confirmation`)).statusCode).toBe(404)
  })

  it('cancelling frees the place: the first on the waiting list gets a mail and 48 hours', async () => {
    const res = await http.post(anna, `/event-sign-ups/${ids.anna}/cancellation`)
    expect(res.statusCode).toBe(200)
    expect(res.json().state).toBe('cancelled')
    const mail = await lastMail(bram, 'events.place-offered')
    expect(mail!.subject).toContain('Er is een plaats vrij voor jou')
    expect(linkIn(mail!.textBody)).toBe(ids.bram)
    const offered = (await http.get(bram, `/event-sign-ups/${ids.bram}`)).json()
    expect(offered).toMatchObject({ state: 'offered', onlineUrl: null })
    expect(offered.offerExpiresAt).toBe(new Date(START.getTime() + 48 * 3_600_000).toISOString())
    expect((await http.get(chris, `/event-sign-ups/${ids.chris}`)).json().position).toBe(1)
    // a newcomer does not jump the queue
    expect((await signUp(anna, eventId)).json()).toMatchObject({ state: 'waiting', position: 2 })
  })

  it('an offer not confirmed within 48 hours expires and goes to the next one', async () => {
    await moveClock(t, new Date(START.getTime() + 47 * 3_600_000))
    expect(await expireOffers(t.app.deps)).toEqual({ expired: 0, offered: 0 })
    await moveClock(t, new Date(START.getTime() + 48 * 3_600_000 + 60_000))
    expect(await expireOffers(t.app.deps)).toEqual({ expired: 1, offered: 1 })
    expect(await expireOffers(t.app.deps)).toEqual({ expired: 0, offered: 0 }) // never twice
    const late = await http.post(bram, `/event-sign-ups/${ids.bram}/confirmation`)
    expect(late.statusCode).toBe(409)
    expect(late.json().detail).toContain('48 uur')
    expect((await http.get(bram, `/event-sign-ups/${ids.bram}`)).json().state).toBe('expired')
    expect(linkIn((await lastMail(chris, 'events.place-offered'))!.textBody)).toBe(ids.chris)
  })

  it('confirming the offer from the mail link gives the place (and the link)', async () => {
    const res = await http.post(chris, `/event-sign-ups/${ids.chris}/confirmation`)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ state: 'confirmed', onlineUrl: ONLINE_URL })
    expect((await http.post(chris, `/event-sign-ups/${ids.chris}/confirmation`)).statusCode).toBe(409)
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.objectId, ids.chris!), eq(auditEvents.result, 'success')))
    expect(audit.map((a) => a.action)).toEqual([
      'events.sign-up.created',
      'events.place.offered',
      'events.offer.confirmed',
    ])
  })

  it('a larger capacity offers the new place to the waiting list at once', async () => {
    const event = (await http.get(provider, `/organisations/${provider.organisationId}/events/${eventId}`)).json()
    const res = await http.put(provider, `/organisations/${provider.organisationId}/events/${eventId}`, {
      title: event.title,
      type: event.type,
      description: event.description,
      startsAtLocal: event.startsAtLocal,
      endsAtLocal: event.endsAtLocal,
      online: true,
      onlineUrl: ONLINE_URL,
      capacity: 2,
    })
    expect(res.statusCode).toBe(200)
    expect(res.json().placesTaken).toBe(2)
    const annaAgain = (await http.get(anna, '/me/event-sign-ups')).json().items[0]
    expect(annaAgain.state).toBe('offered')
    const lower = await http.put(provider, `/organisations/${provider.organisationId}/events/${eventId}`, {
      title: event.title,
      type: event.type,
      description: event.description,
      startsAtLocal: event.startsAtLocal,
      endsAtLocal: event.endsAtLocal,
      online: true,
      onlineUrl: ONLINE_URL,
      capacity: 1,
    })
    expect(lower.statusCode).toBe(400)
    expect(lower.json().errors[0]).toMatchObject({
      name: 'capacity',
      reason: 'Er zijn al 2 plaatsen bezet. Kies minstens 2 plaatsen.',
    })
  })

  it('after the deadline nobody signs up or cancels', async () => {
    await moveClock(t, new Date('2027-03-28T08:00:00Z'))
    const late = await signUp(bram, eventId)
    expect(late.statusCode).toBe(409)
    expect(late.json().detail).toBe('De aanmelddeadline is voorbij. Aanmelden of afmelden kan niet meer.')
    expect((await http.post(chris, `/event-sign-ups/${ids.chris}/cancellation`)).statusCode).toBe(409)
    await moveClock(t, START)
  })
})

describe('the reminder the day before', () => {
  it('mails everyone with a place once, with the event as .ics and the ticket code to say at the door', async () => {
    await moveClock(t, START)
    const event = await createEvent(t, provider, {
      title: 'Training motiverende gespreksvoering',
      type: 'training',
      startsAtLocal: '2027-03-10T09:30',
      endsAtLocal: '2027-03-10T16:00',
      signUpDeadlineLocal: undefined,
      capacity: 1,
    })
    const webinar = await createEvent(t, provider, {
      title: 'Webinar Participatiewet',
      type: 'webinar',
      online: true,
      onlineUrl: ONLINE_URL,
      province: null,
      startsAtLocal: '2027-03-10T19:30',
      endsAtLocal: '2027-03-10T21:00',
      signUpDeadlineLocal: undefined,
    })
    const confirmed = (await signUp(anna, event.id)).json()
    await signUp(bram, event.id) // waiting: no reminder
    await signUp(chris, webinar.id)
    await moveClock(t, new Date('2027-03-09T08:00:00Z')) // 09:00 the day before
    const before = (await mailsTo(t, bram.email)).length
    expect((await sendEventReminders(t.app.deps)).sent).toBe(2)
    expect((await sendEventReminders(t.app.deps)).sent).toBe(0)
    const mail = (await lastMail(anna, 'events.reminder'))!
    expect(mail.template).toBe('events.reminder')
    expect(mail.subject).toBe('Morgen: Training motiverende gespreksvoering')
    // the ticket made for the reminder is the one the ticket route then shows
    const ticket = await http.get(anna, `/event-sign-ups/${confirmed.id}/ticket`)
    expect(ticket.json().code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/)
    expect(mail.textBody).toContain(`Je ticketcode: ${ticket.json().code}. Lukt scannen niet?`)
    expect(mail.textBody).toContain(`Je ticket met de QR-code: ${t.app.deps.config.publicUrl}/mijn-aanmeldingen\n`)
    // online there is no door: the link to join, no ticket code
    const online = (await lastMail(chris, 'events.reminder'))!
    expect(online.subject).toBe('Morgen: Webinar Participatiewet')
    expect(online.textBody).toContain(`Online meedoen: ${ONLINE_URL}`)
    expect(online.textBody).not.toContain('ticketcode')
    expect(mail.attachments).toHaveLength(1)
    expect(mail.attachments![0]).toMatchObject({
      filename: 'bijeenkomst.ics',
      contentType: 'text/calendar; charset=utf-8',
    })
    expect(mail.attachments![0]!.content).toContain('DTSTART:20270310T083000Z')
    expect((await mailsTo(t, bram.email)).length).toBe(before)
    expect(confirmed.state).toBe('confirmed')
    await moveClock(t, START)
  })
})

describe('the personal calendar feed', () => {
  it('shows one’s own sign-ups at a secret link; a new link kills the old one', async () => {
    const first = await http.post(chris, '/me/calendar-feed')
    expect(first.statusCode).toBe(201)
    const url = new URL(first.json().url)
    const feed = await t.app.inject({ method: 'GET', url: url.pathname })
    expect(feed.statusCode).toBe(200)
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8')
    const unfolded = feed.body.replace(/\r\n /g, '')
    expect(unfolded).toContain(`Online meedoen: ${ONLINE_URL}`) // Chris has a confirmed place at the webinar
    expect(unfolded).toContain('STATUS:CONFIRMED')
    const second = await http.post(chris, '/me/calendar-feed')
    expect((await t.app.inject({ method: 'GET', url: url.pathname })).statusCode).toBe(404)
    expect((await t.app.inject({ method: 'GET', url: new URL(second.json().url).pathname })).statusCode).toBe(200)
    expect((await http.post(null as never, '/me/calendar-feed')).statusCode).toBe(401)
  })
})

describe('the organiser’s view', () => {
  let eventId: string
  const ours = () => `/organisations/${provider.organisationId}/events/${eventId}`

  beforeAll(async () => {
    await moveClock(t, START)
    eventId = (await createEvent(t, provider, { capacity: 1, signUpDeadlineLocal: undefined })).id
    await signUp(anna, eventId)
    await signUp(bram, eventId)
  })

  it('lists places, then the waiting list in order, with names; as CSV for Excel, times in Dutch time', async () => {
    const res = await http.get(provider, `${ours()}/sign-ups`)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ capacity: 1, placesTaken: 1 })
    expect(res.json().signUps).toEqual([
      expect.objectContaining({ name: 'Anna de Vries', state: 'confirmed', position: null, registrationNumber: null }),
      expect.objectContaining({ name: 'Bram Jansen', state: 'waiting', position: 1 }),
    ])
    expect(res.body).not.toContain(anna.email)
    const csv = await http.get(provider, `${ours()}/sign-ups`, { accept: 'text/csv' })
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8')
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe('Naam;Registratienummer;Stand;Plaats op wachtlijst;Aangemeld op;Aanwezig sinds;Aanwezigheid')
    // signed up at 10:00 UTC on 1 March 2027: winter time, so 11:00 in the Netherlands
    expect(lines[1]).toBe('Anna de Vries;;aangemeld;;2027-03-01 11:00;;')
    expect(lines[2]).toBe('Bram Jansen;;wachtlijst;1;2027-03-01 11:00;;')
  })

  it('mails everyone with a place (and the waiting list when asked); audited without the text', async () => {
    const bad = await http.post(provider, `${ours()}/mailings`, { subject: ' ', text: '' })
    expect(bad.json().errors.map((e: { name: string }) => e.name)).toEqual(['subject', 'text'])
    const res = await http.post(provider, `${ours()}/mailings`, {
      subject: 'Routebeschrijving',
      text: 'Parkeren kan in garage Jaarbeurs.',
    })
    expect(res.json()).toEqual({ recipients: 1 })
    expect((await lastMail(anna, 'events.organiser-message'))!.subject).toContain('Routebeschrijving')
    const all = await http.post(provider, `${ours()}/mailings`, {
      subject: 'Wachtlijst',
      text: 'Tekst',
      includeWaitingList: true,
    })
    expect(all.json()).toEqual({ recipients: 2 })
    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'events.sign-ups.mailed'), eq(auditEvents.result, 'success')))
    expect(JSON.stringify(audit!.details)).not.toContain('garage')
  })

  it('is for the organiser’s staff only', async () => {
    for (const who of [anna, otherProvider]) {
      expect((await http.get(who, `${ours()}/sign-ups`)).statusCode).toBe(403)
      expect((await http.post(who, `${ours()}/mailings`, { subject: 'x', text: 'y' })).statusCode).toBe(403)
    }
    expect((await http.get(null, `${ours()}/sign-ups`)).statusCode).toBe(401)
  })

  it('cancelling the event ends every sign-up and mails everyone the reason', async () => {
    const res = await http.post(provider, `${ours()}/cancellation`, { reason: 'De zaal is niet beschikbaar.' })
    expect(res.json()).toMatchObject({ state: 'cancelled', placesTaken: 0 })
    for (const who of [anna, bram])
      expect((await lastMail(who, 'events.event-cancelled'))!.textBody).toContain('De zaal is niet beschikbaar.')
    const rows = await t.database.db.select().from(eventSignUps).where(eq(eventSignUps.eventId, eventId))
    expect(rows.every((r) => r.state === 'cancelled' && r.endReason === 'event')).toBe(true)
    expect((await signUp(chris, eventId)).statusCode).toBe(409)
  })
})

describe('the organiser’s list after the check-in', () => {
  let eventId: string
  const ids: Record<string, string> = {}
  const ours = () => `/organisations/${provider.organisationId}/events/${eventId}`
  const csvRows = async () =>
    (await http.get(provider, `${ours()}/sign-ups`, { accept: 'text/csv' })).body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1)

  beforeAll(async () => {
    await moveClock(t, START)
    // 28 March 2027, 10:00–12:30 Dutch time: summer time began that night, so 08:00–10:30 UTC
    eventId = (await createEvent(t, provider, { capacity: 2 })).id
    for (const [name, who] of [
      ['anna', anna],
      ['bram', bram],
      ['chris', chris],
    ] as const)
      ids[name] = (await signUp(who, eventId)).json().id
    await moveClock(t, new Date('2027-03-28T08:05:00Z'))
    expect((await http.post(provider, `${ours()}/check-ins`, { signUpId: ids.anna })).statusCode).toBe(201)
    const bramIn = await http.post(provider, `${ours()}/check-ins`, { signUpId: ids.bram })
    const undo = await http.post(provider, `${ours()}/check-ins/${bramIn.json().id}/undo`, {
      reason: 'Verkeerde persoon aangevinkt.',
    })
    expect(undo.statusCode).toBe(200)
  })
  afterAll(() => moveClock(t, START))

  it('the CSV gives the check-in time in Dutch time; nobody is a no-show before the end', async () => {
    const [annaRow, bramRow, chrisRow] = await csvRows()
    expect(annaRow).toBe('Anna de Vries;;aangemeld;;2027-03-01 11:00;2027-03-28 10:05;aanwezig')
    expect(bramRow).toBe('Bram Jansen;;aangemeld;;2027-03-01 11:00;;') // the undone check-in does not count
    expect(chrisRow).toBe('Chris Bakker;;wachtlijst;1;2027-03-01 11:00;;')
  })

  it('after the end a place without a standing check-in is a no-show, in the CSV and in the list', async () => {
    await moveClock(t, new Date('2027-03-28T10:31:00Z'))
    const [annaRow, bramRow, chrisRow] = await csvRows()
    expect(annaRow).toMatch(/;2027-03-28 10:05;aanwezig$/)
    expect(bramRow).toMatch(/^Bram Jansen;;aangemeld;;[^;]+;;niet gekomen$/)
    expect(chrisRow).toMatch(/^Chris Bakker;;wachtlijst;1;[^;]+;;$/) // who waited had no place to miss
    const list = (await http.get(provider, `${ours()}/sign-ups`)).json()
    expect(list.signUps).toEqual([
      expect.objectContaining({ id: ids.anna, checkedInAt: '2027-03-28T08:05:00.000Z', noShow: false }),
      expect.objectContaining({ id: ids.bram, checkedInAt: null, noShow: true }),
      expect.objectContaining({ id: ids.chris, checkedInAt: null, noShow: false }),
    ])
  })

  it('one’s own sign-ups say when one was checked in; an undone check-in does not count', async () => {
    const mine = async (who: LoggedIn) =>
      (await http.get(who, '/me/event-sign-ups?active=false'))
        .json()
        .items.find((i: { event: { id: string } }) => i.event.id === eventId)
    expect(await mine(anna)).toMatchObject({
      id: ids.anna,
      state: 'confirmed',
      checkedInAt: '2027-03-28T08:05:00.000Z',
    })
    expect(await mine(bram)).toMatchObject({ id: ids.bram, state: 'confirmed', checkedInAt: null })
    expect(await mine(chris)).toMatchObject({ id: ids.chris, state: 'waiting', checkedInAt: null })
    expect((await http.get(anna, `/event-sign-ups/${ids.anna}`)).json().checkedInAt).toBe('2027-03-28T08:05:00.000Z')
    expect((await http.get(bram, `/event-sign-ups/${ids.bram}`)).json().checkedInAt).toBeNull()
  })
})
