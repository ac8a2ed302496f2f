import type { Locator } from 'playwright-core'
import { BasePage } from './base.page.ts'

export const OFFICE_PATH = '/registerbureau/accreditaties'
export const CATALOGUE_PATH = '/activiteiten'
export const providerPath = (organisationId: string) => `/aanbieder/${organisationId}/activiteiten`

export interface ActivityRequest {
  title: string
  description: string
  learningGoals: string
  /** Visible label of the format, e.g. "Training", "E-learning", "Intervisie". */
  format?: string
  /** As typed, e.g. "12,5". */
  netHours: string
  /** Visible label, e.g. "Scholing", "Reflectie", "Vrije ruimte". */
  category?: string
  targetProfessions: string[]
  teachers: string[]
  finalTest?: string
}

/**
 * Accreditation as people use it:
 * - the provider (log in as "Opleider (hogeschool)" or "Opleider (opleidingsbedrijf)"): /aanbieder/:orgId/activiteiten
 *   (list, "Accreditatie aanvragen" form, one activity with decision, objection, runs);
 * - the register office: /registerbureau/accreditaties (queue, decide page, bezwaren, erkende aanbieders);
 * - everyone: the catalogue /activiteiten and /activiteiten/:publicId.
 * Decisions and actions sit in disclosures (<details>): opening one is the first step, its button confirms.
 */
export class AccreditationPage extends BasePage {
  // ---- provider ----

  /** Opens "Accreditaties <organisation>" from the main navigation (shown for provider staff). */
  async openProviderFromNavigation(organisationName: string | RegExp) {
    await this.page
      .getByRole('navigation', { name: /hoofdmenu|main/i })
      .getByRole('link', { name: organisationName })
      .click()
    await this.page.waitForURL(/\/aanbieder\/[0-9a-f-]{36}\/activiteiten$/)
    await this.heading.waitFor()
  }

  async openProvider(organisationId: string) {
    await this.visit(providerPath(organisationId))
  }

  /** Fills in and submits the request form; waits for the activity's page and returns its internal id. */
  async requestAccreditation(request: ActivityRequest): Promise<string> {
    await this.main.getByRole('link', { name: /^(accreditatie aanvragen|request accreditation)$/i }).click()
    await this.page.waitForURL(/\/activiteiten\/nieuw$/)
    const form = this.main.getByRole('form', { name: /accreditatie aanvragen|request accreditation/i })
    await form.getByLabel(/^(titel|title)/i).fill(request.title)
    await form.getByLabel(/^(beschrijving|description)/i).fill(request.description)
    await form.getByLabel(/^(leerdoelen|learning goals)/i).fill(request.learningGoals)
    if (request.format) await form.getByLabel(/^(werkvorm|format)/i).selectOption({ label: request.format })
    await form.getByLabel(/^(netto uren|net hours)/i).fill(request.netHours)
    if (request.category)
      await form.getByLabel(/^(gevraagde categorie|requested category)/i).selectOption({ label: request.category })
    await form.getByLabel(/^(doelgroep|target group)/i).fill(request.targetProfessions.join('\n'))
    await form.getByLabel(/^(docenten|teachers)/i).fill(request.teachers.join('\n'))
    if (request.finalTest) await form.getByLabel(/^(eindtoets|final test)/i).fill(request.finalTest)
    await form.getByRole('button', { name: /^(aanvraag indienen|submit request)$/i }).click()
    await this.page.waitForURL(/\/activiteiten\/[0-9a-f-]{36}\?ingediend=1$/)
    await this.decisionFacts.waitFor()
    return /activiteiten\/([0-9a-f-]{36})/.exec(this.page.url())![1]!
  }

  /** Submits the request form as it is (e.g. empty) and returns the error summary. */
  async submitRequestForm(): Promise<Locator> {
    await this.main.getByRole('button', { name: /^(aanvraag indienen|submit request)$/i }).click()
    await this.errorSummary.first().waitFor()
    return this.errorSummary.first()
  }

  /** The provider's activities table rows that mention all texts. */
  rowsWith(...texts: (string | RegExp)[]): Locator {
    let rows = this.main.getByRole('row')
    for (const text of texts) rows = rows.filter({ hasText: text })
    return rows
  }

  /** Opens an activity from a table (provider list or register office queue) by its title. */
  async openActivity(title: string | RegExp) {
    await this.rowsWith(title).first().getByRole('link').first().click()
    await this.page.waitForURL(/\/[0-9a-f-]{36}$/)
    await this.decisionFacts.waitFor()
  }

  /** The "Besluit" region: state, activity ID, points, validity, objection deadline. */
  get decisionFacts(): Locator {
    return this.main.getByRole('region', { name: /^(besluit|decision)$/i })
  }

  /** The state as shown, e.g. "In behandeling", "Geaccrediteerd", "Afgewezen". */
  async state(): Promise<string> {
    return this.decisionFacts.locator('strong').first().innerText()
  }

  /** The public activity ID shown on the activity's page (A-2026-00042), once accredited. */
  async publicId(): Promise<string> {
    const text = await this.decisionFacts.innerText()
    return /A-\d{4}-\d{5}/.exec(text)![0]
  }

  /** One disclosure (action or decision), opened. */
  async action(title: RegExp): Promise<Locator> {
    const details = this.main.locator('details', { has: this.page.locator('summary', { hasText: title }) })
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click()
    return details
  }

  async withdraw() {
    const details = await this.action(/^(aanvraag intrekken|withdraw request)$/i)
    await details.getByRole('button', { name: /^(aanvraag intrekken|withdraw request)$/i }).click()
  }

  async object(reason: string) {
    const details = await this.action(/^(bezwaar maken|object)$/i)
    await details.getByLabel(/waarom ben je het niet eens|why do you disagree/i).fill(reason)
    await details.getByRole('button', { name: /^(bezwaar indienen|submit objection)$/i }).click()
  }

  /** The runs region ("Uitvoeringen"). */
  get runs(): Locator {
    return this.main.getByRole('region', { name: /^(uitvoeringen|runs)$/i })
  }

  /** Adds a run with dates as yyyy-mm-dd; online when no location is given. */
  async addRun(run: { startsOn: string; endsOn?: string; location?: string }) {
    const form = this.runs.getByRole('form', { name: /uitvoering toevoegen|add a run/i })
    await form.getByLabel(/^(begindatum|start date)/i).fill(run.startsOn)
    if (run.endsOn) await form.getByLabel(/^(einddatum|end date)/i).fill(run.endsOn)
    if (run.location) await form.getByLabel(/^(locatie|location)/i).fill(run.location)
    else await form.getByLabel(/deze uitvoering is online|this run is online/i).check()
    await form.getByRole('button', { name: /^(uitvoering toevoegen|add run)$/i }).click()
    await this.runs
      .getByRole('status')
      .filter({ hasText: /toegevoegd|added/i })
      .waitFor()
  }

  /** Rows of the runs table. */
  get runRows(): Locator {
    return this.runs.getByRole('table').getByRole('row')
  }

  /** Follows a run's "Presentie (…)" link to its attendance page and returns the run's id. */
  async openRunAttendance(dates: RegExp) {
    await this.runs.getByRole('link', { name: new RegExp(`^(presentie|attendance) \\(.*${dates.source}`, 'i') }).click()
    await this.page.waitForURL(/\/aanbieder\/uitvoeringen\/[0-9a-f-]{36}\/presentie$/)
    await this.heading.waitFor()
    return /uitvoeringen\/([0-9a-f-]{36})/.exec(this.page.url())![1]!
  }

  async deleteRun(dates: RegExp) {
    await this.runs.getByRole('button', { name: new RegExp(`^(verwijderen|delete) \\(.*${dates.source}`, 'i') }).click()
  }

  /** The notice after an action (e.g. "Je bezwaar is ingediend."). */
  get result(): Locator {
    return this.main.getByRole('status').first()
  }

  // ---- register office ----

  /** Opens a list: `submitted` (queue), `to-check` (fast track), `accredited`, `rejected`, `withdrawn`. */
  async openQueue(queue?: 'submitted' | 'to-check' | 'accredited' | 'rejected' | 'withdrawn') {
    await this.visit(queue ? `${OFFICE_PATH}?lijst=${queue}` : OFFICE_PATH)
    await this.main
      .getByRole('table')
      .or(this.main.getByText(/er staat niets op deze lijst|there is nothing on this list/i))
      .first()
      .waitFor()
  }

  async openObjections() {
    await this.visit(`${OFFICE_PATH}/bezwaren`)
  }

  async openAccreditedProviders() {
    await this.visit(`${OFFICE_PATH}/erkende-aanbieders`)
  }

  /** Accredits the open activity (defaults unless given) and returns the public ID from the notice. */
  async accredit(options: { points?: string; category?: string; years?: 1 | 3; validFrom?: string } = {}) {
    const details = await this.action(/^(accrediteren|accredit)$/i)
    await this.fillAccreditation(details, options)
    await details.getByRole('button', { name: /^(accrediteren|accredit)$/i }).click()
    const notice = this.main.getByRole('status').filter({ hasText: /A-\d{4}-\d{5}/ })
    await notice.waitFor()
    return /A-\d{4}-\d{5}/.exec(await notice.innerText())![0]
  }

  async reject(reason: string) {
    const details = await this.action(/^(afwijzen|reject)$/i)
    await details.getByLabel(/^(reden|reason)/i).fill(reason)
    await details.getByRole('button', { name: /^(afwijzen|reject)$/i }).click()
  }

  async approveCheck() {
    const details = await this.action(/^(controle: akkoord|check: approve)$/i)
    await details.getByRole('button', { name: /^(akkoord|approve)$/i }).click()
  }

  async revoke(reason: string) {
    const details = await this.action(/^(accreditatie intrekken|revoke accreditation)$/i)
    await details.getByLabel(/^(reden|reason)/i).fill(reason)
    await details.getByRole('button', { name: /^(accreditatie intrekken|revoke accreditation)$/i }).click()
  }

  async upholdObjection(options: { points?: string; category?: string; years?: 1 | 3 } = {}) {
    const details = await this.action(/^(bezwaar gegrond|objection upheld)/i)
    await this.fillAccreditation(details, options)
    await details.getByRole('button', { name: /^(bezwaar gegrond verklaren|uphold objection)$/i }).click()
  }

  async dismissObjection(reason: string) {
    const details = await this.action(/^(bezwaar ongegrond|objection dismissed)$/i)
    await details.getByLabel(/^(reden|reason)/i).fill(reason)
    await details.getByRole('button', { name: /^(bezwaar ongegrond verklaren|dismiss objection)$/i }).click()
  }

  /** Marks or unmarks an organisation as accredited provider on the "Erkende aanbieders" page. */
  async toggleAccreditedProvider(name: string) {
    await this.main.getByRole('button', { name: new RegExp(`${name}`, 'i') }).click()
    await this.main.getByRole('status').first().waitFor()
  }

  /** The error summary inside a disclosure (e.g. a 409 when a colleague decided first). */
  actionError(title: RegExp): Locator {
    return this.main.locator('details', { has: this.page.locator('summary', { hasText: title }) }).getByRole('alert')
  }

  private async fillAccreditation(
    details: Locator,
    options: { points?: string; category?: string; years?: 1 | 3; validFrom?: string },
  ) {
    if (options.points) await details.getByLabel(/^(punten|points)/i).fill(options.points)
    if (options.category) await details.getByLabel(/^(categorie|category)/i).selectOption({ label: options.category })
    if (options.years) await details.getByLabel(/^(geldigheid|validity)/i).selectOption(String(options.years))
    if (options.validFrom) await details.getByLabel(/^(geldig vanaf|valid from)/i).fill(options.validFrom)
  }

  // ---- public catalogue ----

  async openCatalogue(search = '') {
    await this.visit(`${CATALOGUE_PATH}${search}`)
    await this.catalogueResults.waitFor()
  }

  get catalogueResults(): Locator {
    return this.main.getByRole('region', { name: /^(resultaten|results)$/i })
  }

  /** Searches the catalogue by title or public ID with the search form. */
  async searchCatalogue(text: string) {
    await this.main.getByLabel(/zoeken op titel of id|search by title or id/i).fill(text)
    await this.main.getByRole('button', { name: /^(zoeken|search)$/i }).click()
    await this.page.waitForURL(/zoek=/)
    await this.catalogueResults.waitFor()
  }

  /** Titles of the activities found. */
  async catalogueTitles(): Promise<string[]> {
    return this.catalogueResults.getByRole('heading', { level: 3 }).allInnerTexts()
  }

  async openCatalogueActivity(title: string | RegExp) {
    await this.catalogueResults.getByRole('link', { name: title }).first().click()
    await this.page.waitForURL(/\/activiteiten\/A-\d{4}-\d{5}$/)
    await this.heading.waitFor()
  }
}
