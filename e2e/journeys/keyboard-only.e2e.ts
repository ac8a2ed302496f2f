import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { AccountPage } from '../pages/account.page.ts'
import { LogInPage } from '../pages/log-in.page.ts'
import { type DemoLogin, demoLogin } from '../support/demo-logins.ts'
import { type JourneyWorld, startWorld } from '../support/journey.ts'
import { KeyboardUser } from '../support/keyboard.ts'

let world: JourneyWorld
let professional: DemoLogin
beforeAll(async () => {
  world = await startWorld()
  professional = demoLogin(/professional/i)
})
afterAll(() => world?.stop())
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && world) console.error(await world.diagnostics())
})

describe('a professional who uses only the keyboard', () => {
  it('skips to the content, logs in, reaches the account page through the menu and ends another session', async () => {
    // The professional is also logged in on another device: the session to end later.
    const otherDevice = await world.newPage()
    await new LogInPage(otherDevice).logInAs(professional)

    const page = await world.newPage()
    const keyboard = new KeyboardUser(page)
    const nav = page.getByRole('navigation', { name: /hoofdmenu/i })
    await page.goto('/')
    await page.getByRole('heading', { level: 1 }).waitFor()

    // The first Tab reaches the skip link; it shows, and Enter moves focus to the main content.
    const skipLink = page.getByRole('link', { name: /direct naar de inhoud/i })
    await keyboard.tabTo(skipLink, { maxPresses: 1 })
    expect(await skipLink.isVisible(), 'the skip link is visible when it has focus').toBe(true)
    await keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true)

    // Back up into the menu to "Inloggen".
    await keyboard.tabTo(nav.getByRole('link', { name: /^inloggen$/i }), { backwards: true })
    await keyboard.press('Enter')
    await page.waitForURL('**/inloggen')
    const logIn = new LogInPage(page)
    await logIn.heading.waitFor()

    await keyboard.typeInto(page.getByLabel(/^e-?mailadres/i), professional.email)
    await keyboard.typeInto(page.getByLabel(/^wachtwoord/i), professional.password)
    await keyboard.press('Enter')
    await logIn.expectLoggedIn()

    // Through the menu: to Home, then to "Mijn account".
    await keyboard.tabTo(nav.getByRole('link', { name: /^home$/i }), { backwards: true })
    await keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname === '/')
    await keyboard.tabTo(nav.getByRole('link', { name: /^mijn account$/i }), { backwards: true })
    await keyboard.press('Enter')
    await page.waitForURL('**/account')

    const account = new AccountPage(page)
    await account.waitUntilLoaded()
    await expect.poll(() => account.otherSessionRows.count(), { message: 'the other device is listed' }).toBe(1)

    // End the other device's session with Space on its "Uitloggen" button.
    await keyboard.tabTo(account.otherSessionRows.first().getByRole('button', { name: /^uitloggen/i }), {
      maxPresses: 80,
    })
    await keyboard.press('Space')
    await account
      .section('sessions')
      .getByText(/dat apparaat is uitgelogd/i)
      .waitFor()
    await expect.poll(() => account.otherSessionRows.count()).toBe(0)
    expect(await account.currentSessionRow.count(), 'this device is still logged in').toBe(1)
    const otherMe = await otherDevice.request.get('/api/v1/me', { headers: { accept: 'application/json' } })
    expect(otherMe.status(), 'the other device is logged out').toBe(401)

    expect(
      [...keyboard.withoutFocusIndicator],
      `Controls without a visible focus indicator:\n  ${[...keyboard.withoutFocusIndicator].join('\n  ')}`,
    ).toEqual([])
  })

  it('a keyboard user can open a form field from the error summary and sees where the focus is', async () => {
    const page = await world.newPage()
    const keyboard = new KeyboardUser(page)
    const logIn = new LogInPage(page)
    await logIn.open()
    // Submit the empty form with Enter on the button.
    await keyboard.tabTo(logIn.main.getByRole('button', { name: /^inloggen$/i }))
    await keyboard.press('Enter')
    const summary = page.locator('#error-summary')
    await expect.poll(() => keyboard.isFocused(summary), { message: 'the error summary takes focus' }).toBe(true)
    // The first link in the summary leads to the e-mail field.
    await keyboard.tabTo(summary.getByRole('link').first(), { maxPresses: 3 })
    await keyboard.press('Enter')
    await expect.poll(() => keyboard.isFocused(page.getByLabel(/^e-?mailadres/i))).toBe(true)
    expect([...keyboard.withoutFocusIndicator]).toEqual([])
  })
})
