import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { createRun } from '../points/points.attendance.fixtures.ts'
import { attendances } from '../points/points.attendance.tables.ts'
import { ledgerOf } from '../points/points.ledger.ts'
import { addDemoNorm } from '../points/points.test-fixtures.ts'
import { createRegister, createRegistration } from '../register/register.test-fixtures.ts'
import { api, createEvent, moveClock } from './events.test-fixtures.ts'

// Check-in at the door by the organiser (QR token, typed code, the list), the points it books through the points
// module, corrections afterwards and no-shows. The event: 28 March 2027, 10:00–12:30 Dutch summer time (08:00–10:30 UTC).

let t: TestApp
let http: ReturnType<typeof api>
let provider: LoggedIn
let otherProvider: LoggedIn
let anna: LoggedIn // registered: gets points
let bram: LoggedIn // registered: checked in concurrently
let chris: LoggedIn // no registration
let dirk: LoggedIn // cancels before the deadline
let eva: LoggedIn // no-show, later checked in afterwards
let femke: LoggedIn // registered, already on the run's attendance list by the provider's form
let femkeRegistration: { id: string; registrationNumber: string | null }
let runId: string
let annaRegistrationId: string
let bramRegistrationId: string
let eventId: string
let otherEventId: string
const signUpOf: Record<string, string> = {}
const STARTS = new Date('2027-03-28T08:00:00Z')
const ENDS = new Date('2027-03-28T10:30:00Z')
const minutes = (n: number) => n * 60_000

const base = () => `/organisations/${provider.organisationId}/events/${eventId}`
const checkIn = (who: LoggedIn | null, payload: object, event = eventId) =>
  http.post(who, `/organisations/${provider.organisationId}/events/${event}/check-ins`, payload)
const ticketOf = async (who: LoggedIn, signUpId: string) => {
  const res = await http.get(who, `/event-sign-ups/${signUpId}/ticket`)
  expect(res.statusCode).toBe(200)
  return res.json() as { code: string; token: string; qrPayload: string; qrSvg: string; eventId: string }
}
const attendanceBookings = async (registrationId: string) =>
  (await ledgerOf(t.database.db, registrationId)).filter((e) => e.source === 'attendance')

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2027-03-01T10:00:00Z')
  http = api(t)
  provider = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.110' })
  otherProvider = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.111' })
  const person = (givenName: string, familyName: string, n: number) =>
    loginAs(t, 'professional', { givenName, familyName, remoteAddress: `198.51.100.${120 + n}` })
  anna = await person('Anna', 'de Vries', 1)
  bram = await person('Bram', 'Jansen', 2)
  chris = await person('Chris', 'Bakker', 3)
  dirk = await person('Dirk', 'Smit', 4)
  eva = await person('Eva', 'Mulder', 5)
  femke = await person('Femke', 'Visser', 6)
  const registerId = (await createRegister(t, 'CI')).id
  await addDemoNorm(t, registerId)
  annaRegistrationId = (await createRegistration(t, registerId, { userId: anna.userId, surname: 'de Vries' })).id
  bramRegistrationId = (await createRegistration(t, registerId, { userId: bram.userId, surname: 'Jansen' })).id
  femkeRegistration = await createRegistration(t, registerId, { userId: femke.userId, surname: 'Visser' })
  const { activity, run } = await createRun(t, provider.organisationId!, { points: 3, startsOn: '2027-03-28' })
  runId = run.id
  eventId = (await createEvent(t, provider, { activityId: activity.id, runId: run.id })).id
  otherEventId = (await createEvent(t, provider, { title: 'Een andere lezing' })).id
  for (const [name, who] of Object.entries({ anna, bram, chris, dirk, eva, femke })) {
    const res = await http.post(who, `/events/${eventId}/sign-ups`)
    expect(res.statusCode).toBe(201)
    signUpOf[name] = res.json().id
  }
  signUpOf.annaOther = (await http.post(anna, `/events/${otherEventId}/sign-ups`)).json().id
})
afterAll(() => t.close())

describe('the ticket', () => {
  it('a confirmed person gets a typable code, a signed token without personal data, its URL and a QR code', async () => {
    const ticket = await ticketOf(anna, signUpOf.anna!)
    expect(ticket.code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/)
    expect(ticket.qrPayload).toBe(`${t.config.publicUrl}/agenda/ticket?ticket=${ticket.token}`)
    expect(ticket.qrSvg.startsWith('<svg')).toBe(true)
    const [prefix, body, signature] = ticket.token.split('.')
    expect(prefix).toBe('t1')
    expect(signature).toHaveLength(43)
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString('utf8'))
    expect(claims).toEqual({ s: signUpOf.anna, e: eventId, v: 1 })
    for (const personal of [anna.email, 'Anna', 'Vries', anna.userId, annaRegistrationId])
      expect(Buffer.from(body!, 'base64url').toString('utf8')).not.toContain(personal)
    // Asking again gives the same ticket.
    expect((await ticketOf(anna, signUpOf.anna!)).code).toBe(ticket.code)
  })

  it('only the person themself sees it: someone else 404, nobody logged in 401', async () => {
    expect((await http.get(bram, `/event-sign-ups/${signUpOf.anna}/ticket`)).statusCode).toBe(404)
    expect((await http.get(provider, `/event-sign-ups/${signUpOf.anna}/ticket`)).statusCode).toBe(404)
    expect((await http.get(null, `/event-sign-ups/${signUpOf.anna}/ticket`)).statusCode).toBe(401)
  })
})

describe('who may check in', () => {
  it('only provider staff of the organiser: 401 without log-in, 403 for a professional or another provider', async () => {
    const routes = [
      () => checkIn(null, { signUpId: signUpOf.anna }),
      () => http.get(null, `${base()}/check-ins`),
      () => http.put(null, `${base()}/check-in-keyword`, {}),
    ]
    for (const call of routes) expect((await call()).statusCode).toBe(401)
    const office = await loginAs(t, 'register_office', { remoteAddress: '198.51.100.112' })
    for (const who of [anna, otherProvider, office]) {
      expect((await checkIn(who, { signUpId: signUpOf.anna })).statusCode).toBe(403)
      expect((await http.get(who, `${base()}/check-ins`)).statusCode).toBe(403)
      expect((await http.get(who, `${base()}/check-in-keyword`)).statusCode).toBe(403)
      expect((await http.put(who, `${base()}/check-in-keyword`, {})).statusCode).toBe(403)
      const undo = await http.post(who, `${base()}/check-ins/00000000-0000-4000-8000-000000000000/undo`, {
        reason: 'x',
      })
      expect(undo.statusCode).toBe(403)
    }
    const denied = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'events.check-in.created'))
    expect(denied.some((a) => a.result === 'denied')).toBe(true)
  })

  it('refuses a check-in before the doors open (2 hours before the start), in Dutch', async () => {
    const res = await checkIn(provider, { signUpId: signUpOf.anna })
    expect(res.statusCode).toBe(409)
    expect(res.json().detail).toBe('Aanmelden bij binnenkomst kan vanaf 28-3-2027 08:00 (2 uur voor het begin).')
  })
})

describe('checking in at the door', () => {
  let dirksTicket: { token: string; code: string }

  beforeAll(async () => {
    dirksTicket = await ticketOf(dirk, signUpOf.dirk!)
    const cancelled = await http.post(dirk, `/event-sign-ups/${signUpOf.dirk}/cancellation`)
    expect(cancelled.statusCode).toBe(200)
  })

  it('after cancelling, Dirk gets no ticket any more', async () => {
    const res = await http.get(dirk, `/event-sign-ups/${signUpOf.dirk}/ticket`)
    expect(res.statusCode).toBe(409)
    expect(res.json().detail).toBe('Je hebt (nog) geen plaats bij deze bijeenkomst, dus ook geen ticket.')
  })

  it('a scanned ticket of a registered professional checks her in and books the points in her dossier at once', async () => {
    await moveClock(t, new Date(STARTS.getTime() - minutes(30)))
    const { qrPayload } = await ticketOf(anna, signUpOf.anna!)
    const res = await checkIn(provider, { token: qrPayload })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      signUpId: signUpOf.anna,
      name: 'Anna de Vries',
      method: 'scan',
      late: false,
      points: { outcome: 'booked', points: 3, category: 'training' },
    })
    expect(res.json().points.message).toBe('De aanwezigheid en 3 PE-punten (scholing) zijn geboekt in het PE-dossier.')
    const entries = await attendanceBookings(annaRegistrationId)
    expect(entries).toHaveLength(1)
    const [attendance] = await t.database.db.select().from(attendances).where(eq(attendances.id, entries[0]!.sourceId))
    expect(attendance!.method).toBe('check-in')

    const dossier = await http.get(anna, `/registrations/${annaRegistrationId}/dossier`)
    expect(dossier.statusCode).toBe(200)
    const training = dossier.json().cycles[0].categories.find((c: { category: string }) => c.category === 'training')
    expect(training.earned).toBe(3)

    const again = await checkIn(provider, { token: qrPayload })
    expect(again.statusCode).toBe(200)
    expect(again.json().id).toBe(res.json().id)
    expect(await attendanceBookings(annaRegistrationId)).toHaveLength(1)
  })

  it('a ticket with one changed byte, a token of another event and a made-up token are refused in Dutch', async () => {
    const { token } = await ticketOf(anna, signUpOf.anna!)
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1)
    for (const tampered of [flip(token, 5), flip(token, token.length - 2), `${token}x`, 'onzin']) {
      const res = await checkIn(provider, { token: tampered })
      expect(res.statusCode).toBe(400)
      expect(res.json().errors).toEqual([expect.objectContaining({ name: 'token', code: 'signature' })])
      expect(res.json().errors[0].reason).toMatch(/^Dit ticket is ongeldig/)
    }
    const other = await ticketOf(anna, signUpOf.annaOther!)
    const res = await checkIn(provider, { token: other.token })
    expect(res.statusCode).toBe(409)
    expect(res.json().detail).toBe('Dit ticket hoort bij een andere bijeenkomst.')
  })

  it('simultaneous check-ins of one ticket give one check-in and one ledger booking', async () => {
    const { code } = await ticketOf(bram, signUpOf.bram!)
    const typed = code.toLowerCase().replace('-', ' ')
    const answers = await Promise.all(Array.from({ length: 6 }, () => checkIn(provider, { code: typed })))
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 201])
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1)
    expect(answers.find((a) => a.statusCode === 201)!.json().method).toBe('code')
    expect(await attendanceBookings(bramRegistrationId)).toHaveLength(1)
  })

  it('a person without a registration is checked in from the list, without points, and the answer says so', async () => {
    const res = await checkIn(provider, { signUpId: signUpOf.chris })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      method: 'list',
      registrationNumber: null,
      points: { outcome: 'no-registration' },
    })
    expect(res.json().points.message).toMatch(/geen PE-punten: deze persoon heeft geen registratie/)
  })

  it('refuses a cancelled sign-up, an unknown code, a malformed code and more than one way at once', async () => {
    for (const way of [{ token: dirksTicket.token }, { code: dirksTicket.code }, { signUpId: signUpOf.dirk }]) {
      const cancelled = await checkIn(provider, way)
      expect(cancelled.statusCode).toBe(409)
      expect(cancelled.json().detail).toBe('Deze aanmelding is afgemeld of vervallen. Het ticket is niet meer geldig.')
    }
    const unknown = await checkIn(provider, { code: 'ZZZZ-ZZZZ' })
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().detail).toBe('Er is geen ticket met deze code voor deze bijeenkomst.')
    const malformed = await checkIn(provider, { code: 'O0I1-ABCD' })
    expect(malformed.statusCode).toBe(400)
    expect(malformed.json().errors).toEqual([expect.objectContaining({ name: 'code', code: 'pattern' })])
    const both = await checkIn(provider, { code: 'ABCD-EFGH', signUpId: signUpOf.anna })
    expect(both.statusCode).toBe(400)
    expect(both.json().errors.map((e: { name: string }) => e.name)).toEqual(['token', 'code', 'signUpId'])
    expect((await checkIn(provider, {})).statusCode).toBe(400)
  })

  it('someone already on the run’s attendance list (the provider’s form) is checked in without a second booking', async () => {
    const form = await http.post(provider, `/runs/${runId}/manual-attendances`, {
      registrationNumber: femkeRegistration.registrationNumber,
    })
    expect(form.statusCode).toBe(201)
    const res = await checkIn(provider, { signUpId: signUpOf.femke })
    expect(res.statusCode).toBe(201)
    expect(res.json().points.outcome).toBe('already-present')
    expect(res.json().points.message).toMatch(/Er zijn geen punten dubbel geboekt/)
    expect(await attendanceBookings(femkeRegistration.id)).toHaveLength(1)
    // Undoing this check-in leaves the provider's attendance and its points alone.
    const undo = await http.post(provider, `${base()}/check-ins/${res.json().id}/undo`, {
      reason: 'Test van terugdraaien.',
    })
    expect(undo.statusCode).toBe(200)
    expect((await attendanceBookings(femkeRegistration.id)).map((e) => e.points)).toEqual([3])
    expect((await checkIn(provider, { signUpId: signUpOf.femke })).statusCode).toBe(201)
  })

  it('an event without an accredited run checks in without points', async () => {
    const res = await checkIn(provider, { signUpId: signUpOf.annaOther }, otherEventId)
    expect(res.statusCode).toBe(201)
    expect(res.json().points).toEqual({
      outcome: 'no-points',
      points: null,
      category: null,
      message: 'Aangemeld. Deze bijeenkomst levert geen PE-punten op.',
    })
  })

  it('the list shows who is checked in; during the event nobody is a no-show yet', async () => {
    const res = await http.get(provider, `${base()}/check-ins`)
    expect(res.statusCode).toBe(200)
    const list = res.json()
    expect(list).toMatchObject({ phase: 'live', confirmed: 5, checkedIn: 4, noShows: 0 })
    const byName = Object.fromEntries(list.items.map((i: { name: string }) => [i.name, i]))
    expect(Object.keys(byName).sort()).toEqual([
      'Anna de Vries',
      'Bram Jansen',
      'Chris Bakker',
      'Eva Mulder',
      'Femke Visser',
    ])
    expect(byName['Eva Mulder']).toMatchObject({ checkIn: null, noShow: false })
    expect(byName['Anna de Vries'].checkIn).toMatchObject({ method: 'scan', points: { outcome: 'booked' } })
  })
})

describe('after the event: no-shows and corrections', () => {
  it('confirmed sign-ups without a check-in are no-shows once the event has ended', async () => {
    await moveClock(t, new Date(ENDS.getTime() + minutes(60)))
    const list = (await http.get(provider, `${base()}/check-ins`)).json()
    expect(list).toMatchObject({ phase: 'correction', confirmed: 5, checkedIn: 4, noShows: 1 })
    const eva = list.items.find((i: { name: string }) => i.name === 'Eva Mulder')
    expect(eva).toMatchObject({ checkIn: null, noShow: true })
  })

  it('checking someone in afterwards needs a reason, is marked late and books the points', async () => {
    const without = await checkIn(provider, { signUpId: signUpOf.eva })
    expect(without.statusCode).toBe(400)
    expect(without.json().errors).toEqual([expect.objectContaining({ name: 'reason', code: 'required' })])
    const res = await checkIn(provider, { signUpId: signUpOf.eva, reason: 'Stond op de papieren presentielijst.' })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ late: true, reason: 'Stond op de papieren presentielijst.' })
    // Eva has no registration: checked in, no points.
    expect(res.json().points.outcome).toBe('no-registration')
    const list = (await http.get(provider, `${base()}/check-ins`)).json()
    expect(list).toMatchObject({ checkedIn: 5, noShows: 0 })
  })

  it('undoing a check-in needs a reason and withdraws the points with a reversing ledger entry', async () => {
    const list = (await http.get(provider, `${base()}/check-ins`)).json()
    const annaCheckIn = list.items.find((i: { signUpId: string }) => i.signUpId === signUpOf.anna).checkIn
    const url = `${base()}/check-ins/${annaCheckIn.id}/undo`
    const noReason = await http.post(provider, url, { reason: '  ' })
    expect(noReason.statusCode).toBe(400)
    expect(noReason.json().errors).toEqual([expect.objectContaining({ name: 'reason' })])

    const res = await http.post(provider, url, { reason: 'Verkeerde persoon gescand.' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ undoReason: 'Verkeerde persoon gescand.' })
    expect(res.json().undoneAt).not.toBeNull()
    const entries = await attendanceBookings(annaRegistrationId)
    expect(entries.map((e) => e.points)).toEqual([3, -3])
    expect(entries[1]!.reversesEntryId).toBe(entries[0]!.id)
    expect(entries[1]!.note).toBe('Verkeerde persoon gescand.')
    const [attendance] = await t.database.db.select().from(attendances).where(eq(attendances.id, entries[0]!.sourceId))
    expect(attendance!.withdrawnAt).not.toBeNull()
    const dossier = (await http.get(anna, `/registrations/${annaRegistrationId}/dossier`)).json()
    const training = dossier.cycles[0].categories.find((c: { category: string }) => c.category === 'training')
    expect(training.earned).toBe(0)
    const audit = (
      await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'events.check-in.undone'))
    ).filter((a) => a.result === 'success' && a.objectId === annaCheckIn.id)
    expect(audit).toHaveLength(1)
    expect(audit[0]!.details).toMatchObject({ reason: 'Verkeerde persoon gescand.', attendanceWithdrawn: true })

    const twice = await http.post(provider, url, { reason: 'Nog een keer.' })
    expect(twice.statusCode).toBe(409)
    expect(twice.json().detail).toBe('Deze aanmelding bij binnenkomst is al teruggedraaid.')
    expect(await attendanceBookings(annaRegistrationId)).toHaveLength(2)
  })

  it('checking her in again afterwards books the points anew; after 30 days nothing can be corrected', async () => {
    await moveClock(t, new Date(t.now.value.getTime() + minutes(5)))
    const again = await checkIn(provider, { signUpId: signUpOf.anna, reason: 'Was er toch, bleek uit de foto’s.' })
    expect(again.statusCode).toBe(201)
    expect(again.json().points.outcome).toBe('booked')
    expect((await attendanceBookings(annaRegistrationId)).map((e) => e.points)).toEqual([3, -3, 3])

    await moveClock(t, new Date(ENDS.getTime() + minutes(15) + 30 * 24 * 60 * 60_000 + 1))
    const late = await checkIn(provider, { signUpId: signUpOf.dirk, reason: 'Te laat.' })
    expect(late.statusCode).toBe(409) // cancelled anyway
    const undo = await http.post(provider, `${base()}/check-ins/${again.json().id}/undo`, { reason: 'Te laat.' })
    expect(undo.statusCode).toBe(409)
    expect(undo.json().detail).toMatch(/meer dan 30 dagen voorbij/)
    // An existing check-in is still answered as it is.
    expect((await checkIn(provider, { signUpId: signUpOf.anna })).statusCode).toBe(200)
  })
})
