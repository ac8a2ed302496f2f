import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { citext } from '@electric-sql/pglite/contrib/citext'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres'
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import pg from 'pg'
import * as schema from './schema.ts'

export type Schema = typeof schema
export type Db = PgDatabase<PgQueryResultHKT, Schema>
export type Tx = PgTransaction<PgQueryResultHKT, Schema, any>
/** Either the database or an open transaction: repositories accept both. */
export type DbOrTx = Db | Tx

export type DatabaseHandle =
  | { kind: 'pglite'; db: Db; pglite: PGlite; close(): Promise<void> }
  | { kind: 'postgres'; db: Db; pool: pg.Pool; url: string; close(): Promise<void> }

export const pgliteExtensions = { citext, pg_trgm, unaccent }

export interface OpenDatabaseOptions {
  databaseUrl?: string
  /** PGlite data folder; `memory://` for an in-memory database. */
  dataDir?: string
  /** Start PGlite from a dumped data folder (tests use a migrated template). */
  loadDataDir?: Blob
  poolSize?: number
}

/** PostgreSQL when a URL is given, embedded PGlite otherwise. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 })
    pool.on('error', () => {}) // idle client errors surface on the next query
    const db = drizzleNodePg({ client: pool, schema, casing: 'snake_case' }) as unknown as Db
    return { kind: 'postgres', db, pool, url: options.databaseUrl, close: () => pool.end() }
  }
  const dataDir = options.dataDir ?? 'memory://'
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true })
  const pglite = await PGlite.create({
    dataDir: dataDir.startsWith('memory://') ? undefined : join(dataDir, 'pglite'),
    extensions: pgliteExtensions,
    loadDataDir: options.loadDataDir,
  })
  const db = drizzlePglite({ client: pglite, schema, casing: 'snake_case' }) as unknown as Db
  return { kind: 'pglite', db, pglite, close: () => pglite.close() }
}
