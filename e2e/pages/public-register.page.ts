import type { Locator } from 'playwright-core'
import { BasePage } from './base.page.ts'

const SEARCH_HEADING = /^(zoeken in het register|search the register)$/i

/** /register — the public search (no login); /register/:number — the permanent page of one registration. */
export class PublicRegisterPage extends BasePage {
  async open() {
    await this.visit('/register')
  }

  /** Through the main menu's "Register raadplegen" (there logged in and out). */
  async openFromNavigation() {
    await this.page
      .getByRole('navigation', { name: /hoofdmenu|main menu/i })
      .getByRole('link', { name: /^(register raadplegen|search the register)$/i })
      .click()
    await this.page.waitForURL((url) => url.pathname === '/register')
    await this.heading.filter({ hasText: SEARCH_HEADING }).waitFor()
  }

  get surnameField(): Locator {
    return this.main.getByRole('searchbox', { name: /^(achternaam|surname)/i })
  }

  get initialsField(): Locator {
    return this.main.getByRole('textbox', { name: /^(voorletters|initials)/i })
  }

  get numberField(): Locator {
    return this.main.getByRole('searchbox', { name: /^(registratienummer|registration number)/i })
  }

  get searchButton(): Locator {
    return this.main.getByRole('button', { name: /^(zoeken|search)$/i })
  }

  /** Searches by surname (and initials), and waits until the address holds the search. */
  async searchBySurname(surname: string, initials = '') {
    await this.main.getByRole('radio', { name: /^(op naam|by name)$/i }).check()
    await this.surnameField.fill(surname)
    await this.initialsField.fill(initials)
    await this.searchButton.click()
    await this.page.waitForURL((url) => url.searchParams.get('achternaam') === surname.trim())
  }

  /** Searches by registration number, typed as given; the page may show an error instead of results. */
  async searchByNumber(number: string) {
    await this.main.getByRole('radio', { name: /^(op registratienummer|by registration number)$/i }).check()
    await this.numberField.fill(number)
    await this.searchButton.click()
  }

  /** The "Resultaten" section once the answer is there (a table, or the line that nothing was found). */
  get results(): Locator {
    return this.main.getByRole('region', { name: /^(resultaten|results)$/i })
  }

  /** The result rows that mention all the given texts. */
  rowsWith(...texts: string[]): Locator {
    let rows = this.results.getByRole('row')
    for (const text of texts) rows = rows.filter({ hasText: text })
    return rows
  }

  /** Follows the name in the results to the permanent page and waits for that person's heading. */
  async openResult(name: string) {
    await this.results.getByRole('link', { name, exact: true }).click()
    await this.page.waitForURL((url) => /^\/register\/[A-Z]+-\d{6}$/.test(url.pathname))
    await this.heading.filter({ hasText: name }).waitFor()
  }

  /** From a person page (or "niet gevonden") back to the search, by the link under the page. */
  async backToSearch() {
    await this.main
      .locator('.vr-link-list')
      .getByRole('link', { name: /^(zoeken in het register|search the register)$/i })
      .click()
    await this.heading.filter({ hasText: SEARCH_HEADING }).waitFor()
  }

  /** The error summary of the search form (it takes focus after a failed search). */
  get searchErrors(): Locator {
    return this.page.locator('#search-errors')
  }

  /** The value of a row ("Status", "Geldig tot", …) in the details of the permanent page. */
  detail(label: RegExp): Locator {
    return this.main.locator('.utrecht-data-list__item').filter({ has: this.page.locator('dt', { hasText: label }) })
  }

  /** The status badge right under the person's name. */
  get status(): Locator {
    return this.main.locator('.vr-registration-summary .vr-registration-status')
  }

  /** The notice of a suspension or removal. */
  get measure(): Locator {
    return this.main.locator('.utrecht-alert').filter({ hasText: /maatregel|measure/i })
  }

  /** The content of `<meta name="robots">` in the head, or null when there is none. */
  robots(): Promise<string | null> {
    return this.page.evaluate(() => document.head.querySelector('meta[name="robots"]')?.getAttribute('content') ?? null)
  }
}

/** /controleren — anyone checks a digital certificate (a file or pasted text). */
export class VerifyCredentialPage extends BasePage {
  async open() {
    await this.visit('/controleren')
  }

  get fileField(): Locator {
    return this.main.getByLabel(/^(kies het bestand|choose the certificate file)/i)
  }

  get textField(): Locator {
    return this.main.getByRole('textbox', { name: /^(of plak de tekst|or paste the text)/i })
  }

  get submitButton(): Locator {
    return this.main.getByRole('button', { name: /^(controleren|check)$/i })
  }

  async paste(text: string) {
    await this.textField.fill(text)
  }

  /** Chooses a .json file with this content; its text lands in the box. */
  async upload(name: string, content: string) {
    await this.fileField.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) })
    await this.main
      .getByText(new RegExp(name.replace('.', '\\.')))
      .first()
      .waitFor()
  }

  async submit() {
    await this.submitButton.click()
  }

  get errors(): Locator {
    return this.page.locator('#verify-errors')
  }

  /** The outcome's one line and details; it takes focus when it appears. */
  get outcome(): Locator {
    return this.page.locator('#verdict')
  }

  get details(): Locator {
    return this.main.getByRole('region', { name: /^(uitkomst|outcome)$/i })
  }
}

/** A credential-shaped document without a signature, as someone might make one up. */
export function unsignedCredential(origin: string, licenseNumber: string): string {
  return JSON.stringify(
    {
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: `${origin}/api/v1/issuer`, type: ['Profile'], name: 'Vakregister' },
      validFrom: '2025-06-01T09:00:00Z',
      credentialSubject: { type: ['AchievementSubject'], licenseNumber },
    },
    null,
    2,
  )
}
