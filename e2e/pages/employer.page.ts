import type { Locator } from 'playwright-core'
import { BasePage } from './base.page.ts'

/** The employer manager's pages: /werkgever/:organisationId/team and /werkgever/:organisationId/uitnodigen. */
export class EmployerPage extends BasePage {
  /** Opens the team page through the navigation ("Team <organisation>"). */
  async openTeamFromNavigation() {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: /^team /i })
      .first()
      .click()
    await this.heading.filter({ hasText: /^(team van|team of)/i }).waitFor()
  }

  async openInvite() {
    await this.main.getByRole('link', { name: /medewerkers uitnodigen|invite staff/i }).click()
    await this.heading.filter({ hasText: /^(medewerkers uitnodigen|invite staff)$/i }).waitFor()
  }

  /** Fills the address list (one per line) and sends it. */
  async invite(emails: string[]) {
    await this.page.getByLabel(/^(e-mailadressen|email addresses)/i).fill(emails.join('\n'))
    await this.main.getByRole('button', { name: /uitnodigingen versturen|send invitations/i }).click()
  }

  /** Chooses a CSV file (name and content) and sends it. */
  async inviteCsv(name: string, content: string) {
    await this.page.getByLabel(/csv/i).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) })
    await this.main.getByRole('button', { name: /uitnodigingen versturen|send invitations/i }).click()
  }

  /** The error summary after a refused list. */
  get inviteErrors(): Locator {
    return this.main.locator('.vr-error-summary')
  }

  /** The success notice ("… uitnodigingen verstuurd"). */
  get inviteResult(): Locator {
    return this.main
      .getByRole('status')
      .filter({ hasText: /verstuurd|sent|overgeslagen|skipped/i })
      .first()
  }

  /** The row of the invitations table for an address. */
  invitationRow(email: string): Locator {
    return this.main.getByRole('row').filter({ hasText: email })
  }

  /** The team table row of a person (by the name as shown, e.g. "F. El Amrani"). */
  teamRow(name: string): Locator {
    return this.main.getByRole('row').filter({ hasText: name })
  }

  /** Opens the person's CPD standing (only offered when they share it). */
  async openStanding(name: string) {
    await this.teamRow(name)
      .getByRole('button', { name: /pe-stand|cpd standing/i })
      .click()
    await this.standing.waitFor()
  }

  get standing(): Locator {
    return this.page.getByTestId('standing')
  }
}
