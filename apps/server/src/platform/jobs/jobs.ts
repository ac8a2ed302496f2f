import { sql } from 'drizzle-orm'
import { fromDrizzle, fromPglite, type Job, PgBoss, type Queue } from 'pg-boss'
import type { DatabaseHandle, DbOrTx } from '../../db/client.ts'

/** Every queue of the app with its retry policy. Jobs are rows in PostgreSQL (schema `pgboss`). */
export const QUEUES = {
  mailSend: 'mail.send',
  cycleReminders: 'register.cycle-reminders',
  reregistrationLapses: 'points.reregistration-lapses',
} as const
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]

export interface JobsOptions {
  /** How often an idle worker looks for work (seconds, ≥ 0.5). */
  pollingIntervalSeconds?: number
  /** Maintenance (expire stuck jobs, clean up old ones). On in production; tests turn it off for speed. */
  supervise?: boolean
  /** Run pg-boss's cron schedules (e.g. the daily cycle reminders) in this process; defaults to `supervise`. */
  schedule?: boolean
  /** Mail retries: how often, and the first delay (doubled each time, at most an hour). */
  mailRetry?: { limit: number; delaySeconds: number; backoff: boolean }
  onError?: (error: unknown) => void
}

export interface Jobs {
  readonly boss: PgBoss
  readonly pollingIntervalSeconds: number
  /** Creates the pg-boss schema when needed (under pg-boss's own lock) and the queues. */
  start(): Promise<void>
  /** Enqueues a job inside the caller's transaction: the job exists exactly when the transaction commits. */
  send(queue: QueueName, data: object, tx: DbOrTx): Promise<string>
  /** Runs a handler for one job at a time of this queue in this process. */
  work<T>(
    queue: QueueName,
    handler: (job: Job<T> & { retryCount: number; retryLimit: number }) => Promise<void>,
  ): Promise<void>
  /** Stops the workers (lets running jobs finish, up to the timeout) and the maintenance. */
  stop(timeoutMs?: number): Promise<void>
}

const DEFAULT_MAIL_RETRY = { limit: 5, delaySeconds: 30, backoff: true }

/** pg-boss on the app's database: PGlite through its embedded backend, PostgreSQL through its own small pool. */
export function createJobs(database: DatabaseHandle, options: JobsOptions = {}): Jobs {
  const supervise = options.supervise ?? true
  const schedule = options.schedule ?? supervise
  const boss =
    database.kind === 'pglite'
      ? new PgBoss({ db: fromPglite(database.pglite), backend: 'pglite', supervise, schedule })
      : new PgBoss({
          connectionString: database.url,
          max: 4,
          supervise,
          schedule,
          application_name: 'vakregister-jobs',
        })
  boss.on('error', (error) => options.onError?.(error))
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2
  const mailRetry = options.mailRetry ?? DEFAULT_MAIL_RETRY
  const queueOptions: Record<QueueName, Omit<Queue, 'name'>> = {
    'mail.send': {
      retryLimit: mailRetry.limit,
      retryDelay: mailRetry.delaySeconds,
      retryBackoff: mailRetry.backoff,
      ...(mailRetry.backoff ? { retryDelayMax: 3600 } : {}),
      expireInSeconds: 300,
    },
    'register.cycle-reminders': { retryLimit: 3, retryDelay: 600, expireInSeconds: 1800 },
    'points.reregistration-lapses': { retryLimit: 3, retryDelay: 600, expireInSeconds: 1800 },
  }
  let started = false

  return {
    boss,
    pollingIntervalSeconds,
    async start() {
      if (started) return
      await boss.start({ attempts: 3 })
      for (const [name, queue] of Object.entries(queueOptions)) {
        // Both are safe when several instances start at once (pg-boss locks and ignores duplicates).
        await boss.createQueue(name, queue)
        const { retryDelayMax: _max, ...changeable } = queue
        await boss.updateQueue(name, changeable)
      }
      started = true
    },
    async send(queue, data, tx) {
      const id = await boss.send(queue, data, { db: fromDrizzle(tx as any, sql) })
      if (!id) throw new Error(`pg-boss did not accept a job for ${queue}`)
      return id
    },
    async work(queue, handler) {
      await boss.work(queue, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds }, async ([job]) => {
        if (job) await handler(job as any)
      })
    },
    async stop(timeoutMs = 10_000) {
      if (!started) return
      started = false
      // PGlite is closed by its owner (the database handle); pg-boss closes only the pool it opened itself.
      await boss.stop({ graceful: true, timeout: timeoutMs, close: database.kind === 'postgres' })
    },
  }
}
