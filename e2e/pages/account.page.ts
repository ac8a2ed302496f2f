import type { Locator } from 'playwright-core'
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

  /** The four sections of the account page, by their h2. */
  section(name: 'profile' | 'password' | 'mfa' | 'sessions'): Locator {
    const id = { profile: 'profiel', password: 'wachtwoord', mfa: 'tweestapsverificatie', sessions: 'sessies' }[name]
    return this.main.locator(`section.vr-section[aria-labelledby="${id}"]`)
  }

  /** Waits until every section has loaded (the sessions table is there). */
  async waitUntilLoaded() {
    for (const name of ['profile', 'password', 'mfa', 'sessions'] as const) await this.section(name).waitFor()
    await this.sessionRows.first().waitFor()
  }

  /** One row per device where this account is logged in (the header row not counted). */
  get sessionRows(): Locator {
    return this.section('sessions').locator('tbody tr')
  }

  /** The row of the device this browser is (marked "Dit apparaat"). */
  get currentSessionRow(): Locator {
    return this.sessionRows.filter({ hasText: /dit apparaat|this device/i })
  }

  /** The rows of the other devices. */
  get otherSessionRows(): Locator {
    return this.sessionRows.filter({ hasNotText: /dit apparaat|this device/i })
  }

  get endEverywhereButton(): Locator {
    return this.section('sessions').getByRole('button', { name: /^(overal uitloggen|log out everywhere)$/i })
  }

  /** "Overal uitloggen": ends every session of the account and lands on the log-in page. */
  async logOutEverywhere() {
    await this.endEverywhereButton.click()
    await this.page.waitForURL((url) => url.pathname === '/inloggen')
  }
}
