import type { Locator, Page } from 'playwright-core'
import { checkPage } from '../support/journey.ts'

/** What every page of the app shell has: a skip link, a header with navigation, a main landmark and a footer. */
export class BasePage {
  readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  get main(): Locator {
    return this.page.getByRole('main')
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 })
  }

  /** Scans the current page with axe (WCAG 2.2 AA); throws on any violation. */
  async checkAccessibility(label?: string) {
    await checkPage(this.page, label ?? new URL(this.page.url()).pathname)
  }

  async visit(path: string) {
    await this.page.goto(path)
    await this.heading.waitFor()
  }

  /** The error summary (role alert) that takes focus after a failed submit. */
  get errorSummary(): Locator {
    return this.page.getByRole('alert')
  }

  /** True when the page is wider than the viewport (horizontal scrolling). */
  async hasHorizontalScroll(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)
  }

  /** The header control that switches between Nederlands and English. */
  get languageSwitch(): Locator {
    return this.page.getByRole('banner').getByRole('button', { name: /taal naar|language to/i })
  }

  /** Switches the language with the header control and waits until `<html lang>` follows. */
  async switchLanguageTo(lang: 'nl' | 'en') {
    await this.languageSwitch.click()
    await this.page.waitForFunction((wanted) => document.documentElement.lang === wanted, lang)
  }

  /** The `lang` of the `<html>` element. */
  htmlLang(): Promise<string> {
    return this.page.evaluate(() => document.documentElement.lang)
  }

  /** Logs out via the header's "Uitloggen". */
  async logOut() {
    await this.page
      .getByRole('button', { name: /^(uitloggen|log out)$/i })
      .or(this.page.getByRole('link', { name: /^(uitloggen|log out)$/i }))
      .first()
      .click()
    await this.page.waitForURL((url) => !url.pathname.startsWith('/account'))
  }
}
