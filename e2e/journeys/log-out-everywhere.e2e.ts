import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { AccountPage } from '../pages/account.page.ts'
import { LogInPage } from '../pages/log-in.page.ts'
import { type DemoLogin, demoLogin } from '../support/demo-logins.ts'
import { type JourneyWorld, startWorld } from '../support/journey.ts'

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

/** The same professional on a laptop and on a phone (two browser profiles), both on their account page. */
async function loggedInTwice() {
  const laptop = await world.newPage()
  const phone = await world.newPage()
  for (const page of [laptop, phone]) await new LogInPage(page).logInAs(professional)
  const onLaptop = new AccountPage(laptop)
  const onPhone = new AccountPage(phone)
  for (const account of [onLaptop, onPhone]) {
    await account.open()
    await account.waitUntilLoaded()
  }
  await expect
    .poll(() => onLaptop.otherSessionRows.count(), { message: 'the phone is listed on the laptop' })
    .toBeGreaterThan(0)
  return { onLaptop, onPhone }
}

describe('"Overal uitloggen" ends the sessions on every device', () => {
  it('logging out everywhere on the laptop ends the phone session: its next page load lands on the log-in page', async () => {
    const { onLaptop, onPhone } = await loggedInTwice()

    await onLaptop.logOutEverywhere()
    await new LogInPage(onLaptop.page).expectLoggedOut()
    await onLaptop.checkAccessibility('/inloggen (overal uitgelogd)')

    await onPhone.page.goto('/account')
    await onPhone.page.waitForURL((url) => url.pathname === '/inloggen')
    expect(new URL(onPhone.page.url()).searchParams.get('terug'), 'and back to the account page afterwards').toBe(
      '/account',
    )
    await new LogInPage(onPhone.page).expectLoggedOut()
  })

  it('the laptop confirms "Je bent uitgelogd." after logging out everywhere', async () => {
    const { onLaptop } = await loggedInTwice()
    await onLaptop.logOutEverywhere()
    await onLaptop.main.getByText(/^je bent uitgelogd\.$/i).waitFor({ timeout: 5_000 })
    expect(onLaptop.page.url(), 'the log-in page says why it shows').toMatch(/\/inloggen\?uitgelogd=1$/)
  })

  it('the phone, with the app still open, is sent to the log-in page on its next step in the menu', async () => {
    const { onLaptop, onPhone } = await loggedInTwice()
    await onLaptop.logOutEverywhere()

    // No reload: the phone follows links in the menu, as someone does who left the app open.
    const nav = onPhone.page.getByRole('navigation', { name: /hoofdmenu/i })
    await nav.getByRole('link', { name: /^home$/i }).click()
    await onPhone.page.waitForURL((url) => url.pathname === '/')
    await nav.getByRole('link', { name: /^mijn account$/i }).click()
    await onPhone.page.waitForURL((url) => url.pathname === '/inloggen', { timeout: 5_000 })
    await new LogInPage(onPhone.page).expectLoggedOut()
  })
})
