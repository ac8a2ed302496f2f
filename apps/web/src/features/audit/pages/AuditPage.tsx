import { Alert, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { ApiError } from '../../../lib/api.ts'
import type { FieldErrors } from '../../../lib/form.ts'
import { type AuditFilters, PAGE_SIZE, useAuditEvents } from '../api/audit-queries.ts'
import { AuditFilterForm } from '../components/AuditFilterForm.tsx'
import { AuditTable } from '../components/AuditTable.tsx'

const KEYS = { actorId: 'wie', action: 'wat', result: 'resultaat', from: 'van', to: 'tot', page: 'pagina' } as const

function readFilters(params: URLSearchParams): AuditFilters {
  const page = Number(params.get(KEYS.page))
  return {
    actorId: params.get(KEYS.actorId) ?? '',
    action: params.get(KEYS.action) ?? '',
    result: params.get(KEYS.result) ?? '',
    from: params.get(KEYS.from) ?? '',
    to: params.get(KEYS.to) ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  }
}

function toParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams()
  for (const key of Object.keys(KEYS) as (keyof AuditFilters)[]) {
    const value = String(filters[key])
    if (value && !(key === 'page' && value === '1')) params.set(KEYS[key], value)
  }
  return params
}

function AuditTrail({ allowed }: { allowed: boolean }) {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const filters = readFilters(params)
  const query = useAuditEvents(filters, allowed)
  const apply = (next: AuditFilters) => setParams(toParams(next))
  const serverErrors: FieldErrors = {}
  if (query.error instanceof ApiError) for (const e of query.error.errors) serverErrors[e.name] ??= e.reason

  const data = query.data
  const lastPage = data ? Math.max(1, Math.ceil(data.total / (data.pageSize || PAGE_SIZE))) : 1
  const pageLink = (page: number) => {
    const search = toParams({ ...filters, page }).toString()
    return `/audit${search ? `?${search}` : ''}`
  }

  return (
    <>
      <AuditFilterForm
        key={params.toString()}
        initial={filters}
        onApply={apply}
        serverErrors={Object.keys(serverErrors).length > 0 ? serverErrors : undefined}
      />
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        Object.keys(serverErrors).length > 0 ? null : (
          <LoadError error={query.error} />
        )
      ) : data && data.items.length === 0 ? (
        <Paragraph role="status">{t('audit.empty')}</Paragraph>
      ) : data ? (
        <>
          <Paragraph role="status" className="vr-result-count">
            {t('audit.count', { count: data.total, page: data.page, pages: lastPage })}
          </Paragraph>
          <AuditTable
            items={data.items}
            caption={t('audit.caption', { page: data.page, pages: lastPage })}
            onPickActor={(actorId) => apply({ ...filters, actorId, page: 1 })}
          />
          <nav className="vr-pagination" aria-label={t('audit.pagination')}>
            <ul>
              {data.page > 1 && (
                <li>
                  <AppLink to={pageLink(data.page - 1)} rel="prev">
                    {t('audit.previous')}
                  </AppLink>
                </li>
              )}
              <li aria-current="page" className="vr-pagination__current">
                {t('audit.pageOf', { page: data.page, pages: lastPage })}
              </li>
              {data.page < lastPage && (
                <li>
                  <AppLink to={pageLink(data.page + 1)} rel="next">
                    {t('audit.next')}
                  </AppLink>
                </li>
              )}
            </ul>
          </nav>
        </>
      ) : null}
    </>
  )
}

/** /audit: the audit trail, for accounts whose `permissions.readAudit` is true (register office, admin). */
export function AuditPage() {
  const { t } = useTranslation()
  return (
    <RequireSession>
      {(me) => (
        <>
          <Breadcrumb items={[{ to: '/audit', label: t('audit.title') }]} />
          <PageHeading>{t('audit.title')}</PageHeading>
          {me.permissions.readAudit ? (
            <>
              <Paragraph lead>{t('audit.intro')}</Paragraph>
              <AuditTrail allowed />
            </>
          ) : (
            <Alert type="warning">
              <Paragraph>{t('audit.noAccess')}</Paragraph>
            </Alert>
          )}
        </>
      )}
    </RequireSession>
  )
}
