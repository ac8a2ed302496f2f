import { execFileSync } from 'node:child_process'
import { type Browser, type BrowserContext, chromium } from 'playwright-core'

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Debian's chromium, as `command -v chromium` finds it (CHROMIUM_PATH overrides). */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim()
  } catch {
    throw new Error("chromium not found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH")
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS })
}

/**
 * A fresh browser profile in Dutch. Every request that leaves our own origin is blocked and recorded:
 * pages must make no third-party requests (`foreignRequests` must stay empty).
 */
export async function newContext(
  browser: Browser,
  baseUrl: string,
  options: { width?: number; height?: number } = {},
): Promise<BrowserContext & { foreignRequests: string[] }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
  })
  const origin = new URL(baseUrl).origin
  const foreignRequests: string[] = []
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue()
    foreignRequests.push(url)
    return route.abort('blockedbyclient')
  })
  context.setDefaultTimeout(15_000)
  return Object.assign(context, { foreignRequests })
}
