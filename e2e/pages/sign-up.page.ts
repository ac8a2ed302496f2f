import type { Locator } from 'playwright-core'
import { BasePage } from './base.page.ts'

export interface NewAccount {
  givenName: string
  familyName: string
  email: string
  password: string
}

/** /aanmelden — create an account. */
export class SignUpPage extends BasePage {
  async open() {
    await this.visit('/aanmelden')
  }

  /** Fills in the form and submits with Enter from the last field, as a keyboard user would. */
  async signUp(account: NewAccount) {
    await this.page.getByLabel(/^voornaam/i).fill(account.givenName)
    await this.page.getByLabel(/^achternaam/i).fill(account.familyName)
    await this.page.getByLabel(/^e-?mailadres/i).fill(account.email)
    const password = this.page.getByLabel(/wachtwoord/i).first()
    await password.fill(account.password)
    await password.press('Enter')
  }

  /** The confirmation that tells the person to look in their mail. */
  async expectCheckYourMail() {
    await this.page.getByRole('heading', { level: 1, name: /kijk in je e-?mail/i }).waitFor()
  }

  get submitButton(): Locator {
    return this.main.getByRole('button', { name: /^account maken$/i })
  }

  /** The four fields, in the order of the form: first name, last name, e-mail, password. */
  get fields(): Locator[] {
    return [
      this.page.getByLabel(/^voornaam/i),
      this.page.getByLabel(/^achternaam/i),
      this.page.getByLabel(/^e-?mailadres/i),
      this.passwordField,
    ]
  }

  get passwordField(): Locator {
    return this.page.getByLabel(/wachtwoord/i).first()
  }

  /** The error summary region above the form (the element that takes focus). */
  get errorSummaryRegion(): Locator {
    return this.page.locator('#error-summary')
  }
}
