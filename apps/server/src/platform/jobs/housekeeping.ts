import type { AppDeps } from '../../app.ts'
import { purgeExpiredSessions } from '../../modules/identity/identity-sessions.service.ts'
import { purgeExpiredRateLimits } from '../rate-limit/rate-limit.ts'

const EVERY_15_MINUTES = 15 * 60 * 1000

/** Removes what has expired: sessions past their idle or absolute timeout, and old rate-limit counters. */
export async function runHousekeeping(deps: AppDeps): Promise<{ sessions: number; rateLimits: number }> {
  const sessions = await purgeExpiredSessions(deps)
  const rateLimits = await purgeExpiredRateLimits(deps.database.db, deps.clock())
  return { sessions, rateLimits }
}

/**
 * Runs housekeeping now and then every 15 minutes in this process. Idempotent deletes, so several
 * instances doing it side by side is harmless. Returns a function that stops the timer.
 */
export function startHousekeeping(deps: AppDeps, onError: (error: unknown) => void = () => {}): () => void {
  const run = () => runHousekeeping(deps).catch(onError)
  void run()
  const timer = setInterval(run, EVERY_15_MINUTES)
  timer.unref()
  return () => clearInterval(timer)
}
