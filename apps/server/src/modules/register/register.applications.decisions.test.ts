import { and, eq, inArray } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs, mailsTo } from '../../../test/auth.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { systemContext } from '../../platform/auth/actor.ts'
import { tinyPng } from '../../platform/storage/test-files.ts'
import { applyForm, counts, createFixture, type Fixture, postApplication } from './register.applications.fixtures.ts'
import { registrationCredentials } from './register.decisions.tables.ts'
import { firstCycle } from './register.rules.ts'
import { changeStatus, todayInNetherlands } from './register.status.ts'
import {
  registrationCycles,
  registrationNumberCounters,
  registrationStatusChanges,
  registrations,
} from './register.tables.ts'

let t: TestApp
let fx: Fixture
let office: LoggedIn
let colleague: LoggedIn

beforeAll(async () => {
  t = await createTestApp()
  fx = await createFixture(t)
  office = await loginAs(t, 'register_office', { remoteAddress: '198.51.100.1' })
  colleague = await loginAs(t, 'register_office', { remoteAddress: '198.51.100.2' })
})
afterAll(() => t.close())

let n = 10
const professional = () => loginAs(t, 'professional', { remoteAddress: `198.51.100.${n++}` })
const api = (who: LoggedIn | null, method: 'GET' | 'POST', url: string, payload?: object | FormData) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: who?.headers ?? {}, payload })
const applyAs = async (me: LoggedIn) => {
  const res = await postApplication(t, me, applyForm(fx))
  expect(res.statusCode).toBe(201)
  return res.json() as { id: string; registrationId: string }
}
const detail = async (who: LoggedIn, id: string) => (await api(who, 'GET', `/registration-applications/${id}`)).json()
const approve = (who: LoggedIn, id: string) => api(who, 'POST', `/registration-applications/${id}/approval`)

describe('the register office reviews an application', () => {
  it('asks for information, the applicant answers with a file, the application returns to the queue, then is approved', async () => {
    const me = await professional()
    const { id, registrationId } = await applyAs(me)

    const empty = await api(office, 'POST', `/registration-applications/${id}/information-requests`, { question: ' ' })
    expect(empty.statusCode).toBe(400)
    expect(empty.json().errors).toEqual([
      expect.objectContaining({ name: 'question', reason: 'Schrijf je vraag aan de aanvrager.' }),
    ])
    const ask = await api(office, 'POST', `/registration-applications/${id}/information-requests`, {
      question: 'Kun je een scan van je diploma sturen waarop de datum te lezen is?',
    })
    expect(ask.statusCode).toBe(201)
    expect(ask.json()).toEqual({ id, state: 'info-requested' })
    const mail = (await mailsTo(t, me.email)).at(-1)!
    expect(mail.template).toBe('register.application-info-requested')
    expect(mail.textBody).toContain('datum te lezen')
    expect(mail.textBody).toContain(`http://localhost:3000/mijn-aanvragen/${id}`)

    // While the question is open, nobody approves and the applicant may answer.
    const waiting = await approve(office, id)
    expect(waiting.statusCode).toBe(409)
    expect(waiting.json().detail).toContain('wacht op antwoord')
    expect((await detail(me, id)).permissions.answer).toBe(true)

    const someoneElse = await professional()
    const answerForm = () => {
      const form = new FormData()
      form.append('body', 'Hierbij een betere scan.')
      form.append('document', new Blob([new Uint8Array(tinyPng())]), 'scan.png')
      return form
    }
    expect((await api(someoneElse, 'POST', `/registration-applications/${id}/answers`, answerForm())).statusCode).toBe(
      404,
    )
    t.now.value = new Date(t.now.value.getTime() + 60_000)
    const answeredAt = t.now.value.toISOString()
    const answer = await api(me, 'POST', `/registration-applications/${id}/answers`, answerForm())
    expect(answer.statusCode).toBe(201)
    expect(answer.json()).toEqual({ id, state: 'submitted' })
    const again = await api(me, 'POST', `/registration-applications/${id}/answers`, answerForm())
    expect(again.statusCode).toBe(409)

    const seen = await detail(office, id)
    expect(seen.queuedAt).toBe(answeredAt)
    expect(seen.messages).toEqual([
      expect.objectContaining({ kind: 'info-request', document: null }),
      expect.objectContaining({
        kind: 'answer',
        body: 'Hierbij een betere scan.',
        document: expect.objectContaining({ fileName: 'scan.png', mediaType: 'image/png' }),
      }),
    ])
    const scan = await api(office, 'GET', `/documents/${seen.messages[1].document.id}`)
    expect(scan.statusCode).toBe(200)
    expect(scan.headers['content-type']).toBe('image/png')

    const approved = await approve(office, id)
    expect(approved.statusCode).toBe(201)
    const today = todayInNetherlands(t.app.deps)
    const cycle = firstCycle(today, 5)
    expect(approved.json()).toEqual({
      id,
      state: 'approved',
      registrationNumber: expect.stringMatching(/^KM-\d{6}$/),
      cycle,
    })
    const [registration] = await t.database.db.select().from(registrations).where(eq(registrations.id, registrationId))
    expect(registration).toMatchObject({ status: 'registered', registeredSince: today })
    const [credential] = await t.database.db
      .select()
      .from(registrationCredentials)
      .where(eq(registrationCredentials.registrationId, registrationId))
    expect(credential).toMatchObject({ validFrom: cycle.startDate, validUntil: cycle.endDate })
    const document = credential!.document as Record<string, any>
    expect(document.credentialSubject.licenseNumber).toBe(approved.json().registrationNumber)
    expect(document.credentialSubject.achievement.achievementType).toBe('Certification')
    expect(document.proof.cryptosuite).toBe('eddsa-rdfc-2022')
    const verified = await api(null, 'POST', '/credential-verifications', { credential: document })
    expect(verified.json()).toMatchObject({
      signatureValid: true,
      licenseNumber: approved.json().registrationNumber,
      status: { suspended: false, revoked: false },
    })

    const approvedMail = (await mailsTo(t, me.email)).at(-1)!
    expect(approvedMail.template).toBe('register.application-approved')
    expect(approvedMail.textBody).toContain(approved.json().registrationNumber)
    const after = await detail(me, id)
    expect(after).toMatchObject({ state: 'approved', registrationStatus: 'registered' })
  })

  it('rejects with a reason the applicant sees; the applicant can apply again (reapply)', async () => {
    const me = await professional()
    const { id, registrationId } = await applyAs(me)
    const noReason = await api(office, 'POST', `/registration-applications/${id}/rejection`, { reason: '' })
    expect(noReason.statusCode).toBe(400)
    expect(noReason.json().errors[0].reason).toBe('Schrijf waarom je de aanvraag afwijst.')
    const reason = 'Je opleiding is geen hbo-opleiding in het sociaal domein.'
    const res = await api(office, 'POST', `/registration-applications/${id}/rejection`, { reason })
    expect(res.statusCode).toBe(201)
    expect(await detail(me, id)).toMatchObject({ state: 'rejected', decisionReason: reason })
    expect((await mailsTo(t, me.email)).at(-1)!.textBody).toContain(reason)
    expect((await approve(office, id)).statusCode).toBe(409)

    const second = await applyAs(me)
    expect(second.registrationId).toBe(registrationId)
    expect(await detail(me, second.id)).toMatchObject({ kind: 'reapply', state: 'submitted' })
    const history = await t.database.db
      .select({ action: registrationStatusChanges.action })
      .from(registrationStatusChanges)
      .where(eq(registrationStatusChanges.registrationId, registrationId))
      .orderBy(registrationStatusChanges.decidedAt)
    expect(history.map((h) => h.action)).toEqual(['apply', 'reject', 'reapply'])
  })

  it('lets a lapsed professional re-enter with the same number', async () => {
    const me = await professional()
    const first = await applyAs(me)
    const number = (await approve(office, first.id)).json().registrationNumber
    await t.database.db.transaction((tx) =>
      changeStatus(tx, t.app.deps, systemContext(), first.registrationId, {
        action: { type: 'lapse' },
        effectiveDate: todayInNetherlands(t.app.deps),
        reason: 'Einde registratieperiode',
      }),
    )
    const second = await applyAs(me)
    expect(await detail(office, second.id)).toMatchObject({ kind: 're-entry', registrationStatus: 'candidate' })
    const res = await approve(office, second.id)
    expect(res.json()).toMatchObject({ registrationNumber: number })
    expect((await postApplication(t, me, applyForm(fx))).json().detail).toContain('al in dit register')
  })

  it('refuses decisions by anyone but the register office, and on one’s own application', async () => {
    const me = await professional()
    const { id } = await applyAs(me)
    expect((await approve(me, id)).statusCode).toBe(403)
    expect((await approve(null as unknown as LoggedIn, id)).statusCode).toBe(401)
    const own = await applyAs(office)
    const res = await approve(office, own.id)
    expect(res.statusCode).toBe(403)
    expect(res.json().detail).toContain('eigen aanvraag')
    expect((await approve(office, '3f0c5a52-7d4e-4c1b-9a8e-000000000000')).statusCode).toBe(404)
    expect((await detail(office, own.id)).permissions.approve).toBe(false)
  })
})

describe('two register-office members approve the same application at the same moment', () => {
  it('lets exactly one through; the other gets a Dutch 409; one number, one history row, one audit entry', async () => {
    const me = await professional()
    const { id, registrationId } = await applyAs(me)
    const [counter] = await t.database.db
      .select()
      .from(registrationNumberCounters)
      .where(eq(registrationNumberCounters.registerId, fx.registerId))
    const before = await counts(t)

    const results = await Promise.all([approve(office, id), approve(colleague, id)])
    const statuses = results.map((r) => r.statusCode).sort()
    expect(statuses).toEqual([201, 409])
    const lost = results.find((r) => r.statusCode === 409)!
    expect(lost.headers['content-type']).toContain('application/problem+json')
    expect(lost.json().detail).toContain('al beoordeeld')

    const [after] = await t.database.db
      .select()
      .from(registrationNumberCounters)
      .where(eq(registrationNumberCounters.registerId, fx.registerId))
    expect(after!.nextValue).toBe((counter?.nextValue ?? 1) + 1)
    const approvals = await t.database.db
      .select()
      .from(registrationStatusChanges)
      .where(
        and(
          eq(registrationStatusChanges.registrationId, registrationId),
          eq(registrationStatusChanges.action, 'approve'),
        ),
      )
    expect(approvals).toHaveLength(1)
    const cycles = await t.database.db
      .select()
      .from(registrationCycles)
      .where(eq(registrationCycles.registrationId, registrationId))
    expect(cycles).toHaveLength(1)
    const credentials = await t.database.db
      .select()
      .from(registrationCredentials)
      .where(eq(registrationCredentials.registrationId, registrationId))
    expect(credentials).toHaveLength(1)
    const audit = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(
        and(
          inArray(auditEvents.objectId, [id, registrationId]),
          inArray(auditEvents.action, ['register.application.approved', 'register.registration.approved']),
        ),
      )
    expect(audit.map((a) => a.action).sort()).toEqual([
      'register.application.approved',
      'register.registration.approved',
    ])
    expect(await counts(t)).toEqual(before)
  })
})
