import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import { activities } from './points.accreditation.tables.ts'
import { api, submit } from './points.accreditation.test-fixtures.ts'

let t: TestApp
let http: ReturnType<typeof api>
let hogeschool: LoggedIn
let opleider: LoggedIn
let office: LoggedIn
const ids: Record<string, { id: string; publicId: string }> = {}

const runOf = (provider: LoggedIn, activityId: string, run: object) =>
  http.post(provider, `/organisations/${provider.organisationId}/activities/${activityId}/runs`, run)

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2026-03-02T10:00:00Z')
  http = api(t)
  hogeschool = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.80' })
  opleider = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.81' })
  office = await loginAs(t, 'register_office', { remoteAddress: '198.51.100.82' })
  const make = async (key: string, provider: LoggedIn, submission: object, decision: object = {}) => {
    const activity = await submit(t, provider, submission)
    const res = await http.post(office, `/activity-reviews/${activity.id}/decisions`, {
      outcome: 'accredit',
      ...decision,
    })
    ids[key] = res.json()
  }
  await make('mgv', hogeschool, { title: 'Motiverende gespreksvoering in de bijstand', netHours: 12 })
  await make('schuld', opleider, {
    title: 'Schuldhulpverlening: signaleren en doorverwijzen',
    netHours: 4,
    targetProfessions: ['schuldhulpverlener'],
  })
  await make(
    'elearning',
    opleider,
    { title: 'E-learning Participatiewet', format: 'e-learning', netHours: 6, finalTest: 'Online toets, 20 vragen' },
    { category: 'training' },
  )
  await make('intervisie', hogeschool, {
    title: 'Intervisie volgens de incidentmethode',
    format: 'intervision',
    netHours: 9,
    requestedCategory: 'reflection',
  })
  await make('old', hogeschool, { title: 'Verlopen training' }, { validFrom: '2024-01-01' })
  await submit(t, hogeschool, { title: 'Nog niet beoordeelde aanvraag' })
  await runOf(hogeschool, ids.mgv!.id, {
    startsOn: '2026-04-10',
    endsOn: '2026-04-11',
    location: 'Utrecht, Padualaan 101',
  })
  await runOf(hogeschool, ids.mgv!.id, { startsOn: '2026-09-01', endsOn: '2026-09-01', online: true })
  await runOf(opleider, ids.schuld!.id, { startsOn: '2026-05-20', endsOn: '2026-05-20', location: 'Amersfoort' })
})
afterAll(() => t.close())

const search = async (query = '') => {
  const res = await http.get(null, `/activities${query}`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json() as { items: { publicId: string; title: string }[]; total: number }
}
const titles = async (query = '') => (await search(query)).items.map((i) => i.title).sort()

describe('the public catalogue', () => {
  it('lists accredited, still valid activities without login; nothing else; only public fields', async () => {
    const page = await search()
    expect(page.items.map((i) => i.publicId).sort()).toEqual(
      [ids.mgv, ids.schuld, ids.elearning, ids.intervisie].map((a) => a!.publicId).sort(),
    )
    const mgv = page.items.find((i) => i.publicId === ids.mgv!.publicId)!
    expect(Object.keys(mgv).sort()).toEqual(
      [
        'category',
        'format',
        'nextRun',
        'points',
        'provider',
        'publicId',
        'targetProfessions',
        'title',
        'validFrom',
        'validUntil',
      ].sort(),
    )
    expect(mgv).toMatchObject({
      points: 12,
      nextRun: { startsOn: '2026-04-10', endsOn: '2026-04-11', location: 'Utrecht, Padualaan 101', online: false },
      provider: { id: hogeschool.organisationId },
    })
    expect(Object.keys((mgv as unknown as { provider: object }).provider).sort()).toEqual(['city', 'id', 'name'])
    expect(await titles('?includeExpired=true')).toContain('Verlopen training')
  })

  it('searches the title (also with a small typo) and the public ID', async () => {
    expect(await titles('?q=gespreksvoering')).toEqual(['Motiverende gespreksvoering in de bijstand'])
    expect(await titles('?q=schuldhulpverlenig')).toEqual(['Schuldhulpverlening: signaleren en doorverwijzen'])
    expect(await titles(`?q=${ids.intervisie!.publicId}`)).toEqual(['Intervisie volgens de incidentmethode'])
    expect(await titles('?q=100%25')).toEqual([])
  })

  it('filters on format, category, provider, profession, points and runs (online, place, period)', async () => {
    expect(await titles('?format=e-learning')).toEqual(['E-learning Participatiewet'])
    expect(await titles('?category=reflection')).toEqual(['Intervisie volgens de incidentmethode'])
    expect(await titles(`?providerId=${opleider.organisationId}`)).toEqual([
      'E-learning Participatiewet',
      'Schuldhulpverlening: signaleren en doorverwijzen',
    ])
    expect(await titles('?profession=schuldhulp')).toEqual(['Schuldhulpverlening: signaleren en doorverwijzen'])
    expect(await titles('?minPoints=6&maxPoints=9')).toEqual([
      'E-learning Participatiewet',
      'Intervisie volgens de incidentmethode',
    ])
    expect(await titles('?online=true')).toEqual(['Motiverende gespreksvoering in de bijstand'])
    expect(await titles('?online=false&location=amersfoort')).toEqual([
      'Schuldhulpverlening: signaleren en doorverwijzen',
    ])
    expect(await titles('?from=2026-05-01&to=2026-06-30')).toEqual(['Schuldhulpverlening: signaleren en doorverwijzen'])
  })

  it('pages with a Link header', async () => {
    const res = await http.get(null, '/activities?pageSize=2&page=2')
    expect(res.json()).toMatchObject({ page: 2, pageSize: 2, total: 4 })
    expect(res.json().items).toHaveLength(2)
    expect(res.headers.link).toContain('rel="prev"')
    expect(res.headers.link).toContain('page=1')
  })

  it('refuses bad filters field by field in Dutch', async () => {
    const res = await http.get(null, '/activities?from=2026-06-01&to=2026-05-01&minPoints=5&maxPoints=2')
    expect(res.statusCode).toBe(400)
    expect(
      res
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['maxPoints', 'to'])
    const shape = await http.get(null, '/activities?format=cursus&pageSize=500&secret=1')
    expect(
      shape
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['format', 'pageSize', 'secret'])
  })

  it('shows one activity with its runs and only public fields; not an activity that is not accredited', async () => {
    const res = await http.get(null, `/activities/${ids.mgv!.publicId}`)
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(Object.keys(body).sort()).toEqual(
      [
        'category',
        'description',
        'format',
        'hasFinalTest',
        'learningGoals',
        'netHours',
        'points',
        'provider',
        'publicId',
        'runs',
        'targetProfessions',
        'teachers',
        'title',
        'validFrom',
        'validUntil',
      ].sort(),
    )
    expect(body.runs).toEqual([
      { startsOn: '2026-04-10', endsOn: '2026-04-11', location: 'Utrecht, Padualaan 101', online: false },
      { startsOn: '2026-09-01', endsOn: '2026-09-01', location: '', online: true },
    ])
    expect((await http.get(null, `/activities/${ids.elearning!.publicId}`)).json().hasFinalTest).toBe(true)
    expect((await http.get(null, '/activities/A-2026-99999')).statusCode).toBe(404)
    expect((await http.get(null, '/activities/foo')).statusCode).toBe(400)
    await t.database.db.update(activities).set({ state: 'rejected' }).where(eq(activities.id, ids.old!.id))
    expect((await http.get(null, `/activities/${ids.old!.publicId}`)).statusCode).toBe(404)
  })
})
