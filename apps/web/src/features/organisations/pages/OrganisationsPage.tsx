import { Alert, Button, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { Pagination, pageCount, readPage } from '../../../components/Pagination.tsx'
import { SelectField } from '../../../components/SelectField.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { ORGANISATION_KINDS } from '../../../lib/api.ts'
import { useOrganisations } from '../api/organisations-queries.ts'
import { CreateOrganisationForm } from '../components/CreateOrganisationForm.tsx'
import { ORGANISATIONS_PATH, OrganisationsTable } from '../components/OrganisationsTable.tsx'

function toSearch(kind: string, page: number): string {
  const params = new URLSearchParams()
  if (kind) params.set('soort', kind)
  if (page > 1) params.set('pagina', String(page))
  const search = params.toString()
  return search ? `?${search}` : ''
}

function KindFilter({ initial, onApply }: { initial: string; onApply: (kind: string) => void }) {
  const { t } = useTranslation()
  const [kind, setKind] = useState(initial)
  function submit(event: FormEvent) {
    event.preventDefault()
    onApply(kind)
  }
  return (
    <search className="vr-filters" aria-label={t('organisations.filters.label')}>
      <form noValidate onSubmit={submit} className="vr-form vr-filters__form">
        <SelectField
          id="filter-kind"
          name="kind"
          label={t('organisations.filters.kind')}
          value={kind}
          onChange={setKind}
          options={[
            { value: '', label: t('organisations.filters.allKinds') },
            ...ORGANISATION_KINDS.map((value) => ({ value, label: t(`orgKinds.${value}`) })),
          ]}
        />
        <Button type="submit" appearance="primary-action-button">
          {t('organisations.filters.apply')}
        </Button>
      </form>
    </search>
  )
}

function OrganisationList() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const kind = params.get('soort') ?? ''
  const page = readPage(params)
  const query = useOrganisations({ kind, page })
  const data = query.data
  const pages = data ? pageCount(data.total, data.pageSize) : 1
  return (
    <>
      <KindFilter key={kind} initial={kind} onApply={(next) => setParams(new URLSearchParams(toSearch(next, 1)))} />
      {query.isPending ? (
        <Loading />
      ) : query.error || !data ? (
        <LoadError error={query.error} />
      ) : data.items.length === 0 ? (
        <Paragraph role="status">{t('organisations.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph role="status" className="vr-result-count">
            {t('organisations.count', { count: data.total })}
          </Paragraph>
          <OrganisationsTable items={data.items} caption={t('organisations.caption', { page: data.page, pages })} />
          <Pagination
            page={data.page}
            pages={pages}
            linkTo={(next) => `${ORGANISATIONS_PATH}${toSearch(kind, next)}`}
          />
        </>
      )}
    </>
  )
}

/** /beheer/organisaties: list and add organisations (`permissions.manageOrganisations`). */
export function OrganisationsPage() {
  const { t } = useTranslation()
  return (
    <RequireSession>
      {(me) => (
        <>
          <Breadcrumb items={[{ to: ORGANISATIONS_PATH, label: t('organisations.title') }]} />
          <PageHeading>{t('organisations.title')}</PageHeading>
          {me.permissions.manageOrganisations ? (
            <>
              <Paragraph lead>{t('organisations.intro')}</Paragraph>
              <OrganisationList />
              <CreateOrganisationForm />
            </>
          ) : (
            <Alert type="warning">
              <Paragraph>{t('organisations.noAccess')}</Paragraph>
            </Alert>
          )}
        </>
      )}
    </RequireSession>
  )
}
