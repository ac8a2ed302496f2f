import type { Download, Locator } from 'playwright-core'
import type { UploadFile } from './application.page.ts'
import { BasePage } from './base.page.ts'

export const ADD_ACTIVITY_PATH = '/mijn-pe-punten/activiteit-toevoegen'
export const MY_SELF_REPORTS_PATH = '/mijn-pe-punten/zelf-ingebracht'
export const SELF_REPORT_QUEUE_PATH = '/registerbureau/zelf-ingebracht'
export const SPOT_CHECK_PATH = '/registerbureau/steekproef'

export interface SelfReportInput {
  /** Visible name of the kind, e.g. "Intervisie". */
  kind: string | RegExp
  title: string
  description?: string
  /** yyyy-mm-dd */
  activityDate: string
  /** As typed, e.g. "7,5". */
  hours: string
  /** Visible name of the category; left as suggested by the kind when absent. */
  category?: string | RegExp
  /** "Bewijsstuk" or "Ondertekende verklaring". */
  evidenceKind: 'upload' | 'declaration'
  evidence?: UploadFile
  /** Visible text of the registration when the professional has more than one. */
  registration?: string | RegExp
}

const selectByText = async (select: Locator, text: string | RegExp) => {
  const label = await select.locator('option').filter({ hasText: text }).first().textContent()
  await select.selectOption({ label: label ?? '' })
}

/**
 * The professional's pages: /mijn-pe-punten/activiteit-toevoegen (report an activity with evidence, download the
 * declaration) and /mijn-pe-punten/zelf-ingebracht (the list, withdraw). The register office's pages:
 * /registerbureau/zelf-ingebracht (queue), /registerbureau/zelf-ingebracht/:id (approve, reject, spot check) and
 * /registerbureau/steekproef (drawn activities and the share per register). Log in first.
 */
export class SelfReportsPage extends BasePage {
  // The professional

  async openForm() {
    await this.visit(ADD_ACTIVITY_PATH)
    await this.form.waitFor()
  }

  get form(): Locator {
    return this.main.getByRole('form', { name: /^(activiteit inbrengen|report an activity)$/i })
  }

  /** The error summary of the form: one link per invalid field. */
  get formErrors(): Locator {
    return this.page.locator('#error-summary')
  }

  async fill(input: SelfReportInput) {
    const form = this.form
    if (input.registration)
      await selectByText(form.getByLabel(/^(voor welke registratie|for which registration)/i), input.registration)
    await selectByText(form.getByLabel(/^(soort activiteit|kind of activity)$/i), input.kind)
    await form.getByLabel(/^(titel of onderwerp|title or subject)$/i).fill(input.title)
    if (input.description) await form.getByLabel(/^(korte beschrijving|short description)/i).fill(input.description)
    await form.getByLabel(/^(datum|date)$/i).fill(input.activityDate)
    await form.getByLabel(/^(aantal uren|number of hours)$/i).fill(input.hours)
    if (input.category) await selectByText(form.getByLabel(/^(categorie|category)$/i), input.category)
    await selectByText(
      form.getByLabel(/^(wat upload je|what do you upload)/i),
      input.evidenceKind === 'upload' ? /^(bewijsstuk|evidence)$/i : /verklaring|declaration/i,
    )
    if (input.evidence) await form.getByLabel(/^(bestand|file)$/i).setInputFiles(input.evidence)
  }

  /** Clicks "Download de verklaring…" and returns the download (a PDF with the professional's name and number). */
  async downloadDeclaration(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.form.getByRole('link', { name: /verklaring.*(pdf)|declaration.*(pdf)/i }).click(),
    ])
    return download
  }

  async submit() {
    await this.form.getByRole('button', { name: /^(activiteit inbrengen|report activity)$/i }).click()
  }

  /** After a good submit: the list with the confirmation. */
  async expectSubmitted() {
    await this.page.waitForURL((url) => url.pathname === MY_SELF_REPORTS_PATH)
    await this.main
      .getByRole('status')
      .filter({ hasText: /is ingediend|has been submitted/i })
      .waitFor()
  }

  /** After a refused submit: the texts of the error summary's links. */
  async expectErrors(): Promise<string[]> {
    await this.formErrors.getByRole('link').first().waitFor()
    return this.formErrors.getByRole('link').allInnerTexts()
  }

  async openMine() {
    await this.visit(MY_SELF_REPORTS_PATH)
    await this.main
      .getByRole('table')
      .or(this.main.getByText(/nog geen activiteiten ingebracht|not reported any activities/i))
      .first()
      .waitFor()
  }

  /** Table rows (the professional's list, the queue) that mention all the given texts. */
  rowsWith(...texts: (string | RegExp)[]): Locator {
    let rows = this.main.getByRole('row')
    for (const text of texts) rows = rows.filter({ hasText: text })
    return rows
  }

  /** The outcome shown in the professional's list for an activity (e.g. "7,5 punten Reflectie", "Ingediend"). */
  async outcomeOf(title: string | RegExp): Promise<string> {
    return this.rowsWith(title).first().getByRole('cell').nth(5).innerText()
  }

  /** Withdraws a submitted activity (accepting the browser's confirmation). */
  async withdraw(title: string | RegExp) {
    this.page.once('dialog', (dialog) => dialog.accept())
    await this.rowsWith(title)
      .first()
      .getByRole('button', { name: /^(intrekken|withdraw)/i })
      .click()
    await this.main
      .getByRole('status')
      .filter({ hasText: /ingetrokken|withdrew/i })
      .waitFor()
  }

  // The register office

  async openQueue() {
    await this.visit(SELF_REPORT_QUEUE_PATH)
    await this.main
      .getByRole('table')
      .or(this.main.getByText(/wachten geen activiteiten|no activities are waiting/i))
      .first()
      .waitFor()
  }

  /** Opens an activity from the queue (or the spot-check list) by its title. */
  async openActivity(title: string | RegExp) {
    await this.rowsWith(title).first().getByRole('link', { name: title }).click()
    await this.page.waitForURL(/\/registerbureau\/zelf-ingebracht\/[0-9a-f-]{36}$/)
    await this.facts.waitFor()
  }

  get facts(): Locator {
    return this.main.getByRole('region', { name: /^(gegevens van de activiteit|activity details)$/i })
  }

  /** The state or outcome in the facts, e.g. "Ingediend", "9 punten Reflectie". */
  async state(): Promise<string> {
    return this.facts.locator('strong').first().innerText()
  }

  /** Clicks the evidence's download link and returns the download. */
  async downloadEvidence(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.facts.getByRole('link', { name: /^(download)/i }).click(),
    ])
    return download
  }

  /** One decision's disclosure, opened. */
  async decision(title: RegExp): Promise<Locator> {
    const details = this.main.locator('details', { has: this.page.locator('summary', { hasText: title }) })
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click()
    return details
  }

  /** Approves, optionally with other points or another category than asked. */
  async approve(options: { points?: string; category?: string | RegExp } = {}) {
    const details = await this.decision(/^(goedkeuren|approve)$/i)
    if (options.points !== undefined) await details.getByLabel(/^(punten|points)$/i).fill(options.points)
    if (options.category) await selectByText(details.getByLabel(/^(categorie|category)$/i), options.category)
    await details.getByRole('button', { name: /^(ja, keur goed|yes, approve)/i }).click()
    await this.result.waitFor()
  }

  async reject(reason: string) {
    const details = await this.decision(/^(afwijzen|reject)$/i)
    await details.getByLabel(/^(reden van afwijzing|reason for rejection)/i).fill(reason)
    await details.getByRole('button', { name: /^(ja, wijs de activiteit af|yes, reject the activity)$/i }).click()
    await this.result.waitFor()
  }

  /** The result notice after a decision. */
  get result(): Locator {
    return this.main
      .getByRole('status')
      .filter({ hasText: /goedgekeurd|afgewezen|steekproef is afgerond|approved|rejected|spot check is done/i })
  }

  /** The error summary inside a decision (e.g. a 409 when a colleague decided first). */
  decisionError(title: RegExp): Locator {
    return this.main.locator('details', { has: this.page.locator('summary', { hasText: title }) }).getByRole('alert')
  }

  async openSpotCheck(status: 'open' | 'done' = 'open') {
    await this.visit(status === 'done' ? `${SPOT_CHECK_PATH}?stand=done` : SPOT_CHECK_PATH)
    await this.main
      .getByRole('region', { name: /^(getrokken activiteiten|drawn activities)$/i })
      .getByRole('table')
      .or(
        this.main.getByText(
          /geen activiteiten om te controleren|no activities to check|nog geen activiteiten gecontroleerd|no activities have been checked/i,
        ),
      )
      .first()
      .waitFor()
  }

  async confirmSpotCheck() {
    const details = await this.decision(/^(steekproef: klopt|spot check: correct)$/i)
    await details.getByRole('button', { name: /^(ja, de punten kloppen|yes, the points are right)$/i }).click()
    await this.result.waitFor()
  }

  async correctSpotCheck(reason: string) {
    const details = await this.decision(/^(steekproef: klopt niet|spot check: not correct)$/i)
    await details.getByLabel(/^(waarom klopt het niet|why is it not correct)/i).fill(reason)
    await details.getByRole('button', { name: /^(ja, trek de punten in|yes, withdraw the points)$/i }).click()
    await this.result.waitFor()
  }

  /** Sets the spot-check share of a register (by its name) and waits for the confirmation. */
  async setSpotCheckPercent(register: string, percent: number) {
    const form = this.main.getByRole('form', { name: register })
    await form.getByLabel(new RegExp(`^(percentage voor|percentage for) ${register}`, 'i')).fill(String(percent))
    await form.getByRole('button', { name: /^(opslaan|save)$/i }).click()
    await form
      .getByRole('status')
      .filter({ hasText: `${percent}%` })
      .waitFor()
  }
}
