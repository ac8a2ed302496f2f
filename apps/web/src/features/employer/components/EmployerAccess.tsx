import { Alert, Paragraph } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { RequireSession } from '../../../app/guards.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'

/** Shows the page to an employer manager of this organisation (per GET /me); anyone else gets a plain message. */
export function EmployerAccess({
  organisationId,
  children,
}: {
  organisationId: string
  children: (organisationName: string) => ReactNode
}) {
  const { t } = useTranslation()
  return (
    <RequireSession>
      {(me) => {
        const membership = me.memberships.find(
          (m) => m.organisationId === organisationId && m.role === 'employer_manager',
        )
        if (membership) return children(membership.organisationName)
        return (
          <>
            <PageHeading>{t('employer.title')}</PageHeading>
            <Alert type="warning">
              <Paragraph>{t('employer.noAccess')}</Paragraph>
            </Alert>
          </>
        )
      }}
    </RequireSession>
  )
}
