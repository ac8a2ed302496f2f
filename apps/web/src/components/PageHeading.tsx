import { Heading } from '@utrecht/component-library-react'
import { type ReactNode, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

let focusOnNextHeading = false

/** Called by the app shell when the route changes (not on the first load): the next page's h1 takes focus. */
export function requestHeadingFocus() {
  focusOnNextHeading = true
}

/** Sets the document title: "<page> | Vakregister". */
export function usePageTitle(title: string) {
  const { t } = useTranslation()
  useEffect(() => {
    document.title = title ? `${title} | ${t('app.name')}` : t('app.name')
  }, [title, t])
}

/** The page's one h1. Sets the title and takes focus after a route change. */
export function PageHeading({ children, title }: { children: ReactNode; title?: string }) {
  const ref = useRef<HTMLHeadingElement>(null)
  usePageTitle(title ?? (typeof children === 'string' ? children : ''))
  useEffect(() => {
    if (focusOnNextHeading) {
      focusOnNextHeading = false
      ref.current?.focus()
    }
  }, [])
  return (
    <Heading level={1} ref={ref} tabIndex={-1} id="page-heading" className="vr-page-heading">
      {children}
    </Heading>
  )
}
