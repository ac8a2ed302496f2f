import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs, mailsTo } from '../../../test/auth.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { systemContext } from '../../platform/auth/actor.ts'
import { sessions } from '../identity/identity.tables.ts'
import { changeStatus } from '../register/register.status.ts'
import { registrationCycles } from '../register/register.tables.ts'
import { createRegister, createRegistration } from '../register/register.test-fixtures.ts'
import { reregistrationRequests } from './points.reregistration.tables.ts'
import { MEETS_NORM, registrationWith, SHORT_OF_NORM } from './points.reregistration.test-fixtures.ts'

let t: TestApp
let professional: LoggedIn
let other: LoggedIn
let office: LoggedIn
let office2: LoggedIn
let provider: LoggedIn
const MISSING = '3f0c5a52-7d4e-4c1b-9a8e-000000000000'

beforeAll(async () => {
  t = await createTestApp()
  await at('2026-01-10')
  professional = await loginAs(t, 'professional', { remoteAddress: '198.51.100.60' })
  other = await loginAs(t, 'professional', { remoteAddress: '198.51.100.61' })
  office = await loginAs(t, 'register_office', { remoteAddress: '198.51.100.62' })
  office2 = await loginAs(t, 'register_office', { remoteAddress: '198.51.100.63' })
  provider = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.64' })
})
afterAll(() => t.close())

/**
 * Moves the clock to a Dutch day (10:00 UTC). Sessions end after 30 idle minutes of app time, so the test's
 * sessions are moved along with the clock.
 */
async function at(date: string) {
  t.now.value = new Date(`${date}T10:00:00Z`)
  await t.database.db.update(sessions).set({
    createdAt: t.now.value,
    lastSeenAt: t.now.value,
    expiresAt: new Date(t.now.value.getTime() + 12 * 3600_000),
  })
}
const headers = (who: LoggedIn | null) => who?.headers ?? {}
const get = (who: LoggedIn | null, url: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: headers(who) })
const post = (who: LoggedIn | null, url: string, payload?: object) =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: headers(who), payload })
const apply = (who: LoggedIn | null, registrationId: string, payload: object) =>
  post(who, `/registrations/${registrationId}/reregistration-requests`, payload)
const decide = (who: LoggedIn | null, requestId: string, payload: object) =>
  post(who, `/reregistration-requests/${requestId}/decisions`, payload)
const cyclesOf = (registrationId: string) =>
  t.database.db
    .select()
    .from(registrationCycles)
    .where(eq(registrationCycles.registrationId, registrationId))
    .orderBy(registrationCycles.number)
const requestsOf = (registrationId: string) =>
  t.database.db.select().from(reregistrationRequests).where(eq(reregistrationRequests.registrationId, registrationId))

describe('the preview: window and the norm check line by line', () => {
  it('shows per category and in total what is required, what counts and what is short', async () => {
    const reg = await registrationWith(t, professional.userId, '2021-03-01', SHORT_OF_NORM) // ends 2026-02-28
    const res = await get(professional, `/registrations/${reg.id}/reregistration-preview`)
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.cycle).toMatchObject({ number: 1, startDate: '2021-03-01', endDate: '2026-02-28' })
    expect(body.window).toEqual({ opensOn: '2025-12-06', closesOn: '2026-02-28', state: 'open' })
    expect(body.normCheck.lines).toEqual([
      { category: 'training', required: 60, earned: 70, counted: 70, maximum: null, ok: true, short: 0 },
      { category: 'reflection', required: 50, earned: 50, counted: 50, maximum: null, ok: true, short: 0 },
      { category: 'free-choice', required: 0, earned: 20, counted: 20, maximum: 60, ok: true, short: 0 },
      { category: 'total', required: 200, earned: 140, counted: 140, maximum: null, ok: false, short: 60 },
    ])
    expect(body.normCheck.meetsNorm).toBe(false)
    expect(body.allowedKinds).toEqual(['postponement', 'limited-term'])
    expect(body.refusal).toBeNull()
  })

  it('answers 401 without a session, 403 to other people, 404 for an unknown registration; the office may look', async () => {
    const reg = await registrationWith(t, professional.userId, '2021-03-01', MEETS_NORM)
    const url = `/registrations/${reg.id}/reregistration-preview`
    expect((await get(null, url)).statusCode).toBe(401)
    expect((await get(other, url)).statusCode).toBe(403)
    expect((await get(provider, url)).statusCode).toBe(403)
    expect((await get(office, url)).statusCode).toBe(200)
    const missing = await get(professional, `/registrations/${MISSING}/reregistration-preview`)
    expect(missing.statusCode).toBe(404)
    expect(missing.json().detail).toBe('Deze registratie bestaat niet.')
    expect((await get(professional, '/registrations/niet-een-id/reregistration-preview')).statusCode).toBe(400)
  })
})

describe('applying within the window of 12 weeks before the end', () => {
  it('refuses the day before the window opens with the opening date, accepts on the first and the last day, refuses after the end', async () => {
    const early = await registrationWith(t, professional.userId, '2021-03-01', MEETS_NORM)
    await at('2025-12-05')
    const before = await apply(professional, early.id, { kind: 'regular' })
    expect(before.statusCode).toBe(409)
    expect(before.json().detail).toBe(
      'Je kunt nog geen herregistratie aanvragen. Dat kan vanaf 6 december 2025 tot en met 28 februari 2026, het einde van je registratieperiode.',
    )
    const preview = (await get(professional, `/registrations/${early.id}/reregistration-preview`)).json()
    expect(preview).toMatchObject({ allowedKinds: [], window: { state: 'not-yet-open' } })
    expect(preview.refusal).toContain('6 december 2025')

    await at('2025-12-06')
    const first = await apply(professional, early.id, { kind: 'regular' })
    expect(first.statusCode).toBe(201)
    expect(first.json()).toMatchObject({ kind: 'regular', state: 'submitted', meetsNorm: true, cycleEnd: '2026-02-28' })
    expect(first.headers.location).toBe(`http://localhost:3000/api/v1/reregistration-requests/${first.json().id}`)

    const last = await registrationWith(t, professional.userId, '2021-03-01', MEETS_NORM)
    await at('2026-02-28')
    expect((await apply(professional, last.id, { kind: 'regular' })).statusCode).toBe(201)

    const late = await registrationWith(t, professional.userId, '2021-03-01', MEETS_NORM)
    await at('2026-03-01')
    const after = await apply(professional, late.id, { kind: 'regular' })
    expect(after.statusCode).toBe(409)
    expect(after.json().detail).toContain('op 28 februari 2026 geëindigd')
    expect(after.json().detail).toContain('6 december 2025')
    expect(await requestsOf(late.id)).toEqual([])
  })

  it('keeps the norm check in the request, audits it and mails a receipt', async () => {
    await at('2026-01-10')
    const reg = await registrationWith(t, professional.userId, '2021-03-01', MEETS_NORM)
    const res = await apply(professional, reg.id, { kind: 'regular', reason: 'Alles gehaald' })
    expect(res.statusCode).toBe(201)
    const [row] = await requestsOf(reg.id)
    expect(row!.normCheck).toMatchObject({
      meetsNorm: true,
      checkedOn: '2026-01-10',
      window: { opensOn: '2025-12-06' },
    })
    expect((row!.normCheck as { lines: unknown[] }).lines).toHaveLength(4)
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.objectId, row!.id))
    expect(audit.map((a) => a.action)).toEqual(['points.reregistration.requested'])
    const mails = (await mailsTo(t, professional.email)).filter((m) => m.template === 'points.reregistration-received')
    expect(mails.map((m) => m.subject)).toContain('We hebben je verzoek om herregistratie ontvangen')
  })

  it('refuses every invalid field at once in Dutch and stores nothing', async () => {
    await at('2026-01-10')
    const reg = await registrationWith(t, professional.userId, '2021-03-01', SHORT_OF_NORM)
    const cases: [object, string[]][] = [
      [{ kind: 'postponement' }, ['postponedUntil', 'reason']],
      [{ kind: 'postponement', reason: 'Ziek', postponedUntil: '2026-02-28' }, ['postponedUntil']],
      [{ kind: 'regular', postponedUntil: '2027-01-01', shiftYears: 2 }, ['postponedUntil', 'shiftYears']],
      [{ kind: 'limited-term' }, ['shiftYears']],
      [{ kind: 'limited-term', shiftYears: 5 }, ['shiftYears']],
      [{ kind: 'later', postponedUntil: 'morgen', extra: 1 }, ['extra', 'kind', 'postponedUntil']],
    ]
    for (const [payload, fields] of cases) {
      const res = await apply(professional, reg.id, payload)
      expect(res.statusCode, JSON.stringify(payload)).toBe(400)
      expect(res.headers['content-type']).toContain('application/problem+json')
      const names = res
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort()
      expect(names, JSON.stringify(payload)).toEqual(fields)
    }
    const postponement = await apply(professional, reg.id, {
      kind: 'postponement',
      reason: 'Ziek',
      postponedUntil: '2026-02-28',
    })
    expect(postponement.json().errors[0].reason).toBe(
      'De nieuwe einddatum moet na het einde van je registratieperiode (28 februari 2026) liggen.',
    )
    expect(await requestsOf(reg.id)).toEqual([])
  })

  it('refuses the wrong kind for the norm, a second open request, other people (403) and no session (401)', async () => {
    await at('2026-01-10')
    const short = await registrationWith(t, professional.userId, '2021-03-01', SHORT_OF_NORM)
    const regular = await apply(professional, short.id, { kind: 'regular' })
    expect(regular.statusCode).toBe(409)
    expect(regular.json().detail).toContain('Je voldoet nog niet aan de herregistratienorm')
    const meets = await registrationWith(t, professional.userId, '2021-03-01', MEETS_NORM)
    const postpone = await apply(professional, meets.id, {
      kind: 'postponement',
      reason: 'x',
      postponedUntil: '2026-08-31',
    })
    expect(postpone.statusCode).toBe(409)
    expect(postpone.json().detail).toBe('Je voldoet aan de herregistratienorm. Vraag gewone herregistratie aan.')

    expect((await apply(null, meets.id, { kind: 'regular' })).statusCode).toBe(401)
    expect((await apply(other, meets.id, { kind: 'regular' })).statusCode).toBe(403)
    expect((await apply(office, meets.id, { kind: 'regular' })).statusCode).toBe(403)
    expect((await apply(professional, MISSING, { kind: 'regular' })).statusCode).toBe(404)
    expect((await apply(professional, meets.id, { kind: 'regular' })).statusCode).toBe(201)
    const again = await apply(professional, meets.id, { kind: 'regular' })
    expect(again.statusCode).toBe(409)
    expect(again.json().detail).toBe('Er is al een verzoek dat wacht op een besluit van het registerbureau.')
    expect(await requestsOf(meets.id)).toHaveLength(1)
  })
})

describe('which registrations can re-register', () => {
  it('a suspended registration can apply (its cycle runs on); a lapsed one has no current cycle (409); no norm is a 409', async () => {
    await at('2026-01-10')
    const suspended = await registrationWith(t, professional.userId, '2021-03-01', MEETS_NORM)
    const lapsed = await registrationWith(t, professional.userId, '2021-03-01', MEETS_NORM)
    const ctx = systemContext('test')
    await t.database.db.transaction(async (tx) => {
      await changeStatus(tx, t.app.deps, ctx, suspended.id, {
        action: { type: 'suspend' },
        effectiveDate: '2026-01-01',
        reason: 'Contributie niet betaald',
        publicUntil: '2026-06-01',
      })
      await changeStatus(tx, t.app.deps, ctx, lapsed.id, {
        action: { type: 'lapse' },
        effectiveDate: '2026-01-01',
        reason: 'Test',
      })
    })
    expect((await apply(professional, suspended.id, { kind: 'regular' })).statusCode).toBe(201)
    const gone = await get(professional, `/registrations/${lapsed.id}/reregistration-preview`)
    expect(gone.statusCode).toBe(409)
    expect(gone.json().detail).toBe('Deze registratie heeft geen lopende registratieperiode.')

    const bare = await createRegister(t, 'ZZNO')
    const withoutNorm = await createRegistration(t, bare.id, { userId: professional.userId, approvedOn: '2021-03-01' })
    const noNorm = await apply(professional, withoutNorm.id, { kind: 'regular' })
    expect(noNorm.statusCode).toBe(409)
    expect(noNorm.json().detail).toContain('nog geen herregistratienorm')
  })
})

describe('the register office decides', () => {
  it('tells the web app through /me who may review re-registration requests', async () => {
    const me = async (who: LoggedIn) => (await get(who, '/me')).json().permissions.reviewReregistrations as boolean
    expect(await me(office)).toBe(true)
    expect(await me(professional)).toBe(false)
    expect(await me(provider)).toBe(false)
  })

  it('lists the queue only for the register office, oldest first, paged with a Link header', async () => {
    await at('2026-01-10')
    expect((await get(null, '/reregistration-requests')).statusCode).toBe(401)
    expect((await get(professional, '/reregistration-requests')).statusCode).toBe(403)
    expect((await get(provider, '/reregistration-requests')).statusCode).toBe(403)
    expect((await get(office, '/reregistration-requests?state=unknown')).statusCode).toBe(400)
    const res = await get(office, '/reregistration-requests?pageSize=2')
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.total).toBeGreaterThanOrEqual(3)
    expect(body.items).toHaveLength(2)
    expect(body.items[0].submittedAt <= body.items[1].submittedAt).toBe(true)
    expect(res.headers.link).toContain('rel="next"')
    const limited = await get(office, '/reregistration-requests?kind=limited-term')
    expect(limited.json().items.every((i: { kind: string }) => i.kind === 'limited-term')).toBe(true)
  })

  it('approving a regular re-registration starts the next cycle the day after the old end and mails the professional', async () => {
    await at('2026-01-10')
    const reg = await registrationWith(t, professional.userId, '2021-03-01', MEETS_NORM)
    const requestId = (await apply(professional, reg.id, { kind: 'regular' })).json().id

    const detail = await get(office, `/reregistration-requests/${requestId}`)
    expect(detail.statusCode).toBe(200)
    expect(detail.json()).toMatchObject({
      kind: 'regular',
      state: 'submitted',
      cycle: { number: 1, endDate: '2026-02-28' },
      normCheck: { meetsNorm: true, checkedOn: '2026-01-10' },
      currentCheck: { meetsNorm: true },
      permissions: { decide: true },
    })
    expect(detail.json().normCheck.lines.at(-1)).toMatchObject({
      category: 'total',
      required: 200,
      counted: 200,
      ok: true,
    })
    const own = await get(professional, `/reregistration-requests/${requestId}`)
    expect(own.statusCode).toBe(200)
    expect(own.json().permissions).toEqual({ decide: false })
    expect((await get(other, `/reregistration-requests/${requestId}`)).statusCode).toBe(403)
    expect((await get(null, `/reregistration-requests/${requestId}`)).statusCode).toBe(401)
    expect((await get(office, `/reregistration-requests/${MISSING}`)).statusCode).toBe(404)

    const res = await decide(office, requestId, { outcome: 'approved' })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      state: 'approved',
      cycle: { number: 2, startDate: '2026-03-01', endDate: '2031-02-28' },
    })
    const cycles = await cyclesOf(reg.id)
    expect(cycles).toHaveLength(2)
    expect(cycles[0]!.closedAt).not.toBeNull()
    expect(cycles[1]).toMatchObject({ number: 2, startDate: '2026-03-01', endDate: '2031-02-28', closedAt: null })
    const approvedMails = (await mailsTo(t, professional.email)).filter(
      (m) => m.template === 'points.reregistration-approved',
    )
    expect(approvedMails).toHaveLength(1)
    expect(approvedMails[0]!.subject).toBe('Je verzoek om herregistratie is goedgekeurd')
    expect(approvedMails[0]!.textBody).toContain('van 1 maart 2026 tot en met 28 februari 2031')
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.objectId, requestId))
      .orderBy(auditEvents.id)
    expect(audit.filter((a) => a.result === 'success').map((a) => a.action)).toEqual([
      'points.reregistration.requested',
      'points.reregistration.approved',
    ])
    const cycleAudit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.objectId, reg.id))
    expect(cycleAudit.map((a) => a.action)).toContain('register.cycle.renewed')

    const again = await decide(office2, requestId, { outcome: 'rejected', reason: 'Toch niet' })
    expect(again.statusCode).toBe(409)
    expect(again.json().detail).toBe('Over dit verzoek is al besloten.')
  })

  it('approved after the old end, the new cycle still starts the day after it', async () => {
    await at('2026-02-20')
    const reg = await registrationWith(t, professional.userId, '2021-03-01', MEETS_NORM)
    const requestId = (await apply(professional, reg.id, { kind: 'regular' })).json().id
    await at('2026-03-20')
    const res = await decide(office, requestId, { outcome: 'approved' })
    expect(res.statusCode).toBe(201)
    expect(res.json().cycle).toMatchObject({ startDate: '2026-03-01', endDate: '2031-02-28' })
  })

  it('of two simultaneous approvals one wins and the other gets a Dutch 409; one new cycle', async () => {
    await at('2026-01-10')
    const reg = await registrationWith(t, professional.userId, '2021-03-01', MEETS_NORM)
    const requestId = (await apply(professional, reg.id, { kind: 'regular' })).json().id
    const results = await Promise.all([
      decide(office, requestId, { outcome: 'approved' }),
      decide(office2, requestId, { outcome: 'approved' }),
    ])
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409])
    expect(results.find((r) => r.statusCode === 409)!.json().detail).toBe('Over dit verzoek is al besloten.')
    expect(await cyclesOf(reg.id)).toHaveLength(2)
  })

  it('a rejection needs a reason (400), is mailed with it; nobody decides on their own request (403)', async () => {
    await at('2026-01-10')
    const reg = await registrationWith(t, professional.userId, '2021-03-01', MEETS_NORM)
    const requestId = (await apply(professional, reg.id, { kind: 'regular' })).json().id
    const missing = await decide(office, requestId, { outcome: 'rejected', reason: ' ' })
    expect(missing.statusCode).toBe(400)
    expect(missing.json().errors).toEqual([expect.objectContaining({ name: 'reason', reason: 'Vul een reden in.' })])
    const invalid = await decide(office, requestId, { outcome: 'maybe' })
    expect(invalid.statusCode).toBe(400)
    expect((await decide(professional, requestId, { outcome: 'approved' })).statusCode).toBe(403)
    const denied = await t.database.db.select().from(auditEvents).where(eq(auditEvents.objectId, requestId))
    expect(denied).toContainEqual(
      expect.objectContaining({
        action: 'points.reregistration.approved',
        result: 'denied',
        actorId: professional.userId,
      }),
    )
    expect((await decide(null, requestId, { outcome: 'approved' })).statusCode).toBe(401)
    expect((await decide(office, MISSING, { outcome: 'approved' })).statusCode).toBe(404)
    expect((await requestsOf(reg.id))[0]!.state).toBe('submitted')

    const rejected = await decide(office, requestId, { outcome: 'rejected', reason: 'Bewijsstukken ontbreken' })
    expect(rejected.statusCode).toBe(201)
    expect(rejected.json()).toMatchObject({ state: 'rejected', cycle: null })
    const rejectedMails = (await mailsTo(t, professional.email)).filter(
      (m) => m.template === 'points.reregistration-rejected',
    )
    expect(rejectedMails).toHaveLength(1)
    expect(rejectedMails[0]!.textBody).toContain('Bewijsstukken ontbreken')
    expect(await cyclesOf(reg.id)).toHaveLength(1)

    const ownReg = await registrationWith(t, office.userId, '2021-03-01', MEETS_NORM)
    const own = (await apply(office, ownReg.id, { kind: 'regular' })).json().id
    const self = await decide(office, own, { outcome: 'approved' })
    expect(self.statusCode).toBe(403)
    expect(self.json().detail).toBe('Je kunt niet beslissen over je eigen verzoek.')
  })
})

describe('short of the norm', () => {
  it('an approved postponement moves the effective end of the cycle (a cycle decision)', async () => {
    await at('2026-01-10')
    const reg = await registrationWith(t, professional.userId, '2021-03-01', SHORT_OF_NORM)
    const created = await apply(professional, reg.id, {
      kind: 'postponement',
      reason: 'Zes maanden ziek geweest',
      postponedUntil: '2026-08-31',
    })
    expect(created.statusCode).toBe(201)
    const res = await decide(office, created.json().id, { outcome: 'approved', reason: 'Akkoord' })
    expect(res.statusCode).toBe(201)
    expect(res.json().cycle).toMatchObject({ number: 1, endDate: '2026-08-31' })
    const [cycle] = await cyclesOf(reg.id)
    expect(cycle).toMatchObject({ endDate: '2026-02-28', postponedUntil: '2026-08-31', closedAt: null })
    const preview = (await get(professional, `/registrations/${reg.id}/reregistration-preview`)).json()
    expect(preview.cycle.endDate).toBe('2026-08-31')
    expect(preview.window).toEqual({ opensOn: '2026-06-08', closesOn: '2026-08-31', state: 'not-yet-open' })
    const registration = (await get(office, `/registrations/${reg.id}`)).json()
    expect(registration.decisions).toEqual([
      expect.objectContaining({
        kind: 'postponement',
        postponedUntil: '2026-08-31',
        reason: 'Zes maanden ziek geweest',
      }),
    ])
  })

  it('shows the limited-term simulation before the choice; approving shifts the cycle and the standing follows it', async () => {
    await at('2026-01-10')
    const reg = await registrationWith(t, professional.userId, '2021-03-01', SHORT_OF_NORM)
    const sim = await get(professional, `/registrations/${reg.id}/limited-term-simulations`)
    expect(sim.statusCode).toBe(200)
    const items = sim.json().items
    expect(items.map((i: { shiftYears: number }) => i.shiftYears)).toEqual([1, 2, 3, 4])
    expect(items[0]).toMatchObject({
      startDate: '2022-03-01',
      endDate: '2027-02-28',
      lapsing: 40,
      counted: 100,
      remaining: 100,
      meetsNorm: false,
    })
    expect(items[0].lines[0]).toMatchObject({ category: 'training', counted: 30, short: 30, ok: false })
    expect(items[1]).toMatchObject({ startDate: '2023-03-01', lapsing: 60, counted: 80 })
    expect((await get(other, `/registrations/${reg.id}/limited-term-simulations`)).statusCode).toBe(403)
    expect((await get(null, `/registrations/${reg.id}/limited-term-simulations`)).statusCode).toBe(401)
    expect((await get(professional, `/registrations/${MISSING}/limited-term-simulations`)).statusCode).toBe(404)

    const created = await apply(professional, reg.id, { kind: 'limited-term', shiftYears: 1 })
    expect(created.statusCode).toBe(201)
    const detail = (await get(office, `/reregistration-requests/${created.json().id}`)).json()
    expect(detail.shift).toMatchObject({ shiftYears: 1, lapsing: 40, counted: 100 })
    const res = await decide(office, created.json().id, { outcome: 'approved' })
    expect(res.statusCode).toBe(201)
    expect(res.json().cycle).toMatchObject({ number: 1, startDate: '2022-03-01', endDate: '2027-02-28' })

    const after = (await get(professional, `/registrations/${reg.id}/reregistration-preview`)).json()
    expect(after.cycle).toMatchObject({ startDate: '2022-03-01', endDate: '2027-02-28' })
    expect(after.normCheck.lines).toEqual(items[0].lines)
    expect(after.normCheck.lines.at(-1)).toMatchObject({ counted: 100, short: 100 })
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.objectId, reg.id))
    expect(audit.map((a) => a.action)).toContain('register.cycle.shifted')
  })
})
