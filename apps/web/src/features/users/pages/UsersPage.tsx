import { Alert, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { Pagination, pageCount, readPage } from '../../../components/Pagination.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { ApiError } from '../../../lib/api.ts'
import type { FieldErrors } from '../../../lib/form.ts'
import { type UserFilters, useUsers } from '../api/users-queries.ts'
import { UserFilterForm } from '../components/UserFilterForm.tsx'
import { UsersTable } from '../components/UsersTable.tsx'

export const USERS_PATH = '/beheer/gebruikers'

function readFilters(params: URLSearchParams): UserFilters {
  return { email: params.get('email') ?? '', staffRole: params.get('rol') ?? '', page: readPage(params) }
}

function toParams(filters: UserFilters): URLSearchParams {
  const params = new URLSearchParams()
  if (filters.email) params.set('email', filters.email)
  if (filters.staffRole) params.set('rol', filters.staffRole)
  if (filters.page > 1) params.set('pagina', String(filters.page))
  return params
}

function UserList({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const filters = readFilters(params)
  const query = useUsers(filters, true)
  const serverErrors: FieldErrors = {}
  if (query.error instanceof ApiError) for (const e of query.error.errors) serverErrors[e.name] ??= e.reason
  const hasFieldErrors = Object.keys(serverErrors).length > 0
  const data = query.data
  const pages = data ? pageCount(data.total, data.pageSize) : 1
  const linkTo = (page: number) => {
    const search = toParams({ ...filters, page }).toString()
    return `${USERS_PATH}${search ? `?${search}` : ''}`
  }

  return (
    <>
      <UserFilterForm
        key={params.toString()}
        initial={filters}
        onApply={(next) => setParams(toParams(next))}
        serverErrors={hasFieldErrors ? serverErrors : undefined}
      />
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        hasFieldErrors ? null : (
          <LoadError error={query.error} />
        )
      ) : data && data.items.length === 0 ? (
        <Paragraph role="status">{t('users.empty')}</Paragraph>
      ) : data ? (
        <>
          <Paragraph role="status" className="vr-result-count">
            {t('users.count', { count: data.total })}
          </Paragraph>
          <UsersTable items={data.items} canEdit={canEdit} caption={t('users.caption', { page: data.page, pages })} />
          <Pagination page={data.page} pages={pages} linkTo={linkTo} />
        </>
      ) : null}
    </>
  )
}

/** /beheer/gebruikers: find accounts; for `permissions.listUsers` (register office, admin). */
export function UsersPage() {
  const { t } = useTranslation()
  return (
    <RequireSession>
      {(me) => (
        <>
          <Breadcrumb items={[{ to: USERS_PATH, label: t('users.title') }]} />
          <PageHeading>{t('users.title')}</PageHeading>
          {me.permissions.listUsers ? (
            <>
              <Paragraph lead>{t('users.intro')}</Paragraph>
              <UserList canEdit={!!me.permissions.manageStaffRoles} />
            </>
          ) : (
            <Alert type="warning">
              <Paragraph>{t('users.noAccess')}</Paragraph>
            </Alert>
          )}
        </>
      )}
    </RequireSession>
  )
}
