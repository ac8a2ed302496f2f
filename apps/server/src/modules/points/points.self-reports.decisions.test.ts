import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, mailsTo } from '../../../test/auth.ts'
import { createTestRegister } from '../../../test/registrations.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { approve, cryptoRandom, drawsSpotCheck } from './points.self-reports.decisions.ts'
import { selfReportedActivities } from './points.self-reports.tables.ts'
import {
  auditActions,
  counts,
  get,
  ledgerOfReport,
  login,
  OTHER_ROLES,
  type Professional,
  post,
  professionalIn,
  put,
  submitted,
  TODAY,
} from './points.self-reports.test-fixtures.ts'
import { pointsSettings } from './points.tables.ts'

let t: TestApp
let registerId: string
let office: LoggedIn
let office2: LoggedIn
let pro: Professional
const others: Record<string, LoggedIn> = {}

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = TODAY
  registerId = (await createTestRegister(t.database.db)).id
  office = await login(t, 'register_office')
  office2 = await login(t, 'register_office')
  pro = await professionalIn(t, registerId)
  for (const role of OTHER_ROLES) others[role] = await login(t, role)
})
afterAll(() => t.close())

const setPercent = (percent: number) => put(t, office, `/points-settings/${registerId}`, { spotCheckPercent: percent })
const officeCtx = (who: LoggedIn): RequestContext => ({
  actor: { userId: who.userId, staffRoles: ['register_office'], memberships: [], sessionId: null },
  requestId: 'test',
  origin: 'test',
  locale: 'nl',
})

describe('approving a self-reported activity', () => {
  it('books the hours in the requested category on the activity date, audits it and mails the professional', async () => {
    await setPercent(0)
    const id = await submitted(t, pro)
    const res = await post(t, office, `/self-reports/${id}/approval`, {})
    expect(res.statusCode).toBe(201)
    expect(res.json()).toEqual({
      id,
      state: 'approved',
      pointsGranted: 7.5,
      categoryGranted: 'reflection',
      spotCheck: false,
    })
    const ledger = await ledgerOfReport(t, id)
    expect(ledger).toEqual([
      expect.objectContaining({
        registrationId: pro.registrationId,
        category: 'reflection',
        points: 7.5,
        activityDate: '2026-05-20',
        source: 'self-report',
        activityKey: `self-report:${id}`,
        reference: 'Intervisie (zelf ingebracht)',
        bookedById: office.userId,
      }),
    ])
    expect((await auditActions(t, id)).map((a) => a.action)).toEqual([
      'points.self-report.submitted',
      'points.ledger.booked',
      'points.self-report.approved',
    ])
    const mails = await mailsTo(t, pro.email)
    expect(mails.at(-1)).toMatchObject({ template: 'points.self-report-approved' })
    expect(mails.at(-1)!.textBody).toContain('7,5 punten in de categorie reflectie')
    const detail = (await get(t, pro, `/self-reports/${id}`)).json()
    expect(detail).toMatchObject({
      state: 'approved',
      pointsGranted: 7.5,
      categoryGranted: 'reflection',
      spotCheck: null,
    })
    expect((await get(t, office, `/self-reports/${id}`)).json().reviewedBy).toBe(`Test register_office`)
  })

  it('grants other points and another category when the register office says so', async () => {
    const id = await submitted(t, pro, { hours: '10' })
    const res = await post(t, office, `/self-reports/${id}/approval`, {
      pointsGranted: 6.25,
      categoryGranted: 'free-choice',
    })
    expect(res.statusCode).toBe(201)
    expect(await ledgerOfReport(t, id)).toEqual([expect.objectContaining({ points: 6.25, category: 'free-choice' })])
  })

  it('lists every invalid field and books nothing', async () => {
    const id = await submitted(t, pro)
    const before = await counts(t)
    const res = await post(t, office, `/self-reports/${id}/approval`, {
      pointsGranted: 0,
      categoryGranted: 'fun',
      extra: 1,
    })
    expect(res.statusCode).toBe(400)
    expect(
      res
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['categoryGranted', 'extra', 'pointsGranted'])
    expect(res.json().errors[0].reason).toMatch(/[a-z]/)
    for (const pointsGranted of [-1, 200.5, 'veel']) {
      const r = await post(t, office, `/self-reports/${id}/approval`, { pointsGranted })
      expect(r.statusCode, String(pointsGranted)).toBe(400)
    }
    const decimals = await post(t, office, `/self-reports/${id}/approval`, { pointsGranted: 1.555 })
    expect(decimals.statusCode).toBe(400)
    expect(decimals.json().errors).toEqual([
      expect.objectContaining({ name: 'pointsGranted', reason: expect.stringContaining('2 cijfers') }),
    ])
    expect(await counts(t)).toEqual(before)
  })

  it('is only for the register office (401, 403 per role), never on one’s own activity, 404 for an unknown one', async () => {
    const id = await submitted(t, pro)
    expect((await post(t, null, `/self-reports/${id}/approval`, {})).statusCode).toBe(401)
    for (const role of OTHER_ROLES) {
      expect((await post(t, others[role]!, `/self-reports/${id}/approval`, {})).statusCode, role).toBe(403)
      expect((await post(t, others[role]!, `/self-reports/${id}/rejection`, { reason: 'Nee' })).statusCode, role).toBe(
        403,
      )
    }
    expect((await post(t, office, '/self-reports/00000000-0000-4000-8000-000000000000/approval', {})).statusCode).toBe(
      404,
    )
    expect(
      (await post(t, office, '/self-reports/00000000-0000-4000-8000-000000000000/rejection', { reason: 'x' }))
        .statusCode,
    ).toBe(404)
    // A register office member who is also a registered professional cannot decide on their own activity.
    const { createTestRegistration } = await import('../../../test/registrations.ts')
    await createTestRegistration(t.database.db, { registerId, userId: office2.userId })
    const own = await submitted(t, office2)
    const res = await post(t, office2, `/self-reports/${own}/approval`, {})
    expect(res.statusCode).toBe(403)
    expect(res.json().detail).toContain('eigen activiteit')
    expect((await get(t, office2, `/self-reports/${own}`)).json().permissions.approve).toBe(false)
  })

  it('lets exactly one of two simultaneous decisions win; the other gets a Dutch 409', async () => {
    const id = await submitted(t, pro)
    const results = await Promise.all([
      post(t, office, `/self-reports/${id}/approval`, {}),
      post(t, office2, `/self-reports/${id}/approval`, {}),
      post(t, office, `/self-reports/${id}/rejection`, { reason: 'Geen bewijs' }),
    ])
    const statuses = results.map((r) => r.statusCode).sort()
    expect(statuses).toEqual([201, 409, 409])
    for (const r of results.filter((r) => r.statusCode === 409)) expect(r.json().detail).toContain('al beoordeeld')
    const [row] = await t.database.db.select().from(selfReportedActivities).where(eq(selfReportedActivities.id, id))
    expect((await ledgerOfReport(t, id)).length).toBe(row!.state === 'approved' ? 1 : 0)
  })
})

describe('rejecting a self-reported activity', () => {
  it('needs a reason, stores it, mails the professional and books nothing', async () => {
    const id = await submitted(t, pro)
    const empty = await post(t, office, `/self-reports/${id}/rejection`, { reason: '  ' })
    expect(empty.statusCode).toBe(400)
    expect(empty.json().errors).toEqual([expect.objectContaining({ name: 'reason', code: 'required' })])
    expect((await post(t, office, `/self-reports/${id}/rejection`, {})).statusCode).toBe(400)
    const res = await post(t, office, `/self-reports/${id}/rejection`, { reason: 'De verklaring is niet ondertekend.' })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toEqual({ id, state: 'rejected' })
    expect(await ledgerOfReport(t, id)).toEqual([])
    expect((await get(t, pro, `/self-reports/${id}`)).json()).toMatchObject({
      state: 'rejected',
      decisionReason: 'De verklaring is niet ondertekend.',
    })
    const mail = (await mailsTo(t, pro.email)).at(-1)!
    expect(mail.template).toBe('points.self-report-rejected')
    expect(mail.textBody).toContain('De verklaring is niet ondertekend.')
    expect((await auditActions(t, id)).map((a) => a.action)).toContain('points.self-report.rejected')
    expect((await post(t, office, `/self-reports/${id}/approval`, {})).statusCode).toBe(409)
    expect((await post(t, pro, `/self-reports/${id}/withdrawal`)).statusCode).toBe(409)
  })
})

describe('the spot check', () => {
  it('draws every approval at 100 % and none at 0 %', async () => {
    expect((await setPercent(100)).statusCode).toBe(200)
    const drawn = await submitted(t, pro)
    expect((await post(t, office, `/self-reports/${drawn}/approval`, {})).json().spotCheck).toBe(true)
    await setPercent(0)
    const notDrawn = await submitted(t, pro)
    expect((await post(t, office, `/self-reports/${notDrawn}/approval`, {})).json().spotCheck).toBe(false)
    const open = (await get(t, office, '/self-reports/spot-checks?pageSize=100')).json()
    const ids = open.items.map((i: { id: string }) => i.id)
    expect(ids).toContain(drawn)
    expect(ids).not.toContain(notDrawn)
    // The professional does not see the draw.
    expect((await get(t, pro, `/self-reports/${drawn}`)).json().spotCheck).toBeNull()
  })

  it('honours the share with an injected random source (drawn below the percentage, not at it)', async () => {
    await setPercent(10)
    const below = await submitted(t, pro)
    const at = await submitted(t, pro)
    expect((await approve(t.app.deps, officeCtx(office), below, {}, () => 0.0999)).spotCheck).toBe(true)
    expect((await approve(t.app.deps, officeCtx(office), at, {}, () => 0.1)).spotCheck).toBe(false)
  })

  it('uses the register’s percentage, 10 when none is set', async () => {
    await t.database.db.delete(pointsSettings).where(eq(pointsSettings.registerId, registerId))
    const id = await submitted(t, pro)
    const res = await approve(t.app.deps, officeCtx(office), id, {}, () => 0.05)
    expect(res.spotCheck).toBe(true)
    const audit = (await auditActions(t, id)).find((a) => a.action === 'points.self-report.approved')!
    expect(audit.details).toMatchObject({ spotCheckPercent: 10, spotCheck: true })
  })

  it('confirms a drawn activity once; only drawn, approved activities can be checked', async () => {
    await setPercent(100)
    const id = await submitted(t, pro)
    await post(t, office, `/self-reports/${id}/approval`, {})
    expect((await post(t, null, `/self-reports/${id}/spot-check`, { outcome: 'confirmed' })).statusCode).toBe(401)
    for (const role of OTHER_ROLES)
      expect(
        (await post(t, others[role]!, `/self-reports/${id}/spot-check`, { outcome: 'confirmed' })).statusCode,
        role,
      ).toBe(403)
    expect((await post(t, office, `/self-reports/${id}/spot-check`, { outcome: 'maybe' })).statusCode).toBe(400)
    expect(
      (await post(t, office, '/self-reports/00000000-0000-4000-8000-000000000000/spot-check', { outcome: 'confirmed' }))
        .statusCode,
    ).toBe(404)
    const res = await post(t, office2, `/self-reports/${id}/spot-check`, { outcome: 'confirmed' })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toEqual({ id, spotCheckOutcome: 'confirmed', pointsWithdrawn: false })
    expect((await ledgerOfReport(t, id)).length).toBe(1)
    const again = await post(t, office, `/self-reports/${id}/spot-check`, { outcome: 'corrected', reason: 'Toch niet' })
    expect(again.statusCode).toBe(409)
    const done = (await get(t, office, '/self-reports/spot-checks?status=done&pageSize=100')).json()
    expect(done.items.find((i: { id: string }) => i.id === id)).toMatchObject({ spotCheckOutcome: 'confirmed' })
    expect((await auditActions(t, id)).map((a) => a.action)).toContain('points.self-report.spot-checked')
    const submittedOnly = await submitted(t, pro)
    expect(
      (await post(t, office, `/self-reports/${submittedOnly}/spot-check`, { outcome: 'confirmed' })).statusCode,
    ).toBe(409)
  })

  it('withdraws the points of a corrected activity with a reason, and tells the professional', async () => {
    await setPercent(100)
    const id = await submitted(t, pro)
    await post(t, office, `/self-reports/${id}/approval`, {})
    const noReason = await post(t, office, `/self-reports/${id}/spot-check`, { outcome: 'corrected' })
    expect(noReason.statusCode).toBe(400)
    expect(noReason.json().errors).toEqual([expect.objectContaining({ name: 'reason', code: 'required' })])
    const res = await post(t, office, `/self-reports/${id}/spot-check`, {
      outcome: 'corrected',
      reason: 'De supervisor kent deze bijeenkomst niet.',
    })
    expect(res.statusCode).toBe(201)
    expect(res.json().pointsWithdrawn).toBe(true)
    const ledger = await ledgerOfReport(t, id)
    expect(ledger.map((e) => e.points)).toEqual([7.5, -7.5])
    expect(ledger[1]!.note).toBe('De supervisor kent deze bijeenkomst niet.')
    expect((await get(t, pro, `/self-reports/${id}`)).json()).toMatchObject({
      pointsWithdrawn: true,
      decisionReason: 'De supervisor kent deze bijeenkomst niet.',
    })
    expect((await mailsTo(t, pro.email)).at(-1)!.template).toBe('points.self-report-corrected')
    expect((await auditActions(t, id)).map((a) => a.action).slice(-2)).toEqual([
      'points.ledger.reversed',
      'points.self-report.spot-checked',
    ])
  })

  it('shows the spot-check list to the register office only', async () => {
    expect((await get(t, null, '/self-reports/spot-checks')).statusCode).toBe(401)
    for (const role of OTHER_ROLES)
      expect((await get(t, others[role]!, '/self-reports/spot-checks')).statusCode, role).toBe(403)
    expect((await get(t, office, '/self-reports/spot-checks?status=later')).statusCode).toBe(400)
  })
})

describe('the spot-check share per register', () => {
  it('is read and set by the register office, audited with the old and the new value', async () => {
    const other = await createTestRegister(t.database.db, 'Register Participatiecoaches')
    const list = await get(t, office, '/points-settings')
    expect(list.statusCode).toBe(200)
    expect(list.json().items).toContainEqual(
      expect.objectContaining({ registerId: other.id, spotCheckPercent: 10, updatedAt: null }),
    )
    const res = await put(t, office, `/points-settings/${other.id}`, { spotCheckPercent: 25 })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ registerId: other.id, spotCheckPercent: 25 })
    const audit = await auditActions(t, other.id)
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'points.settings.updated',
        details: { spotCheckPercent: { from: 10, to: 25 } },
      }),
    ])
    expect((await get(t, office, '/points-settings')).json().items).toContainEqual(
      expect.objectContaining({ registerId: other.id, spotCheckPercent: 25 }),
    )
  })

  it('refuses bad values (400), unknown registers (404) and everyone but the register office', async () => {
    for (const spotCheckPercent of [-1, 101, 12.5, 'tien'])
      expect((await put(t, office, `/points-settings/${registerId}`, { spotCheckPercent })).statusCode).toBe(400)
    const missing = await put(t, office, `/points-settings/${registerId}`, {})
    expect(missing.json().errors).toEqual([expect.objectContaining({ name: 'spotCheckPercent', code: 'required' })])
    expect(
      (await put(t, office, '/points-settings/00000000-0000-4000-8000-000000000000', { spotCheckPercent: 5 }))
        .statusCode,
    ).toBe(404)
    expect((await put(t, null, `/points-settings/${registerId}`, { spotCheckPercent: 5 })).statusCode).toBe(401)
    expect((await get(t, null, '/points-settings')).statusCode).toBe(401)
    for (const role of OTHER_ROLES) {
      expect(
        (await put(t, others[role]!, `/points-settings/${registerId}`, { spotCheckPercent: 5 })).statusCode,
        role,
      ).toBe(403)
      expect((await get(t, others[role]!, '/points-settings')).statusCode, role).toBe(403)
    }
  })
})

describe('the draw itself', () => {
  it('draws with probability percent / 100 over an even spread of random numbers', () => {
    for (const percent of [0, 1, 10, 33, 100]) {
      let drawn = 0
      for (let i = 0; i < 10_000; i++) if (drawsSpotCheck(percent, () => i / 10_000)) drawn++
      expect(drawn).toBe(percent * 100)
    }
  })

  it('gets its numbers from crypto randomness in [0, 1), close to the share over many draws', () => {
    const values = Array.from({ length: 20_000 }, cryptoRandom)
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true)
    const share = values.filter((v) => drawsSpotCheck(10, () => v)).length / values.length
    expect(share).toBeGreaterThan(0.08)
    expect(share).toBeLessThan(0.12)
  })
})
