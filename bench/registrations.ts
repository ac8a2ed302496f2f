/**
 * `npm run bench:register` (needs DATABASE_URL, PostgreSQL): the public register lookup on 1,000,000
 * registrations. In one run:
 *   1. creates a fresh database next to DATABASE_URL; the app migrates and seeds it on a first start;
 *   2. generates registrations (and their users, cycles, status history) up to BENCH_REGISTRATIONS (1,000,000)
 *      inside PostgreSQL (bench/registrations-generate.ts), then ANALYZE; reports how long it took;
 *   3. starts the app (as `npm start` does), the bare Fastify route (bench/bare-server.ts) and the bare
 *      primary-key lookup (bench/pk-server.ts) as child processes, and loads each with autocannon at
 *      BENCH_CONNECTIONS (32) for BENCH_DURATION seconds (10) after a warm-up: random existing numbers (with and
 *      without If-None-Match), random realistic names (tussenvoegsels, no accents, typos, initials);
 *   4. prints req/s, p50, p99, the ratios to the bare route and to the primary-key lookup, and the targets;
 *      fails when any response is not the expected status (a 429 from the rate limit included); writes
 *      .tmp/bench-registrations.json.
 * The rate limit stays on (every lookup still writes its counter): each autocannon connection gets its own
 * client address (127.0.x.y, bench/load.ts) as visitors would, and PUBLIC_LOOKUP_LIMIT_PER_MINUTE is raised
 * because one connection makes thousands of lookups a minute.
 * BENCH_KEEP_DB=1 keeps the database (its URL is printed); BENCH_REUSE_DB=<url> measures an existing one;
 * BENCH_ONLY=surname,… runs only some measurements. Figures belong in docs/performance.md, never in a test.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { ensureWebBuilt } from '../apps/server/scripts/start.ts'
import { type Figure, measure, type NextRequest, spreadClientAddresses, unexpected } from './load.ts'
import { adminUrlOrExit, createBenchDatabase, dropBenchDatabase, fmt, pool, query, startApp } from './postgres.ts'
import { freePort, rootDir, type Started, startAndWait } from './process.ts'
import { type SearchTerm, searchTerms, seededRandom } from './registrations-data.ts'
import { type GenerationReport, generateRegistrations } from './registrations-generate.ts'

const TARGET = Number(process.env.BENCH_REGISTRATIONS ?? 1_000_000)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32)
const DURATION = Number(process.env.BENCH_DURATION ?? 10)
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3)
const API = '/api/v1/public-registrations'
/** For investigating: only the measurements whose name contains one of these (the bare ones always run). */
const only = process.env.BENCH_ONLY?.split(',')

const adminUrl = adminUrlOrExit('bench:register')
const appEnv = { PUBLIC_LOOKUP_LIMIT_PER_MINUTE: '1000000000' }
const startLookupApp = (databaseUrl: string) => startApp(databaseUrl, appEnv)

/** Creates, migrates (the app's first start), seeds and fills a fresh database; returns its URL. */
async function prepareDatabase(): Promise<{ url: string; name: string; generation: GenerationReport }> {
  const { url, name, filled } = await createBenchDatabase(
    adminUrl,
    'vr_bench_register',
    async (client) => {
      console.log(`Generating registrations up to ${TARGET.toLocaleString('en')} …`)
      const generation = await generateRegistrations(client, TARGET)
      for (const s of generation.steps) console.log(`  ${s.step}: ${s.seconds.toFixed(1)} s`)
      console.log(`  ${generation.generated.toLocaleString('en')} generated in ${generation.seconds.toFixed(1)} s`)
      return generation
    },
    appEnv,
  )
  return { url, name, generation: filled }
}

/** Before the load: what the name search finds for real terms, and how long one search takes on its own. */
async function probeSearch(baseUrl: string, probe: SearchTerm[]): Promise<string> {
  const found = await pool(probe, 1, async (t) => {
    const started = performance.now()
    const res = await fetch(`${baseUrl}${searchPath(t)}`)
    if (res.status !== 200) throw new Error(`search ${JSON.stringify(t)}: ${res.status} ${await res.text()}`)
    const items = ((await res.json()) as { items: unknown[] }).items.length
    return { items, ms: performance.now() - started }
  })
  const hits = found.filter((f) => f.items > 0).length
  const full = found.filter((f) => f.items === 20).length
  const ms = found.map((f) => f.ms).sort((a, b) => a - b)
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!.toFixed(1)
  const line =
    `name search, ${probe.length} terms one at a time: ${hits} found someone (${Math.round((100 * hits) / probe.length)} %), ` +
    `${full} gave the maximum of 20, ${(found.reduce((a, f) => a + f.items, 0) / probe.length).toFixed(1)} results on average; ` +
    `latency p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`
  console.log(`  ${line}`)
  return line
}

const searchPath = (t: SearchTerm) =>
  `${API}?${new URLSearchParams(t.initials ? { surname: t.surname, initials: t.initials } : { surname: t.surname })}`

async function run() {
  ensureWebBuilt() // before any timing
  spreadClientAddresses()
  const prepared = process.env.BENCH_REUSE_DB
    ? { url: process.env.BENCH_REUSE_DB, name: '', generation: undefined }
    : await prepareDatabase()
  const [{ count, size }] = (await query<{ count: string; size: string }>(
    prepared.url,
    `select count(*), pg_size_pretty(pg_total_relation_size('registrations')) as size from registrations`,
  )) as [{ count: string; size: string }]
  console.log(`registrations: ${Number(count).toLocaleString('en')} rows, ${size} with indexes`)

  // What the load asks for: existing public numbers, primary keys, realistic search terms.
  const numbers = (
    await query<{ n: string }>(
      prepared.url,
      `select registration_number as n from registrations
        where status in ('registered', 'suspended', 'lapsed') order by random() limit 20000`,
    )
  ).map((r) => r.n)
  const ids = (
    await query<{ id: string }>(prepared.url, 'select id from registrations order by random() limit 20000')
  ).map((r) => r.id)
  const terms = searchTerms(5000)
  const random = seededRandom(7)
  const any = <T>(list: T[]) => list[Math.floor(random() * list.length)]!

  const figures: Figure[] = []
  const servers: Started[] = []
  let app: (Started & { baseUrl: string }) | undefined
  const checks: string[] = []
  try {
    const barePort = await freePort()
    const bare = await startAndWait(['bench/bare-server.ts', String(barePort)], `http://127.0.0.1:${barePort}/`, {
      PATH: process.env.PATH,
    })
    servers.push(bare)
    const pkPort = await freePort()
    const pk = await startAndWait(
      ['bench/pk-server.ts', String(pkPort), prepared.url],
      `http://127.0.0.1:${pkPort}/ready`,
      { PATH: process.env.PATH },
    )
    servers.push(pk)
    app = await startLookupApp(prepared.url)
    const appPid = app.child.pid!

    // Before the load: the answers are right, and what the name search finds.
    const sample = numbers[0]!
    const one = await fetch(`${app.baseUrl}${API}/${sample}`)
    const body = (await one.json()) as { registrationNumber?: string }
    if (one.status !== 200 || body.registrationNumber !== sample) throw new Error(`lookup of ${sample}: ${one.status}`)
    const etagNumbers = numbers.slice(0, 2000)
    const etags = await pool(etagNumbers, 8, async (n) => {
      const res = await fetch(`${app!.baseUrl}${API}/${n}`)
      if (res.status !== 200) throw new Error(`lookup of ${n}: ${res.status}`)
      await res.arrayBuffer()
      return { path: `${API}/${n}`, etag: res.headers.get('etag')! }
    })
    if (!only || only.some((o) => o.includes('surname')))
      checks.push(await probeSearch(app.baseUrl, terms.slice(0, 100)))

    console.log(`Load: ${CONNECTIONS} connections, ${DURATION} s each after a ${WARMUP} s warm-up`)
    const base = { connections: CONNECTIONS, duration: DURATION, warmup: WARMUP }
    const load = async (name: string, baseUrl: string, next: () => NextRequest, extra: object = {}) => {
      if (only && !name.startsWith('bare') && !only.some((o) => name.includes(o))) return
      figures.push(await measure({ name, baseUrl, next, ...base, ...extra }))
    }
    await load('bare Fastify route', `http://127.0.0.1:${barePort}`, () => ({ path: '/' }))
    await load('bare primary-key lookup (Fastify + pg, one prepared SELECT)', `http://127.0.0.1:${pkPort}`, () => ({
      path: `/registrations/${any(ids)}`,
    }))
    await load('GET /public-registrations/{number}', app.baseUrl, () => ({ path: `${API}/${any(numbers)}` }), {
      serverPid: appPid,
    })
    await load(
      'GET /public-registrations/{number}, If-None-Match (304)',
      app.baseUrl,
      () => {
        const e = any(etags)
        return { path: e.path, headers: { 'if-none-match': e.etag } }
      },
      { serverPid: appPid, expectedStatus: 304 },
    )
    await load(
      'GET /public-registrations?registrationNumber=…',
      app.baseUrl,
      () => ({ path: `${API}?registrationNumber=${any(numbers)}` }),
      { serverPid: appPid },
    )
    await load(
      'GET /public-registrations?surname=…[&initials=…]',
      app.baseUrl,
      () => ({ path: searchPath(any(terms)) }),
      {
        serverPid: appPid,
      },
    )
  } finally {
    await app?.stop()
    for (const server of servers) await server.stop()
    if (prepared.name && !process.env.BENCH_KEEP_DB) {
      await dropBenchDatabase(adminUrl, prepared.name)
    } else if (prepared.name) {
      console.log(`Kept the database: BENCH_REUSE_DB=${prepared.url}`)
    }
  }
  report(figures, checks, prepared.generation, Number(count))
}

function report(figures: Figure[], checks: string[], generation: GenerationReport | undefined, rows: number) {
  const bare = figures[0]!
  const pk = figures[1]!
  const byName = (start: string) => figures.find((f) => f.name.startsWith(start))
  const numberLookups = figures.filter((f) => f.name.startsWith('GET /public-registrations/{number}'))
  const search = byName('GET /public-registrations?surname')
  const best = Math.max(...numberLookups.map((f) => f.requestsPerSecond))
  const lines = [
    `Machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}`,
    `Date: ${new Date().toISOString().slice(0, 10)}; ${rows.toLocaleString('en')} registrations; ${CONNECTIONS} connections, ${DURATION} s per measurement after a ${WARMUP} s warm-up`,
    generation
      ? `Generation: ${generation.generated.toLocaleString('en')} registrations in ${generation.seconds.toFixed(1)} s (${generation.steps.map((s) => `${s.step} ${s.seconds.toFixed(1)} s`).join('; ')})`
      : 'Generation: reused an existing database',
    ...checks.map((c) => `Check: ${c}`),
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
    `Target: number lookup ≥ 50 % of the bare route — best of the two variants: ${fmt((100 * best) / bare.requestsPerSecond, 1)} % (${best >= bare.requestsPerSecond / 2 ? 'met' : 'MISSED'})`,
    search
      ? `Target: name search p99 ≤ 20 ms at 32 connections — ${search.p99Ms} ms at ${CONNECTIONS} (${search.p99Ms <= 20 && CONNECTIONS === 32 ? 'met' : 'MISSED'})`
      : '',
  ]
  const markdown = lines.join('\n')
  console.log(`\n${markdown}`)
  mkdirSync(join(rootDir, '.tmp'), { recursive: true })
  writeFileSync(
    join(rootDir, '.tmp/bench-registrations.json'),
    JSON.stringify({ figures, checks, generation, markdown }, null, 2),
  )
  const wrong = figures.filter((f) => unexpected(f) > 0)
  if (wrong.length > 0) {
    console.error(`\nInvalid run: unexpected statuses or errors in ${wrong.map((f) => f.name).join('; ')}`)
    process.exit(1)
  }
}

await run()
