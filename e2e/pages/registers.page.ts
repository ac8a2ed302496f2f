import type { Locator } from 'playwright-core'
import { BasePage } from './base.page.ts'

export interface RegisterFields {
  name?: string
  slug?: string
  numberPrefix?: string
  professions?: string[]
  cycleYears?: string
}

/** /beheer/registers — the registers; /beheer/registers/nieuw and /beheer/registers/:id — the register form. */
export class RegistersPage extends BasePage {
  async open() {
    await this.visit('/beheer/registers')
  }

  /** Opens the list through the main navigation item "Registers" (shown when `permissions.configureRegisters`). */
  async openFromNavigation() {
    await this.page
      .getByRole('navigation', { name: /hoofdmenu|main/i })
      .getByRole('link', { name: /^registers$/i })
      .click()
    await this.page.waitForURL((url) => url.pathname === '/beheer/registers')
    await this.heading.filter({ hasText: /^registers$/i }).waitFor()
  }

  /** "Register toevoegen" on the list; the empty form opens. */
  async startNew() {
    await this.main.getByRole('link', { name: /^(register toevoegen|add a register)$/i }).click()
    await this.page.waitForURL((url) => url.pathname === '/beheer/registers/nieuw')
    await this.heading.filter({ hasText: /register toevoegen|add a register/i }).waitFor()
  }

  /** The edit link of a register in the list; its form opens. */
  async openEdit(name: string) {
    await this.table.getByRole('link', { name: new RegExp(`^${name}`) }).click()
    await this.page.waitForURL((url) => /^\/beheer\/registers\/[0-9a-f-]{36}$/.test(url.pathname))
    await this.heading.filter({ hasText: name }).waitFor()
  }

  field(label: RegExp): Locator {
    return this.main.getByLabel(label)
  }

  get nameField() {
    return this.field(/^(naam|name)$/i)
  }
  get slugField() {
    return this.field(/^(korte naam voor het webadres|short name for the web address)/i)
  }
  get numberPrefixField() {
    return this.field(/^(letters voor het registratienummer|registration number letters)/i)
  }
  get professionsField() {
    return this.field(/^(beroepen|professions)$/i)
  }
  get cycleYearsField() {
    return this.field(/^(duur van een registratiecyclus|length of a registration cycle)/i)
  }

  /** Fills in the given fields of the form (professions one per line). */
  async fill(fields: RegisterFields) {
    if (fields.name !== undefined) await this.nameField.fill(fields.name)
    if (fields.slug !== undefined) await this.slugField.fill(fields.slug)
    if (fields.numberPrefix !== undefined) await this.numberPrefixField.fill(fields.numberPrefix)
    if (fields.professions !== undefined) await this.professionsField.fill(fields.professions.join('\n'))
    if (fields.cycleYears !== undefined) await this.cycleYearsField.fill(fields.cycleYears)
  }

  /** Sends the form ("Register toevoegen" or "Wijzigingen opslaan"). */
  async submit() {
    await this.main
      .getByRole('button', { name: /^(register toevoegen|add register|wijzigingen opslaan|save changes)$/i })
      .click()
  }

  /** Sends the form and waits for the list with the notice that it was saved. */
  async submitAndExpectSaved(name: string) {
    await this.submit()
    await this.page.waitForURL((url) => url.pathname === '/beheer/registers')
    await this.notice(new RegExp(name)).waitFor()
  }

  /** The error summary of the register form. */
  get formErrors(): Locator {
    return this.main.locator('#register-errors')
  }

  /** The link in the error summary that leads to a field. */
  errorLink(text: RegExp): Locator {
    return this.formErrors.getByRole('link', { name: text })
  }

  notice(text: RegExp): Locator {
    return this.main.getByRole('status').filter({ hasText: text })
  }

  get table(): Locator {
    return this.main.getByRole('table')
  }

  /** The rows of the registers table that mention all the given texts. */
  rowsWith(...texts: string[]): Locator {
    let rows = this.table.getByRole('row')
    for (const text of texts) rows = rows.filter({ hasText: text })
    return rows
  }
}
