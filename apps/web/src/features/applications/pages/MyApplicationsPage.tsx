import { Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { RequireSession } from '../../../app/guards.tsx'
import { ButtonLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { useMyApplications } from '../api/applications-api.ts'
import { APPLY_PATH, MY_APPLICATIONS_PATH } from '../applications.rules.ts'
import { ApplicationsTable } from '../components/ApplicationsTable.tsx'

function MyApplications() {
  const { t } = useTranslation()
  const query = useMyApplications()
  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  if (query.data.items.length === 0) return <Paragraph role="status">{t('application.mine.empty')}</Paragraph>
  return (
    <ApplicationsTable
      id="my-applications"
      items={query.data.items}
      caption={t('application.mine.caption')}
      linkTo={(id) => `${MY_APPLICATIONS_PATH}/${id}`}
      showName={false}
    />
  )
}

/** /mijn-aanvragen: the applications of the person logged in. */
export function MyApplicationsPage() {
  const { t } = useTranslation()
  return (
    <RequireSession>
      {() => (
        <>
          <Breadcrumb items={[{ to: MY_APPLICATIONS_PATH, label: t('application.mine.title') }]} />
          <PageHeading>{t('application.mine.title')}</PageHeading>
          <MyApplications />
          <Paragraph>
            <ButtonLink to={APPLY_PATH} appearance="secondary-action-button">
              {t('application.mine.new')}
            </ButtonLink>
          </Paragraph>
        </>
      )}
    </RequireSession>
  )
}
