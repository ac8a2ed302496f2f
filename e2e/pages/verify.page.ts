import { BasePage } from './base.page.ts'

/** /verifieren?token=… — the link from the verification mail. */
export class VerifyPage extends BasePage {
  async openLink(link: string) {
    await this.page.goto(link)
    await this.heading.waitFor()
  }

  async expectVerified() {
    await this.main
      .getByText(/bevestigd|geverifieerd/i)
      .first()
      .waitFor()
  }

  async goToLogIn() {
    await this.main
      .getByRole('link', { name: /inloggen/i })
      .first()
      .click()
    await this.page.waitForURL('**/inloggen**')
  }
}
