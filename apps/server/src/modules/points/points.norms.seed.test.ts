import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { registers } from '../register/register.tables.ts'
import { DEMO_NORM_KM, DEMO_NORM_PC, seedNormsDemo } from './points.norms.seed.ts'
import { checkNormInput } from './points.norms.service.ts'
import { normVersions } from './points.tables.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const asInput = (n: typeof DEMO_NORM_KM) => ({
  ...n,
  categories: {
    training: { minimum: n.categories.training.min, maximum: n.categories.training.max },
    reflection: { minimum: n.categories.reflection.min, maximum: n.categories.reflection.max },
    freeChoice: { minimum: n.categories['free-choice'].min, maximum: n.categories['free-choice'].max },
  },
})

describe('the demo norms', () => {
  it('are valid norms by the register office’s own checks', () => {
    expect(checkNormInput(asInput(DEMO_NORM_KM), 'nl', null).errors).toEqual([])
    expect(checkNormInput(asInput(DEMO_NORM_PC), 'nl', null).errors).toEqual([])
  })

  it('give the demo registers their first version: 200 points in 5 years for the klantmanagers', async () => {
    const db = t.database.db
    const [km] = await db
      .insert(registers)
      .values({ name: 'Register Klantmanagers', slug: 'klantmanagers', numberPrefix: 'KM', professions: ['jobcoach'] })
      .returning()
    await db.insert(registers).values({
      name: 'Register Participatiecoaches',
      slug: 'participatiecoaches',
      numberPrefix: 'PC',
      professions: ['participatiecoach'],
      cycleYears: 4,
    })
    const result = await db.transaction((tx) => seedNormsDemo(tx, new Date('2026-01-01T00:00:00Z')))
    expect(result).toEqual({ normVersions: 2 })
    const [version] = await db.select().from(normVersions).where(eq(normVersions.registerId, km!.id))
    expect(version).toMatchObject({
      version: 1,
      totalPoints: 200,
      capPerActivity: 40,
      proRata: 'yes',
      categories: {
        training: { min: 60, max: null },
        reflection: { min: 50, max: null },
        'free-choice': { min: null, max: 60 },
      },
    })
  })
})
