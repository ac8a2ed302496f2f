import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { seedDemoData } from '../../db/seed.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
  await seedDemoData(t.app.deps)
})
afterAll(() => t.close())

type Summary = {
  title: string
  online: boolean
  province: string | null
  placesLeft: number
  capacity: number
  startsAt: string
  accreditation: { activityPublicId: string; points: number } | null
}

describe('the demo agenda', () => {
  it('has a dozen coming events of the demo providers, some online, some with points, one nearly full', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/events?pageSize=100' })
    expect(res.statusCode).toBe(200)
    const items = res.json().items as Summary[]
    expect(items).toHaveLength(12)
    expect(items.filter((e) => e.online).length).toBeGreaterThanOrEqual(3)
    expect(items.filter((e) => e.accreditation !== null).length).toBe(3)
    expect(new Set(items.filter((e) => e.province).map((e) => e.province)).size).toBeGreaterThanOrEqual(6)
    const nearlyFull = items.find((e) => e.title === 'Statushouders en inburgering: samenwerken rond werk')!
    expect(nearlyFull).toMatchObject({ capacity: 25, placesLeft: 1 })
    const months = new Set(items.map((e) => e.startsAt.slice(0, 7)))
    expect(months.size).toBeGreaterThanOrEqual(3)
    expect(res.body).not.toContain('vergaderen.demo.vakregister.nl')
  })
})
