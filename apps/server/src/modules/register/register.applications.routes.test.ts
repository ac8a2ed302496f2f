import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs, mailsTo } from '../../../test/auth.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { tinyPdf, tinyPng } from '../../platform/storage/test-files.ts'
import { applyForm, counts, createFixture, type Fixture, postApplication } from './register.applications.fixtures.ts'
import { registrationStatusChanges, registrations } from './register.tables.ts'

let t: TestApp
let fx: Fixture
let office: LoggedIn

beforeAll(async () => {
  t = await createTestApp()
  fx = await createFixture(t)
  office = await loginAs(t, 'register_office', { remoteAddress: '198.51.100.1' })
})
afterAll(() => t.close())

let n = 10
const professional = () => loginAs(t, 'professional', { remoteAddress: `198.51.100.${n++}` })
const get = (who: LoggedIn | null, url: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: who?.headers ?? {} })

describe('applying for a registration', () => {
  it('creates a candidate registration, the application with the diploma, a history row, audit and a mail', async () => {
    const me = await professional()
    const before = await counts(t)
    const res = await postApplication(t, me, applyForm(fx, { initials: 'j.a', surname: '  Berg ' }))
    expect(res.statusCode).toBe(201)
    const created = res.json()
    expect(created).toEqual({ id: expect.any(String), registrationId: expect.any(String), kind: 'first' })
    expect(res.headers.location).toBe(`http://localhost:3000/api/v1/registration-applications/${created.id}`)
    expect(await counts(t)).toEqual({
      registrations: before.registrations + 1,
      applications: before.applications + 1,
      documents: before.documents + 1,
      files: before.files + 1,
    })
    const [registration] = await t.database.db
      .select()
      .from(registrations)
      .where(eq(registrations.id, created.registrationId))
    expect(registration).toMatchObject({
      status: 'candidate',
      initials: 'J.A.',
      infix: 'van der',
      surname: 'Berg',
      surnameSearch: 'berg',
      profession: 'jobcoach',
      employerOrganisationId: fx.employerId,
      selfEmployed: false,
      registrationNumber: null,
    })
    const history = await t.database.db
      .select()
      .from(registrationStatusChanges)
      .where(eq(registrationStatusChanges.registrationId, created.registrationId))
    expect(history).toEqual([expect.objectContaining({ action: 'apply', fromStatus: null, toStatus: 'candidate' })])
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.objectId, created.id))
    expect(audit.map((e) => e.action)).toEqual(['register.application.submitted'])
    const mails = await mailsTo(t, me.email)
    expect(mails.map((m) => m.template)).toEqual(['register.application-received'])
    expect(mails[0]!.textBody).toContain(`/mijn-aanvragen/${created.id}`)

    const detail = await get(me, `/registration-applications/${created.id}`)
    expect(detail.statusCode).toBe(200)
    expect(detail.json()).toMatchObject({
      state: 'submitted',
      kind: 'first',
      registerName: 'Register Klantmanagers',
      employerName: 'Gemeente Zwolle',
      educationDate: '2019-07-01',
      diploma: { fileName: 'diploma.pdf', mediaType: 'application/pdf' },
      messages: [],
      permissions: { approve: false, reject: false, requestInformation: false, answer: false },
    })
    const mine = await get(me, '/registration-applications/mine')
    expect(mine.json()).toMatchObject({ total: 1, items: [{ id: created.id, state: 'submitted' }] })
  })

  it('accepts self-employed instead of an employer, and a PNG diploma', async () => {
    const me = await professional()
    const form = applyForm(
      fx,
      { employerOrganisationId: undefined, selfEmployed: 'true', infix: undefined },
      {
        bytes: tinyPng(),
        name: 'scan.png',
      },
    )
    const res = await postApplication(t, me, form)
    expect(res.statusCode).toBe(201)
    const [row] = await t.database.db
      .select()
      .from(registrations)
      .where(eq(registrations.id, res.json().registrationId))
    expect(row).toMatchObject({ selfEmployed: true, employerOrganisationId: null, infix: '' })
  })

  it('refuses a second application while one is open (409, in Dutch) and keeps nothing of it', async () => {
    const me = await professional()
    expect((await postApplication(t, me, applyForm(fx))).statusCode).toBe(201)
    const before = await counts(t)
    const again = await postApplication(t, me, applyForm(fx))
    expect(again.statusCode).toBe(409)
    expect(again.json().detail).toContain('al een aanvraag')
    expect(await counts(t)).toEqual(before)
  })

  it('shows an application only to the applicant and the register office; others get 404', async () => {
    const me = await professional()
    const id = (await postApplication(t, me, applyForm(fx))).json().id
    const someoneElse = await professional()
    expect((await get(someoneElse, `/registration-applications/${id}`)).statusCode).toBe(404)
    expect((await get(null, `/registration-applications/${id}`)).statusCode).toBe(401)
    const seen = await get(office, `/registration-applications/${id}`)
    expect(seen.statusCode).toBe(200)
    expect(seen.json().permissions).toEqual({ approve: true, reject: true, requestInformation: true, answer: false })
  })

  it('lets only the register office see the queue, oldest in the queue first, paged with a Link header', async () => {
    const me = await professional()
    expect((await get(office, '/me')).json().permissions.reviewApplications).toBe(true)
    expect((await get(me, '/me')).json().permissions.reviewApplications).toBe(false)
    expect((await get(me, '/registration-applications')).statusCode).toBe(403)
    expect((await get(null, '/registration-applications')).statusCode).toBe(401)
    const res = await get(office, '/registration-applications?state=submitted&pageSize=2')
    expect(res.statusCode).toBe(200)
    const all = (await get(office, '/registration-applications?pageSize=100')).json()
    const queued = all.items.map((i: { queuedAt: string }) => i.queuedAt)
    expect(queued).toEqual([...queued].sort())
    expect(res.json().items).toHaveLength(2)
    expect(res.headers.link).toContain('rel="next"')
    expect(Number(res.headers['x-total-count'])).toBe(all.total)
  })

  it('lists the registers with their professions and the code version, without logging in', async () => {
    const res = await get(null, '/registers')
    expect(res.statusCode).toBe(200)
    expect(res.json().items).toContainEqual({
      id: fx.registerId,
      name: 'Register Klantmanagers',
      slug: 'klantmanagers',
      numberPrefix: 'KM',
      professions: ['klantmanager werk', 'jobcoach'],
      cycleYears: 5,
    })
    expect(res.json().professionalCode.version).toMatch(/\S/)
  })
})

describe('downloading a document', () => {
  it('gives the diploma to its owner and the register office as an attachment; 404 for anyone else', async () => {
    const me = await professional()
    const id = (await postApplication(t, me, applyForm(fx))).json().id
    const diploma = (await get(me, `/registration-applications/${id}`)).json().diploma
    for (const who of [me, office]) {
      const res = await get(who, `/documents/${diploma.id}`)
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-type']).toBe('application/pdf')
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="diploma.pdf"/)
      expect(res.headers['x-content-type-options']).toBe('nosniff')
      expect(res.rawPayload.equals(tinyPdf())).toBe(true)
    }
    const other = await get(await professional(), `/documents/${diploma.id}`)
    expect(other.statusCode).toBe(404)
    expect(other.headers['content-type']).toContain('application/problem+json')
    expect((await get(null, `/documents/${diploma.id}`)).statusCode).toBe(401)
    expect((await get(me, '/documents/3f0c5a52-7d4e-4c1b-9a8e-000000000000')).statusCode).toBe(404)
  })
})

describe('bad input changes nothing', () => {
  const refused = async (form: FormData, who?: LoggedIn) => {
    const me = who ?? (await professional())
    const before = await counts(t)
    const res = await postApplication(t, me, form)
    expect(await counts(t)).toEqual(before)
    expect(res.headers['content-type']).toContain('application/problem+json')
    return { status: res.statusCode, body: res.json() }
  }
  const fieldsOf = (body: { errors: { name: string }[] }) => body.errors.map((e) => e.name)

  it('reports every missing field at once, in Dutch, in the order of the form', async () => {
    const empty = new FormData()
    empty.append('infix', '')
    const { status, body } = await refused(empty)
    expect(status).toBe(400)
    expect(body.detail).toBe('Niet alle gegevens zijn goed ingevuld. Verbeter de velden hieronder.')
    expect(fieldsOf(body)).toEqual([
      'registerId',
      'initials',
      'surname',
      'profession',
      'employerOrganisationId',
      'educationInstitution',
      'educationProgramme',
      'educationDate',
      'diploma',
      'acceptCode',
    ])
    expect(body.errors.find((e: { name: string }) => e.name === 'acceptCode').reason).toContain('beroepscode')
    expect(body.errors.find((e: { name: string }) => e.name === 'diploma').reason).toContain('10 MB')
  })

  it('refuses a text file named .pdf, together with the other invalid fields', async () => {
    const text = new TextEncoder().encode('Dit is geen diploma, alleen tekst.\n'.repeat(20))
    const { status, body } = await refused(applyForm(fx, { surname: '' }, { bytes: text, name: 'diploma.pdf' }))
    expect(status).toBe(400)
    expect(body.errors).toEqual([
      expect.objectContaining({ name: 'surname', code: 'required' }),
      expect.objectContaining({ name: 'diploma', code: 'fileType', reason: 'Kies een PDF-, JPG- of PNG-bestand.' }),
    ])
  })

  it('refuses a program disguised as a PDF', async () => {
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(4096, 0x41)])
    const { status, body } = await refused(applyForm(fx, {}, { bytes: exe, name: 'diploma.pdf' }))
    expect(status).toBe(400)
    expect(body.errors).toEqual([expect.objectContaining({ name: 'diploma', code: 'fileType' })])
  })

  it('refuses an 11 MB file with a 413 and a Dutch message', async () => {
    const big = Buffer.alloc(11 * 1024 * 1024, 0x20)
    tinyPdf().copy(big)
    const { status, body } = await refused(applyForm(fx, {}, { bytes: big, name: 'diploma.pdf' }))
    expect(status).toBe(413)
    expect(body.errors).toEqual([
      expect.objectContaining({ name: 'diploma', code: 'maxSize', reason: 'Het bestand is groter dan 10 MB.' }),
    ])
  })

  it('refuses an unknown register, profession and employer, a future diploma date and an old code version', async () => {
    const unknown = '3f0c5a52-7d4e-4c1b-9a8e-000000000000'
    const first = await refused(applyForm(fx, { registerId: unknown }))
    expect(first.body.errors).toEqual([
      expect.objectContaining({ name: 'registerId', reason: 'Kies een register uit de lijst.' }),
    ])
    const second = await refused(
      applyForm(fx, {
        profession: 'astronaut',
        employerOrganisationId: unknown,
        educationDate: '2999-01-01',
        codeVersion: '1999-01',
      }),
    )
    expect(fieldsOf(second.body)).toEqual(['profession', 'employerOrganisationId', 'educationDate', 'codeVersion'])
    expect(second.body.errors[0].reason).toBe('Kies een beroep uit de lijst van dit register.')
  })

  it('refuses an employer and self-employed together, bad initials and unknown fields', async () => {
    const { body } = await refused(applyForm(fx, { selfEmployed: 'true', initials: '123', isAdmin: 'true' }))
    expect(fieldsOf(body).sort()).toEqual(['employerOrganisationId', 'initials', 'isAdmin'])
  })

  it('asks to log in first (401) and wants multipart/form-data (415)', async () => {
    expect((await postApplication(t, null, applyForm(fx))).statusCode).toBe(401)
    const me = await professional()
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/v1/registration-applications',
      headers: me.headers,
      payload: { registerId: fx.registerId },
    })
    expect(json.statusCode).toBe(415)
    expect(json.json().detail).toContain('multipart/form-data')
  })
})
