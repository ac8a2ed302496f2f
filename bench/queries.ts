/**
 * `node bench/queries.ts`: counts the database queries of one logged-in `GET /api/v1/me` (the session lookup of
 * every API request with a cookie, plus the route), on PGlite and — with DATABASE_URL — on a fresh PostgreSQL
 * database next to that URL (dropped after). Prints each query's first characters. A measurement, never a test.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { buildApp } from '../apps/server/src/app.ts'
import { loadConfig } from '../apps/server/src/config/config.ts'
import { type DatabaseHandle, openDatabase } from '../apps/server/src/db/client.ts'
import { migrateDatabase } from '../apps/server/src/db/migrate.ts'
import { seedDemoData } from '../apps/server/src/db/seed.ts'
import { demoProfessional } from './demo.ts'

const MINUTE = 60_000

/** Records the text of every query sent while `recording` is on. */
function recorder(database: DatabaseHandle) {
  const state = { recording: false, queries: [] as string[] }
  const record = (query: unknown) => {
    if (!state.recording) return
    const text = typeof query === 'string' ? query : (query as { text?: string })?.text
    state.queries.push(String(text ?? JSON.stringify(query)))
  }
  if (database.kind === 'postgres') {
    // Every pooled connection, those already open included.
    const original = pg.Client.prototype.query as (...args: unknown[]) => unknown
    ;(pg.Client.prototype as { query: unknown }).query = function (this: pg.Client, ...args: unknown[]) {
      record(args[0])
      return original.apply(this, args)
    }
  } else {
    const client = database.pglite as unknown as Record<'query' | 'exec', (...args: unknown[]) => unknown>
    for (const method of ['query', 'exec'] as const) {
      const original = client[method].bind(client)
      client[method] = (...args: unknown[]) => {
        record(args[0])
        return original(...args)
      }
    }
  }
  return state
}

async function count(kind: string, databaseUrl: string | undefined) {
  const dataDir = mkdtempSync(join(tmpdir(), 'vakregister-queries-'))
  const database = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir: 'memory://' })
  try {
    await migrateDatabase(database)
    const publicUrl = 'http://localhost:3000'
    const config = loadConfig({
      NODE_ENV: 'development',
      PUBLIC_URL: publicUrl,
      RUN_WORKERS: 'false',
      DATA_DIR: dataDir,
    })
    let now = Date.now()
    const app = await buildApp({ config, database, clock: () => new Date(now) })
    await app.ready()
    await seedDemoData(app.deps)
    const { email, password } = demoProfessional()
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      headers: { origin: publicUrl },
      payload: { email, password },
    })
    if (login.statusCode !== 200) throw new Error(`log-in failed: ${login.statusCode} ${login.body}`)
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ')
    const state = recorder(database)
    console.log(`${kind}:`)
    for (const [label, moveClock] of [
      ['GET /api/v1/me (logged in)', 0],
      ['the same, again within the minute', 1000],
      ['the same, over a minute later (lastSeenAt is refreshed)', 2 * MINUTE],
    ] as const) {
      now += moveClock
      state.queries = []
      state.recording = true
      const res = await app.inject({ url: '/api/v1/me', headers: { cookie } })
      state.recording = false
      console.log(
        `  ${label}: ${res.statusCode}, ${state.queries.length} quer${state.queries.length === 1 ? 'y' : 'ies'}`,
      )
      for (const query of state.queries) console.log(`    ${query.replace(/\s+/g, ' ').slice(0, 110)}…`)
    }
    await app.close()
  } finally {
    await database.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await count('PGlite', undefined)
const url = process.env.DATABASE_URL
if (url) {
  const name = `vr_queries_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database "${name}"`)
  try {
    const databaseUrl = new URL(url)
    databaseUrl.pathname = `/${name}`
    await count('PostgreSQL', databaseUrl.toString())
  } finally {
    await admin.query(`drop database if exists "${name}" with (force)`)
    await admin.end()
  }
}
