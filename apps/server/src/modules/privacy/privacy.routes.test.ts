import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs, mailsTo } from '../../../test/auth.ts'
import { createTestRegister, createTestRegistration } from '../../../test/registrations.ts'
import { documentStorage, storeDocument } from '../../platform/storage/storage.service.ts'
import { documents } from '../../platform/storage/storage.tables.ts'
import { tinyPdf } from '../../platform/storage/test-files.ts'
import { users } from '../identity/identity.tables.ts'
import { applicationMessages, registrationApplications } from '../register/register.applications.tables.ts'
import { registrationStatusChanges, registrationSurnames, registrations } from '../register/register.tables.ts'
import { dataRequests } from './privacy.tables.ts'

let t: TestApp
let anna: LoggedIn // registered: a running registration
let lapsed: LoggedIn // lapsed: may be erased
let removed: LoggedIn // removed with a measure still public
let office: LoggedIn
let secondOffice: LoggedIn
let register: { id: string }
let lapsedRegistration: { id: string; registrationNumber: string | null }
let diplomaKey: string

beforeAll(async () => {
  t = await createTestApp()
  anna = await loginAs(t, 'professional', { remoteAddress: '198.51.100.31', givenName: 'Anna', familyName: 'de Wit' })
  lapsed = await loginAs(t, 'professional', { remoteAddress: '198.51.100.32', givenName: 'Lars', familyName: 'Kok' })
  removed = await loginAs(t, 'professional', { remoteAddress: '198.51.100.33' })
  office = await loginAs(t, 'register_office', { remoteAddress: '198.51.100.34' })
  secondOffice = await loginAs(t, 'register_office', { remoteAddress: '198.51.100.35' })
  const db = t.database.db
  register = await createTestRegister(db)
  await createTestRegistration(db, { registerId: register.id, userId: anna.userId, surname: 'Wit', infix: 'de' })
  const made = await createTestRegistration(db, {
    registerId: register.id,
    userId: lapsed.userId,
    status: 'lapsed',
    surname: 'Kok',
    initials: 'L.',
  })
  lapsedRegistration = made.registration
  const diploma = await storeDocument(t.app.deps, db, {
    ownerUserId: lapsed.userId,
    purpose: 'diploma',
    fileName: 'diploma Lars Kok.pdf',
    buffer: tinyPdf(),
  })
  diplomaKey = diploma.storagePath
  const [application] = await db
    .insert(registrationApplications)
    .values({
      registrationId: made.registration.id,
      state: 'approved',
      educationInstitution: 'Hogeschool Utrecht',
      educationProgramme: 'Social Work',
      educationDate: '2020-06-30',
      diplomaDocumentId: diploma.id,
      codeVersion: '2026-1',
      codeAcceptedAt: new Date('2024-02-01T10:00:00Z'),
      decidedAt: new Date('2024-03-01T10:00:00Z'),
      decidedById: office.userId,
    })
    .returning()
  await db.insert(applicationMessages).values([
    {
      applicationId: application!.id,
      kind: 'info-request',
      authorId: office.userId,
      body: 'Stuur een scherpere kopie.',
    },
    { applicationId: application!.id, kind: 'answer', authorId: lapsed.userId, body: 'Hierbij, groet Lars.' },
  ])
  const gone = await createTestRegistration(db, { registerId: register.id, userId: removed.userId, status: 'removed' })
  await db.insert(registrationStatusChanges).values({
    registrationId: gone.registration.id,
    action: 'remove',
    fromStatus: 'registered',
    toStatus: 'removed',
    effectiveDate: '2025-06-01',
    reason: 'Tuchtrechtelijke maatregel',
    publicUntil: '2099-12-31',
  })
})
afterAll(() => t.close())

const api = (who: LoggedIn | null, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: who?.headers ?? {}, payload })

async function requestOf(who: LoggedIn, kind: 'correction' | 'erasure', details = '') {
  const res = await api(who, 'POST', '/me/data-requests', { kind, details })
  expect(res.statusCode).toBe(201)
  return res.json() as { id: string }
}

describe('exporting one’s personal data', () => {
  it('gives all of the caller’s data across the modules as a JSON attachment, and nobody else’s', async () => {
    const res = await api(lapsed, 'GET', '/me/personal-data')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="mijn-gegevens-vakregister-\d{4}-\d{2}-\d{2}\.json"$/,
    )
    expect(res.headers['cache-control']).toBe('no-store')
    const data = res.json()
    expect(data.account).toMatchObject({ id: lapsed.userId, email: lapsed.email, givenName: 'Lars', familyName: 'Kok' })
    expect(data.sessions.length).toBeGreaterThan(0)
    expect(data.registrations).toHaveLength(1)
    const [registration] = data.registrations
    expect(registration).toMatchObject({ registrationNumber: lapsedRegistration.registrationNumber, status: 'lapsed' })
    expect(registration.statusHistory.map((h: { action: string }) => h.action)).toEqual(['apply', 'approve', 'lapse'])
    expect(registration.cycles[0]).toMatchObject({ number: 1, startDate: '2024-03-01' })
    expect(registration.applications[0].educationInstitution).toBe('Hogeschool Utrecht')
    expect(registration.applications[0].messages.map((m: { fromMe: boolean }) => m.fromMe)).toEqual([false, true])
    expect(data.documents).toEqual([
      expect.objectContaining({ purpose: 'diploma', originalName: 'diploma Lars Kok.pdf' }),
    ])
    expect(data.auditEvents.some((e: { action: string; byMe: boolean }) => e.byMe)).toBe(true)
    expect(JSON.stringify(data)).not.toContain(anna.email)
    expect((await api(null, 'GET', '/me/personal-data')).statusCode).toBe(401)
  })
})

describe('data requests', () => {
  it('a correction needs details (400), one open request per kind (409), and the person sees their own', async () => {
    const empty = await api(anna, 'POST', '/me/data-requests', { kind: 'correction', details: '  ' })
    expect(empty.statusCode).toBe(400)
    expect(empty.json().errors).toEqual([expect.objectContaining({ name: 'details', code: 'required' })])
    const bad = await api(anna, 'POST', '/me/data-requests', { kind: 'vergeten', details: 'x', extra: 1 })
    expect(
      bad
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['extra', 'kind'])
    await requestOf(anna, 'correction', 'Mijn achternaam is "de Wit-Jansen".')
    expect((await api(anna, 'POST', '/me/data-requests', { kind: 'correction', details: 'nog een' })).statusCode).toBe(
      409,
    )
    const own = await api(anna, 'GET', '/me/data-requests')
    expect(own.json().items).toEqual([
      expect.objectContaining({ kind: 'correction', state: 'open', details: 'Mijn achternaam is "de Wit-Jansen".' }),
    ])
  })

  it('only the register office lists and decides requests; the person is mailed the answer; audited', async () => {
    expect((await api(anna, 'GET', '/data-requests')).statusCode).toBe(403)
    const list = await api(office, 'GET', '/data-requests?state=open')
    expect(list.statusCode).toBe(200)
    const item = list.json().items.find((i: { person: { userId: string } }) => i.person?.userId === anna.userId)
    expect(item).toMatchObject({ kind: 'correction', person: { name: 'Anna de Wit', email: anna.email } })
    const decision = { decision: 'completed', resolution: 'Je achternaam is aangepast.' }
    expect((await api(anna, 'POST', `/data-requests/${item.id}/decision`, decision)).statusCode).toBe(403)
    expect((await api(office, 'POST', `/data-requests/${item.id}/decision`, { decision: 'ja' })).statusCode).toBe(400)
    const res = await api(office, 'POST', `/data-requests/${item.id}/decision`, decision)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ state: 'completed', resolution: 'Je achternaam is aangepast.' })
    expect((await api(office, 'POST', `/data-requests/${item.id}/decision`, decision)).statusCode).toBe(409)
    const mails = await mailsTo(t, anna.email)
    expect(mails.at(-1)!.textBody).toContain('Je achternaam is aangepast.')
    const audit = await t.database.db.execute(
      `select action from audit_events where object_id = '${item.id}' order by id` as any,
    )
    expect(((audit as any).rows ?? audit).map((r: { action: string }) => r.action)).toEqual([
      'privacy.data-request.created',
      'privacy.data-request.completed',
    ])
  })

  it('the register office cannot decide its own request', async () => {
    const own = await requestOf(office, 'correction', 'Mijn naam is anders.')
    const res = await api(office, 'POST', `/data-requests/${own.id}/decision`, {
      decision: 'declined',
      resolution: 'x',
    })
    expect(res.statusCode).toBe(403)
    expect(
      (
        await api(secondOffice, 'POST', `/data-requests/${own.id}/decision`, {
          decision: 'declined',
          resolution: 'Klopt al.',
        })
      ).statusCode,
    ).toBe(200)
  })
})

describe('erasure', () => {
  it('is refused while the person still has a running registration, and changes nothing', async () => {
    const request = await requestOf(anna, 'erasure')
    const res = await api(office, 'POST', `/data-requests/${request.id}/decision`, {
      decision: 'completed',
      resolution: 'Gewist.',
    })
    expect(res.statusCode).toBe(409)
    expect(res.json().detail).toMatch(/registratie die loopt/)
    const [user] = await t.database.db.select().from(users).where(eq(users.id, anna.userId))
    expect(user!.email).toBe(anna.email)
    const own = (await api(anna, 'GET', '/me/data-requests')).json().items
    expect(own.find((r: { id: string }) => r.id === request.id).state).toBe('open')
  })

  it('is refused while a measure is still public (tuchtrecht)', async () => {
    const request = await requestOf(removed, 'erasure')
    const res = await api(office, 'POST', `/data-requests/${request.id}/decision`, {
      decision: 'completed',
      resolution: 'Gewist.',
    })
    expect(res.statusCode).toBe(409)
    expect(res.json().detail).toContain('2099-12-31')
  })

  it('erases the personal data, keeps number and status history, mails the person, and is audited', async () => {
    const request = await requestOf(lapsed, 'erasure', 'Ik werk niet meer in het vak.')
    const historyBefore = await t.database.db
      .select()
      .from(registrationStatusChanges)
      .where(eq(registrationStatusChanges.registrationId, lapsedRegistration.id))
    const res = await api(office, 'POST', `/data-requests/${request.id}/decision`, {
      decision: 'completed',
      resolution: 'Je gegevens zijn gewist.',
    })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ state: 'completed', person: null, details: '' })

    const db = t.database.db
    const [user] = await db.select().from(users).where(eq(users.id, lapsed.userId))
    expect(user).toMatchObject({ givenName: '', familyName: '', status: 'blocked', totpSecret: null })
    expect(user!.email).not.toContain(lapsed.email.split('@')[0])
    const [registration] = await db.select().from(registrations).where(eq(registrations.id, lapsedRegistration.id))
    expect(registration).toMatchObject({
      registrationNumber: lapsedRegistration.registrationNumber,
      status: 'lapsed',
      initials: '',
      infix: '',
      surname: '',
      employerOrganisationId: null,
    })
    const historyAfter = await db
      .select()
      .from(registrationStatusChanges)
      .where(eq(registrationStatusChanges.registrationId, lapsedRegistration.id))
    expect(historyAfter).toEqual(historyBefore)
    // The erased surname is gone from the search list too (no other registration has it).
    const names = await db.select().from(registrationSurnames)
    expect(names.map((n) => n.surnameSearch)).not.toContain('kok')
    expect(names.map((n) => n.surnameSearch)).toContain('wit')
    const [doc] = await db.select().from(documents).where(eq(documents.ownerUserId, lapsed.userId))
    expect(doc!.originalName).toBe('gewist')
    await expect(documentStorage(t.app.deps).get(diplomaKey)).rejects.toThrow()
    const [kept] = await db.select().from(dataRequests).where(eq(dataRequests.id, request.id))
    expect(kept).toMatchObject({ userId: null, state: 'completed', kind: 'erasure' })

    // The session is gone; the old address got only the answer.
    expect((await api(lapsed, 'GET', '/me/personal-data')).statusCode).toBe(401)
    const mails = await mailsTo(t, lapsed.email)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.textBody).toContain('Je gegevens zijn gewist.')

    const audit = await db.execute(
      `select details from audit_events where action = 'privacy.personal-data.erased' and object_id = '${lapsed.userId}'` as any,
    )
    expect(((audit as any).rows ?? audit)[0].details).toEqual({
      registrationIds: [lapsedRegistration.id],
      documents: 1,
      eventSignUpsEnded: 0,
    })
    const page = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public-registrations/${lapsedRegistration.registrationNumber}`,
    })
    expect(JSON.stringify(page.json())).not.toContain('Kok')
  })
})
