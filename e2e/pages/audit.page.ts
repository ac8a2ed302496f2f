import type { Locator } from 'playwright-core'
import { BasePage } from './base.page.ts'

/** /audit — the audit trail for staff, with filters. */
export class AuditPage extends BasePage {
  async open() {
    await this.visit('/audit')
  }

  async filterByAction(action: string) {
    const field = this.main.getByLabel(/actie|action/i).first()
    await field.fill(action)
    await field.press('Enter')
    await this.page.waitForURL((url) => [...url.searchParams.values()].includes(action))
  }

  /** The table rows that mention all the given texts. */
  rowsWith(...texts: string[]): Locator {
    let rows = this.main.getByRole('row')
    for (const text of texts) rows = rows.filter({ hasText: text })
    return rows
  }
}
