import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Scans the page with axe (WCAG 2.2 AA tags) and throws a readable list when anything is violated. */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  if (result.violations.length === 0) return
  const lines = result.violations.map((violation) => {
    const nodes = violation.nodes
      .slice(0, 5)
      .map(
        (node) =>
          `      ${node.target.join(' ')}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
      )
      .join('\n')
    const more = violation.nodes.length > 5 ? `\n      … and ${violation.nodes.length - 5} more` : ''
    return `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes}${more}`
  })
  throw new Error(`axe found ${result.violations.length} accessibility violation(s) on ${label}:\n${lines.join('\n')}`)
}
