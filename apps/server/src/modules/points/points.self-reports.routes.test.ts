import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import type { LoggedIn } from '../../../test/auth.ts'
import { createTestRegister } from '../../../test/registrations.ts'
import { tinyPng } from '../../platform/storage/test-files.ts'
import {
  auditActions,
  counts,
  get,
  login,
  OTHER_ROLES,
  type Professional,
  post,
  postReport,
  professionalIn,
  reportForm,
  submitted,
  TODAY,
} from './points.self-reports.test-fixtures.ts'

let t: TestApp
let registerId: string
let office: LoggedIn
let pro: Professional
const others: Record<string, LoggedIn> = {}

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = TODAY
  registerId = (await createTestRegister(t.database.db)).id
  office = await login(t, 'register_office')
  pro = await professionalIn(t, registerId)
  for (const role of OTHER_ROLES) others[role] = await login(t, role)
})
afterAll(() => t.close())

const refused = async (who: LoggedIn, form: FormData) => {
  const before = await counts(t)
  const res = await postReport(t, who, form)
  expect(await counts(t)).toEqual(before)
  return { status: res.statusCode, body: res.json(), res }
}
const fieldNames = (body: { errors: { name: string }[] }) => body.errors.map((e) => e.name)

describe('reporting an activity that was not accredited', () => {
  it('stores the activity with its evidence, audits it, and shows it to the professional and the register office', async () => {
    const before = await counts(t)
    const res = await postReport(t, pro, reportForm())
    expect(res.statusCode).toBe(201)
    const { id, state } = res.json()
    expect(state).toBe('submitted')
    expect(res.headers.location).toBe(`http://localhost:3000/api/v1/self-reports/${id}`)
    expect(await counts(t)).toEqual({
      ...before,
      reports: before.reports + 1,
      documents: before.documents + 1,
      files: before.files + 1,
    })
    expect((await auditActions(t, id)).map((a) => a.action)).toEqual(['points.self-report.submitted'])

    const mine = await get(t, pro, `/self-reports/${id}`)
    expect(mine.statusCode).toBe(200)
    expect(mine.json()).toMatchObject({
      id,
      registrationId: pro.registrationId,
      registrationNumber: pro.registrationNumber,
      kind: 'intervision',
      title: 'Intervisiegroep Klantmanagers Noord',
      activityDate: '2026-05-20',
      hours: 7.5,
      requestedCategory: 'reflection',
      evidenceKind: 'declaration',
      state: 'submitted',
      evidence: { fileName: 'verklaring-intervisie.pdf', mediaType: 'application/pdf' },
      spotCheck: null,
      reviewedBy: null,
      permissions: { withdraw: true, approve: false, reject: false, spotCheck: false },
    })
    const seen = await get(t, office, `/self-reports/${id}`)
    expect(seen.json()).toMatchObject({
      spotCheck: { drawn: false, checkedAt: null, outcome: null },
      permissions: { withdraw: false, approve: true, reject: true, spotCheck: false },
    })
    // The evidence is served to the owner and the register office only.
    const documentId = mine.json().evidence.id
    expect((await get(t, pro, `/documents/${documentId}`)).statusCode).toBe(200)
    expect((await get(t, office, `/documents/${documentId}`)).statusCode).toBe(200)
    expect((await get(t, others.professional!, `/documents/${documentId}`)).statusCode).toBe(404)
  })

  it('accepts a suspended registration, a PNG upload and hours with a decimal point', async () => {
    const suspended = await professionalIn(t, registerId, 'suspended')
    const form = reportForm(
      { kind: 'article', hours: '12.25', evidenceKind: 'upload', requestedCategory: 'free-choice' },
      { bytes: tinyPng(), name: 'artikel.png' },
    )
    const res = await postReport(t, suspended, form)
    expect(res.statusCode).toBe(201)
    const detail = (await get(t, suspended, `/self-reports/${res.json().id}`)).json()
    expect(detail).toMatchObject({ hours: 12.25, kind: 'article', evidence: { mediaType: 'image/png' } })
  })

  it('asks for a log-in (401) and refuses people without a registration that collects points (403, in Dutch)', async () => {
    expect((await postReport(t, null, reportForm())).statusCode).toBe(401)
    for (const role of OTHER_ROLES) {
      const { status, body } = await refused(others[role]!, reportForm())
      expect(status, role).toBe(403)
      expect(body.detail).toContain('in een register')
    }
    expect((await refused(office, reportForm())).status).toBe(403)
    const lapsed = await professionalIn(t, registerId, 'lapsed')
    expect((await refused(lapsed, reportForm())).status).toBe(403)
  })

  it('lists every missing field at once in Dutch and stores nothing', async () => {
    const empty = new FormData()
    empty.append('title', '   ')
    const { status, body } = await refused(pro, empty)
    expect(status).toBe(400)
    expect(body.type).toMatch(/invalid-input$/)
    expect(fieldNames(body)).toEqual([
      'kind',
      'title',
      'activityDate',
      'hours',
      'requestedCategory',
      'evidenceKind',
      'evidence',
    ])
    expect(body.errors.find((e: { name: string }) => e.name === 'evidence').reason).toContain('PDF, JPG of PNG')
  })

  it('lists every invalid value at once and stores nothing', async () => {
    const form = reportForm({
      registrationId: '00000000-0000-4000-8000-000000000000',
      kind: 'party',
      title: 'x'.repeat(201),
      description: 'y'.repeat(5001),
      activityDate: '2026-02-30',
      hours: '1,555',
      requestedCategory: 'fun',
      evidenceKind: 'photo',
      favouriteColour: 'blauw',
    })
    const { status, body } = await refused(pro, form)
    expect(status).toBe(400)
    expect(body.errors.map((e: { name: string; code: string }) => `${e.name}:${e.code}`)).toEqual([
      'registrationId:unknown',
      'kind:enum',
      'title:maxLength',
      'description:maxLength',
      'activityDate:format',
      'hours:format',
      'requestedCategory:enum',
      'evidenceKind:enum',
      'favouriteColour:additionalProperties',
    ])
    expect(body.errors[0].reason).toBe('Kies een van je eigen registraties.')
  })

  it('refuses a date in the future or outside every registration period, and 0 or too many hours', async () => {
    const future = await refused(pro, reportForm({ activityDate: '2026-06-16', hours: '0' }))
    expect(future.status).toBe(400)
    expect(future.body.errors).toEqual([
      expect.objectContaining({ name: 'activityDate', reason: expect.stringContaining('toekomst') }),
      expect.objectContaining({ name: 'hours', code: 'exclusiveMinimum' }),
    ])
    const before = await refused(pro, reportForm({ activityDate: '2024-02-29', hours: '200.01' }))
    expect(before.body.errors).toEqual([
      expect.objectContaining({
        name: 'activityDate',
        code: 'outsideCycle',
        reason: expect.stringContaining('registratieperiode'),
      }),
      expect.objectContaining({ name: 'hours', code: 'maximum' }),
    ])
    expect((await postReport(t, pro, reportForm({ activityDate: '2024-03-01', hours: '200' }))).statusCode).toBe(201)
  })

  it('answers in English when asked', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/self-reports',
      headers: { ...pro.headers, 'accept-language': 'en' },
      payload: reportForm({ kind: undefined }),
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors[0].reason).toBe('Choose what kind of activity it was.')
  })

  it('refuses a program disguised as a PDF by its name', async () => {
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(4096, 0x41)])
    const { status, body } = await refused(pro, reportForm({}, { bytes: exe, name: 'bewijs.pdf' }))
    expect(status).toBe(400)
    expect(body.errors).toEqual([expect.objectContaining({ name: 'evidence', code: 'fileType' })])
  })

  it('refuses an 11 MB file with a 413 in Dutch, and lists it with other errors as a 400', async () => {
    const big = {
      bytes: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(11 * 1024 * 1024, 0x20)]),
      name: 'groot.pdf',
    }
    const alone = await refused(pro, reportForm({}, big))
    expect(alone.status).toBe(413)
    expect(alone.body.errors).toEqual([expect.objectContaining({ name: 'evidence', code: 'maxSize' })])
    expect(alone.body.detail).toMatch(/10 MB/)
    const withOthers = await refused(pro, reportForm({ title: '' }, big))
    expect(withOthers.status).toBe(400)
    expect(fieldNames(withOthers.body)).toEqual(['title', 'evidence'])
  })

  it('asks which registration when the professional has more than one', async () => {
    const second = (await createTestRegister(t.database.db, 'Register Participatiecoaches')).id
    const both = await professionalIn(t, registerId)
    const { createTestRegistration } = await import('../../../test/registrations.ts')
    const { registration } = await createTestRegistration(t.database.db, { registerId: second, userId: both.userId })
    const { body } = await refused(both, reportForm())
    expect(body.errors).toEqual([expect.objectContaining({ name: 'registrationId', code: 'required' })])
    const res = await postReport(t, both, reportForm({ registrationId: registration.id }))
    expect(res.statusCode).toBe(201)
    // Someone else's registration is not one of theirs.
    const { body: foreign } = await refused(pro, reportForm({ registrationId: registration.id }))
    expect(foreign.errors).toEqual([expect.objectContaining({ name: 'registrationId', code: 'unknown' })])
  })
})

describe('the declaration form', () => {
  it('is a tagged PDF with the professional’s number, for a registered professional only', async () => {
    const res = await get(
      t,
      pro,
      '/self-reports/declaration-form?kind=intervision&title=Intervisie&activityDate=2026-05-20&hours=2,5',
    )
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    expect(res.headers['content-disposition']).toContain(`verklaring-${pro.registrationNumber}.pdf`)
    const pdf = res.rawPayload.toString('latin1')
    expect(pdf.startsWith('%PDF-1.7')).toBe(true)
    expect(pdf).toContain('/StructTreeRoot')
    expect(pdf).toContain('/Marked true')
    expect(pdf).toContain('/Lang (nl-NL)')
    expect(pdf).toContain(pro.registrationNumber)
    const english = await t.app.inject({
      method: 'GET',
      url: '/api/v1/self-reports/declaration-form',
      headers: { ...pro.headers, 'accept-language': 'en' },
    })
    expect(english.rawPayload.toString('latin1')).toContain('/Lang (en-GB)')
    expect((await get(t, null, '/self-reports/declaration-form')).statusCode).toBe(401)
    for (const role of OTHER_ROLES)
      expect((await get(t, others[role]!, '/self-reports/declaration-form')).statusCode).toBe(403)
  })

  it('lists every invalid query parameter', async () => {
    const res = await get(
      t,
      pro,
      '/self-reports/declaration-form?kind=party&activityDate=gisteren&hours=veel&registrationId=x',
    )
    expect(res.statusCode).toBe(400)
    expect(
      res
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['activityDate', 'hours', 'kind', 'registrationId'])
  })
})

describe('the professional’s list and withdrawing', () => {
  it('lists only one’s own activities, newest first, with a Link header', async () => {
    const me = await professionalIn(t, registerId)
    const first = await submitted(t, me, { title: 'Eerste' })
    t.now.value = new Date(TODAY.getTime() + 60_000)
    const second = await submitted(t, me, { title: 'Tweede' })
    t.now.value = TODAY
    const res = await get(t, me, '/self-reports/mine?pageSize=1')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      total: 2,
      page: 1,
      pageSize: 1,
      items: [{ id: second, title: 'Tweede', state: 'submitted' }],
    })
    expect(res.headers.link).toContain('rel="next"')
    const all = (await get(t, me, '/self-reports/mine')).json()
    expect(all.items.map((i: { id: string }) => i.id)).toEqual([second, first])
    expect((await get(t, null, '/self-reports/mine')).statusCode).toBe(401)
    expect((await get(t, others.editor!, '/self-reports/mine')).json().total).toBe(0)
  })

  it('lets only the owner withdraw a submitted activity, once', async () => {
    const me = await professionalIn(t, registerId)
    const id = await submitted(t, me)
    expect((await post(t, null, `/self-reports/${id}/withdrawal`)).statusCode).toBe(401)
    expect((await post(t, others.professional!, `/self-reports/${id}/withdrawal`)).statusCode).toBe(404)
    expect((await post(t, office, `/self-reports/${id}/withdrawal`)).statusCode).toBe(403)
    expect((await post(t, me, '/self-reports/00000000-0000-4000-8000-000000000000/withdrawal')).statusCode).toBe(404)
    expect((await post(t, me, '/self-reports/niet-een-id/withdrawal')).statusCode).toBe(400)
    const res = await post(t, me, `/self-reports/${id}/withdrawal`)
    expect(res.statusCode).toBe(201)
    expect(res.json()).toEqual({ id, state: 'withdrawn' })
    const again = await post(t, me, `/self-reports/${id}/withdrawal`)
    expect(again.statusCode).toBe(409)
    expect(again.json().detail).toContain('ingetrokken')
    expect((await auditActions(t, id)).map((a) => a.action)).toEqual([
      'points.self-report.submitted',
      'points.self-report.withdrawn',
    ])
    expect((await get(t, me, `/self-reports/${id}`)).json().permissions.withdraw).toBe(false)
  })

  it('shows an activity only to its owner and the register office; others get 404', async () => {
    const id = await submitted(t, pro)
    expect((await get(t, null, `/self-reports/${id}`)).statusCode).toBe(401)
    for (const role of OTHER_ROLES)
      expect((await get(t, others[role]!, `/self-reports/${id}`)).statusCode, role).toBe(404)
    expect((await get(t, pro, '/self-reports/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404)
  })
})

describe('the register office’s queue', () => {
  it('is for the register office only, oldest first, paged with a Link header', async () => {
    expect((await get(t, null, '/self-reports')).statusCode).toBe(401)
    for (const role of OTHER_ROLES) expect((await get(t, others[role]!, '/self-reports')).statusCode, role).toBe(403)
    const res = await get(t, office, '/self-reports?pageSize=2')
    expect(res.statusCode).toBe(200)
    expect(res.json().items).toHaveLength(2)
    expect(res.headers.link).toContain('rel="next"')
    const all = (await get(t, office, '/self-reports?pageSize=100')).json()
    expect(all.items.every((i: { state: string }) => i.state === 'submitted')).toBe(true)
    const times = all.items.map((i: { submittedAt: string }) => i.submittedAt)
    expect(times).toEqual([...times].sort())
    expect((await get(t, office, '/self-reports?pageSize=500')).statusCode).toBe(400)
    expect((await get(t, office, '/me')).json().permissions.reviewSelfReports).toBe(true)
    expect((await get(t, pro, '/me')).json().permissions.reviewSelfReports).toBe(false)
  })
})
