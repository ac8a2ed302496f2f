import type { Browser, BrowserContext, Page } from 'playwright-core'
import { expectNoAxeViolations } from './axe.ts'
import { launchBrowser, newContext } from './browser.ts'
import { MailCatcher } from './mail.ts'
import { type RunningServer, startServer } from './server.ts'

/** Everything one journey file needs: an SMTP inbox, a running Vakregister and a browser. */
export interface JourneyWorld {
  mail: MailCatcher
  server: RunningServer
  browser: Browser
  /** A fresh browser profile (a person on their own device). */
  newPage(options?: { width?: number; height?: number }): Promise<Page>
  /** What a failing step left behind: the last page's address and text, and the server's last output. */
  diagnostics(): Promise<string>
  stop(): Promise<void>
}

export async function startWorld(): Promise<JourneyWorld> {
  const mail = await new MailCatcher().start()
  let server: RunningServer | undefined
  let browser: Browser | undefined
  try {
    server = await startServer({ smtpPort: mail.port })
    browser = await launchBrowser()
  } catch (error) {
    await server?.stop()
    await mail.stop()
    throw error
  }
  const contexts: (BrowserContext & { foreignRequests: string[] })[] = []
  let lastPage: Page | undefined
  const world: JourneyWorld = {
    mail,
    server,
    browser,
    async newPage(options) {
      const context = await newContext(browser!, server!.baseUrl, options)
      contexts.push(context)
      lastPage = await context.newPage()
      return lastPage
    },
    async diagnostics() {
      const text = lastPage
        ? await lastPage
            .locator('body')
            .innerText({ timeout: 2_000 })
            .catch(() => '(page text unavailable)')
        : '(no page)'
      const log = server!.output().split('\n').slice(-40).join('\n')
      return `Last page: ${lastPage?.url() ?? '-'}\n${text.slice(0, 2_000)}\n--- server output (last lines) ---\n${log}`
    },
    async stop() {
      const foreign = contexts.flatMap((c) => c.foreignRequests)
      await browser?.close()
      await server?.stop()
      await mail.stop()
      if (foreign.length > 0) throw new Error(`Pages made third-party requests:\n  ${foreign.join('\n  ')}`)
    },
  }
  return world
}

/** Waits until the page has settled and scans it with axe. Call on every page a journey visits. */
export async function checkPage(page: Page, label: string) {
  await page.waitForLoadState('networkidle')
  await expectNoAxeViolations(page, label)
}
