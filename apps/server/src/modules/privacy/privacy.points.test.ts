import { eq, inArray } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import { createTestRegister, createTestRegistration } from '../../../test/registrations.ts'
import { systemContext } from '../../platform/auth/actor.ts'
import { documentStorage, storeDocument } from '../../platform/storage/storage.service.ts'
import { documents } from '../../platform/storage/storage.tables.ts'
import { tinyPdf } from '../../platform/storage/test-files.ts'
import { organisations } from '../organisations/organisations.tables.ts'
import { activities, activityObjections } from '../points/points.accreditation.tables.ts'
import { createRun } from '../points/points.attendance.fixtures.ts'
import {
  attendanceImports,
  attendances,
  idempotencyRecords,
  organisationApiKeys,
} from '../points/points.attendance.tables.ts'
import { bookPoints, reverseBooking } from '../points/points.ledger.ts'
import { reregistrationRequests } from '../points/points.reregistration.tables.ts'
import { selfReportedActivities } from '../points/points.self-reports.tables.ts'
import { pointsLedger } from '../points/points.tables.ts'

// The privacy module reaches the CPD points (decision 010): the export shows them, the erasure erases the free text
// and the evidence while the ledger stays as it was.

let t: TestApp
let lotte: LoggedIn // lapsed, with points: exports and is erased
let other: LoggedIn // someone else in the same import: must stay untouched
let office: LoggedIn
let registration: { id: string; registrationNumber: string | null }
let otherRegistration: { id: string; registrationNumber: string | null }
let selfReportId: string
let evidenceKey: string
let importId: string
let idempotencyId: string

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2026-06-15T10:00:00Z')
  lotte = await loginAs(t, 'professional', { remoteAddress: '198.51.100.61', givenName: 'Lotte', familyName: 'Bakker' })
  other = await loginAs(t, 'professional', { remoteAddress: '198.51.100.62' })
  office = await loginAs(t, 'register_office', { remoteAddress: '198.51.100.63' })
  const db = t.database.db
  const register = await createTestRegister(db)
  const made = await createTestRegistration(db, {
    registerId: register.id,
    userId: lotte.userId,
    status: 'lapsed',
    surname: 'Bakker',
    initials: 'L.',
  })
  registration = made.registration
  otherRegistration = (await createTestRegistration(db, { registerId: register.id, userId: other.userId })).registration
  const [provider] = await db
    .insert(organisations)
    .values({ name: 'Leerhuis Utrecht', kind: 'training_company' })
    .returning()
  const { activity, run: activityRun } = await createRun(t, provider!.id, {
    title: 'Motiverende gespreksvoering',
    startsOn: '2025-05-12',
  })
  const ctx = systemContext('test')
  const audit = { action: 'points.test.booked', objectType: 'registration', objectId: registration.id }

  // An attendance, booked and then withdrawn (a reversal), and a second one that stays.
  const [withdrawn, kept] = await db
    .insert(attendances)
    .values([
      {
        runId: activityRun.id,
        registrationId: registration.id,
        method: 'file',
        withdrawnAt: new Date('2025-06-01T10:00:00Z'),
        withdrawalReason: 'Niet aanwezig geweest',
      },
      { runId: activityRun.id, registrationId: otherRegistration.id, method: 'file' },
    ])
    .returning()
  const [again] = await db
    .insert(attendances)
    .values({ runId: activityRun.id, registrationId: registration.id, method: 'form' })
    .returning()
  const attendanceBooking = (attendanceId: string, registrationId: string) => ({
    registrationId,
    category: 'training' as const,
    points: 6,
    activityDate: '2025-05-12',
    source: 'attendance' as const,
    sourceId: attendanceId,
    activityKey: `activity:${activity.id}`,
    reference: `${activity.publicId} · ${activity.title}`,
  })
  await db.transaction(async (tx) => {
    await bookPoints(
      tx,
      ctx,
      [attendanceBooking(withdrawn!.id, registration.id), attendanceBooking(again!.id, registration.id)],
      audit,
      t.now.value,
    )
    await bookPoints(tx, ctx, [attendanceBooking(kept!.id, otherRegistration.id)], audit, t.now.value)
    await reverseBooking(
      tx,
      ctx,
      { source: 'attendance', sourceId: withdrawn!.id, note: 'Presentie ingetrokken' },
      { action: 'points.test.withdrawn', objectType: 'attendance', objectId: withdrawn!.id },
      t.now.value,
    )
  })

  // An approved self-report with evidence, booked.
  const evidence = await storeDocument(t.app.deps, db, {
    ownerUserId: lotte.userId,
    purpose: 'self-report-evidence',
    fileName: 'verklaring intervisie Lotte Bakker.pdf',
    buffer: tinyPdf(),
  })
  evidenceKey = evidence.storagePath
  const [report] = await db
    .insert(selfReportedActivities)
    .values({
      registrationId: registration.id,
      kind: 'intervision',
      title: 'Intervisie met Lotte en collega’s',
      description: 'Over mijn burn-out en de terugkeer naar werk.',
      activityDate: '2025-09-10',
      hours: 7.5,
      requestedCategory: 'reflection',
      evidenceKind: 'declaration',
      evidenceDocumentId: evidence.id,
      state: 'approved',
      pointsGranted: 7.5,
      categoryGranted: 'reflection',
      reviewedById: office.userId,
      reviewedAt: new Date('2025-09-20T10:00:00Z'),
      decisionReason: 'Voldoet aan de eisen.',
    })
    .returning()
  selfReportId = report!.id
  await db.transaction((tx) =>
    bookPoints(
      tx,
      ctx,
      [
        {
          registrationId: registration.id,
          category: 'reflection',
          points: 7.5,
          activityDate: '2025-09-10',
          source: 'self-report',
          sourceId: selfReportId,
          activityKey: `self-report:${selfReportId}`,
          reference: 'Intervisie (zelf ingebracht)',
        },
      ],
      audit,
      t.now.value,
    ),
  )

  // A postponement request with the person's reason.
  await db.insert(reregistrationRequests).values({
    registrationId: registration.id,
    cycleId: made.cycle!.id,
    kind: 'postponement',
    state: 'rejected',
    reason: 'Ik was een jaar ziek (burn-out).',
    postponedUntil: '2030-03-01',
    normCheck: { meetsNorm: false },
    submittedById: lotte.userId,
    submittedAt: new Date('2028-12-01T10:00:00Z'),
    decidedById: office.userId,
    decidedAt: new Date('2028-12-15T10:00:00Z'),
    decisionReason: 'Niet genoeg onderbouwd.',
  })

  // A provider's import report and API answer that mention her (and someone else).
  const [imported] = await db
    .insert(attendanceImports)
    .values({
      runId: activityRun.id,
      kind: 'file',
      fileName: 'presentie.csv',
      sha256: 'abc',
      state: 'confirmed',
      report: [
        {
          line: 1,
          value: lotte.email,
          outcome: 'matched',
          registrationId: registration.id,
          name: 'L. Bakker (KM)',
        },
        {
          line: 2,
          value: otherRegistration.registrationNumber!,
          outcome: 'matched',
          registrationId: otherRegistration.id,
          name: 'J. Jansen (KM)',
        },
        { line: 3, value: 'onbekend@example.org', outcome: 'unmatched' },
      ],
      createdById: office.userId,
    })
    .returning()
  importId = imported!.id
  const [key] = await db
    .insert(organisationApiKeys)
    .values({ organisationId: provider!.id, name: 'LMS', prefix: 'vr_abc', keyHash: 'hash-privacy-test' })
    .returning()
  const [record] = await db
    .insert(idempotencyRecords)
    .values({
      apiKeyId: key!.id,
      key: 'k-1',
      requestHash: 'h',
      statusCode: 200,
      responseBody: {
        runId: activityRun.id,
        bookedCount: 1,
        results: [
          { position: 1, value: lotte.email.toUpperCase(), outcome: 'booked' },
          { position: 2, value: otherRegistration.registrationNumber, outcome: 'booked' },
        ],
      },
    })
    .returning()
  idempotencyId = record!.id
})
afterAll(() => t.close())

const api = (who: LoggedIn, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: who.headers, payload })

describe('the export includes the CPD points', () => {
  it('lists the ledger (with the reversal), self-reports, attendances and re-registration requests', async () => {
    const res = await api(lotte, 'GET', '/me/personal-data')
    expect(res.statusCode).toBe(200)
    const data = res.json()
    const [r] = data.registrations
    expect(r.pointsLedger).toHaveLength(4)
    expect(r.pointsLedger).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ points: 6, category: 'training', source: 'attendance', reversal: false }),
        expect.objectContaining({ points: 6, source: 'attendance', reversal: false }),
        expect.objectContaining({ points: -6, reversal: true, note: 'Presentie ingetrokken' }),
        expect.objectContaining({
          points: 7.5,
          category: 'reflection',
          source: 'self-report',
          reference: 'Intervisie (zelf ingebracht)',
          activityDate: '2025-09-10',
          reversal: false,
        }),
      ]),
    )
    expect(r.pointsLedger.find((e: { points: number }) => e.points === 6)).toEqual({
      activityDate: '2025-05-12',
      category: 'training',
      points: 6,
      reference: expect.stringMatching(/^A-2026-\d{5} · Motiverende gespreksvoering$/),
      source: 'attendance',
      bookedAt: '2026-06-15T10:00:00.000Z',
      note: '',
      reversal: false,
    })
    expect(r.selfReportedActivities).toEqual([
      expect.objectContaining({
        kind: 'intervision',
        title: 'Intervisie met Lotte en collega’s',
        state: 'approved',
        pointsGranted: 7.5,
        categoryGranted: 'reflection',
        decisionReason: 'Voldoet aan de eisen.',
        evidenceDocumentName: 'verklaring intervisie Lotte Bakker.pdf',
      }),
    ])
    expect(r.attendances).toHaveLength(2)
    expect(r.attendances).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          activityTitle: 'Motiverende gespreksvoering',
          activityPublicId: expect.stringMatching(/^A-2026-/),
          providerName: 'Leerhuis Utrecht',
          startsOn: '2025-05-12',
          endsOn: '2025-05-12',
          withdrawnAt: '2025-06-01T10:00:00.000Z',
          withdrawalReason: 'Niet aanwezig geweest',
        }),
        expect.objectContaining({ method: 'form', withdrawnAt: null }),
      ]),
    )
    expect(r.reregistrationRequests).toEqual([
      {
        cycleNumber: 1,
        kind: 'postponement',
        state: 'rejected',
        reason: 'Ik was een jaar ziek (burn-out).',
        postponedUntil: '2030-03-01',
        shiftYears: null,
        submittedAt: '2028-12-01T10:00:00.000Z',
        decidedAt: '2028-12-15T10:00:00.000Z',
        decisionReason: 'Niet genoeg onderbouwd.',
      },
    ])
    expect(data.providerWork).toEqual({ submittedActivities: [], objections: [], apiKeys: [] })
    // No internal ids of others (staff, the other registrant) and nothing of the other person's points.
    const text = JSON.stringify(data)
    expect(text).not.toContain(office.userId)
    expect(text).not.toContain(otherRegistration.id)
    expect(text).not.toContain(selfReportId)
  })

  it('the other person sees only their own attendance and booking', async () => {
    const [r] = (await api(other, 'GET', '/me/personal-data')).json().registrations
    expect(r.pointsLedger).toHaveLength(1)
    expect(r.attendances).toHaveLength(1)
    expect(r.selfReportedActivities).toEqual([])
    expect(r.reregistrationRequests).toEqual([])
  })
})

describe('the export of someone who works for a provider', () => {
  it('lists the activities and objections they submitted and the API keys they made, without internal ids', async () => {
    const db = t.database.db
    const staff = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.64' })
    const [activity] = await db
      .insert(activities)
      .values({
        providerOrganisationId: staff.organisationId!,
        title: 'Schuldhulp in de praktijk',
        description: 'Een training.',
        learningGoals: 'Je kent de schuldhulpwet.',
        format: 'training',
        netHours: 4,
        requestedCategory: 'training',
        submittedById: staff.userId,
        state: 'rejected',
        decidedById: office.userId,
        decidedAt: new Date('2026-03-01T10:00:00Z'),
        decisionReason: 'Te weinig uren.',
      })
      .returning()
    await db.insert(activityObjections).values({
      activityId: activity!.id,
      reason: 'Het zijn wel vier netto uren.',
      submittedById: staff.userId,
      originalDeciderId: office.userId,
    })
    await db.insert(organisationApiKeys).values({
      organisationId: staff.organisationId!,
      name: 'Leeromgeving',
      prefix: 'vr_xyz',
      keyHash: 'hash-privacy-provider',
      createdById: staff.userId,
    })
    const res = await api(staff, 'GET', '/me/personal-data')
    expect(res.statusCode).toBe(200)
    const work = res.json().providerWork
    expect(work.submittedActivities).toEqual([
      expect.objectContaining({ title: 'Schuldhulp in de praktijk', state: 'rejected', publicId: null }),
    ])
    expect(work.objections).toEqual([
      expect.objectContaining({
        activityTitle: 'Schuldhulp in de praktijk',
        reason: 'Het zijn wel vier netto uren.',
        state: 'open',
        decidedAt: null,
      }),
    ])
    expect(work.apiKeys).toEqual([expect.objectContaining({ name: 'Leeromgeving', prefix: 'vr_xyz', revokedAt: null })])
    const text = JSON.stringify(work)
    expect(text).not.toContain(office.userId)
    expect(text).not.toContain(activity!.id)
    expect(text).not.toContain('hash-privacy-provider')
  })
})

describe('an erasure and the CPD points', () => {
  it('erases self-report text, evidence and reasons; keeps the ledger unchanged; scrubs provider records', async () => {
    const db = t.database.db
    const ledgerBefore = await db
      .select()
      .from(pointsLedger)
      .where(inArray(pointsLedger.registrationId, [registration.id, otherRegistration.id]))
      .orderBy(pointsLedger.id)
    expect(ledgerBefore).toHaveLength(5)
    const request = await api(lotte, 'POST', '/me/data-requests', { kind: 'erasure', details: '' })
    expect(request.statusCode).toBe(201)
    const res = await api(office, 'POST', `/data-requests/${request.json().id}/decision`, {
      decision: 'completed',
      resolution: 'Je gegevens zijn gewist.',
    })
    expect(res.statusCode).toBe(200)

    const ledgerAfter = await db
      .select()
      .from(pointsLedger)
      .where(inArray(pointsLedger.registrationId, [registration.id, otherRegistration.id]))
      .orderBy(pointsLedger.id)
    expect(ledgerAfter).toEqual(ledgerBefore)

    const [report] = await db.select().from(selfReportedActivities).where(eq(selfReportedActivities.id, selfReportId))
    expect(report).toMatchObject({
      title: '',
      description: '',
      kind: 'intervision',
      activityDate: '2025-09-10',
      hours: 7.5,
      state: 'approved',
      pointsGranted: 7.5,
      decisionReason: 'Voldoet aan de eisen.',
    })
    const [evidence] = await db.select().from(documents).where(eq(documents.id, report!.evidenceDocumentId))
    expect(evidence).toMatchObject({ originalName: 'gewist', sha256: '' })
    await expect(documentStorage(t.app.deps).get(evidenceKey)).rejects.toThrow()

    const [rereg] = await db
      .select()
      .from(reregistrationRequests)
      .where(eq(reregistrationRequests.registrationId, registration.id))
    expect(rereg).toMatchObject({
      reason: '',
      kind: 'postponement',
      state: 'rejected',
      postponedUntil: '2030-03-01',
      decisionReason: 'Niet genoeg onderbouwd.',
    })
    expect(await db.select().from(attendances).where(eq(attendances.registrationId, registration.id))).toHaveLength(2)

    const [imported] = await db.select().from(attendanceImports).where(eq(attendanceImports.id, importId))
    expect(imported!.report).toEqual([
      { line: 1, value: '', outcome: 'matched', registrationId: registration.id },
      {
        line: 2,
        value: otherRegistration.registrationNumber,
        outcome: 'matched',
        registrationId: otherRegistration.id,
        name: 'J. Jansen (KM)',
      },
      { line: 3, value: 'onbekend@example.org', outcome: 'unmatched' },
    ])
    const [record] = await db.select().from(idempotencyRecords).where(eq(idempotencyRecords.id, idempotencyId))
    expect((record!.responseBody as { results: unknown[] }).results).toEqual([
      { position: 1, value: '', outcome: 'booked' },
      { position: 2, value: otherRegistration.registrationNumber, outcome: 'booked' },
    ])
    expect(JSON.stringify(await db.select().from(attendanceImports))).not.toContain(lotte.email)
  })
})
