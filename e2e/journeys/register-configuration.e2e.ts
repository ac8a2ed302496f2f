import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { LogInPage } from '../pages/log-in.page.ts'
import { RegistersPage } from '../pages/registers.page.ts'
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

describe('an admin configures the registers', () => {
  it('adds Register Bewindvoerders after fixing a bad number prefix, then changes its professions', async () => {
    const admin = demoLogin(/^beheerder$/i)
    expect(admin.totpSecret, 'the demo admin has MFA set up').toBeTruthy()
    const page = await world.newPage()
    await new LogInPage(page).logInAs(admin)

    const registers = new RegistersPage(page)
    await registers.openFromNavigation()
    // Both demo registers are there, with their professions and cycle length.
    await registers.rowsWith('Register Klantmanagers', 'KM', 'klantmanager inkomen', '5 jaar').first().waitFor()
    await registers.rowsWith('Register Participatiecoaches', 'PC', 'werkconsulent', '4 jaar').first().waitFor()
    await registers.checkAccessibility('/beheer/registers')

    await registers.startNew()
    await registers.checkAccessibility('/beheer/registers/nieuw')
    await registers.fill({
      name: 'Register Bewindvoerders',
      slug: 'bewindvoerders',
      numberPrefix: 'bw1',
      professions: ['bewindvoerder', 'budgetcoach'],
      cycleYears: '3',
    })
    await registers.submit()

    // The error summary takes focus, names the prefix in Dutch and leads to the field.
    const prefixError = registers.errorLink(/vul 1 tot 5 hoofdletters in, zoals km/i)
    await prefixError.waitFor()
    expect(await registers.formErrors.evaluate((element) => element === document.activeElement)).toBe(true)
    expect(await registers.formErrors.getByRole('link').count()).toBe(1)
    await registers.checkAccessibility('/beheer/registers/nieuw (fout in de letters)')
    await prefixError.click()
    expect(await registers.numberPrefixField.evaluate((element) => element === document.activeElement)).toBe(true)
    expect(await registers.numberPrefixField.getAttribute('aria-invalid')).toBe('true')

    // Fix the letters in the field that now has focus.
    await page.keyboard.press('Control+A')
    await page.keyboard.type('BW')
    await registers.submitAndExpectSaved('Register Bewindvoerders is toegevoegd')
    await registers.rowsWith('Register Bewindvoerders', 'BW', 'bewindvoerder, budgetcoach', '3 jaar').first().waitFor()
    await registers.checkAccessibility('/beheer/registers (toegevoegd)')

    // Change the professions: one more, one less.
    await registers.openEdit('Register Bewindvoerders')
    await expect.poll(() => registers.professionsField.inputValue()).toBe('bewindvoerder\nbudgetcoach')
    await registers.main.getByText(/geldt alleen voor cycli die hierna beginnen/i).waitFor()
    await registers.checkAccessibility('/beheer/registers/:id')
    await registers.fill({ professions: ['bewindvoerder', 'mentor', 'schuldhulpverlener'] })
    await registers.submitAndExpectSaved('wijzigingen in Register Bewindvoerders zijn opgeslagen')
    await registers.rowsWith('Register Bewindvoerders', 'bewindvoerder, mentor, schuldhulpverlener').first().waitFor()
    expect(await registers.rowsWith('Register Bewindvoerders', 'budgetcoach').count()).toBe(0)
  })

  it('cannot change the letters of a register that has handed out numbers, and is told why', async () => {
    const page = await world.newPage()
    await new LogInPage(page).logInAs(demoLogin(/^beheerder$/i))
    const registers = new RegistersPage(page)
    await registers.open()
    await registers.openEdit('Register Klantmanagers')
    expect(await registers.numberPrefixField.getAttribute('readonly')).not.toBeNull()
    await registers.main
      .getByText(/al registratienummers uitgegeven/i)
      .first()
      .waitFor()
    // Removing a profession that registrations still have is refused, naming it.
    await registers.fill({ professions: ['klantmanager inkomen', 'jobcoach', 'handhaver', 'schuldhulpverlener'] })
    await registers.submit()
    await registers.errorLink(/je kunt het beroep "klantmanager werk" niet weghalen/i).waitFor()
    await registers.checkAccessibility('/beheer/registers/:id (beroep nog in gebruik)')
  })
})
