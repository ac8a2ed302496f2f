import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import pg from 'pg'
import { openDatabase } from '../src/db/client.ts'
import { migrateDatabase } from '../src/db/migrate.ts'
import { createJobs } from '../src/platform/jobs/jobs.ts'
import { PGLITE_TEMPLATE_FILE, POSTGRES_TEMPLATE_DB, withDatabase } from './database.ts'

/**
 * Migrates one template database per run; every test file then gets a fresh copy of it:
 * PGlite loads the dumped data folder, PostgreSQL clones with CREATE DATABASE ... TEMPLATE.
 * The template also holds pg-boss's schema and queues, so each test file only starts pg-boss (milliseconds).
 */
export async function setupPostgresTemplate() {
  {
    const url = process.env.TEST_DATABASE_URL
    if (!url) throw new Error('TEST_DATABASE_URL is required for the postgres test project')
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    // Leftovers of earlier runs that were killed: dropped only when nobody is connected, so a test run
    // going on beside this one keeps its databases.
    const stale = await admin.query(
      `select datname from pg_database d where datname like 'vr_test_%'
         and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)`,
    )
    for (const row of stale.rows) await admin.query(`drop database if exists "${row.datname}"`).catch(() => {})
    await admin.query(`drop database if exists "${POSTGRES_TEMPLATE_DB}" with (force)`)
    await admin.query(`create database "${POSTGRES_TEMPLATE_DB}"`)
    await admin.end()
    const handle = await openDatabase({ databaseUrl: withDatabase(url, POSTGRES_TEMPLATE_DB) })
    await migrateDatabase(handle)
    await installJobs(handle)
    await handle.close()
  }
}

export async function setupPgliteTemplate() {
  const handle = await openDatabase({ dataDir: 'memory://' })
  await migrateDatabase(handle)
  await installJobs(handle)
  if (handle.kind !== 'pglite') throw new Error('expected PGlite')
  const dump = await handle.pglite.dumpDataDir('gzip')
  mkdirSync(dirname(PGLITE_TEMPLATE_FILE), { recursive: true })
  writeFileSync(PGLITE_TEMPLATE_FILE, Buffer.from(await dump.arrayBuffer()))
  await handle.close()
}

/** Creates the pg-boss schema and the app's queues once, in the template. */
async function installJobs(handle: Awaited<ReturnType<typeof openDatabase>>) {
  const jobs = createJobs(handle, { supervise: false })
  await jobs.start()
  await jobs.stop()
}
