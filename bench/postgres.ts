/** What the PostgreSQL benchmarks share: a fresh database next to DATABASE_URL, the app started on it, a pool. */
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { freePort, type Started, startAndWait } from './process.ts'

/** DATABASE_URL, or the process exits with a message naming the benchmark. */
export function adminUrlOrExit(benchmark: string): string {
  const url = process.env.DATABASE_URL
  if (!url?.startsWith('postgres')) {
    console.error(`${benchmark} needs DATABASE_URL=postgres://… (a fresh database is created next to it)`)
    process.exit(2)
  }
  return url
}

/** One query on a connection of its own. */
export async function query<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(text, values)).rows
  } finally {
    await client.end()
  }
}

/** Starts the app the way `npm start` does, on `databaseUrl`, with demo data and warnings-only logging. */
export async function startApp(
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
): Promise<Started & { baseUrl: string }> {
  const port = await freePort()
  const app = await startAndWait(['apps/server/scripts/start.ts'], `http://127.0.0.1:${port}/api/v1/health/ready`, {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://localhost:${port}`,
    DATABASE_URL: databaseUrl,
    DATA_DIR: join(tmpdir(), 'vakregister-bench-unused'),
    SEED_DEMO: 'true',
    ...extraEnv,
  })
  return { ...app, baseUrl: `http://127.0.0.1:${port}` }
}

/**
 * Creates a database `<prefix>_<random>` next to `adminUrl`, lets the app migrate and seed it on a first start,
 * then runs `fill` on one connection. Drops the database when anything fails.
 */
export async function createBenchDatabase<R>(
  adminUrl: string,
  prefix: string,
  fill: (client: pg.Client) => Promise<R>,
  appEnv: Record<string, string> = {},
): Promise<{ url: string; name: string; filled: R }> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`
  await query(adminUrl, `create database "${name}"`)
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  try {
    console.log(`Database ${name}: first start of the app (migrate + seed) …`)
    const first = await startApp(url.toString(), appEnv)
    await first.stop()
    const client = new pg.Client({ connectionString: url.toString() })
    await client.connect()
    try {
      return { url: url.toString(), name, filled: await fill(client) }
    } finally {
      await client.end()
    }
  } catch (error) {
    await dropBenchDatabase(adminUrl, name)
    throw error
  }
}

export const dropBenchDatabase = (adminUrl: string, name: string) =>
  query(adminUrl, `drop database if exists "${name}" with (force)`)

/** Runs `work` over `items` with `concurrency` at a time; results in input order. */
export async function pool<T, R>(items: T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const i = next++
        results[i] = await work(items[i]!)
      }
    }),
  )
  return results
}

/** A number for a report: thousands separated, at most `digits` decimals; '–' when absent. */
export const fmt = (n: number | undefined, digits = 0) =>
  n !== undefined && Number.isFinite(n) ? n.toLocaleString('en', { maximumFractionDigits: digits }) : '–'
