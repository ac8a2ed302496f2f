/**
 * Checks that every translation key used in apps/web/src (t('…')) exists in Dutch and English, and that both
 * languages have the same keys. Run: node apps/web/scripts/check-i18n.ts
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { en } from '../src/i18n/en.ts'
import { nl } from '../src/i18n/nl.ts'

const SRC = join(import.meta.dirname, '..', 'src')

function keysOf(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value) || typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key))
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  )
}

const nlKeys = new Set(keysOf(nl))
const enKeys = new Set(keysOf(en))
const base = (key: string) => key.replace(/_(one|other)$/, '')
const has = (keys: Set<string>, key: string) =>
  keys.has(key) || keys.has(`${key}_one`) || [...keys].some((k) => k.startsWith(`${key}.`))

const problems: string[] = []
for (const key of nlKeys) if (!enKeys.has(key)) problems.push(`missing in en: ${key}`)
for (const key of enKeys) if (!nlKeys.has(key)) problems.push(`missing in nl: ${key}`)
for (const file of files(SRC)) {
  for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*['`]([^'`$]+)['`]/g)) {
    const key = match[1]!
    if (!has(nlKeys, base(key))) problems.push(`${file.slice(SRC.length + 1)}: unknown key ${key}`)
  }
}
for (const problem of problems) console.log(problem)
console.log(problems.length === 0 ? 'i18n: all keys present in nl and en' : `i18n: ${problems.length} problems`)
process.exit(problems.length === 0 ? 0 : 1)
