import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { en } from './en.ts'
import { nl } from './nl.ts'

const SRC = join(import.meta.dirname, '..')

function keysOf(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value) || typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key))
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts')
        ? [join(dir, entry.name)]
        : [],
  )
}

const nlKeys = new Set(keysOf(nl))
const enKeys = new Set(keysOf(en))
const withoutPlural = (key: string) => key.replace(/_(one|other)$/, '')
const known = (key: string) =>
  nlKeys.has(key) || nlKeys.has(`${key}_one`) || [...nlKeys].some((k) => k.startsWith(`${key}.`))

describe('every text of the web app exists in Dutch and English', () => {
  it('Dutch and English have exactly the same keys', () => {
    expect([...nlKeys].filter((key) => !enKeys.has(key))).toEqual([])
    expect([...enKeys].filter((key) => !nlKeys.has(key))).toEqual([])
  })

  it('every t("…") in the code names a key that exists', () => {
    const unknown: string[] = []
    for (const file of sourceFiles(SRC)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*['`]([^'`$]+)['`]/g)) {
        const key = withoutPlural(match[1]!)
        if (!known(key)) unknown.push(`${file.slice(SRC.length + 1)}: ${key}`)
      }
    }
    expect(sourceFiles(SRC).length).toBeGreaterThan(20)
    expect(unknown).toEqual([])
  })

  it('no Dutch text is left empty', () => {
    const empty = keysOf(nl).filter((key) => {
      const value = key.split('.').reduce<any>((node, part) => node?.[part], nl)
      return typeof value === 'string' && value.trim() === ''
    })
    expect(empty).toEqual([])
  })
})
