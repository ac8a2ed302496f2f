import type { Locator } from 'playwright-core'
import { BasePage } from './base.page.ts'

/** /beheer/gebruikers — find accounts; /beheer/gebruikers/:id — an admin changes someone's staff roles. */
export class UsersPage extends BasePage {
  async open() {
    await this.visit('/beheer/gebruikers')
  }

  /** Opens the page through the main navigation item "Gebruikers" (shown when `permissions.listUsers`). */
  async openFromNavigation() {
    await this.page
      .getByRole('navigation', { name: /hoofdmenu|main/i })
      .getByRole('link', { name: /^(gebruikers|users)$/i })
      .click()
    await this.page.waitForURL((url) => url.pathname === '/beheer/gebruikers')
    await this.heading.filter({ hasText: /gebruikers|users/i }).waitFor()
  }

  async searchByEmail(email: string) {
    const field = this.main.getByLabel(/^(e-mailadres|email address)/i).first()
    await field.fill(email)
    await field.press('Enter')
    await this.page.waitForURL((url) => url.searchParams.get('email') === email)
  }

  /** The table rows that mention all the given texts. */
  rowsWith(...texts: string[]): Locator {
    let rows = this.main.getByRole('row')
    for (const text of texts) rows = rows.filter({ hasText: text })
    return rows
  }

  /** Follows the person's name in the results to the page where their roles are changed. */
  async openRolesOf(email: string) {
    await this.rowsWith(email).first().getByRole('link').click()
    await this.page.waitForURL((url) => /^\/beheer\/gebruikers\/[0-9a-f-]+$/.test(url.pathname))
    await this.main.getByRole('group', { name: /rollen als medewerker|staff roles/i }).waitFor()
  }

  roleCheckbox(role: RegExp): Locator {
    return this.main.getByRole('checkbox', { name: role })
  }

  async saveRoles() {
    await this.main.getByRole('button', { name: /^(rollen opslaan|save roles)$/i }).click()
  }

  async expectRolesSaved() {
    await this.main
      .getByRole('status')
      .filter({ hasText: /rollen zijn opgeslagen|roles have been saved/i })
      .first()
      .waitFor()
  }
}
