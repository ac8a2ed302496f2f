import type { DemoLogin } from '../support/demo-logins.ts'
import { totpCode } from '../support/totp.ts'
import { BasePage } from './base.page.ts'

/** /inloggen — e-mail and password, then (when MFA is on) the code from the authenticator app. */
export class LogInPage extends BasePage {
  async open() {
    await this.visit('/inloggen')
  }

  async logIn(email: string, password: string) {
    await this.page.getByLabel(/^(e-?mailadres|email address)/i).fill(email)
    const field = this.page.getByLabel(/^(wachtwoord|password)/i).first()
    await field.fill(password)
    await field.press('Enter')
  }

  /** Opens the log-in page and logs in as a demo account, with the code from its authenticator app when it has MFA. */
  async logInAs(login: DemoLogin) {
    await this.open()
    await this.logIn(login.email, login.password)
    if (login.totpSecret) await this.enterCode(await totpCode(login.totpSecret))
    await this.expectLoggedIn()
  }

  /** The MFA step: the 6-digit code from the authenticator app. */
  async enterCode(code: string) {
    const field = this.page.getByLabel(/code/i).first()
    await field.waitFor()
    await field.fill(code)
    await field.press('Enter')
  }

  get codeField() {
    return this.page.getByLabel(/code/i).first()
  }

  async expectLoggedIn() {
    await this.page
      .getByRole('button', { name: /^(uitloggen|log out)$/i })
      .or(this.page.getByRole('link', { name: /^(uitloggen|log out)$/i }))
      .first()
      .waitFor()
  }

  /** The session is gone: the API no longer knows this browser, and the log-in form shows. */
  async expectLoggedOut() {
    const me = await this.page.request.get('/api/v1/me', { headers: { accept: 'application/json' } })
    if (me.status() !== 401)
      throw new Error(`Still logged in after logging out: GET /api/v1/me answered ${me.status()}`)
    // The header offers "Inloggen" again instead of "Uitloggen".
    await this.page
      .getByRole('link', { name: /^inloggen$/i })
      .first()
      .waitFor()
  }

  async expectRejected() {
    await this.errorSummary
      .filter({ hasText: /klopt niet/i })
      .first()
      .waitFor()
  }
}
