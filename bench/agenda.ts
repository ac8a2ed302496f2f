/**
 * `npm run bench:agenda` (needs DATABASE_URL, PostgreSQL): the public agenda with BENCH_EVENTS (20,000) events.
 * In one run:
 *   1. a fresh database next to DATABASE_URL (the app migrates and seeds it), filled inside PostgreSQL with the
 *      events (bench/agenda-generate.ts), then VACUUM ANALYZE;
 *   2. the bare Fastify route, the bare primary-key lookup (bench/pk-server.ts) and the app, as child processes, each
 *      loaded at BENCH_CONNECTIONS (32) for BENCH_DURATION seconds (10) after a warm-up, without a session (the
 *      agenda is public): `GET /events` (the first page), `GET /events` with a random combination of filters (type,
 *      province, online, accredited, points, a date range of a month, page 1–3), `GET /events?q=…` (a Dutch word of
 *      the titles and descriptions, sometimes with a filter) and `GET /event-months/{month}`;
 *   3. prints the figures and the target, writes .tmp/bench-agenda.json. Never a test.
 * BENCH_KEEP_DB=1 keeps the database; BENCH_REUSE_DB=<url> measures an existing one.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { type AgendaReport, generateAgenda } from './agenda-generate.ts'
import { type Figure, measure, unexpected } from './load.ts'
import { adminUrlOrExit, createBenchDatabase, dropBenchDatabase, fmt, query, startApp } from './postgres.ts'
import { freePort, rootDir, type Started, startAndWait } from './process.ts'
import { seededRandom } from './registrations-data.ts'

const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32)
const DURATION = Number(process.env.BENCH_DURATION ?? 10)
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3)
const TARGET_P99_MS = 20
const adminUrl = adminUrlOrExit('bench:agenda')

const TYPES = ['lecture', 'training', 'congress', 'service-delivery-day', 'webinar']
const PROVINCES = ['Zuid-Holland', 'Noord-Holland', 'Noord-Brabant', 'Gelderland', 'Utrecht', 'Limburg', 'Zeeland']
const WORDS = [
  'schulden',
  'statushouders',
  'gespreksvoering',
  'jongeren',
  'handhaving',
  'praktijk',
  'werkgevers',
  'taal',
]

async function run() {
  const prepared = process.env.BENCH_REUSE_DB
    ? { url: process.env.BENCH_REUSE_DB, name: '', filled: undefined as AgendaReport | undefined }
    : await createBenchDatabase<AgendaReport>(adminUrl, 'vr_bench_agenda', async (client) => {
        console.log(`Generating ${EVENTS.toLocaleString('en')} events …`)
        const report = await generateAgenda(client, EVENTS)
        console.log(`  ${report.upcoming.toLocaleString('en')} upcoming, in ${report.seconds.toFixed(1)} s`)
        return report
      })
  const registrationIds = (await query<{ id: string }>(prepared.url, 'select id from registrations limit 1000')).map(
    (r) => r.id,
  )
  const random = seededRandom(5)
  const any = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
  const today = new Date()
  const monthAhead = (months: number) => {
    const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + months, 1))
    return d.toISOString().slice(0, 7)
  }

  /** A random combination of filters, each present about half of the time. */
  const filtered = () => {
    const params = new URLSearchParams()
    if (random() < 0.5) params.set('type', any(TYPES))
    if (random() < 0.4) params.set('province', any(PROVINCES))
    if (random() < 0.25) params.set('online', String(random() < 0.5))
    if (random() < 0.3) params.set('accredited', 'true')
    if (random() < 0.15) params.set('minPoints', String(1 + Math.floor(random() * 4)))
    if (random() < 0.4) {
      const month = monthAhead(Math.floor(random() * 12))
      params.set('from', `${month}-01`)
      params.set('to', `${month}-28`)
    }
    params.set('page', String(1 + Math.floor(random() * 3)))
    return `/api/v1/events?${params}`
  }

  const figures: Figure[] = []
  const servers: Started[] = []
  let app: (Started & { baseUrl: string }) | undefined
  try {
    const barePort = await freePort()
    servers.push(
      await startAndWait(['bench/bare-server.ts', String(barePort)], `http://127.0.0.1:${barePort}/`, {
        PATH: process.env.PATH,
      }),
    )
    const pkPort = await freePort()
    servers.push(
      await startAndWait(['bench/pk-server.ts', String(pkPort), prepared.url], `http://127.0.0.1:${pkPort}/ready`, {
        PATH: process.env.PATH,
      }),
    )
    app = await startApp(prepared.url)
    const sample = await fetch(`${app.baseUrl}${filtered()}`)
    if (sample.status !== 200) throw new Error(`agenda: ${sample.status} ${await sample.text()}`)
    const first = (await (await fetch(`${app.baseUrl}/api/v1/events`)).json()) as { total: number }
    console.log(`The agenda lists ${first.total.toLocaleString('en')} upcoming events`)

    console.log(`Load: ${CONNECTIONS} connections, ${DURATION} s each after a ${WARMUP} s warm-up`)
    const base = { connections: CONNECTIONS, duration: DURATION, warmup: WARMUP }
    const appBase = { ...base, baseUrl: app.baseUrl, serverPid: app.child.pid }
    figures.push(
      await measure({
        name: 'bare Fastify route',
        baseUrl: `http://127.0.0.1:${barePort}`,
        ...base,
        next: () => ({ path: '/' }),
      }),
    )
    figures.push(
      await measure({
        name: 'bare primary-key lookup (Fastify + pg, one prepared SELECT)',
        baseUrl: `http://127.0.0.1:${pkPort}`,
        ...base,
        next: () => ({ path: `/registrations/${any(registrationIds)}` }),
      }),
    )
    figures.push(
      await measure({ name: 'GET /events (first page)', ...appBase, next: () => ({ path: '/api/v1/events' }) }),
    )
    figures.push(await measure({ name: 'GET /events with filters', ...appBase, next: () => ({ path: filtered() }) }))
    figures.push(
      await measure({
        name: 'GET /events?q=… (search)',
        ...appBase,
        next: () => ({ path: `/api/v1/events?q=${any(WORDS)}${random() < 0.3 ? `&type=${any(TYPES)}` : ''}` }),
      }),
    )
    figures.push(
      await measure({
        name: 'GET /event-months/{month}',
        ...appBase,
        next: () => ({ path: `/api/v1/event-months/${monthAhead(Math.floor(random() * 6))}` }),
      }),
    )
  } finally {
    await app?.stop()
    for (const server of servers) await server.stop()
    if (prepared.name && !process.env.BENCH_KEEP_DB) await dropBenchDatabase(adminUrl, prepared.name)
    else if (prepared.name) console.log(`Kept the database: BENCH_REUSE_DB=${prepared.url}`)
  }
  report(figures, prepared.filled)
}

function report(figures: Figure[], filled: AgendaReport | undefined) {
  const bare = figures[0]!
  const pk = figures[1]!
  const lines = [
    `Machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}`,
    `Date: ${new Date().toISOString().slice(0, 10)}; ${CONNECTIONS} connections, ${DURATION} s per measurement after a ${WARMUP} s warm-up`,
    filled
      ? `Generation: ${filled.events.toLocaleString('en')} events (${filled.upcoming.toLocaleString('en')} upcoming) in ${filled.seconds.toFixed(1)} s`
      : 'Generation: reused an existing database',
    '',
    '| measurement | req/s | p50 (ms) | p99 (ms) | max (ms) | ratio to bare route | ratio to PK lookup | server CPU per request | statuses |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
    ...figures.map(
      (f) =>
        `| ${f.name} | ${fmt(f.requestsPerSecond)} | ${f.p50Ms} | ${f.p99Ms} | ${f.maxMs} | ${fmt(f.requestsPerSecond / bare.requestsPerSecond, 3)} | ${fmt(f.requestsPerSecond / pk.requestsPerSecond, 2)} | ${f.serverCpuUsPerRequest ? `${fmt(f.serverCpuUsPerRequest)} µs` : '–'} | ${Object.entries(
          f.statuses,
        )
          .map(([code, n]) => `${code}: ${n}`)
          .join(', ')}${f.errors ? `, errors: ${f.errors}` : ''} |`,
    ),
    '',
    ...figures
      // The target is for the list and its filters; a search (q) runs in PostgreSQL (decision 016) and is reported.
      .filter((f) => f.name === 'GET /events (first page)' || f.name === 'GET /events with filters')
      .map(
        (f) =>
          `Target: list and filter p99 ≤ ${TARGET_P99_MS} ms at 32 connections — ${f.name}: ${f.p99Ms} ms at ${CONNECTIONS} (${f.p99Ms <= TARGET_P99_MS && CONNECTIONS === 32 ? 'met' : 'MISSED'})`,
      ),
  ]
  const markdown = lines.join('\n')
  console.log(`\n${markdown}`)
  mkdirSync(join(rootDir, '.tmp'), { recursive: true })
  writeFileSync(join(rootDir, '.tmp/bench-agenda.json'), JSON.stringify({ figures, filled, markdown }, null, 2))
  const wrong = figures.filter((f) => unexpected(f) > 0)
  if (wrong.length > 0) {
    console.error(`\nInvalid run: unexpected statuses or errors in ${wrong.map((f) => f.name).join('; ')}`)
    process.exit(1)
  }
}

await run()
