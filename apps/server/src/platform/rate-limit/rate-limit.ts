import { createHash } from 'node:crypto'
import { lt, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { tooManyRequests } from '../http/errors.ts'
import { type Locale, tooManyRequestsMessage } from '../http/messages.ts'
import { rateLimits } from './rate-limit.tables.ts'

/** A limit: at most `limit` hits per subject in a fixed window of `windowSeconds`. */
export interface RateRule {
  name: string
  limit: number
  windowSeconds: number
}

export interface RateResult {
  allowed: boolean
  count: number
  retryAfterSeconds: number
}

/** The subject (an e-mail address, an IP address) is stored only as a hash. */
export function rateKey(rule: RateRule, subject: string): string {
  const digest = createHash('sha256').update(subject.trim().toLowerCase()).digest('base64url').slice(0, 32)
  return `${rule.name}:${digest}`
}

/**
 * Counts one hit, atomically, in the shared table: an `insert ... on conflict do update` that starts a new
 * window when the old one is over. Several app instances on one database therefore share every limit.
 */
export async function hitRateLimit(db: DbOrTx, rule: RateRule, subject: string, now: Date): Promise<RateResult> {
  const nowIso = now.toISOString()
  const resetAt = new Date(now.getTime() + rule.windowSeconds * 1000)
  const rows = await db
    .insert(rateLimits)
    .values({ key: rateKey(rule, subject), count: 1, resetAt })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when "rate_limits"."reset_at" <= ${nowIso}::timestamptz then 1 else "rate_limits"."count" + 1 end`,
        resetAt: sql`case when "rate_limits"."reset_at" <= ${nowIso}::timestamptz then excluded."reset_at" else "rate_limits"."reset_at" end`,
      },
    })
    .returning({ count: rateLimits.count, resetAt: rateLimits.resetAt })
  const row = rows[0]!
  const retryAfterSeconds = Math.max(1, Math.ceil((new Date(row.resetAt).getTime() - now.getTime()) / 1000))
  return { allowed: row.count <= rule.limit, count: row.count, retryAfterSeconds }
}

/** Counts one hit for every (rule, subject) pair; throws 429 with Retry-After when any limit is passed. */
export async function enforceRateLimits(
  db: DbOrTx,
  now: Date,
  locale: Locale,
  hits: [RateRule, string][],
): Promise<void> {
  let retryAfter = 0
  for (const [rule, subject] of hits) {
    const result = await hitRateLimit(db, rule, subject, now)
    if (!result.allowed) retryAfter = Math.max(retryAfter, result.retryAfterSeconds)
  }
  if (retryAfter > 0) throw rateLimitError(locale, retryAfter)
}

export function rateLimitError(locale: Locale, retryAfterSeconds: number) {
  return tooManyRequests(tooManyRequestsMessage(locale, retryAfterSeconds), retryAfterSeconds)
}

/** Forgets the hits of one subject (e.g. an account after a successful log-in). */
export async function clearRateLimit(db: DbOrTx, rule: RateRule, subject: string): Promise<void> {
  await db.delete(rateLimits).where(sql`${rateLimits.key} = ${rateKey(rule, subject)}`)
}

/** Takes back one hit (e.g. a successful log-in should not count against the IP address). */
export async function refundRateLimit(db: DbOrTx, rule: RateRule, subject: string): Promise<void> {
  await db
    .update(rateLimits)
    .set({ count: sql`greatest("rate_limits"."count" - 1, 0)` })
    .where(sql`${rateLimits.key} = ${rateKey(rule, subject)}`)
}

/** Removes counters whose window is over; run now and then (a scheduled job). */
export async function purgeExpiredRateLimits(db: DbOrTx, now: Date): Promise<number> {
  const rows = await db.delete(rateLimits).where(lt(rateLimits.resetAt, now)).returning({ key: rateLimits.key })
  return rows.length
}
