import { Alert, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { ApiKeys } from '../components/ApiKeys.tsx'
import '../attendance.css'

export const apiKeysPath = (organisationId: string) => `/aanbieder/${organisationId}/api-sleutels`

/** /aanbieder/:organisationId/api-sleutels: the provider's API keys for integrations (provider staff only). */
export function ApiKeysPage() {
  const { t } = useTranslation()
  const { organisationId = '' } = useParams()
  return (
    <RequireSession>
      {(me) => {
        const membership = me.memberships.find(
          (m) => m.organisationId === organisationId && m.role === 'provider_staff',
        )
        if (!membership) {
          return (
            <>
              <PageHeading>{t('attendance.apiKeys.title')}</PageHeading>
              <Alert type="warning">
                <Paragraph>{t('attendance.apiKeys.noAccess')}</Paragraph>
              </Alert>
            </>
          )
        }
        return (
          <>
            <PageHeading>{t('attendance.apiKeys.titleFor', { organisation: membership.organisationName })}</PageHeading>
            <Paragraph>{t('attendance.apiKeys.intro')}</Paragraph>
            <ApiKeys organisationId={organisationId} />
          </>
        )
      }}
    </RequireSession>
  )
}
