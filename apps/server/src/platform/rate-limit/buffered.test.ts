import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../../test/database.ts'
import type { DatabaseHandle } from '../../db/client.ts'
import { BufferedRateLimiter } from './buffered.ts'
import { hitRateLimit, type RateRule } from './rate-limit.ts'

let database: DatabaseHandle
beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(() => database.close())

const t0 = new Date('2025-05-01T10:00:00Z')
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000)
let n = 0
const ruleOf = (limit: number): RateRule => ({ name: `buffered-${++n}`, limit, windowSeconds: 60 })

describe('a rate limit counted in memory and shared by flushing', () => {
  it('one instance is exact: allows up to the limit without touching the database, then refuses', async () => {
    const limiter = new BufferedRateLimiter(database.db, ruleOf(3))
    const results = [0, 1, 2, 3].map((s) => limiter.hit('198.51.100.1', at(s)))
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false])
    expect(results[3]!.retryAfterSeconds).toBe(57)
    expect(limiter.hit('198.51.100.2', at(4)).allowed).toBe(true)
  })

  it('two instances share the limit after a flush', async () => {
    const rule = ruleOf(4)
    const a = new BufferedRateLimiter(database.db, rule)
    const b = new BufferedRateLimiter(database.db, rule)
    expect([a.hit('x', at(0)), a.hit('x', at(1)), a.hit('x', at(2))].every((r) => r.allowed)).toBe(true)
    await a.flush(at(3))
    await b.flush(at(3))
    // b learns the shared count only for subjects it has seen; its first hit is then corrected at its flush.
    expect(b.hit('x', at(4)).allowed).toBe(true)
    await b.flush(at(5))
    expect(b.hit('x', at(6))).toMatchObject({ allowed: false, count: 5 })
    // a learns b's hit at its own next flush: until then it may let one more through (at most a flush's worth).
    expect(a.hit('x', at(7))).toMatchObject({ allowed: true, count: 4 })
    await a.flush(at(8))
    expect(a.hit('x', at(9))).toMatchObject({ allowed: false, count: 6 })
  })

  it('meets the per-request limit on the same key: both kinds of limit add up in one row', async () => {
    const rule = ruleOf(3)
    const limiter = new BufferedRateLimiter(database.db, rule)
    await hitRateLimit(database.db, rule, 'y', at(0))
    await hitRateLimit(database.db, rule, 'y', at(1))
    limiter.hit('y', at(2))
    await limiter.flush(at(3))
    expect(limiter.hit('y', at(4))).toMatchObject({ allowed: false, count: 4 })
  })

  it('starts a new window when the old one is over, also in the shared row', async () => {
    const rule = ruleOf(1)
    const limiter = new BufferedRateLimiter(database.db, rule)
    expect(limiter.hit('z', at(0)).allowed).toBe(true)
    expect(limiter.hit('z', at(1)).allowed).toBe(false)
    await limiter.flush(at(2))
    expect(limiter.hit('z', at(61)).allowed).toBe(true)
    await limiter.flush(at(62))
    expect((await hitRateLimit(database.db, rule, 'z', at(63))).count).toBe(2)
  })
})
