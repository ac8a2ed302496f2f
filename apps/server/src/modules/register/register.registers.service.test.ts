import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { loginAs } from '../../../test/auth.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { AppError } from '../../platform/http/errors.ts'
import * as repo from './register.registers.repository.ts'
import { createRegister, mapUniqueViolation } from './register.registers.service.ts'
import { registers } from './register.tables.ts'

// A taken slug or prefix that slips past the service's check (another transaction inserted the same values between
// the check and the insert): the repository's own insert and update then hit the unique constraints, and the service
// turns that real database error into the same 409, naming the right field. (No module mock: the test files share
// their modules.)

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

/** The error the service gives for what the database refused. */
async function mapped(write: Promise<unknown>) {
  const databaseError = await write.then(
    () => null,
    (e: unknown) => e,
  )
  expect(databaseError).not.toBeNull()
  try {
    mapUniqueViolation(databaseError, 'nl')
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    return error as AppError
  }
  throw new Error('not mapped')
}

describe('a taken slug or prefix that slips past the check', () => {
  it('the unique constraint refuses the insert; the service makes it a 409 naming the field, and nothing is stored', async () => {
    await createRegister(t.app.deps, ctx, body('jobcoaches', 'JC'))
    const insert = (slug: string, numberPrefix: string) =>
      repo.insertRegister(t.database.db, { ...body(slug, numberPrefix), createdAt: new Date() })
    const slug = await mapped(insert('jobcoaches', 'JB'))
    expect(slug.status).toBe(409)
    expect(slug.errors.map((e) => e.name)).toEqual(['slug'])
    expect(slug.detail).toMatch(/^[A-Z]/)
    const prefix = await mapped(insert('jobcoaches-twee', 'JC'))
    expect(prefix.status).toBe(409)
    expect(prefix.errors.map((e) => e.name)).toEqual(['numberPrefix'])
    expect(await t.database.db.select().from(registers).where(eq(registers.numberPrefix, 'JB'))).toEqual([])
  })

  it('also when a change takes another register’s prefix', async () => {
    await createRegister(t.app.deps, ctx, body('handhavers', 'HH'))
    const other = await createRegister(t.app.deps, ctx, body('handhavers-twee', 'HT'))
    const error = await mapped(repo.updateRegister(t.database.db, other.id, { numberPrefix: 'HH' }))
    expect(error.status).toBe(409)
    expect(error.errors.map((e) => e.name)).toEqual(['numberPrefix'])
    const [row] = await t.database.db.select().from(registers).where(eq(registers.id, other.id))
    expect(row!.numberPrefix).toBe('HT')
  })

  it('any other database error is passed on unchanged', () => {
    const other = Object.assign(new Error('connection lost'), { code: '08006' })
    expect(() => mapUniqueViolation(other, 'nl')).toThrow(other)
  })
})
