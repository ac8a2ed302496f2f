import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { loginAs } from '../../../test/auth.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { AppError } from '../../platform/http/errors.ts'
import { createRegister, updateRegister } from './register.registers.service.ts'
import { registers } from './register.tables.ts'

// The check for a taken slug or prefix is switched off here, as if another transaction inserted the same values
// between the check and the insert: the unique constraints must then give the same 409, naming the right field.
vi.mock('./register.registers.repository.ts', async (original) => ({
  ...(await original<typeof import('./register.registers.repository.ts')>()),
  findTaken: async () => ({ slug: false, numberPrefix: false }),
}))

let t: TestApp
let ctx: RequestContext
const context = (userId: string): RequestContext => ({
  actor: { userId, staffRoles: ['admin'], memberships: [], sessionId: null },
  requestId: 'test',
  origin: 'test',
  locale: 'nl',
})

beforeAll(async () => {
  t = await createTestApp()
  ctx = context((await loginAs(t, 'admin')).userId)
})
afterAll(() => t.close())

const body = (slug: string, numberPrefix: string) => ({
  name: 'Register Jobcoaches',
  slug,
  numberPrefix,
  professions: ['jobcoach'],
  cycleYears: 5,
})

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AppError)
  return error as AppError
}

describe('a taken slug or prefix that slips past the check', () => {
  it('is refused by the unique constraint as a 409 naming the field, and nothing is stored', async () => {
    await createRegister(t.app.deps, ctx, body('jobcoaches', 'JC'))
    const slug = await refusal(createRegister(t.app.deps, ctx, body('jobcoaches', 'JB')))
    expect(slug.status).toBe(409)
    expect(slug.errors.map((e) => e.name)).toEqual(['slug'])
    const prefix = await refusal(createRegister(t.app.deps, ctx, body('jobcoaches-twee', 'JC')))
    expect(prefix.status).toBe(409)
    expect(prefix.errors.map((e) => e.name)).toEqual(['numberPrefix'])
    expect(await t.database.db.select().from(registers).where(eq(registers.numberPrefix, 'JB'))).toEqual([])
  })

  it('also when a change takes another register’s prefix', async () => {
    await createRegister(t.app.deps, ctx, body('handhavers', 'HH'))
    const other = await createRegister(t.app.deps, ctx, body('handhavers-twee', 'HT'))
    const error = await refusal(updateRegister(t.app.deps, ctx, other.id, { numberPrefix: 'HH' }))
    expect(error.status).toBe(409)
    expect(error.errors.map((e) => e.name)).toEqual(['numberPrefix'])
    const [row] = await t.database.db.select().from(registers).where(eq(registers.id, other.id))
    expect(row!.numberPrefix).toBe('HT')
  })
})
