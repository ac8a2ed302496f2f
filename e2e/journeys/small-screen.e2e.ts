import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { HomePage } from '../pages/home.page.ts'
import { LogInPage } from '../pages/log-in.page.ts'
import { type JourneyWorld, startWorld } from '../support/journey.ts'

let world: JourneyWorld
beforeAll(async () => {
  world = await startWorld()
})
afterAll(() => world?.stop())
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && world) console.error(await world.diagnostics())
})

describe('Vakregister on a 360-pixel-wide phone', () => {
  it('shows the home page and the log-in page without horizontal scrolling and without accessibility problems', async () => {
    const page = await world.newPage({ width: 360, height: 740 })
    const home = new HomePage(page)
    await home.open()
    expect(await home.hasHorizontalScroll(), 'the home page scrolls sideways at 360 px').toBe(false)
    await home.checkAccessibility('/ (360 px)')

    const logIn = new LogInPage(page)
    await logIn.open()
    expect(await logIn.hasHorizontalScroll(), 'the log-in page scrolls sideways at 360 px').toBe(false)
    await logIn.checkAccessibility('/inloggen (360 px)')
  })

  it('lets a keyboard user skip straight to the main content', async () => {
    const page = await world.newPage({ width: 360, height: 740 })
    const home = new HomePage(page)
    await home.open()
    await page.keyboard.press('Tab')
    const skipLink = page.getByRole('link', { name: /naar (de )?(hoofd)?inhoud/i })
    await expect.poll(() => skipLink.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await skipLink.isVisible(), 'the skip link is visible when it has focus').toBe(true)
    await page.keyboard.press('Enter')
    // Focus is now in (or on) the main content, so the next Tab does not walk through the header again.
    await expect
      .poll(() =>
        page.evaluate(() =>
          Boolean(
            document.activeElement?.closest('main') ||
              document.activeElement?.id === 'main' ||
              document.activeElement?.tagName === 'MAIN',
          ),
        ),
      )
      .toBe(true)
  })
})
