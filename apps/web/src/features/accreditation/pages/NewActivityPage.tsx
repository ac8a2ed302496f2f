import { useQueryClient } from '@tanstack/react-query'
import { Alert, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { providerPath } from '../accreditation.rules.ts'
import { accreditationApi } from '../api/accreditation-api.ts'
import { ActivityForm } from '../components/ActivityForm.tsx'
import { providerOf } from './ProviderActivitiesPage.tsx'

/** /aanbieder/:organisationId/activiteiten/nieuw: request accreditation for an activity. */
export function NewActivityPage() {
  const { t } = useTranslation()
  const { organisationId = '' } = useParams()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  return (
    <RequireSession>
      {(me) => {
        const provider = providerOf(me, organisationId)
        const listTitle = t('accreditation.provider.title', { name: provider?.organisationName ?? '' })
        return (
          <>
            <Breadcrumb
              items={[
                { to: providerPath(organisationId), label: listTitle },
                { to: `${providerPath(organisationId)}/nieuw`, label: t('accreditation.form.heading') },
              ]}
            />
            <PageHeading>{t('accreditation.form.heading')}</PageHeading>
            {provider ? (
              <>
                <Paragraph lead>{t('accreditation.form.intro')}</Paragraph>
                <ActivityForm
                  onSubmit={async (submission) => {
                    const created = await accreditationApi.submit(organisationId, submission)
                    await queryClient.invalidateQueries({ queryKey: ['accreditation'] })
                    navigate(`${providerPath(organisationId)}/${created.id}?ingediend=1`)
                    return created
                  }}
                />
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
