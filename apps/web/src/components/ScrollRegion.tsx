import type { ReactNode } from 'react'

/** Keyboard users must be able to reach and scroll a region that scrolls (WCAG 2.1.1, axe scrollable-region-focusable). */
const keyboardScrollable = { tabIndex: 0 }

/** A wide table's scroll box: a named region that keyboard users can focus and scroll. */
export function ScrollRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <section className="vr-table-scroll" aria-labelledby={labelledBy} {...keyboardScrollable}>
      {children}
    </section>
  )
}
