import { createHash, randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { type DatabaseHandle, openDatabase } from '../src/db/client.ts'

export const PGLITE_TEMPLATE_FILE = fileURLToPath(new URL('../../../.tmp/pglite-template.tar.gz', import.meta.url))
/** One template per checkout, so test runs of two checkouts on one PostgreSQL server do not disturb each other. */
export const POSTGRES_TEMPLATE_DB = `vr_template_${createHash('sha1').update(process.cwd()).digest('hex').slice(0, 10)}`

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

export const testDbKind = (): 'pglite' | 'postgres' => (process.env.VITEST_DB === 'postgres' ? 'postgres' : 'pglite')

/** A fresh, migrated database for one test file. Close it in afterAll. */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  if (testDbKind() === 'postgres') {
    const url = process.env.TEST_DATABASE_URL!
    const name = `vr_test_${randomBytes(6).toString('hex')}`
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    await admin.query(`create database "${name}" template "${POSTGRES_TEMPLATE_DB}"`)
    await admin.end()
    const handle = await openDatabase({ databaseUrl: withDatabase(url, name), poolSize: 20 })
    const close = handle.close
    return {
      ...handle,
      close: async () => {
        await close()
        const cleanup = new pg.Client({ connectionString: url })
        await cleanup.connect()
        await cleanup.query(`drop database if exists "${name}" with (force)`)
        await cleanup.end()
      },
    } as DatabaseHandle
  }
  const dump = readFileSync(PGLITE_TEMPLATE_FILE)
  return openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([dump]) })
}
