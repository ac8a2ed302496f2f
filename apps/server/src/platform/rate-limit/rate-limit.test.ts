import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../../test/database.ts'
import type { DatabaseHandle } from '../../db/client.ts'
import { AppError } from '../http/errors.ts'
import { rateLimits } from './rate-limit.tables.ts'
import {
  clearRateLimit,
  enforceRateLimits,
  hitRateLimit,
  purgeExpiredRateLimits,
  type RateRule,
  refundRateLimit,
} from './rate-limit.ts'

let database: DatabaseHandle
beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(() => database.close())

const rule: RateRule = { name: 'test', limit: 3, windowSeconds: 600 }
const t0 = new Date('2025-05-01T10:00:00Z')
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000)

describe('shared rate limits', () => {
  it('allows up to the limit, then refuses with the seconds until the window ends', async () => {
    const results = []
    for (let i = 0; i < 4; i++) results.push(await hitRateLimit(database.db, rule, 'a@b.nl', at(i)))
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false])
    expect(results[3]!.retryAfterSeconds).toBe(600 - 3)
  })

  it('starts a new window when the old one is over', async () => {
    const result = await hitRateLimit(database.db, rule, 'a@b.nl', at(601))
    expect(result).toMatchObject({ allowed: true, count: 1 })
  })

  it('counts concurrent hits exactly once each (atomic upsert)', async () => {
    const hits = await Promise.all(Array.from({ length: 12 }, () => hitRateLimit(database.db, rule, 'race', at(0))))
    expect(hits.map((h) => h.count).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    expect(hits.filter((h) => h.allowed)).toHaveLength(3)
  })

  it('keys are per subject, case-insensitive, and never store the subject itself', async () => {
    await hitRateLimit(database.db, rule, 'Iemand@Voorbeeld.nl', at(0))
    expect((await hitRateLimit(database.db, rule, 'iemand@voorbeeld.nl', at(0))).count).toBe(2)
    const keys = (await database.db.select().from(rateLimits)).map((r) => r.key)
    expect(keys.join(' ')).not.toContain('voorbeeld')
  })

  it('enforce throws a 429 in Dutch with Retry-After', async () => {
    const strict: RateRule = { name: 'strict', limit: 1, windowSeconds: 300 }
    await enforceRateLimits(database.db, at(0), 'nl', [[strict, 'x']])
    const error = await enforceRateLimits(database.db, at(10), 'nl', [[strict, 'x']]).catch((e) => e)
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ status: 429, headers: { 'retry-after': '290' } })
    expect(error.detail).toBe('Te veel pogingen. Probeer het over 5 minuten opnieuw.')
  })

  it('clear and refund take hits back; purge removes old windows', async () => {
    const r: RateRule = { name: 'refund', limit: 2, windowSeconds: 60 }
    await hitRateLimit(database.db, r, 's', at(0))
    await hitRateLimit(database.db, r, 's', at(0))
    await refundRateLimit(database.db, r, 's')
    expect((await hitRateLimit(database.db, r, 's', at(1))).allowed).toBe(true)
    await clearRateLimit(database.db, r, 's')
    expect((await hitRateLimit(database.db, r, 's', at(2))).count).toBe(1)
    expect(await purgeExpiredRateLimits(database.db, at(100_000))).toBeGreaterThan(0)
    expect(await database.db.select().from(rateLimits)).toHaveLength(0)
  })
})
