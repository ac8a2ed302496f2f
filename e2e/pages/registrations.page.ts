import type { Locator } from 'playwright-core'
import { BasePage } from './base.page.ts'

export const REGISTRATIONS_PATH = '/registerbureau/registraties'

/** yyyy-mm-dd, `months` from today (for a public period). */
export function isoDateInMonths(months: number, from = new Date()): string {
  const date = new Date(Date.UTC(from.getFullYear(), from.getMonth() + months, Math.min(from.getDate(), 28)))
  return date.toISOString().slice(0, 10)
}

export interface MeasureInput {
  reason: string
  /** yyyy-mm-dd; the last day the measure is public. */
  publicUntil: string
  /** yyyy-mm-dd; the form's default is today. */
  effectiveDate?: string
}

/**
 * /registerbureau/registraties — the register office searches registrations; /registerbureau/registraties/:id — one
 * registration with its history and the decision forms (each in a disclosure named after the action).
 * Log in as a register-office account first (LogInPage.logInAs(demoLogin(/registerbureau/i))).
 */
export class RegistrationsPage extends BasePage {
  async open() {
    await this.visit(REGISTRATIONS_PATH)
  }

  /** Opens the list through the main navigation item "Registraties" (shown when `permissions.readRegistrations`). */
  async openFromNavigation() {
    await this.page
      .getByRole('navigation', { name: /hoofdmenu|main/i })
      .getByRole('link', { name: /^(registraties|registrations)$/i })
      .click()
    await this.page.waitForURL((url) => url.pathname === REGISTRATIONS_PATH)
    await this.heading.filter({ hasText: /^(registraties|registrations)$/i }).waitFor()
  }

  /** Fills in the search form and waits for the answer (a table or "nothing found"). */
  async search(query: { number?: string; surname?: string }) {
    if (!this.page.url().includes(REGISTRATIONS_PATH) || /registraties\/[0-9a-f-]+/.test(this.page.url()))
      await this.open()
    const form = this.main.getByRole('search')
    await form.getByLabel(/^(registratienummer|registration number)/i).fill(query.number ?? '')
    await form.getByLabel(/^(achternaam|surname)/i).fill(query.surname ?? '')
    await form.getByRole('button', { name: /^(zoeken|search)$/i }).click()
    await this.page.waitForURL(
      (url) =>
        (url.searchParams.get('nummer') ?? '') === (query.number ?? '').trim() &&
        (url.searchParams.get('naam') ?? '') === (query.surname ?? '').trim(),
    )
    await this.main
      .getByRole('status')
      .filter({ hasText: /gevonden|found/i })
      .first()
      .waitFor()
  }

  /** The result rows that mention all the given texts. */
  rowsWith(...texts: string[]): Locator {
    let rows = this.main.getByRole('row')
    for (const text of texts) rows = rows.filter({ hasText: text })
    return rows
  }

  /** Searches by number and opens that registration. */
  async openByNumber(registrationNumber: string) {
    await this.search({ number: registrationNumber })
    await this.openRow(this.rowsWith(registrationNumber).first())
  }

  /** Searches by surname and opens the (first) registration whose row mentions `name`. */
  async openBySurname(surname: string, name = surname) {
    await this.search({ surname })
    await this.openRow(this.rowsWith(name).first())
  }

  private async openRow(row: Locator) {
    await row.getByRole('link').first().click()
    await this.page.waitForURL((url) => /^\/registerbureau\/registraties\/[0-9a-f-]+$/.test(url.pathname))
    await this.heading.filter({ hasText: /^(registratie van|registration of)/i }).waitFor()
  }

  /** The value of a row of "Gegevens" (e.g. /^status$/i). */
  fact(label: RegExp): Locator {
    return this.main.locator('.utrecht-data-list__item').filter({ has: this.page.locator('dt', { hasText: label }) })
  }

  /** The rows of the status history table that mention all the given texts. */
  historyRows(...texts: string[]): Locator {
    let rows = this.main.getByRole('region', { name: /statusgeschiedenis|status history/i }).getByRole('row')
    for (const text of texts) rows = rows.filter({ hasText: text })
    return rows
  }

  /** The success notice after a decision. */
  notice(text: RegExp): Locator {
    return this.main.getByRole('status').filter({ hasText: text })
  }

  /** Opens the disclosure of a decision ("Schorsen", "Doorhaling aanvragen", …) and returns its form. */
  async openAction(title: RegExp): Promise<Locator> {
    const details = this.main
      .locator('details')
      .filter({ has: this.page.locator('summary').filter({ hasText: title }) })
    const summary = details.locator('summary')
    if ((await details.getAttribute('open')) === null) await summary.click()
    const form = details.getByRole('form')
    await form.waitFor()
    return form
  }

  private async fillMeasure(form: Locator, input: MeasureInput) {
    if (input.effectiveDate) await form.getByLabel(/^(ingangsdatum|effective date)/i).fill(input.effectiveDate)
    await form.getByLabel(/^(reden|reason)/i).fill(input.reason)
    await form.getByLabel(/^(openbaar tot en met|public until)/i).fill(input.publicUntil)
  }

  /**
   * Opens the registration with this number and suspends it (effective today unless given), then waits for the
   * notice and the new status.
   */
  async suspend(registrationNumber: string, input: MeasureInput) {
    await this.openByNumber(registrationNumber)
    const form = await this.openAction(/^(schorsen|suspend)$/i)
    await this.fillMeasure(form, input)
    await form.getByRole('button', { name: /^(registratie schorsen|suspend registration)$/i }).click()
    await this.notice(/is geschorst|is suspended/i).waitFor()
    await this.fact(/^status$/i)
      .filter({ hasText: /geschorst|suspended/i })
      .waitFor()
  }

  /** On an open registration: asks for removal (four eyes) and waits for the pending request to show. */
  async requestRemoval(input: MeasureInput) {
    const form = await this.openAction(/^(doorhaling aanvragen|request removal)$/i)
    await this.fillMeasure(form, input)
    await form.getByRole('button', { name: /^(doorhaling aanvragen|request removal)$/i }).click()
    await this.notice(/doorhaling is aangevraagd|removal is requested/i).waitFor()
    await this.pendingRemoval.waitFor()
  }

  /** The box of a removal that waits for a second member. */
  get pendingRemoval(): Locator {
    return this.main.getByRole('region', { name: /doorhaling wacht op bevestiging|removal waiting for confirmation/i })
  }

  get confirmRemovalButton(): Locator {
    return this.main.getByRole('button', { name: /^(doorhaling bevestigen|confirm removal)$/i })
  }

  async confirmRemoval() {
    await this.confirmRemovalButton.click()
    await this.notice(/doorhaling is bevestigd|removal is confirmed/i).waitFor()
  }
}
