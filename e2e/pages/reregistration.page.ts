import type { Locator } from 'playwright-core'
import { BasePage } from './base.page.ts'

export const MY_REREGISTRATION_PATH = '/mijn-pe-punten/herregistratie'
export const REREGISTRATION_QUEUE_PATH = '/registerbureau/herregistraties'

/**
 * /mijn-pe-punten/herregistratie — the professional's window, the norm check line by line and the forms (regular
 * re-registration; when short: postponement and the limited-term simulation with a choice).
 * /registerbureau/herregistraties(/:id) — the register office's queue and one request with the decision.
 */
export class ReregistrationPage extends BasePage {
  async openMine(registrationId?: string) {
    await this.visit(
      registrationId ? `${MY_REREGISTRATION_PATH}?registratie=${registrationId}` : MY_REREGISTRATION_PATH,
    )
    await this.main
      .getByRole('table')
      .or(this.main.getByRole('alert'))
      .or(this.main.getByText(/nog geen registratie|no registration yet/i))
      .first()
      .waitFor()
  }

  /** The norm check table (caption "Normcontrole op …"). */
  get normCheck(): Locator {
    return this.main.getByRole('table', { name: /^(normcontrole op|norm check on)/i })
  }

  /** One line of the norm check by its part ("Scholing", "Reflectie", "Vrije ruimte", "Totaal"). */
  normLine(part: string | RegExp): Locator {
    return this.normCheck.getByRole('row').filter({ has: this.page.getByRole('cell', { name: part }) })
  }

  async applyForReregistration() {
    await this.main.getByRole('button', { name: /^(herregistratie aanvragen|apply for re-registration)$/i }).click()
    await this.sentNotice.waitFor()
  }

  get sentNotice(): Locator {
    return this.main.getByText(/je verzoek is verstuurd|your request has been sent/i)
  }

  /** Fills and sends the postponement form. */
  async askPostponement(reason: string, newEnd: string) {
    await this.main.getByLabel(/^(reden voor uitstel|reason for the postponement)/i).fill(reason)
    await this.main.getByLabel(/^(nieuwe einddatum|new end date)/i).fill(newEnd)
    await this.main.getByRole('button', { name: /^(uitstel vragen|ask for a postponement)$/i }).click()
  }

  /** The simulation table of a limited-term re-registration. */
  get simulation(): Locator {
    return this.main.getByRole('table', { name: /wat er gebeurt bij elke verschuiving|what happens with each shift/i })
  }

  /** Chooses a shift of `years` and sends the limited-term request. */
  async chooseLimitedTerm(years: number) {
    await this.main.getByRole('radio', { name: new RegExp(`^${years} (jaar|years?):`, 'i') }).check()
    await this.main
      .getByRole('button', {
        name: /^(herregistratie voor beperkte duur aanvragen|apply for limited-term re-registration)$/i,
      })
      .click()
  }

  async openQueue(state?: 'submitted' | 'approved' | 'rejected') {
    await this.visit(state ? `${REREGISTRATION_QUEUE_PATH}?stand=${state}` : REREGISTRATION_QUEUE_PATH)
    await this.main
      .getByRole('table')
      .or(this.main.getByText(/geen verzoeken met deze stand|no requests with this state/i))
      .first()
      .waitFor()
  }

  /** Opens a request from the queue by the professional's name as shown (e.g. "J. Jansen"). */
  async openRequest(name: string | RegExp) {
    await this.main.getByRole('row').filter({ hasText: name }).first().getByRole('link').first().click()
    await this.page.waitForURL(/\/registerbureau\/herregistraties\/[0-9a-f-]{36}$/)
    await this.facts.waitFor()
  }

  get facts(): Locator {
    return this.main.getByRole('region', { name: /^(gegevens van het verzoek|details of the request)$/i })
  }

  /** Approves (or rejects with a reason) the open request and waits for the confirmation. */
  async decide(outcome: 'approve' | 'reject', reason = '') {
    await this.main
      .getByRole('radio', { name: outcome === 'approve' ? /^(goedkeuren|approve)$/i : /^(afwijzen|reject)$/i })
      .check()
    if (reason)
      await this.main.getByLabel(/^(toelichting voor de professional|explanation for the professional)/i).fill(reason)
    await this.main.getByRole('button', { name: /^(besluit vastleggen|record the decision)$/i }).click()
    await this.main
      .getByText(/is goedgekeurd|is afgewezen|has been approved|has been rejected/i)
      .first()
      .waitFor()
  }
}
