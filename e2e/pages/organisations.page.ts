import type { Locator } from 'playwright-core'
import { BasePage } from './base.page.ts'

/** /beheer/organisaties — list and add organisations; /beheer/organisaties/:id — its staff. */
export class OrganisationsPage extends BasePage {
  async open() {
    await this.visit('/beheer/organisaties')
  }

  async openFromNavigation() {
    await this.page
      .getByRole('navigation', { name: /hoofdmenu|main/i })
      .getByRole('link', { name: /^(organisaties|organisations)$/i })
      .click()
    await this.page.waitForURL((url) => url.pathname === '/beheer/organisaties')
    await this.heading.filter({ hasText: /organisaties|organisations/i }).waitFor()
  }

  /** Fills in and sends "Organisatie toevoegen"; the new organisation's page opens. */
  async create(organisation: { name: string; kind: RegExp; city: string }) {
    const form = this.main.getByRole('region', { name: /organisatie toevoegen|add an organisation/i })
    await form.getByLabel(/^(naam|name)/i).fill(organisation.name)
    const select = form.getByLabel(/^(soort organisatie|kind of organisation)/i)
    const labels = await select.locator('option').allTextContents()
    const label = labels.find((text) => organisation.kind.test(text))
    if (!label) throw new Error(`No kind like ${organisation.kind}; there are: ${labels.join(', ')}`)
    await select.selectOption({ label })
    await form.getByLabel(/^(plaats|city)/i).fill(organisation.city)
    await form.getByRole('button', { name: /organisatie toevoegen|add organisation/i }).click()
    await this.page.waitForURL((url) => /^\/beheer\/organisaties\/[0-9a-f-]+$/.test(url.pathname))
    await this.heading.filter({ hasText: organisation.name }).waitFor()
  }

  /** The success notice after an action on this page. */
  notice(text: RegExp): Locator {
    return this.main.getByRole('status').filter({ hasText: text })
  }

  async addMember(email: string, role: RegExp) {
    const form = this.main.getByRole('region', { name: /medewerker toevoegen|add a person/i })
    await form.getByLabel(/^(e-mailadres van het account|email address of the account)/i).fill(email)
    const select = form.getByLabel(/^(rol bij deze organisatie|role in this organisation)/i)
    const labels = await select.locator('option').allTextContents()
    const label = labels.find((text) => role.test(text))
    if (!label) throw new Error(`No role like ${role}; there are: ${labels.join(', ')}`)
    await select.selectOption({ label })
    await form.getByRole('button', { name: /medewerker toevoegen|add person/i }).click()
  }

  /** The rows of the staff table that mention all the given texts. */
  memberRows(...texts: string[]): Locator {
    let rows = this.main.getByRole('region', { name: /^(medewerkers|staff)$/i }).getByRole('row')
    for (const text of texts) rows = rows.filter({ hasText: text })
    return rows
  }

  /** "Verwijderen" on the person's row, then the confirm step, with the keyboard only. */
  async removeMemberWithKeyboard(email: string) {
    const row = this.memberRows(email).first()
    await row.getByRole('button', { name: /verwijderen|remove/i }).focus()
    await this.page.keyboard.press('Enter')
    const yes = row.getByRole('button', { name: /ja, verwijderen|yes, remove/i })
    await yes.waitFor()
    // The question takes focus; the next Tab reaches "Ja, verwijderen".
    await this.page.keyboard.press('Tab')
    if (!(await yes.evaluate((button) => button === document.activeElement)))
      throw new Error('After the question, Tab does not reach the confirm button')
    await this.page.keyboard.press('Enter')
  }
}
