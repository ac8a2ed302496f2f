import type { FastifyInstance } from 'fastify'
import { buildApp } from '../src/app.ts'
import { type Config, loadConfig } from '../src/config/config.ts'
import type { DatabaseHandle } from '../src/db/client.ts'
import { createTestDatabase } from './database.ts'

export interface TestApp {
  app: FastifyInstance
  database: DatabaseHandle
  config: Config
  /** Moves the app's clock; tests of timeouts use it instead of waiting. */
  now: { value: Date }
  close(): Promise<void>
}

/** A fresh database and app for one test file: `const t = await createTestApp()` in beforeAll, `t.close()` in afterAll. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase()
  const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'http://localhost:3000', ...env })
  const now = { value: new Date() }
  const app = await buildApp({ config, database, clock: () => now.value })
  await app.ready()
  return {
    app,
    database,
    config,
    now,
    close: async () => {
      await app.close()
      await database.close()
    },
  }
}
