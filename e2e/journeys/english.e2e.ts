import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { AccountPage } from '../pages/account.page.ts'
import { AuditPage } from '../pages/audit.page.ts'
import { HomePage } from '../pages/home.page.ts'
import { LogInPage } from '../pages/log-in.page.ts'
import { openPublicPage, PUBLIC_PAGES } from '../pages/site-map.ts'
import { demoLogin } from '../support/demo-logins.ts'
import { type JourneyWorld, startWorld } from '../support/journey.ts'

let world: JourneyWorld
beforeAll(async () => {
  world = await startWorld()
})
afterAll(() => world?.stop())
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && world) console.error(await world.diagnostics())
})

describe('a visitor switches Vakregister to English', () => {
  it('switches with the header control and sees every public page in English, without accessibility problems', async () => {
    const page = await world.newPage()
    const home = new HomePage(page)
    await home.open()
    expect(await home.htmlLang(), 'Dutch is the default').toBe('nl')
    await home.switchLanguageTo('en')
    await home.page.getByRole('heading', { level: 1, name: /the register for your profession/i }).waitFor()

    const problems: string[] = []
    for (const entry of PUBLIC_PAGES) {
      const base = await openPublicPage(page, entry, 'en')
      expect(await base.htmlLang(), `${entry.path} stays in English`).toBe('en')
      try {
        await base.checkAccessibility(`${entry.label} (English)`)
      } catch (error) {
        problems.push((error as Error).message)
      }
    }
    expect(problems, problems.join('\n\n')).toEqual([])

    // And back to Dutch with the same control.
    await home.open()
    await home.switchLanguageTo('nl')
    await home.page.getByRole('heading', { level: 1, name: /het register voor jouw vak/i }).waitFor()
    // About twenty pages with an axe scan each, in one language session: more than the usual two minutes on a busy
    // machine.
  }, 240_000)
})

describe("a logged-in person's language is saved on their account", () => {
  it('a professional switches to English; the choice is saved (PATCH /me) and survives a reload and a new device', async () => {
    const professional = demoLogin(/professional/i)
    const page = await world.newPage()
    await new LogInPage(page).logInAs(professional)
    const account = new AccountPage(page)
    await account.open()
    await account.waitUntilLoaded()

    const saved = page.waitForResponse(
      (response) => response.url().endsWith('/api/v1/me') && response.request().method() === 'PATCH',
    )
    await account.switchLanguageTo('en')
    const response = await saved
    expect(response.status(), 'PATCH /me succeeded').toBe(200)
    expect((await response.json()).locale).toBe('en')
    await account.page.getByRole('heading', { level: 1, name: /^my account$/i }).waitFor()
    await account.waitUntilLoaded()
    await account.checkAccessibility('/account (English)')

    await page.reload()
    await account.page.getByRole('heading', { level: 1, name: /^my account$/i }).waitFor()
    expect(await account.htmlLang(), 'still English after a reload').toBe('en')

    // Another device (a fresh browser profile, Dutch by default) follows the account's language after log-in.
    const otherDevice = await world.newPage()
    const logIn = new LogInPage(otherDevice)
    await logIn.logInAs(professional)
    await otherDevice.getByRole('heading', { level: 1, name: /^my account$/i }).waitFor()
    expect(await logIn.htmlLang(), 'the saved language wins on another device').toBe('en')
  })

  it('the register office reads the audit trail in English, without accessibility problems', async () => {
    const page = await world.newPage()
    await new LogInPage(page).logInAs(demoLogin(/registerbureau/i))
    const audit = new AuditPage(page)
    await audit.open()
    await audit.switchLanguageTo('en')
    await audit.page.getByRole('heading', { level: 1, name: /^audit trail$/i }).waitFor()
    await expect.poll(() => audit.main.locator('tbody tr').count()).toBeGreaterThan(0)
    await audit.checkAccessibility('/audit (English)')
    await audit.filterByAction('identity.login')
    await expect.poll(() => audit.rowsWith('identity.login').count()).toBeGreaterThan(0)
    await audit.checkAccessibility('/audit?action=identity.login (English)')
  })
})
