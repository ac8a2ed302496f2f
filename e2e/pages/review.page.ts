import type { Download, Locator } from 'playwright-core'
import { BasePage } from './base.page.ts'

export const QUEUE_PATH = '/registerbureau/aanvragen'

/**
 * /registerbureau/aanvragen — the register office's queue; /registerbureau/aanvragen/:id — one application with the
 * diploma and the decisions (each in a disclosure: Goedkeuren, Om informatie vragen, Afwijzen).
 * Log in as a register-office account first (LogInPage.logInAs(demoLogin(/registerbureau/i))).
 */
export class ReviewPage extends BasePage {
  /** Opens the queue of applications in a state (`submitted` by default: waiting for a decision). */
  async openQueue(state?: 'submitted' | 'info-requested' | 'approved' | 'rejected') {
    await this.visit(state ? `${QUEUE_PATH}?stand=${state}` : QUEUE_PATH)
    await this.queueLoaded()
  }

  /** Opens the queue through the main navigation item "Aanvragen" (shown when `permissions.reviewApplications`). */
  async openFromNavigation() {
    await this.page
      .getByRole('navigation', { name: /hoofdmenu|main/i })
      .getByRole('link', { name: /^(aanvragen|applications)$/i })
      .click()
    await this.page.waitForURL((url) => url.pathname === QUEUE_PATH)
    await this.queueLoaded()
  }

  private async queueLoaded() {
    await this.main
      .getByRole('table')
      .or(this.main.getByText(/geen aanvragen met deze stand|no applications with this state/i))
      .first()
      .waitFor()
  }

  /** Queue rows that mention all the given texts. */
  rowsWith(...texts: (string | RegExp)[]): Locator {
    let rows = this.main.getByRole('row')
    for (const text of texts) rows = rows.filter({ hasText: text })
    return rows
  }

  /** Opens an application from the queue by the applicant's name as shown (e.g. "W. Schouten"). */
  async openApplication(name: string | RegExp) {
    await this.rowsWith(name).first().getByRole('link').first().click()
    await this.page.waitForURL(/\/registerbureau\/aanvragen\/[0-9a-f-]{36}$/)
    await this.facts.waitFor()
  }

  async openById(id: string) {
    await this.visit(`${QUEUE_PATH}/${id}`)
    await this.facts.waitFor()
  }

  get facts(): Locator {
    return this.main.getByRole('region', { name: /^(gegevens van de aanvraag|application details)$/i })
  }

  async state(): Promise<string> {
    return this.facts.locator('strong').first().innerText()
  }

  get conversation(): Locator {
    return this.main.getByRole('region', { name: /vragen en antwoorden|questions and answers/i })
  }

  /** Clicks the diploma's download link and returns the download. */
  async downloadDiploma(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.facts.getByRole('link', { name: /^(download|downloaden)/i }).click(),
    ])
    return download
  }

  /** One decision's disclosure, opened. */
  async decision(title: RegExp): Promise<Locator> {
    const details = this.main.locator('details', { has: this.page.locator('summary', { hasText: title }) })
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click()
    return details
  }

  async approve() {
    const details = await this.decision(/^(goedkeuren|approve)$/i)
    await details.getByRole('button', { name: /^(ja, keur de aanvraag goed|yes, approve the application)$/i }).click()
  }

  async askForInformation(question: string) {
    const details = await this.decision(/^(om informatie vragen|ask for information)$/i)
    await details.getByLabel(/^(je vraag aan de aanvrager|your question to the applicant)/i).fill(question)
    await details.getByRole('button', { name: /^(vraag versturen|send question)$/i }).click()
  }

  async reject(reason: string) {
    const details = await this.decision(/^(afwijzen|reject)$/i)
    await details.getByLabel(/^(reden van afwijzing|reason for rejection)/i).fill(reason)
    await details.getByRole('button', { name: /^(ja, wijs de aanvraag af|yes, reject the application)$/i }).click()
  }

  /** The result notice after a decision (e.g. "De aanvraag is goedgekeurd. Registratienummer: KM-000021. …"). */
  get result(): Locator {
    return this.main.getByRole('status').filter({ hasText: /goedgekeurd|afgewezen|verstuurd|approved|rejected|sent/i })
  }

  /** The registration number in the approval notice. */
  async approvedNumber(): Promise<string> {
    await this.result.filter({ hasText: /registratienummer|registration number/i }).waitFor()
    const text = await this.result.first().innerText()
    return /[A-Z]{1,5}-\d{6}/.exec(text)![0]
  }

  /** The error summary inside a decision (e.g. a 409 when a colleague decided first). */
  decisionError(title: RegExp): Locator {
    return this.main.locator('details', { has: this.page.locator('summary', { hasText: title }) }).getByRole('alert')
  }
}
