import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { HomePage } from '../pages/home.page.ts'
import { LogInPage } from '../pages/log-in.page.ts'
import { PublicRegisterPage, unsignedCredential, VerifyCredentialPage } from '../pages/public-register.page.ts'
import { demoLogin } from '../support/demo-logins.ts'
import { type JourneyWorld, startWorld } from '../support/journey.ts'
import { KeyboardUser } from '../support/keyboard.ts'

// The public register without login (issue 3): search tolerant of tussenvoegsels and typos, the permanent page of a
// registration with its status and any measure, "niet gevonden", and checking a certificate. Demo data:
// apps/server/src/db/seed-data.ts (Noor van den Berg, Hasan Çelik, the suspended Mohamed Bouzid).

let world: JourneyWorld
beforeAll(async () => {
  world = await startWorld()
})
afterAll(() => world?.stop())
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && world) console.error(await world.diagnostics())
})

describe('a visitor looks someone up in the register, without logging in', () => {
  it('finds Noor van den Berg by "van der Berg" from the main menu, opens her page and sees she is registered', async () => {
    const page = await world.newPage()
    await new HomePage(page).open()
    const register = new PublicRegisterPage(page)
    await register.openFromNavigation()
    expect(await register.robots(), 'the empty search page may be indexed').toBeNull()
    await register.checkAccessibility('/register')

    await register.searchBySurname('van der Berg')
    await register.rowsWith('N. van den Berg', 'Register Klantmanagers', 'Geregistreerd').first().waitFor()
    expect(await register.robots(), 'a page of results names people').toBe('noindex')
    await register.checkAccessibility('/register?achternaam=van der Berg')

    await register.openResult('N. van den Berg')
    expect(await register.status.innerText()).toBe('Geregistreerd')
    expect(
      await register
        .detail(/^tussenvoegsel$/i)
        .locator('dd')
        .innerText(),
    ).toBe('van den')
    expect(
      await register
        .detail(/^achternaam$/i)
        .locator('dd')
        .innerText(),
    ).toBe('Berg')
    expect(
      await register
        .detail(/^registratienummer$/i)
        .locator('dd')
        .innerText(),
    ).toMatch(/^KM-\d{6}$/)
    expect(
      await register
        .detail(/^beroep$/i)
        .locator('dd')
        .innerText(),
    ).toBe('klantmanager inkomen')
    expect(
      await register
        .detail(/^geldig tot$/i)
        .locator('dd')
        .innerText(),
    ).toMatch(/^\d{1,2} \p{L}+ \d{4}$/u)
    expect(await register.measure.count(), 'no measure for a registered person').toBe(0)
    expect(await register.robots(), 'a person page is never indexed').toBe('noindex')
    expect(await register.main.innerText()).not.toMatch(/@|geboortedatum/i)
    await register.checkAccessibility('/register/:nummer (geregistreerd)')

    // The address is the permanent page: it works on its own, e.g. from the QR code on the certificate.
    await page.reload()
    await register.heading.filter({ hasText: 'N. van den Berg' }).waitFor()
    expect(await register.robots()).toBe('noindex')

    // Leaving the person page takes the noindex away again.
    await register.backToSearch()
    expect(await register.robots()).toBeNull()
  })

  it('finds Hasan Çelik without the cedilla, and then by his number typed in lower case without a hyphen', async () => {
    const page = await world.newPage()
    const register = new PublicRegisterPage(page)
    await register.open()
    await register.searchBySurname('Celik', 'H')
    const row = register.rowsWith('H. Çelik')
    await row.first().waitFor()
    expect(await register.rowsWith().count(), 'the header row and one person').toBe(2)
    const number = (await row.first().getByRole('cell').nth(1).innerText()).trim()
    expect(number).toMatch(/^KM-\d{6}$/)

    await register.searchByNumber(number.toLowerCase().replace('-', ''))
    await page.waitForURL((url) => url.searchParams.get('nummer') === number)
    await register.rowsWith('H. Çelik', number).first().waitFor()
    await register.openResult('H. Çelik')
    expect(page.url()).toMatch(new RegExp(`/register/${number}$`))
  })

  it('finds the suspended Mohamed Bouzid despite a typo ("Boezid"); his page shows the suspension and until when', async () => {
    const page = await world.newPage()
    const register = new PublicRegisterPage(page)
    await register.open()
    await register.searchBySurname('Boezid')
    await register.rowsWith('M. Bouzid', 'Geschorst').first().waitFor()
    await register.openResult('M. Bouzid')
    expect(await register.status.innerText()).toBe('Geschorst')
    await register.measure.waitFor()
    const measure = await register.measure.innerText()
    expect(measure).toMatch(/maatregel: schorsing/i)
    expect(measure).toMatch(/geschorst vanaf \d{1,2} \p{L}+ \d{4}/u)
    expect(measure).toMatch(/openbaar tot en met \d{1,2} \p{L}+ \d{4}/u)
    expect(
      await register
        .detail(/^werkgever$/i)
        .locator('dd')
        .innerText(),
    ).toBe('Gemeente Utrecht')
    await register.checkAccessibility('/register/:nummer (geschorst)')
  })

  it('an unknown number is "niet gevonden", as a page and as a search; a number in the wrong form is explained', async () => {
    const page = await world.newPage()
    const register = new PublicRegisterPage(page)
    await page.goto('/register/KM-999999')
    await register.heading.filter({ hasText: /^registratie niet gevonden$/i }).waitFor()
    await register.main.getByText('Er is geen openbare registratie met nummer KM-999999.').waitFor()
    expect(await register.robots()).toBe('noindex')
    await register.checkAccessibility('/register/KM-999999')

    await register.backToSearch()
    await register.searchByNumber('KM-999999')
    await register.results.getByText('Er is geen openbare registratie met nummer KM-999999.').waitFor()

    await register.searchByNumber('KM-12')
    await register.searchErrors.filter({ hasText: /zoals KM-000123/ }).waitFor()
    expect(await register.searchErrors.evaluate((el) => el === document.activeElement), 'the summary has focus').toBe(
      true,
    )
    await register.searchErrors.getByRole('link').first().click()
    expect(await register.numberField.evaluate((el) => el === document.activeElement)).toBe(true)

    // An empty surname is refused before anything is asked.
    await register.main.getByRole('radio', { name: /^op naam$/i }).check()
    await register.searchButton.click()
    await register.searchErrors.filter({ hasText: 'Vul een achternaam in.' }).waitFor()
    await register.checkAccessibility('/register (lege achternaam)')
  })

  it('the menu item is there for a logged-in professional too', async () => {
    const page = await world.newPage()
    await new LogInPage(page).logInAs(demoLogin(/professional/i))
    const register = new PublicRegisterPage(page)
    await register.openFromNavigation()
    await register.searchBySurname('Bakker', 'L.')
    await register.rowsWith('L. Bakker').first().waitFor()
  })
})

describe('a visitor checks a certificate', () => {
  it('reaches the check from the search page; bad JSON gets a Dutch message, a made-up certificate does not hold', async () => {
    const page = await world.newPage()
    const register = new PublicRegisterPage(page)
    await register.open()
    await register.main.getByRole('link', { name: /^certificaat controleren$/i }).click()
    const check = new VerifyCredentialPage(page)
    await check.heading.filter({ hasText: /^certificaat controleren$/i }).waitFor()
    await check.checkAccessibility('/controleren')

    await check.submit()
    await check.errors.filter({ hasText: 'Plak de tekst van een certificaat, of kies een bestand.' }).waitFor()

    await check.paste('{"type": ["VerifiableCredential"], ')
    await check.submit()
    await check.errors.filter({ hasText: /de tekst is geen goede JSON/ }).waitFor()
    expect(await check.errors.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await check.textField.getAttribute('aria-invalid')).toBe('true')
    await check.checkAccessibility('/controleren (geen JSON)')

    // A file with a certificate that someone made up: it has no signature, so it does not hold.
    const origin = new URL(page.url()).origin
    await check.upload('certificaat-bouzid.json', unsignedCredential(origin, 'KM-000005'))
    expect(await check.textField.inputValue()).toContain('"licenseNumber": "KM-000005"')
    await check.submit()
    await check.outcome.filter({ hasText: 'Handtekening klopt niet — vertrouw dit certificaat niet' }).waitFor()
    expect(await check.outcome.evaluate((el) => el === document.activeElement), 'the outcome has focus').toBe(true)
    const details = await check.details.innerText()
    expect(details).toContain('Het certificaat heeft geen digitale handtekening.')
    expect(details).toMatch(/registratienummer\s+KM-000005/i)
    expect(details).not.toMatch(/status nu/i)
    expect(await check.details.getByRole('link', { name: /bekijk registratie/i }).count()).toBe(0)
    expect(await check.errors.count(), 'the error summary is gone').toBe(0)
    await check.checkAccessibility('/controleren (handtekening klopt niet)')
  })

  it('a file that is not JSON is refused in Dutch', async () => {
    const page = await world.newPage()
    const check = new VerifyCredentialPage(page)
    await check.open()
    await check.upload('foto.json', 'ÿØÿà dit is geen JSON')
    await check.submit()
    await check.errors.filter({ hasText: /geen goede JSON/ }).waitFor()
    expect(await check.outcome.count()).toBe(0)
  })
})

describe('a visitor who uses only the keyboard', () => {
  it('searches by name, opens the person page and checks a certificate, always seeing where the focus is', async () => {
    const page = await world.newPage()
    const keyboard = new KeyboardUser(page)
    const register = new PublicRegisterPage(page)
    await register.open()

    await keyboard.typeInto(register.surnameField, 'van den Berg')
    await keyboard.press('Enter')
    await register.rowsWith('N. van den Berg').first().waitFor()
    await keyboard.tabTo(register.results.getByRole('link', { name: 'N. van den Berg' }), { maxPresses: 40 })
    await keyboard.press('Enter')
    await register.heading.filter({ hasText: 'N. van den Berg' }).waitFor()

    await keyboard.tabTo(register.main.getByRole('link', { name: /^een certificaat controleren$/i }), {
      maxPresses: 40,
    })
    await keyboard.press('Enter')
    const check = new VerifyCredentialPage(page)
    await check.heading.filter({ hasText: /^certificaat controleren$/i }).waitFor()
    await keyboard.tabTo(check.fileField, { maxPresses: 20 })
    await keyboard.typeInto(check.textField, 'geen json')
    await keyboard.tabTo(check.submitButton, { maxPresses: 5 })
    await keyboard.press('Enter')
    await check.errors.waitFor()
    expect(
      [...keyboard.withoutFocusIndicator],
      `Controls without a visible focus indicator:\n  ${[...keyboard.withoutFocusIndicator].join('\n  ')}`,
    ).toEqual([])
  })
})

describe('the lookup is rate-limited', () => {
  // Last in this file: it uses up this address's lookups for the rest of the minute.
  it('after too many lookups from one address, the search says in Dutch to wait', async () => {
    const page = await world.newPage()
    const register = new PublicRegisterPage(page)
    await register.open()
    let status = 200
    for (let i = 0; i < 500 && status !== 429; i++) {
      const response = await page.request.get('/api/v1/public-registrations?surname=Jansen', {
        headers: { accept: 'application/json' },
      })
      status = response.status()
    }
    expect(status, 'the API refuses after its limit').toBe(429)
    await register.searchBySurname('Jansen')
    await register.searchErrors
      .filter({ hasText: /je hebt in korte tijd veel gezocht\. wacht \d+ seconden?/i })
      .waitFor()
    expect(await register.results.count()).toBe(0)
    await register.checkAccessibility('/register (te vaak gezocht)')
  })
})
