import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { loginAs } from '../../../test/auth.ts'
import { runHousekeeping } from './housekeeping.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('housekeeping', () => {
  it('removes sessions that passed their timeout and keeps live ones', async () => {
    const professional = await loginAs(t, 'professional')
    expect((await runHousekeeping(t.app.deps)).sessions).toBe(0)
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: professional.headers })
    expect(me.statusCode).toBe(200)

    t.now.value = new Date(t.now.value.getTime() + 31 * 60 * 1000) // past the 30-minute idle timeout
    const purged = await runHousekeeping(t.app.deps)
    expect(purged.sessions).toBeGreaterThanOrEqual(1)
    t.now.value = new Date()
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: professional.headers })
    expect(after.statusCode).toBe(401)
  })
})
