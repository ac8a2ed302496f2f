import { readFile } from 'node:fs/promises'
import type { Locator } from 'playwright-core'
import { BasePage } from './base.page.ts'

/** /mijn-registratie — the professional's own registration: facts, downloads, switches, links to their data. */
export class MyRegistrationPage extends BasePage {
  async open() {
    await this.visit('/mijn-registratie')
    await this.main.getByRole('heading', { level: 2 }).first().waitFor()
  }

  async openFromNavigation() {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: /^(mijn registratie|my registration)$/i })
      .click()
    await this.heading.filter({ hasText: /^(mijn registratie|my registration)$/i }).waitFor()
  }

  /** The value next to a label in the registration facts, e.g. `fact(/^status$/i)`. */
  fact(label: RegExp): Locator {
    return this.main.locator('.utrecht-data-list__item').filter({ has: this.page.locator('dt', { hasText: label }) })
  }

  get certificateLink(): Locator {
    return this.main.getByRole('link', { name: /bewijs van registratie|certificate of registration/i })
  }

  get credentialLink(): Locator {
    return this.main.getByRole('link', { name: /digitaal certificaat|digital certificate/i })
  }

  /** Clicks a download link and gives the downloaded file's name and bytes. */
  private async download(link: Locator): Promise<{ fileName: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), link.click()])
    const path = await download.path()
    if (!path) throw new Error(`Download failed: ${await download.failure()}`)
    return { fileName: download.suggestedFilename(), bytes: await readFile(path) }
  }

  /** Downloads the PDF certificate of registration; the bytes start with `%PDF-`. */
  async downloadCertificate(): Promise<{ fileName: string; bytes: Buffer }> {
    const file = await this.download(this.certificateLink.first())
    if (file.bytes.subarray(0, 5).toString() !== '%PDF-') throw new Error(`${file.fileName} is not a PDF`)
    return file
  }

  /** Downloads the signed credential (JSON) and parses it. */
  async downloadCredential(): Promise<{ fileName: string; json: Record<string, any> }> {
    const file = await this.download(this.credentialLink.first())
    return { fileName: file.fileName, json: JSON.parse(file.bytes.toString('utf8')) }
  }

  /** The "share my CPD standing with <employer>" switch. */
  sharingSwitch(employer: RegExp): Locator {
    return this.main.getByRole('checkbox', { name: new RegExp(`(pe-stand|cpd standing).*${employer.source}`, 'i') })
  }

  /** Turns sharing with an employer on or off and waits until it is saved. */
  async setSharing(employer: RegExp, on: boolean) {
    const box = this.sharingSwitch(employer)
    if ((await box.isChecked()) !== on) await box.click()
    await this.main
      .getByRole('status')
      .filter({ hasText: on ? /kan je pe-stand zien|can see your cpd/i : /niet meer zien|no longer see/i })
      .waitFor()
  }

  /** The "show my employer in the public register" switch. */
  get employerVisibilitySwitch(): Locator {
    return this.main.getByRole('checkbox', { name: /openbare register|public register/i })
  }
}
