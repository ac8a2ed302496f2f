import { useTranslation } from 'react-i18next'
import { AppLink } from './AppLink.tsx'

/** "Previous page · Page 2 of 5 · Next page" under a paged table; `linkTo` builds the address of a page. */
export function Pagination({
  page,
  pages,
  linkTo,
  label,
}: {
  page: number
  pages: number
  linkTo: (page: number) => string
  label?: string
}) {
  const { t } = useTranslation()
  if (pages <= 1) return null
  return (
    <nav className="vr-pagination" aria-label={label ?? t('paging.label')}>
      <ul>
        {page > 1 && (
          <li>
            <AppLink to={linkTo(page - 1)} rel="prev">
              {t('paging.previous')}
            </AppLink>
          </li>
        )}
        <li aria-current="page" className="vr-pagination__current">
          {t('paging.pageOf', { page, pages })}
        </li>
        {page < pages && (
          <li>
            <AppLink to={linkTo(page + 1)} rel="next">
              {t('paging.next')}
            </AppLink>
          </li>
        )}
      </ul>
    </nav>
  )
}

/** The number of pages of a list answer (at least 1). */
export const pageCount = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / (pageSize || 20)))

/** The `pagina` search parameter as a page number (1 when missing or wrong). */
export function readPage(params: URLSearchParams): number {
  const page = Number(params.get('pagina'))
  return Number.isInteger(page) && page > 0 ? page : 1
}
