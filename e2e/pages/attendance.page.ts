import type { Locator } from 'playwright-core'
import { BasePage } from './base.page.ts'

/**
 * The provider's attendance pages: /aanbieder/uitvoeringen/:runId/presentie (who attended, add one, paste a list,
 * upload a file with its report, the history) and /aanbieder/:organisationId/api-sleutels.
 */
export class AttendancePage extends BasePage {
  async visitRun(runId: string) {
    await this.visit(`/aanbieder/uitvoeringen/${runId}/presentie`)
  }

  async visitApiKeys(organisationId: string) {
    await this.visit(`/aanbieder/${organisationId}/api-sleutels`)
  }

  /** A section of the run page by its heading (a region). */
  region(name: RegExp): Locator {
    return this.main.getByRole('region', { name })
  }

  get presentList(): Locator {
    return this.region(/^(wie was er aanwezig\?|who attended\?)$/i)
  }

  /** The row of a present registrant (by name or registration number). */
  presentRow(text: string): Locator {
    return this.presentList.getByRole('row').filter({ hasText: text })
  }

  /** Finds one registrant by number and books them. */
  async addByNumber(registrationNumber: string) {
    const section = this.region(/^(eén deelnemer toevoegen|add one participant)$/i)
    await section.getByLabel(/^registratienummer|^registration number/i).fill(registrationNumber)
    await section.getByRole('button', { name: /^(zoeken|search)$/i }).click()
    await section
      .getByRole('button', { name: /presentie boeken voor|book attendance for/i })
      .first()
      .click()
  }

  /** Pastes registration numbers and asks for the check. */
  async checkList(values: string[]) {
    const section = this.region(/registratienummers plakken|paste a list/i)
    await section.getByLabel(/^(registratienummers|registration numbers)/i).fill(values.join('\n'))
    await section.getByRole('button', { name: /^(lijst controleren|check list)$/i }).click()
  }

  /** Chooses a CSV (or XLSX) file and asks for the check. */
  async checkFile(name: string, content: string | Buffer, mimeType = 'text/csv') {
    const section = this.region(/^(een bestand uploaden|upload a file)$/i)
    await section
      .getByLabel(/^(bestand met deelnemers|file with participants)/i)
      .setInputFiles({ name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) })
    await section.getByRole('button', { name: /^(bestand controleren|check file)$/i }).click()
  }

  /** The report region of the last check ("Controle van …"). */
  get report(): Locator {
    return this.main.getByRole('region', { name: /^(controle van|check of)/i }).last()
  }

  /** The report's count line of an outcome, e.g. /2 onbekend/. */
  reportCount(text: RegExp): Locator {
    return this.report.getByRole('listitem').filter({ hasText: text })
  }

  /** Report table rows with this outcome text (e.g. /onbekend/i). */
  reportRows(outcome: RegExp): Locator {
    return this.report.getByRole('table').getByRole('row').filter({ hasText: outcome })
  }

  /** The outcome (last column) of every row of the report table, in the order shown. */
  async reportOutcomes(): Promise<string[]> {
    return this.report.getByRole('table').locator('tbody tr td:last-child').allInnerTexts()
  }

  async confirm() {
    await this.report.getByRole('button', { name: /^(bevestigen en|confirm and)/i }).click()
    await this.report
      .getByRole('status')
      .filter({ hasText: /bevestigd|confirmed/i })
      .waitFor()
  }

  /** Withdraws a present registrant's attendance with a reason. */
  async withdraw(name: string, reason: string) {
    await this.presentRow(name)
      .getByRole('button', { name: /^(intrekken voor|withdraw for)/i })
      .click()
    const form = this.main.getByRole('form', { name: /presentie intrekken van|withdraw the attendance of/i })
    await form.getByLabel(/waarom trek je|why do you withdraw/i).fill(reason)
    await form.getByRole('button', { name: /^(presentie intrekken|withdraw attendance)$/i }).click()
  }

  /** Creates an API key and returns the key as shown once. */
  async createApiKey(name: string): Promise<string> {
    await this.main.getByLabel(/^(naam van de sleutel|name of the key)/i).fill(name)
    await this.main.getByRole('button', { name: /^(sleutel maken|create key)$/i }).click()
    const key = this.main.locator('code.vr-code')
    await key.waitFor()
    return (await key.textContent())?.trim() ?? ''
  }

  apiKeyRow(name: string): Locator {
    return this.main.getByRole('row').filter({ hasText: name })
  }

  async revokeApiKey(name: string) {
    await this.apiKeyRow(name)
      .getByRole('button', { name: /^(intrekken|revoke):/i })
      .click()
  }
}
