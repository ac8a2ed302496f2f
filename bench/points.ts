/**
 * `npm run bench:points` (needs DATABASE_URL, PostgreSQL): the CPD dossier and the attendance import at scale.
 * In one run:
 *   1. a fresh database next to DATABASE_URL (the app migrates and seeds it), filled inside PostgreSQL with
 *      BENCH_REGISTRATIONS (100,000) registrations (bench/registrations-generate.ts) and BENCH_ENTRIES (50) ledger
 *      entries for each registration's current cycle (bench/points-generate.ts), then ANALYZE;
 *   2. the bare Fastify route, the bare primary-key lookup and the app, as child processes; the register office
 *      logs in (with its TOTP code) and loads, at BENCH_CONNECTIONS (32) for BENCH_DURATION seconds (10) after a
 *      warm-up: `GET /api/v1/me` (the app's cheapest logged-in call, a baseline) and
 *      `GET /api/v1/registrations/{id}/dossier` (standing and entries) and `…/standing` (the standing alone) of
 *      random registrations;
 *   3. a provider checks a BENCH_CSV_ROWS (10,000) row attendance CSV of distinct registration numbers for a run
 *      of an accredited activity, then confirms it: both timed, and the booked rows counted;
 *   4. prints the figures and the targets, writes .tmp/bench-points.json. Never a test.
 * BENCH_KEEP_DB=1 keeps the database; BENCH_REUSE_DB=<url> measures an existing one (the import then needs a
 * fresh run: it makes one each time).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { Secret, TOTP } from 'otpauth'
import { demoLogin } from '../e2e/support/demo-logins.ts'
import { type Figure, measure, unexpected } from './load.ts'
import { generateLedger, type LedgerReport, prepareImportRun } from './points-generate.ts'
import { adminUrlOrExit, createBenchDatabase, dropBenchDatabase, fmt, query, startApp } from './postgres.ts'
import { freePort, rootDir, type Started, startAndWait } from './process.ts'
import { seededRandom } from './registrations-data.ts'
import { type GenerationReport, generateRegistrations } from './registrations-generate.ts'

const TARGET = Number(process.env.BENCH_REGISTRATIONS ?? 100_000)
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 50)
const CSV_ROWS = Number(process.env.BENCH_CSV_ROWS ?? 10_000)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32)
const DURATION = Number(process.env.BENCH_DURATION ?? 10)
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3)
const adminUrl = adminUrlOrExit('bench:points')

interface Filled {
  registrations: GenerationReport
  ledger: LedgerReport
}

async function prepareDatabase() {
  return createBenchDatabase<Filled>(adminUrl, 'vr_bench_points', async (client) => {
    console.log(`Generating registrations up to ${TARGET.toLocaleString('en')} …`)
    const registrations = await generateRegistrations(client, TARGET)
    console.log(`  ${registrations.generated.toLocaleString('en')} in ${registrations.seconds.toFixed(1)} s`)
    console.log(`Generating ${ENTRIES} ledger entries per current cycle …`)
    const ledger = await generateLedger(client, ENTRIES)
    console.log(`  ${ledger.entries.toLocaleString('en')} entries in ${ledger.seconds.toFixed(1)} s`)
    return { registrations, ledger }
  })
}

/** Logs in over the API as a demo account, with its TOTP code when it has MFA; returns cookie and CSRF token. */
async function logIn(baseUrl: string, role: RegExp) {
  const account = demoLogin(role)
  // Requests without a session must come from PUBLIC_URL's origin (http://localhost:<port>).
  const origin = baseUrl.replace('127.0.0.1', 'localhost')
  const headers = { 'content-type': 'application/json', accept: 'application/json', origin }
  const login = await fetch(`${baseUrl}/api/v1/sessions`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ email: account.email, password: account.password }),
  })
  if (!login.ok) throw new Error(`log-in as ${account.email}: ${login.status} ${await login.text()}`)
  let cookie = cookieOf(login)
  let me = (await login.json()) as { session: { mfaState: string; csrfToken: string } }
  if (me.session.mfaState === 'pending') {
    if (!account.totpSecret) throw new Error(`${account.email} needs MFA but has no TOTP secret`)
    const code = new TOTP({ secret: Secret.fromBase32(account.totpSecret), digits: 6, period: 30 }).generate()
    const mfa = await fetch(`${baseUrl}/api/v1/sessions/current/mfa`, {
      method: 'POST',
      headers: { ...headers, cookie, 'x-csrf-token': me.session.csrfToken },
      body: JSON.stringify({ code }),
    })
    if (!mfa.ok) throw new Error(`MFA for ${account.email}: ${mfa.status} ${await mfa.text()}`)
    cookie = cookieOf(mfa)
    me = (await mfa.json()) as typeof me
  }
  return { cookie, csrfToken: me.session.csrfToken }
}

const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')

/** Checks and confirms a CSV of `rows` registration numbers for a fresh run; returns the two durations. */
async function timeImport(baseUrl: string, databaseUrl: string) {
  const { runId, numbers } = await prepareImportRun(databaseUrl, CSV_ROWS)
  const provider = await logIn(baseUrl, /aanbieder.*hogeschool|hogeschool/i)
  const csv = `registratienummer\n${numbers.join('\n')}\n`
  const form = new FormData()
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'presentie.csv')
  const headers = {
    cookie: provider.cookie,
    'x-csrf-token': provider.csrfToken,
    origin: baseUrl.replace('127.0.0.1', 'localhost'),
    accept: 'application/json',
  }
  const started = performance.now()
  const check = await fetch(`${baseUrl}/api/v1/runs/${runId}/attendance-files`, { method: 'POST', headers, body: form })
  const checked = performance.now()
  if (check.status !== 201) throw new Error(`attendance check: ${check.status} ${await check.text()}`)
  const report = (await check.json()) as { id: string; counts?: Record<string, number> }
  const confirm = await fetch(`${baseUrl}/api/v1/attendance-imports/${report.id}/confirmation`, {
    method: 'POST',
    headers,
  })
  const confirmed = performance.now()
  if (confirm.status !== 200) throw new Error(`attendance confirmation: ${confirm.status} ${await confirm.text()}`)
  const [{ booked }] = (await query<{ booked: string }>(
    databaseUrl,
    `select count(*) as booked from points_ledger l join attendances a on a.id = l.source_id where a.run_id = $1`,
    [runId],
  )) as [{ booked: string }]
  return {
    rows: numbers.length,
    checkMs: checked - started,
    confirmMs: confirmed - checked,
    booked: Number(booked),
    counts: report.counts,
  }
}

async function run() {
  const prepared = process.env.BENCH_REUSE_DB
    ? { url: process.env.BENCH_REUSE_DB, name: '', filled: undefined }
    : await prepareDatabase()
  const ids = (
    await query<{ id: string }>(
      prepared.url,
      `select c.registration_id as id from registration_cycles c where c.closed_at is null order by random() limit 20000`,
    )
  ).map((r) => r.id)
  const [{ entries }] = (await query<{ entries: string }>(
    prepared.url,
    'select count(*) as entries from points_ledger',
  )) as [{ entries: string }]
  const random = seededRandom(11)
  const any = <T>(list: T[]) => list[Math.floor(random() * list.length)]!

  const figures: Figure[] = []
  const servers: Started[] = []
  let app: (Started & { baseUrl: string }) | undefined
  let importFigures: Awaited<ReturnType<typeof timeImport>> | undefined
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
    const office = await logIn(app.baseUrl, /registerbureau/i)
    const sample = await fetch(`${app.baseUrl}/api/v1/registrations/${ids[0]}/dossier`, {
      headers: { cookie: office.cookie },
    })
    if (sample.status !== 200) throw new Error(`dossier: ${sample.status} ${await sample.text()}`)
    await sample.arrayBuffer()

    console.log(`Load: ${CONNECTIONS} connections, ${DURATION} s each after a ${WARMUP} s warm-up`)
    const base = { connections: CONNECTIONS, duration: DURATION, warmup: WARMUP }
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
        next: () => ({ path: `/registrations/${any(ids)}` }),
      }),
    )
    const headers = { cookie: office.cookie }
    figures.push(
      await measure({
        name: 'GET /me (logged in, register office)',
        baseUrl: app.baseUrl,
        ...base,
        serverPid: app.child.pid,
        next: () => ({ path: '/api/v1/me', headers }),
      }),
    )
    figures.push(
      await measure({
        name: 'GET /registrations/{id}/dossier',
        baseUrl: app.baseUrl,
        ...base,
        serverPid: app.child.pid,
        next: () => ({ path: `/api/v1/registrations/${any(ids)}/dossier`, headers }),
      }),
    )
    figures.push(
      await measure({
        name: 'GET /registrations/{id}/standing',
        baseUrl: app.baseUrl,
        ...base,
        serverPid: app.child.pid,
        next: () => ({ path: `/api/v1/registrations/${any(ids)}/standing`, headers }),
      }),
    )
    console.log(`Attendance import of ${CSV_ROWS.toLocaleString('en')} rows …`)
    importFigures = await timeImport(app.baseUrl, prepared.url)
    console.log(`  ${JSON.stringify(importFigures)}`)
  } finally {
    await app?.stop()
    for (const server of servers) await server.stop()
    if (prepared.name && !process.env.BENCH_KEEP_DB) await dropBenchDatabase(adminUrl, prepared.name)
    else if (prepared.name) console.log(`Kept the database: BENCH_REUSE_DB=${prepared.url}`)
  }
  report(figures, Number(entries), prepared.filled, importFigures)
}

function report(
  figures: Figure[],
  entries: number,
  filled: Filled | undefined,
  imported: Awaited<ReturnType<typeof timeImport>> | undefined,
) {
  const bare = figures[0]!
  const me = figures.find((f) => f.name.startsWith('GET /me'))
  const dossier = figures.find((f) => f.name.endsWith('/dossier'))
  const standing = figures.find((f) => f.name.endsWith('/standing'))
  const importSeconds = imported ? (imported.checkMs + imported.confirmMs) / 1000 : undefined
  const lines = [
    `Machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}`,
    `Date: ${new Date().toISOString().slice(0, 10)}; ${entries.toLocaleString('en')} ledger entries; ${CONNECTIONS} connections, ${DURATION} s per measurement after a ${WARMUP} s warm-up`,
    filled
      ? `Generation: ${filled.registrations.generated.toLocaleString('en')} registrations in ${filled.registrations.seconds.toFixed(1)} s; ${filled.ledger.entries.toLocaleString('en')} ledger entries in ${filled.ledger.seconds.toFixed(1)} s`
      : 'Generation: reused an existing database',
    '',
    '| measurement | req/s | p50 (ms) | p99 (ms) | max (ms) | ratio to bare route | ratio to GET /me | server CPU per request | statuses |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
    ...figures.map(
      (f) =>
        `| ${f.name} | ${fmt(f.requestsPerSecond)} | ${f.p50Ms} | ${f.p99Ms} | ${f.maxMs} | ${fmt(f.requestsPerSecond / bare.requestsPerSecond, 3)} | ${me ? fmt(f.requestsPerSecond / me.requestsPerSecond, 2) : '–'} | ${f.serverCpuUsPerRequest ? `${fmt(f.serverCpuUsPerRequest)} µs` : '–'} | ${Object.entries(
          f.statuses,
        )
          .map(([code, n]) => `${code}: ${n}`)
          .join(', ')}${f.errors ? `, errors: ${f.errors}` : ''} |`,
    ),
    '',
    imported
      ? `Attendance import: ${imported.rows.toLocaleString('en')} rows checked in ${fmt(imported.checkMs)} ms, confirmed (booked ${imported.booked.toLocaleString('en')}) in ${fmt(imported.confirmMs)} ms`
      : 'Attendance import: not measured',
    ...[standing, dossier].map((f) =>
      f
        ? `Target: dossier standing p99 ≤ 15 ms at 32 connections — ${f.name}: ${f.p99Ms} ms at ${CONNECTIONS} (${f.p99Ms <= 15 && CONNECTIONS === 32 ? 'met' : 'MISSED'})`
        : '',
    ),
    importSeconds !== undefined
      ? `Target: a 10,000-row attendance CSV checked and booked in ≤ 5 s — ${importSeconds.toFixed(2)} s for ${imported!.rows.toLocaleString('en')} rows (${importSeconds <= 5 && imported!.rows >= 10_000 && imported!.booked === imported!.rows ? 'met' : 'MISSED'})`
      : '',
  ]
  const markdown = lines.join('\n')
  console.log(`\n${markdown}`)
  mkdirSync(join(rootDir, '.tmp'), { recursive: true })
  writeFileSync(
    join(rootDir, '.tmp/bench-points.json'),
    JSON.stringify({ figures, imported, filled, markdown }, null, 2),
  )
  const wrong = figures.filter((f) => unexpected(f) > 0)
  if (wrong.length > 0 || (imported && imported.booked !== imported.rows)) {
    console.error(`\nInvalid run: unexpected statuses, errors or bookings in ${wrong.map((f) => f.name).join('; ')}`)
    process.exit(1)
  }
}

await run()
