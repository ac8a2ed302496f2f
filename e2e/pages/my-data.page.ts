import { readFile } from 'node:fs/promises'
import type { Locator } from 'playwright-core'
import { BasePage } from './base.page.ts'

/** /mijn-gegevens — everything we hold about you, the JSON download, and correction and erasure requests. */
export class MyDataPage extends BasePage {
  async open() {
    await this.visit('/mijn-gegevens')
    await this.main.getByRole('heading', { name: /^(account)$/i }).waitFor()
  }

  /** Downloads the export and parses it. */
  async downloadJson(): Promise<{ fileName: string; json: Record<string, any> }> {
    const link = this.main.getByRole('link', { name: /download als json|download as json/i })
    const [download] = await Promise.all([this.page.waitForEvent('download'), link.click()])
    const path = await download.path()
    if (!path) throw new Error(`Download failed: ${await download.failure()}`)
    return { fileName: download.suggestedFilename(), json: JSON.parse((await readFile(path)).toString('utf8')) }
  }

  private form(kind: 'correction' | 'erasure'): Locator {
    return this.main.locator('form').filter({
      has: this.page.getByRole('heading', { name: kind === 'correction' ? /gegevens verbeteren/i : /laten wissen/i }),
    })
  }

  async requestErasure(reason: string) {
    const form = this.form('erasure')
    await form.getByRole('textbox').fill(reason)
    await form.getByRole('button').click()
    await form.getByText(/je verzoek is verstuurd/i).waitFor()
  }

  async requestCorrection(details: string) {
    const form = this.form('correction')
    await form.getByRole('textbox').fill(details)
    await form.getByRole('button').click()
    await form.getByText(/je verzoek is verstuurd/i).waitFor()
  }

  /** The row of the own-requests table with this kind (Verbeteren / Wissen). */
  requestRow(kind: RegExp): Locator {
    return this.main.getByRole('row').filter({ hasText: kind })
  }
}

/** /registerbureau/verzoeken — the register office handles data requests. */
export class DataRequestsPage extends BasePage {
  async open() {
    await this.visit('/registerbureau/verzoeken')
  }

  /** The section of the request of a person (by name or e-mail shown). */
  request(person: string): Locator {
    return this.main.locator('section').filter({ hasText: person })
  }

  async decide(person: string, decision: RegExp, resolution: string) {
    const section = this.request(person)
    await section.getByRole('radio', { name: decision }).check()
    await section.getByRole('textbox').fill(resolution)
    await section.getByRole('button', { name: /besluit opslaan/i }).click()
    await this.main
      .getByRole('status')
      .filter({ hasText: /opgeslagen/i })
      .first()
      .waitFor()
  }
}
