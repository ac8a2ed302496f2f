import { sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { rateLimits } from './rate-limit.tables.ts'
import { type RateResult, type RateRule, rateKey } from './rate-limit.ts'

interface Counter {
  /** Hits on this instance not yet added to the shared row. */
  pending: number
  /** The shared count as of the last flush (this and every other instance). */
  shared: number
  /** End of the window, in ms. */
  resetAt: number
}

/**
 * A rate limit for hot public reads that does not write to the database on every request. Hits are counted in
 * memory and added to the shared `rate_limits` row of their subject at each flush (every `flushMs`). Between
 * flushes an instance knows the shared count as of the last flush plus its own hits since: one instance is
 * exact, several together may let through up to one flush interval's worth of extra hits. The keys are the same
 * hashed keys as `hitRateLimit`, so both kinds of limit meet in one table.
 */
export class BufferedRateLimiter {
  readonly rule: RateRule
  private readonly db: DbOrTx
  private readonly counters = new Map<string, Counter>()
  private flushing: Promise<void> = Promise.resolve()

  constructor(db: DbOrTx, rule: RateRule) {
    this.db = db
    this.rule = rule
  }

  /** Counts one hit of `subject` now; synchronous, no database. */
  hit(subject: string, now: Date): RateResult {
    const key = rateKey(this.rule, subject)
    const time = now.getTime()
    let counter = this.counters.get(key)
    if (!counter || counter.resetAt <= time) {
      counter = { pending: 0, shared: 0, resetAt: time + this.rule.windowSeconds * 1000 }
      this.counters.set(key, counter)
    }
    counter.pending++
    const count = counter.shared + counter.pending
    const retryAfterSeconds = Math.max(1, Math.ceil((counter.resetAt - time) / 1000))
    return { allowed: count <= this.rule.limit, count, retryAfterSeconds }
  }

  /** Adds the pending hits to the shared rows and learns the shared counts; forgets windows that are over. */
  flush(now: Date): Promise<void> {
    this.flushing = this.flushing.then(() => this.flushNow(now)).catch(() => {})
    return this.flushing
  }

  private async flushNow(now: Date) {
    const nowIso = now.toISOString()
    for (const [key, counter] of this.counters) {
      if (counter.pending === 0) {
        if (counter.resetAt <= now.getTime()) this.counters.delete(key)
        continue
      }
      const pending = counter.pending
      counter.pending = 0
      try {
        const [row] = await this.db
          .insert(rateLimits)
          .values({ key, count: pending, resetAt: new Date(counter.resetAt) })
          .onConflictDoUpdate({
            target: rateLimits.key,
            set: {
              count: sql`case when "rate_limits"."reset_at" <= ${nowIso}::timestamptz then ${pending} else "rate_limits"."count" + ${pending} end`,
              resetAt: sql`case when "rate_limits"."reset_at" <= ${nowIso}::timestamptz then excluded."reset_at" else "rate_limits"."reset_at" end`,
            },
          })
          .returning({ count: rateLimits.count, resetAt: rateLimits.resetAt })
        // Hits that came in during the write are in `pending` again; the row holds everything flushed so far.
        counter.shared = row!.count
        counter.resetAt = new Date(row!.resetAt).getTime()
      } catch (error) {
        counter.pending += pending // keep them for the next flush
        throw error
      }
    }
  }

  /** Flushes every `flushMs` until the returned function is called (which flushes once more). */
  start(clock: () => Date, flushMs = 1000): () => Promise<void> {
    const timer = setInterval(() => void this.flush(clock()), flushMs)
    timer.unref()
    return async () => {
      clearInterval(timer)
      await this.flush(clock())
    }
  }
}
