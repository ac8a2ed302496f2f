/**
 * `npm run bench`: measures, in one run and on this machine,
 *   - throughput and latency (autocannon) of a bare Fastify route, GET /api/v1/health/ready, a logged-in
 *     GET /api/v1/me and the home page, each also as a ratio to the bare route;
 *   - start-up time (spawn → ready) and memory (RSS) of a first start (fresh data: migrate + seed) and a second
 *     start (reusing the data), the way `npm start` runs the app.
 * On PGlite always; on PostgreSQL too when DATABASE_URL is set (a fresh database is created next to it and dropped).
 * Options (env): BENCH_DURATION seconds per measurement (default 10), BENCH_CONNECTIONS (default 10).
 * Figures are printed (and written to .tmp/bench.json); they belong in docs/performance.md, never in a test.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import pg from 'pg'
import { ensureWebBuilt } from '../apps/server/scripts/start.ts'
import { demoProfessional } from './demo.ts'
import { freePort, memoryOf, rootDir, startAndWait } from './process.ts'

const DURATION = Number(process.env.BENCH_DURATION ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10)

interface Load {
  name: string
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  non2xx: number
  errors: number
}

interface StartFigure {
  name: string
  readyMs: number
  rssMb: number
}

async function load(name: string, url: string, headers: Record<string, string> = {}): Promise<Load> {
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 2 }) // warm-up, not counted
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION })
  const figure = {
    name,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  }
  console.log(
    `  ${name}: ${Math.round(figure.requestsPerSecond)} req/s, p50 ${figure.p50Ms} ms, p99 ${figure.p99Ms} ms` +
      (figure.non2xx || figure.errors ? ` (${figure.non2xx} non-2xx, ${figure.errors} errors)` : ''),
  )
  return figure
}

async function benchBare(): Promise<Load> {
  const port = await freePort()
  const server = await startAndWait(['bench/bare-server.ts', String(port)], `http://127.0.0.1:${port}/`, process.env)
  try {
    return await load('bare Fastify route', `http://127.0.0.1:${port}/`)
  } finally {
    await server.stop()
  }
}

/** Logs in as the demo professional over the API, as a browser would; returns the session cookie. */
async function logIn(baseUrl: string): Promise<string> {
  const { email, password } = demoProfessional()
  const response = await fetch(`${baseUrl}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', origin: baseUrl },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`log-in as ${email} failed: ${response.status} ${await response.text()}`)
  const me = (await response.json()) as { session?: { mfaState?: string } }
  if (me.session?.mfaState !== 'complete') throw new Error(`log-in as ${email} needs MFA (${me.session?.mfaState})`)
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  if (!cookie) throw new Error('log-in answered without a session cookie')
  return cookie
}

/** First start (fresh data), second start (same data), then the load on the second instance. */
async function benchApp(kind: 'PGlite' | 'PostgreSQL', dbEnv: Record<string, string>) {
  const starts: StartFigure[] = []
  const loads: Load[] = []
  const port = await freePort()
  const baseUrl = `http://localhost:${port}`
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    SEED_DEMO: 'true',
    ...dbEnv,
  }
  const ready = `http://127.0.0.1:${port}/api/v1/health/ready`
  for (const which of ['first start (migrate + seed)', 'second start (reuses the data)']) {
    const app = await startAndWait(['apps/server/scripts/start.ts'], ready, env)
    const figure = { name: `${kind} ${which}`, readyMs: app.readyMs, rssMb: memoryOf(app.child.pid!).rssMb }
    console.log(`  ${figure.name}: ready in ${(figure.readyMs / 1000).toFixed(2)} s, RSS ${figure.rssMb.toFixed(0)} MB`)
    starts.push(figure)
    if (which.startsWith('first')) {
      await app.stop()
      continue
    }
    try {
      const cookie = await logIn(baseUrl)
      loads.push(await load(`${kind} GET /api/v1/health/ready`, ready))
      loads.push(await load(`${kind} GET /api/v1/me (logged in)`, `http://127.0.0.1:${port}/api/v1/me`, { cookie }))
      loads.push(await load(`${kind} GET / (home page)`, `http://127.0.0.1:${port}/`, { accept: 'text/html' }))
      const memory = memoryOf(app.child.pid!)
      starts.push({ name: `${kind} after the load (peak RSS)`, readyMs: Number.NaN, rssMb: memory.peakMb })
      console.log(`  ${kind} peak RSS after the load: ${memory.peakMb.toFixed(0)} MB`)
    } finally {
      await app.stop()
    }
  }
  return { starts, loads }
}

async function withFreshPostgres<T>(url: string, run: (databaseUrl: string) => Promise<T>): Promise<T> {
  const name = `vr_bench_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database "${name}"`)
  await admin.end()
  const databaseUrl = new URL(url)
  databaseUrl.pathname = `/${name}`
  try {
    return await run(databaseUrl.toString())
  } finally {
    const cleanup = new pg.Client({ connectionString: url })
    await cleanup.connect()
    await cleanup.query(`drop database if exists "${name}" with (force)`)
    await cleanup.end()
  }
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–')

function report(bare: Load, loads: Load[], starts: StartFigure[]): string {
  const lines = [
    `Machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}`,
    `Date: ${new Date().toISOString().slice(0, 10)}; ${CONNECTIONS} connections, ${DURATION} s per measurement`,
    '',
    '| measurement | req/s | p50 (ms) | p99 (ms) | ratio to bare route |',
    '|---|---:|---:|---:|---:|',
    ...[bare, ...loads].map(
      (l) =>
        `| ${l.name}${l.non2xx || l.errors ? ` (${l.non2xx} non-2xx, ${l.errors} errors)` : ''} | ${fmt(l.requestsPerSecond)} | ${l.p50Ms} | ${l.p99Ms} | ${fmt(l.requestsPerSecond / bare.requestsPerSecond, 3)} |`,
    ),
    '',
    '| start | ready after (s) | RSS (MB) |',
    '|---|---:|---:|',
    ...starts.map((s) => `| ${s.name} | ${fmt(s.readyMs / 1000, 2)} | ${fmt(s.rssMb)} |`),
  ]
  return lines.join('\n')
}

ensureWebBuilt() // before any timing: start-up figures are for the server, not for a Vite build
console.log(`Benchmark: ${CONNECTIONS} connections, ${DURATION} s per measurement`)
const bare = await benchBare()
const dataDir = mkdtempSync(join(tmpdir(), 'vakregister-bench-'))
const loads: Load[] = []
const starts: StartFigure[] = []
try {
  const pglite = await benchApp('PGlite', { DATA_DIR: dataDir })
  loads.push(...pglite.loads)
  starts.push(...pglite.starts)
} finally {
  rmSync(dataDir, { recursive: true, force: true })
}
if (process.env.DATABASE_URL) {
  const postgres = await withFreshPostgres(process.env.DATABASE_URL, (databaseUrl) =>
    benchApp('PostgreSQL', { DATABASE_URL: databaseUrl, DATA_DIR: join(tmpdir(), 'vakregister-bench-unused') }),
  )
  loads.push(...postgres.loads)
  starts.push(...postgres.starts)
}
const markdown = report(bare, loads, starts)
console.log(`\n${markdown}`)
mkdirSync(join(rootDir, '.tmp'), { recursive: true })
writeFileSync(join(rootDir, '.tmp/bench.json'), JSON.stringify({ bare, loads, starts, markdown }, null, 2))
