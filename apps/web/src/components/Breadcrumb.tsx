import { BreadcrumbNav, BreadcrumbNavLink } from '@utrecht/component-library-react'
import { forwardRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

const RouterAnchor = forwardRef<HTMLAnchorElement, { href: string; children?: ReactNode }>(function RouterAnchor(
  { href, ...props },
  ref,
) {
  return <Link ref={ref} to={href} {...props} />
})

export interface Crumb {
  to: string
  label: string
}

/** "Home › … › this page". The current page is the last crumb (aria-current="page"). */
export function Breadcrumb({ items }: { items: Crumb[] }) {
  const { t } = useTranslation()
  const all: Crumb[] = [{ to: '/', label: t('nav.home') }, ...items]
  return (
    <BreadcrumbNav aria-label={t('nav.breadcrumb')} className="vr-breadcrumb">
      {all.map((crumb, index) => (
        <BreadcrumbNavLink
          key={crumb.to}
          href={crumb.to}
          Link={RouterAnchor}
          index={index}
          current={index === all.length - 1}
        >
          {crumb.label}
        </BreadcrumbNavLink>
      ))}
    </BreadcrumbNav>
  )
}
