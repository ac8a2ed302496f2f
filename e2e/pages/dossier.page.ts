import { readFile } from 'node:fs/promises'
import type { Locator } from 'playwright-core'
import { BasePage } from './base.page.ts'

/**
 * /mijn-pe-punten — the professional's CPD dossier (also the register office's view at
 * /registerbureau/registraties/:id/pe-dossier): progress per category, the forecast, the chart and the entries.
 */
export class DossierPage extends BasePage {
  async open() {
    await this.visit('/mijn-pe-punten')
    await this.progress.first().waitFor()
  }

  async openForOffice(registrationId: string) {
    await this.visit(`/registerbureau/registraties/${registrationId}/pe-dossier`)
    await this.progress.first().waitFor()
  }

  async openFromNavigation() {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: /^(mijn pe-punten|my cpd points)$/i })
      .click()
    await this.progress.first().waitFor()
  }

  /** The progress bars (one per category plus the total), each labelled by its category. */
  get progress(): Locator {
    return this.main.getByRole('progressbar')
  }

  /** The text of a category's progress line, e.g. `progressText(/reflectie/i)` → "8 van 50 punten · nog 42 nodig". */
  async progressText(category: RegExp): Promise<string> {
    const item = this.main.locator('.vr-dossier-progress__item').filter({ hasText: category }).first()
    return (await item.locator('.vr-dossier-progress__text').textContent())?.trim() ?? ''
  }

  /** The forecast sentences ("Op dit tempo kom je op … tekort."). */
  async forecast(): Promise<string[]> {
    const items = this.main.locator('li, p').filter({ hasText: /^(op dit tempo (kom|voldoe)|at this pace you)/i })
    return (await items.allTextContents()).map((t) => t.trim())
  }

  /** The chart's SVG (with its aria-label) and the table with the same figures. */
  get chart(): Locator {
    return this.main.locator('svg[aria-label]').first()
  }

  get chartTable(): Locator {
    return this.main.getByRole('table', { name: /de cijfers van de grafiek|the figures of the chart/i }).first()
  }

  /** The entries of the first (current) cycle: one row per booking or withdrawal. */
  get entryRows(): Locator {
    return this.main
      .getByRole('table', { name: /boekingen in deze periode|entries in this period/i })
      .first()
      .locator('tbody tr')
  }

  private async download(name: RegExp): Promise<{ fileName: string; bytes: Buffer }> {
    const link = this.main.getByRole('button', { name }).first()
    const [download] = await Promise.all([this.page.waitForEvent('download'), link.click()])
    const path = await download.path()
    if (!path) throw new Error(`Download failed: ${await download.failure()}`)
    return { fileName: download.suggestedFilename(), bytes: await readFile(path) }
  }

  /** Downloads the dossier as PDF; the bytes start with `%PDF-`. */
  async downloadPdf() {
    const file = await this.download(/pe-dossier als pdf|cpd dossier as pdf/i)
    if (file.bytes.subarray(0, 5).toString() !== '%PDF-') throw new Error(`${file.fileName} is not a PDF`)
    return file
  }

  /** Downloads the entries as CSV (UTF-8 with BOM, `;`); gives the lines without the BOM. */
  async downloadCsv() {
    const file = await this.download(/boekingen als csv|entries as csv/i)
    return { fileName: file.fileName, lines: file.bytes.subarray(3).toString('utf8').trimEnd().split('\r\n') }
  }
}
