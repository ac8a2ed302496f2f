import { BasePage } from './base.page.ts'

/** /wachtwoord-vergeten — ask for a reset link. */
export class ForgotPasswordPage extends BasePage {
  async open() {
    await this.visit('/wachtwoord-vergeten')
  }

  async requestReset(email: string) {
    const field = this.page.getByLabel(/^e-?mailadres/i)
    await field.fill(email)
    await field.press('Enter')
    await this.page.getByRole('heading', { level: 1, name: /kijk in je e-?mail/i }).waitFor()
  }
}

/** /wachtwoord-herstellen?token=… — the link from the reset mail. */
export class ResetPasswordPage extends BasePage {
  async openLink(link: string) {
    await this.page.goto(link)
    await this.heading.waitFor()
  }

  /** Types a strong new password twice and submits a refused link: the error summary appears. */
  async submitExpectingError(password: string) {
    const fields = this.main.getByLabel(/wachtwoord|password/i)
    await fields.nth(0).fill(password)
    await fields.nth(1).fill(password)
    await fields.nth(1).press('Enter')
    await this.errorSummary.first().waitFor()
  }

  /** Types the new password (and its repeat), submits, and lands on the log-in page that confirms it. */
  async setNewPassword(password: string) {
    const fields = this.main.getByLabel(/wachtwoord/i)
    const count = await fields.count()
    if (count === 0) throw new Error('No password field on the reset page')
    for (let i = 0; i < count; i++) await fields.nth(i).fill(password)
    await fields.nth(count - 1).press('Enter')
    await this.page.waitForURL('**/inloggen**')
    await this.main
      .getByText(/nieuw wachtwoord/i)
      .first()
      .waitFor()
  }
}
