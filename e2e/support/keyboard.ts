import type { Locator, Page } from 'playwright-core'

/** What has keyboard focus now, as a person would describe it (tag, id and text), for readable failures. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return '(nothing: body)'
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${text}"`
  })
}

/**
 * Whether the focused element shows a focus indicator: a computed outline (style not "none", width above 0)
 * or a box-shadow. Returns null when it does, otherwise a description of the element without one.
 */
export function missingFocusIndicator(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return null
    const style = getComputedStyle(el)
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== ''
    if (outline || shadow) return null
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${text}" (outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow})`
  })
}

/**
 * A keyboard-only user: moves with Tab (or Shift+Tab) until `target` has focus, and checks on every stop that the
 * focused control shows a focus indicator. Throws with the path walked when the target is never reached.
 */
export class KeyboardUser {
  readonly page: Page
  /** Every focused control that had no visible focus indicator, across the whole journey. */
  readonly withoutFocusIndicator = new Set<string>()

  constructor(page: Page) {
    this.page = page
  }

  async tabTo(target: Locator, options: { backwards?: boolean; maxPresses?: number } = {}) {
    const key = options.backwards ? 'Shift+Tab' : 'Tab'
    const walked: string[] = []
    for (let i = 0; i < (options.maxPresses ?? 60); i++) {
      await this.page.keyboard.press(key)
      const missing = await missingFocusIndicator(this.page)
      if (missing) this.withoutFocusIndicator.add(missing)
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return
      walked.push(await describeFocus(this.page))
    }
    throw new Error(`Pressing ${key} never reached ${target}. Focus went:\n  ${walked.join('\n  ')}`)
  }

  /** Tabs to a field and types into it, key by key. */
  async typeInto(field: Locator, text: string) {
    await this.tabTo(field)
    await this.page.keyboard.type(text)
  }

  async press(key: 'Enter' | 'Space') {
    await this.page.keyboard.press(key === 'Space' ? ' ' : key)
  }

  async isFocused(target: Locator): Promise<boolean> {
    return target.evaluate((el) => el === document.activeElement)
  }
}
