/**
 * `npm start`: builds the web app when its build is missing or older than its sources, then starts the server.
 * Works on a fresh clone after `npm ci`; needs nothing but the Node from node_modules.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const rootDir = fileURLToPath(new URL('../../../', import.meta.url))
export const webDir = join(rootDir, 'apps/web')
export const webDistIndex = join(webDir, 'dist/index.html')

const SKIP = new Set(['dist', 'node_modules', '.vite'])

/** The newest modification time (ms) of the web app's sources, or 0 when there are none. */
export function newestWebSourceTime(dir = webDir): number {
  if (!existsSync(dir)) return 0
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue
    const path = join(dir, entry.name)
    const time = entry.isDirectory() ? newestWebSourceTime(path) : statSync(path).mtimeMs
    if (time > newest) newest = time
  }
  return newest
}

/** Why the web app needs a build, or undefined when dist/ is up to date. */
export function webBuildReason(): string | undefined {
  if (!existsSync(join(webDir, 'index.html'))) return undefined // no web app in this checkout
  if (!existsSync(webDistIndex)) return 'apps/web/dist ontbreekt'
  if (newestWebSourceTime() > statSync(webDistIndex).mtimeMs) return 'apps/web is gewijzigd sinds de laatste build'
  return undefined
}

/** Builds apps/web with Vite (the same as `npm run build`) when needed. Throws when the build fails. */
export function ensureWebBuilt(log: (line: string) => void = console.log): boolean {
  const reason = webBuildReason()
  if (!reason) return false
  log(`Webapp bouwen (${reason}) …`)
  const require = createRequire(import.meta.url)
  const vitePackage = require.resolve('vite/package.json')
  const bin = JSON.parse(readFileSync(vitePackage, 'utf8')).bin
  const viteBin = join(vitePackage, '..', typeof bin === 'string' ? bin : bin.vite)
  const result = spawnSync(process.execPath, [viteBin, 'build', 'apps/web', '--logLevel', 'warn'], {
    cwd: rootDir,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (result.status !== 0) throw new Error(`vite build apps/web mislukte (exit ${result.status ?? result.signal})`)
  return true
}

if (import.meta.main) {
  try {
    ensureWebBuilt()
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
  await import('../src/server.ts')
}
