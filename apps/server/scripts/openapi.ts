/**
 * Writes the OpenAPI document generated from the route schemas to docs/openapi.json.
 * `--check` compares instead and exits 1 when the committed copy differs (CI's drift check).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildApp } from '../src/app.ts'
import { loadConfig } from '../src/config/config.ts'
import { openDatabase } from '../src/db/client.ts'
import { migrateDatabase } from '../src/db/migrate.ts'

const rootDir = fileURLToPath(new URL('../../../', import.meta.url))
const target = join(rootDir, 'docs/openapi.json')

/** The document as the committed file holds it: fixed server URL, pretty JSON, final newline. */
export async function generateOpenapi(): Promise<string> {
  // A fixed, environment-independent configuration, so the document does not depend on who generates it.
  const config = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: 'http://localhost:3000',
    SEED_DEMO: 'false',
    RUN_WORKERS: 'false',
    LOG_LEVEL: 'silent',
  })
  const database = await openDatabase({ dataDir: 'memory://' })
  try {
    await migrateDatabase(database)
    const app = await buildApp({ config, database })
    try {
      await app.ready()
      return `${JSON.stringify(app.swagger(), null, 2)}\n`
    } finally {
      await app.close()
    }
  } finally {
    await database.close()
  }
}

/** Paths and operations whose text differs, for a readable drift message. */
function describeDrift(committed: string, generated: string): string[] {
  let before: any
  try {
    before = JSON.parse(committed)
  } catch {
    return ['docs/openapi.json is geen geldige JSON']
  }
  const after = JSON.parse(generated)
  const lines: string[] = []
  const paths = new Set([...Object.keys(before.paths ?? {}), ...Object.keys(after.paths ?? {})])
  for (const path of [...paths].sort()) {
    const a = before.paths?.[path]
    const b = after.paths?.[path]
    if (!a) lines.push(`+ ${path} (nieuw)`)
    else if (!b) lines.push(`- ${path} (verdwenen)`)
    else {
      const methods = new Set([...Object.keys(a), ...Object.keys(b)])
      for (const m of methods) {
        if (JSON.stringify(a[m]) !== JSON.stringify(b[m])) {
          lines.push(`~ ${m.toUpperCase()} ${path}${!a[m] ? ' (nieuw)' : !b[m] ? ' (verdwenen)' : ' (gewijzigd)'}`)
        }
      }
    }
  }
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (key === 'paths') continue
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) lines.push(`~ ${key} (gewijzigd)`)
  }
  return lines.length > 0 ? lines : ['alleen opmaak verschilt']
}

if (import.meta.main) {
  const generated = await generateOpenapi()
  if (process.argv.includes('--check')) {
    const committed = existsSync(target) ? readFileSync(target, 'utf8') : ''
    if (committed === generated) {
      console.log('docs/openapi.json is up to date.')
    } else {
      console.error('docs/openapi.json is out of date with the route schemas:')
      for (const line of committed ? describeDrift(committed, generated) : ['docs/openapi.json ontbreekt']) {
        console.error(`  ${line}`)
      }
      console.error('Run `npm run openapi` and commit docs/openapi.json.')
      process.exitCode = 1
    }
  } else {
    writeFileSync(target, generated)
    console.log(`Wrote ${target}`)
  }
}
