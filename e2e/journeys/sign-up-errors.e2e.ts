import { randomBytes } from 'node:crypto'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { SignUpPage } from '../pages/sign-up.page.ts'
import { type JourneyWorld, startWorld } from '../support/journey.ts'

let world: JourneyWorld
beforeAll(async () => {
  world = await startWorld()
})
afterAll(() => world?.stop())
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && world) console.error(await world.diagnostics())
})

describe('mistakes on the sign-up form are explained as the NL Design System says', () => {
  it('an empty form: the error summary takes focus, links to every field, and the fields are marked invalid', async () => {
    const page = await world.newPage()
    const signUp = new SignUpPage(page)
    await signUp.open()
    await signUp.submitButton.click()

    const summary = signUp.errorSummaryRegion
    await summary.waitFor()
    await expect
      .poll(() => summary.evaluate((el) => el === document.activeElement), { message: 'the error summary has focus' })
      .toBe(true)
    await expect(summary.getByRole('heading', { name: /verbeter 4 fouten/i }).count()).resolves.toBe(1)

    const fields = signUp.fields
    const links = summary.getByRole('link')
    expect(await links.count(), 'one link per invalid field').toBe(fields.length)
    for (const [i, field] of fields.entries()) {
      const id = await field.getAttribute('id')
      expect(await links.nth(i).getAttribute('href'), `link ${i + 1} leads to the field`).toBe(`#${id}`)
      expect(await field.getAttribute('aria-invalid'), `#${id} is marked invalid`).toBe('true')
      // The field's own error message is read with the field.
      const describedBy = (await field.getAttribute('aria-describedby')) ?? ''
      expect(describedBy.split(' '), `#${id} is described by its error`).toContain(`${id}-error`)
      expect(await page.locator(`#${id}-error`).innerText()).toBe(await links.nth(i).innerText())
    }
    await signUp.checkAccessibility('/aanmelden (leeg verstuurd)')

    // Following a link in the summary puts the cursor in that field.
    await links.nth(2).click()
    await expect.poll(() => fields[2]!.evaluate((el) => el === document.activeElement)).toBe(true)
  })

  it('a common password is refused by the server and the message is shown at the password field', async () => {
    const page = await world.newPage()
    const signUp = new SignUpPage(page)
    await signUp.open()
    await signUp.signUp({
      givenName: 'Joost',
      familyName: 'van Dijk',
      email: `joost.vandijk+${randomBytes(3).toString('hex')}@gemeente-amersfoort.nl`,
      password: 'wachtwoord123!',
    })

    const password = signUp.passwordField
    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true')
    const message = page.locator('#password-error')
    expect(await message.innerText()).toMatch(/veel gebruikt/i)
    const summary = signUp.errorSummaryRegion
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await summary.getByRole('link').count(), 'only the password is wrong').toBe(1)
    expect(await summary.getByRole('link').getAttribute('href')).toBe('#password')
    for (const other of signUp.fields.slice(0, 3))
      expect(await other.getAttribute('aria-invalid'), 'the other fields are fine').toBeNull()
    await signUp.checkAccessibility('/aanmelden (veelgebruikt wachtwoord)')
  })
})
