import { BasePage } from './base.page.ts'

/** /account — profile, password, MFA (tweestapsverificatie) and sessions; MFA set-up at /account/tweestapsverificatie. */
export class AccountPage extends BasePage {
  async open() {
    await this.visit('/account')
  }

  /** Goes to the set-up page and returns the secret it shows for typing into an authenticator app. */
  async startMfaSetUp(): Promise<string> {
    await this.main
      .getByRole('link', { name: /tweestapsverificatie instellen/i })
      .or(this.main.getByRole('button', { name: /tweestapsverificatie instellen/i }))
      .first()
      .click()
    await this.page.waitForURL('**/account/tweestapsverificatie')
    // The secret to type over is the text right after "Geheime sleutel om over te typen:".
    const secretHolder = this.main.getByText(/geheime sleutel/i).locator('xpath=following::code[1]')
    await secretHolder.waitFor()
    const secret = ((await secretHolder.textContent()) ?? '').replace(/\s+/g, '')
    if (!/^[A-Z2-7]{16,}=*$/.test(secret)) throw new Error(`The page shows no base32 TOTP secret (found "${secret}")`)
    return secret
  }

  /** Confirms the set-up with a code and returns the recovery codes shown once. */
  async confirmMfa(code: string): Promise<string[]> {
    const field = this.main.getByLabel(/code uit je app/i)
    await field.fill(code)
    await field.press('Enter')
    const list = this.main.getByRole('list', { name: /herstelcodes/i })
    await list.waitFor()
    return (await list.getByRole('listitem').allTextContents()).map((c) => c.trim())
  }

  /** "Ik heb de codes bewaard. Ga verder." — back to the account page. */
  async confirmRecoveryCodesSaved() {
    await this.main.getByRole('button', { name: /codes bewaard/i }).click()
    await this.page.waitForURL((url) => url.pathname === '/account')
  }

  async expectMfaOn() {
    await this.main
      .getByText(/tweestapsverificatie staat aan/i)
      .first()
      .waitFor()
  }
}
