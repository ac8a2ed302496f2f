import { Alert, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { ButtonLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { Pagination, pageCount, readPage } from '../../../components/Pagination.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import type { Me } from '../../../lib/api.ts'
import { providerPath } from '../accreditation.rules.ts'
import { useOwnActivities } from '../api/accreditation-api.ts'
import { ActivitiesTable } from '../components/ActivitiesTable.tsx'

/** The provider organisation of this page when the person is its staff (the server checks it again). */
export const providerOf = (me: Me, organisationId: string) =>
  me.memberships.find((m) => m.organisationId === organisationId && m.role === 'provider_staff')

function Activities({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const page = readPage(params)
  const query = useOwnActivities(organisationId, page)
  const base = providerPath(organisationId)
  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  const data = query.data
  const pages = pageCount(data.total, data.pageSize)
  return data.items.length === 0 ? (
    <Paragraph role="status">{t('accreditation.provider.empty')}</Paragraph>
  ) : (
    <>
      <ActivitiesTable
        id="own-activities"
        items={data.items}
        caption={t('accreditation.provider.caption', { page: data.page, pages })}
        linkTo={(id) => `${base}/${id}`}
        showProvider={false}
      />
      <Pagination page={data.page} pages={pages} linkTo={(n) => `${base}?pagina=${n}`} />
    </>
  )
}

/** /aanbieder/:organisationId/activiteiten: the provider's activities and their state. */
export function ProviderActivitiesPage() {
  const { t } = useTranslation()
  const { organisationId = '' } = useParams()
  return (
    <RequireSession>
      {(me) => {
        const provider = providerOf(me, organisationId)
        const title = t('accreditation.provider.title', { name: provider?.organisationName ?? '' })
        return (
          <>
            <Breadcrumb items={[{ to: providerPath(organisationId), label: title }]} />
            <PageHeading>{title}</PageHeading>
            {provider ? (
              <>
                <Paragraph lead>{t('accreditation.provider.intro')}</Paragraph>
                <Paragraph>
                  <ButtonLink to={`${providerPath(organisationId)}/nieuw`}>
                    {t('accreditation.provider.new')}
                  </ButtonLink>
                </Paragraph>
                <Activities organisationId={organisationId} />
              </>
            ) : (
              <Alert type="warning">
                <Paragraph>{t('accreditation.provider.noAccess')}</Paragraph>
              </Alert>
            )}
          </>
        )
      }}
    </RequireSession>
  )
}
