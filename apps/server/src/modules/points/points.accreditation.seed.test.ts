import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { DEMO_DOMAIN } from '../../db/seed-data.ts'
import { users } from '../identity/identity.tables.ts'
import { organisations } from '../organisations/organisations.tables.ts'
import { seedAccreditationDemo } from './points.accreditation.seed.ts'
import { accreditedProviders, activities } from './points.accreditation.tables.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2026-03-02T10:00:00Z')
})
afterAll(() => t.close())

describe('demo accreditation', () => {
  it('seeds accredited activities with runs in the public catalogue, one in the queue, one rejected, one to check', async () => {
    const db = t.database.db
    await db.insert(organisations).values([
      { name: 'Hogeschool Utrecht', kind: 'university', city: 'Utrecht' },
      { name: 'Opleidingscentrum Sociaal Domein', kind: 'training_company', city: 'Amersfoort' },
    ])
    await db.insert(users).values(
      ['opleider-hogeschool', 'opleider-bedrijf', 'registerbureau'].map((local) => ({
        email: `${local}@${DEMO_DOMAIN}`,
        passwordHash: 'x',
        staffRoles: local === 'registerbureau' ? (['register_office'] as const) : [],
      })) as (typeof users.$inferInsert)[],
    )
    const result = await db.transaction((tx) => seedAccreditationDemo(tx, t.now.value))
    expect(result.activities).toBe(7)

    const rows = await db.select().from(activities)
    const states = rows.map((r) => r.state).sort()
    expect(states).toEqual([
      'accredited',
      'accredited',
      'accredited',
      'accredited',
      'accredited',
      'rejected',
      'submitted',
    ])
    expect(rows.filter((r) => r.fastTrack && r.checkedAt === null)).toHaveLength(1)
    expect(await db.select().from(accreditedProviders)).toHaveLength(1)

    const catalogue = await t.app.inject({ url: '/api/v1/activities?pageSize=100' })
    const titles = catalogue.json().items.map((i: { title: string }) => i.title)
    expect(titles).toEqual(
      expect.arrayContaining([
        'Motiverende gespreksvoering in de bijstand',
        'Schuldhulpverlening: signaleren en doorverwijzen',
        'E-learning Participatiewet in de praktijk',
        'Intervisie volgens de incidentmethode',
      ]),
    )
    const mgv = catalogue.json().items.find((i: { title: string }) => i.title.startsWith('Motiverende'))
    expect(mgv.publicId).toMatch(/^A-20\d\d-\d{5}$/)
    expect(mgv.nextRun).not.toBeNull()
    const detail = (await t.app.inject({ url: `/api/v1/activities/${mgv.publicId}` })).json()
    expect(detail.runs).toHaveLength(3)
  })
})
