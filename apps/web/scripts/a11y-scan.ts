/**
 * Scans every page of the web app with axe (WCAG 2.2 AA tags) in Debian's chromium, at 1280 px and 360 px wide.
 * Also fails on Content-Security-Policy violations, console errors and requests to any other origin.
 *
 *   node apps/web/scripts/a11y-scan.ts [--base http://localhost:3100] [--screenshots /tmp/shots]
 *
 * Public pages and form error states talk to the live API. Pages behind a log-in (account, MFA, audit trail) are
 * scanned in extra states with the API answered by contract-shaped fixtures (docs/api.md), so every screen is
 * checked even when no demo account is at hand. Exit code 1 when anything is found.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import AxeBuilder from '@axe-core/playwright'
import { type Browser, chromium, type Page } from 'playwright-core'
import { FIXTURE_ROUTES, type FixtureState } from './fixtures.ts'

const { values: args } = parseArgs({
  options: {
    base: { type: 'string', default: process.env.BASE_URL ?? 'http://localhost:3100' },
    screenshots: { type: 'string' },
    only: { type: 'string' },
  },
})
const BASE = args.base!.replace(/\/$/, '')
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const WIDTHS = [1280, 360]
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

interface Scan {
  name: string
  path: string
  /** Answer the API with fixtures in this state. */
  fixture?: FixtureState
  /** Something to do after loading, before scanning (e.g. submit an empty form). */
  act?: (page: Page) => Promise<void>
}

const submitEmpty = async (page: Page) => {
  await page.locator('main form button[type=submit]').first().click()
  await page.locator('.vr-error-summary').first().waitFor()
}

const SCANS: Scan[] = [
  { name: 'home', path: '/' },
  { name: 'sign-up', path: '/aanmelden' },
  { name: 'sign-up-errors', path: '/aanmelden', act: submitEmpty },
  {
    name: 'sign-up-sent',
    path: '/aanmelden',
    act: async (page) => {
      await page.fill('#given-name', 'Sanne')
      await page.fill('#family-name', 'van Scan')
      await page.fill('#email', `scan.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@voorbeeld.nl`)
      await page.fill('#password', 'een lange zin als wachtwoord 42')
      await page.locator('main form button[type=submit]').click()
      // the sent page, or the rate limit's message when this ran often in a short time
      await page.locator('.utrecht-alert--ok, .vr-error-summary').first().waitFor()
    },
  },
  { name: 'verify-no-token', path: '/verifieren' },
  { name: 'verify-bad-token', path: '/verifieren?token=ongeldig-token-0000000000' },
  { name: 'log-in', path: '/inloggen' },
  { name: 'log-in-errors', path: '/inloggen', act: submitEmpty },
  {
    name: 'log-in-wrong-password',
    path: '/inloggen',
    act: async (page) => {
      await page.fill('#email', 'niemand@voorbeeld.nl')
      await page.fill('#password', 'dit-is-niet-het-wachtwoord')
      await page.locator('main form button[type=submit]').click()
      await page.locator('.vr-error-summary').waitFor()
    },
  },
  { name: 'forgot-password', path: '/wachtwoord-vergeten' },
  { name: 'forgot-password-errors', path: '/wachtwoord-vergeten', act: submitEmpty },
  {
    name: 'forgot-password-sent',
    path: '/wachtwoord-vergeten',
    act: async (page) => {
      await page.fill('#email', 'niemand@voorbeeld.nl')
      await page.locator('main form button[type=submit]').click()
      // the sent page, or the rate limit's message when this ran often in a short time
      await page.locator('.utrecht-alert--ok, .vr-error-summary').first().waitFor()
    },
  },
  { name: 'reset-password', path: '/wachtwoord-herstellen?token=abc' },
  {
    name: 'reset-password-bad-token',
    path: '/wachtwoord-herstellen?token=abc',
    act: async (page) => {
      await page.fill('#new-password', 'een lange zin als wachtwoord 42')
      await page.fill('#repeat-password', 'een lange zin als wachtwoord 42')
      await page.locator('main form button[type=submit]').click()
      await page.locator('.vr-error-summary').waitFor()
    },
  },
  { name: 'reset-password-no-token', path: '/wachtwoord-herstellen' },
  { name: 'accessibility', path: '/toegankelijkheid' },
  { name: 'privacy', path: '/privacy' },
  { name: 'contact', path: '/contact' },
  { name: 'not-found', path: '/bestaat-niet' },
  { name: 'mfa-step', path: '/inloggen', fixture: 'pending' },
  { name: 'account', path: '/account', fixture: 'professional' },
  { name: 'account-errors', path: '/account', fixture: 'professional', act: submitPasswordEmpty },
  { name: 'mfa-setup', path: '/account/tweestapsverificatie', fixture: 'setupRequired' },
  { name: 'mfa-setup-done', path: '/account/tweestapsverificatie', fixture: 'setupRequired', act: confirmTotp },
  { name: 'account-staff', path: '/account', fixture: 'staff' },
  { name: 'audit', path: '/audit', fixture: 'staff' },
  { name: 'audit-no-access', path: '/audit', fixture: 'professional' },
]

async function submitPasswordEmpty(page: Page) {
  await page.locator('#wachtwoord ~ form button[type=submit]').click()
  await page.locator('#password-errors').waitFor()
}

async function confirmTotp(page: Page) {
  await page.locator('.vr-totp__qr').waitFor()
  await page.fill('#setup-code', '123456')
  await page.locator('main form button[type=submit]').click()
  await page.locator('.vr-recovery__codes').waitFor()
}

async function scanOne(browser: Browser, scan: Scan, width: number): Promise<string[]> {
  const problems: string[] = []
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'nl-NL' })
  const page = await context.newPage()
  const origin = new URL(BASE).origin
  page.on('console', (message) => {
    if (message.type() === 'error' && !/401|404|400|Failed to load resource/.test(message.text())) {
      problems.push(`console error: ${message.text()}`)
    }
    if (/Content Security Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(origin) && !url.startsWith('data:')) problems.push(`third-party request: ${url}`)
  })
  if (scan.fixture) await FIXTURE_ROUTES(page, scan.fixture, origin)

  await page.goto(BASE + scan.path, { waitUntil: 'networkidle' })
  await page.locator('h1').first().waitFor()
  if (scan.act) await scan.act(page)
  await page.waitForLoadState('networkidle')

  const h1s = await page.locator('h1').count()
  if (h1s !== 1) problems.push(`expected one h1, found ${h1s}`)
  const title = await page.title()
  if (!title.includes('Vakregister')) problems.push(`page title "${title}" lacks the product name`)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
  if (overflow) problems.push('page is wider than the screen (horizontal scroll)')

  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  for (const violation of result.violations) {
    const targets = violation.nodes.map((n) => n.target.join(' ')).slice(0, 4)
    problems.push(`axe ${violation.id} (${violation.impact}): ${violation.help} — ${targets.join(' | ')}`)
  }
  if (args.screenshots) {
    mkdirSync(args.screenshots, { recursive: true })
    await page.screenshot({ path: join(args.screenshots, `${scan.name}-${width}.png`), fullPage: true })
  }
  await context.close()
  return problems
}

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS })
  let failed = 0
  let passed = 0
  const scans = args.only ? SCANS.filter((s) => s.name.includes(args.only!)) : SCANS
  try {
    for (const scan of scans) {
      for (const width of WIDTHS) {
        let problems: string[]
        try {
          problems = await scanOne(browser, scan, width)
        } catch (error) {
          problems = [`could not scan: ${(error as Error).message.split('\n')[0]}`]
        }
        const label = `${scan.name} @${width}px${scan.fixture ? ` (fixtures: ${scan.fixture})` : ''}`
        if (problems.length === 0) {
          passed++
          console.log(`ok   ${label}`)
        } else {
          failed++
          console.log(`FAIL ${label}`)
          for (const problem of problems) console.log(`     - ${problem}`)
        }
      }
    }
  } finally {
    await browser.close()
  }
  console.log(`\n${passed} passed, ${failed} failed`)
  process.exit(failed > 0 ? 1 : 0)
}

await main()
