import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { createRegister, createRegistration } from '../register/register.test-fixtures.ts'
import { activities, activityRuns } from './points.accreditation.tables.ts'
import { accredited, api, SUBMISSION, submit } from './points.accreditation.test-fixtures.ts'
import { attendances } from './points.attendance.tables.ts'

let t: TestApp
let provider: LoggedIn
let colleague: LoggedIn
let otherProvider: LoggedIn
let office: LoggedIn
let professional: LoggedIn
let http: ReturnType<typeof api>
const MISSING = '3f0c5a52-7d4e-4c1b-9a8e-000000000000'

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2026-03-02T10:00:00Z')
  http = api(t)
  provider = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.60' })
  colleague = await loginAs(t, 'provider_staff', {
    organisationId: provider.organisationId!,
    remoteAddress: '198.51.100.61',
  })
  otherProvider = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.62' })
  office = await loginAs(t, 'register_office', { remoteAddress: '198.51.100.63' })
  professional = await loginAs(t, 'professional', { remoteAddress: '198.51.100.64' })
})
afterAll(() => t.close())

const ours = () => `/organisations/${provider.organisationId}/activities`
const auditActions = async (id: string) =>
  (await t.database.db.select().from(auditEvents).where(eq(auditEvents.objectId, id)))
    .filter((e) => e.result === 'success')
    .map((e) => e.action)
const countActivities = async () => (await t.database.db.select().from(activities)).length

describe('a provider requests accreditation', () => {
  it('submits an activity: in the queue, audited, visible to colleagues of the same provider', async () => {
    const res = await http.post(provider, ours(), { ...SUBMISSION, title: '  Motiverende gespreksvoering  ' })
    expect(res.statusCode).toBe(201)
    const body = res.json()
    expect(body).toMatchObject({
      title: 'Motiverende gespreksvoering',
      state: 'submitted',
      publicId: null,
      fastTrack: false,
      netHours: 12.5,
      points: null,
      permissions: { withdraw: true, object: false, manageRuns: false },
    })
    expect(res.headers.location).toBe(`http://localhost:3000/api/v1${ours()}/${body.id}`)
    expect(await auditActions(body.id)).toEqual(['points.activity.submitted'])

    const list = await http.get(colleague, `${ours()}?state=submitted`)
    expect(list.statusCode).toBe(200)
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(body.id)
    expect(list.headers.link).toContain('rel="first"')
    expect((await http.get(colleague, `${ours()}/${body.id}`)).json().id).toBe(body.id)
  })

  it('reports every invalid field at once in Dutch and stores nothing', async () => {
    const before = await countActivities()
    const res = await http.post(provider, ours(), {
      ...SUBMISSION,
      title: ' ',
      learningGoals: '',
      format: 'e-learning',
      netHours: 1.234,
      teachers: [],
      targetProfessions: [''],
    })
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toContain('application/problem+json')
    const errors = res.json().errors as { name: string; reason: string }[]
    expect(errors.map((e) => e.name).sort()).toEqual([
      'finalTest',
      'learningGoals',
      'netHours',
      'targetProfessions',
      'teachers',
      'title',
    ])
    expect(errors.find((e) => e.name === 'finalTest')!.reason).toBe(
      'Beschrijf de eindtoets: die is verplicht bij e-learning en bij 18 uur of meer.',
    )
    const wrongType = await http.post(provider, ours(), { ...SUBMISSION, format: 'cursus', requestedCategory: 'x' })
    expect(wrongType.statusCode).toBe(400)
    expect(
      wrongType
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['format', 'requestedCategory'])
    expect(await countActivities()).toBe(before)
  })

  it('only the provider’s own staff may submit and read: 401, 403 per role, 404 for another provider’s activity', async () => {
    const activity = await submit(t, provider)
    expect((await http.post(null, ours(), SUBMISSION)).statusCode).toBe(401)
    expect((await http.get(null, ours())).statusCode).toBe(401)
    for (const who of [otherProvider, office, professional]) {
      expect((await http.post(who, ours(), SUBMISSION)).statusCode).toBe(403)
      expect((await http.get(who, ours())).statusCode).toBe(403)
      expect((await http.get(who, `${ours()}/${activity.id}`)).statusCode).toBe(403)
    }
    const theirs = `/organisations/${otherProvider.organisationId}/activities/${activity.id}`
    expect((await http.get(otherProvider, theirs)).statusCode).toBe(404)
    const missing = await http.get(provider, `${ours()}/${MISSING}`)
    expect(missing.statusCode).toBe(404)
    expect(missing.json().detail).toBe('Deze activiteit bestaat niet.')
    const denied = (await t.database.db.select().from(auditEvents).where(eq(auditEvents.result, 'denied'))).map(
      (e) => e.action,
    )
    expect(denied).toContain('points.activity.submitted')
  })

  it('withdraws a submitted request once; a second withdrawal or one after a decision is a Dutch 409', async () => {
    const activity = await submit(t, provider)
    const res = await http.post(colleague, `${ours()}/${activity.id}/withdrawal`)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ state: 'withdrawn', permissions: { withdraw: false } })
    const again = await http.post(provider, `${ours()}/${activity.id}/withdrawal`)
    expect(again.statusCode).toBe(409)
    expect(again.json().detail).toContain('ingetrokken')
    expect((await http.post(otherProvider, `${ours()}/${activity.id}/withdrawal`)).statusCode).toBe(403)
    expect((await http.post(provider, `${ours()}/${MISSING}/withdrawal`)).statusCode).toBe(404)
    expect(await auditActions(activity.id)).toEqual(['points.activity.submitted', 'points.activity.withdrawn'])
  })
})

describe('runs of an accredited activity', () => {
  it('adds, changes and deletes runs within the validity; each change audited', async () => {
    const activity = await accredited(t, provider, office)
    expect(activity.validFrom).toBe('2026-03-02')
    const runs = `${ours()}/${activity.id}/runs`
    const add = await http.post(provider, runs, { startsOn: '2026-04-01', endsOn: '2026-04-02', location: 'Utrecht' })
    expect(add.statusCode).toBe(201)
    const run = add.json()
    expect(run).toMatchObject({ startsOn: '2026-04-01', endsOn: '2026-04-02', location: 'Utrecht', online: false })
    const change = await http.put(colleague, `${runs}/${run.id}`, {
      startsOn: '2026-05-01',
      endsOn: '2026-05-01',
      online: true,
    })
    expect(change.statusCode).toBe(200)
    expect(change.json()).toMatchObject({ startsOn: '2026-05-01', online: true, location: '' })
    const detail = (await http.get(provider, `${ours()}/${activity.id}`)).json()
    expect(detail.runs).toEqual([
      { id: run.id, startsOn: '2026-05-01', endsOn: '2026-05-01', location: '', online: true },
    ])
    expect(detail.permissions.manageRuns).toBe(true)
    expect((await http.del(provider, `${runs}/${run.id}`)).statusCode).toBe(204)
    expect(await auditActions(run.id)).toEqual(['points.run.added', 'points.run.changed', 'points.run.deleted'])
  })

  it('refuses runs outside the validity or without a place, field by field, and changes nothing', async () => {
    const activity = await accredited(t, provider, office)
    const runs = `${ours()}/${activity.id}/runs`
    const res = await http.post(provider, runs, { startsOn: '2027-03-02', endsOn: '2027-02-28', location: ' ' })
    expect(res.statusCode).toBe(400)
    expect(
      res
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['endsOn', 'location', 'startsOn'])
    expect(res.json().errors.find((e: { name: string }) => e.name === 'startsOn').reason).toBe(
      'De uitvoering moet binnen de geldigheid van de accreditatie vallen (2 maart 2026 tot en met 1 maart 2027).',
    )
    const bad = await http.post(provider, runs, { startsOn: '1 april', endsOn: '2026-04-01', extra: 1 })
    expect(bad.statusCode).toBe(400)
    expect(
      bad
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['extra', 'startsOn'])
    const rows = await t.database.db.select().from(activityRuns).where(eq(activityRuns.activityId, activity.id))
    expect(rows).toEqual([])
  })

  it('runs only on an accredited activity of one’s own organisation: 401, 403, 404, 409', async () => {
    const pending = await submit(t, provider)
    const run = { startsOn: '2026-04-01', endsOn: '2026-04-01', online: true }
    const notYet = await http.post(provider, `${ours()}/${pending.id}/runs`, run)
    expect(notYet.statusCode).toBe(409)
    expect(notYet.json().detail).toBe('Uitvoeringen kun je alleen toevoegen aan een geaccrediteerde activiteit.')
    const activity = await accredited(t, provider, office)
    const runs = `${ours()}/${activity.id}/runs`
    expect((await http.post(null, runs, run)).statusCode).toBe(401)
    for (const who of [otherProvider, office, professional])
      expect((await http.post(who, runs, run)).statusCode).toBe(403)
    expect((await http.post(provider, `${ours()}/${MISSING}/runs`, run)).statusCode).toBe(404)
    expect((await http.put(provider, `${runs}/${MISSING}`, run)).statusCode).toBe(404)
    expect((await http.del(provider, `${runs}/${MISSING}`)).statusCode).toBe(404)
  })

  it('a run with attendance cannot be deleted (Dutch 409) and stays', async () => {
    const activity = await accredited(t, provider, office)
    const runs = `${ours()}/${activity.id}/runs`
    const run = (await http.post(provider, runs, { startsOn: '2026-04-01', endsOn: '2026-04-01', online: true })).json()
    const register = await createRegister(t, 'ACC')
    const registration = await createRegistration(t, register.id)
    await t.database.db.insert(attendances).values({ runId: run.id, registrationId: registration.id, method: 'form' })
    const res = await http.del(provider, `${runs}/${run.id}`)
    expect(res.statusCode).toBe(409)
    expect(res.json().detail).toBe('Deze uitvoering heeft al presentie. Je kunt haar daarom niet verwijderen.')
    expect(await t.database.db.select().from(activityRuns).where(eq(activityRuns.id, run.id))).toHaveLength(1)
  })
})

describe('what the UI may show (GET /me permissions)', () => {
  it('provider staff manage activities, the register office reviews accreditations, others neither', async () => {
    const permissions = async (who: LoggedIn) => (await http.get(who, '/me')).json().permissions
    expect(await permissions(provider)).toMatchObject({ manageActivities: true, reviewAccreditations: false })
    expect(await permissions(office)).toMatchObject({ manageActivities: false, reviewAccreditations: true })
    expect(await permissions(professional)).toMatchObject({ manageActivities: false, reviewAccreditations: false })
  })
})
