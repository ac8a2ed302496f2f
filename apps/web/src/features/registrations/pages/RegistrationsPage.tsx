import { Alert, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { Pagination, pageCount } from '../../../components/Pagination.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { useRegistrations } from '../api/registrations-api.ts'
import { RegistrationSearchForm } from '../components/RegistrationSearchForm.tsx'
import { RegistrationsTable } from '../components/RegistrationsTable.tsx'
import { REGISTRATIONS_PATH, readSearch, toSearch } from '../registrations.rules.ts'

function RegistrationList() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const search = readSearch(params)
  const query = useRegistrations(search)
  const data = query.data
  const pages = data ? pageCount(data.total, data.pageSize) : 1
  return (
    <>
      <RegistrationSearchForm
        key={params.toString()}
        initial={search}
        onSearch={(next) => setParams(new URLSearchParams(toSearch(next)))}
      />
      {query.isPending ? (
        <Loading />
      ) : query.error || !data ? (
        <LoadError error={query.error} />
      ) : data.items.length === 0 ? (
        <Paragraph role="status">{t('registrations.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph role="status" className="vr-result-count">
            {t('registrations.count', { count: data.total })}
          </Paragraph>
          <RegistrationsTable items={data.items} caption={t('registrations.caption', { page: data.page, pages })} />
          <Pagination
            page={data.page}
            pages={pages}
            linkTo={(page) => `${REGISTRATIONS_PATH}${toSearch({ ...search, page })}`}
          />
        </>
      )}
    </>
  )
}

/** /registerbureau/registraties: the register office searches registrations (`permissions.readRegistrations`). */
export function RegistrationsPage() {
  const { t } = useTranslation()
  return (
    <RequireSession>
      {(me) => (
        <>
          <Breadcrumb items={[{ to: REGISTRATIONS_PATH, label: t('registrations.title') }]} />
          <PageHeading>{t('registrations.title')}</PageHeading>
          {me.permissions.readRegistrations ? (
            <>
              <Paragraph lead>{t('registrations.intro')}</Paragraph>
              <RegistrationList />
            </>
          ) : (
            <Alert type="warning">
              <Paragraph>{t('registrations.noAccess')}</Paragraph>
            </Alert>
          )}
        </>
      )}
    </RequireSession>
  )
}
