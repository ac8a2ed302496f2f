import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../src/app.ts'
import { type Config, loadConfig } from '../src/config/config.ts'
import type { DatabaseHandle } from '../src/db/client.ts'
import { startBackgroundWork } from '../src/platform/jobs/background.ts'
import { createJobs, type Jobs, type JobsOptions } from '../src/platform/jobs/jobs.ts'
import { createTestDatabase } from './database.ts'

export interface TestApp {
  app: FastifyInstance
  database: DatabaseHandle
  config: Config
  /** pg-boss, started; workers run only when the test sets RUN_WORKERS=true. */
  jobs: Jobs
  /** Moves the app's clock; tests of timeouts use it instead of waiting. */
  now: { value: Date }
  close(): Promise<void>
}

/** Quick polling, quick retries, no maintenance: what a test needs to see a job done within a second or two. */
export const TEST_JOBS: JobsOptions = {
  pollingIntervalSeconds: 0.5,
  supervise: false,
  mailRetry: { limit: 2, delaySeconds: 0, backoff: false },
}

/**
 * A fresh database and app for one test file: `const t = await createTestApp()` in beforeAll, `t.close()` in afterAll.
 * DATA_DIR is a fresh temporary folder (removed on close); mail workers run only with `RUN_WORKERS: 'true'`.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  jobsOptions: JobsOptions = {},
  appOptions: Parameters<typeof buildApp>[1] = {},
): Promise<TestApp> {
  const database = await createTestDatabase()
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'vr-test-'))
  const config = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: 'http://localhost:3000',
    RUN_WORKERS: 'false',
    DATA_DIR: dataDir,
    ...env,
  })
  const now = { value: new Date() }
  const jobs = createJobs(database, { ...TEST_JOBS, ...jobsOptions })
  const app = await buildApp({ config, database, jobs, clock: () => now.value }, appOptions)
  await app.ready()
  const background = await startBackgroundWork(app.deps)
  return {
    app,
    database,
    config,
    jobs,
    now,
    close: async () => {
      await background.stop()
      await app.close()
      await database.close()
      if (!env.DATA_DIR) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
