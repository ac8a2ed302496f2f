import { Alert, Paragraph } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { RequireSession } from '../../../app/guards.tsx'
import { Breadcrumb, type Crumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { OfficeLinks } from './OfficeLinks.tsx'

/** A register office page: breadcrumb, heading, the accreditation sub-pages, and the content for the office only. */
export function OfficeGate({ crumbs, title, children }: { crumbs: Crumb[]; title: string; children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <RequireSession>
      {(me) => (
        <>
          <Breadcrumb items={crumbs} />
          <PageHeading>{title}</PageHeading>
          {me.permissions.reviewAccreditations ? (
            <>
              <OfficeLinks />
              {children}
            </>
          ) : (
            <Alert type="warning">
              <Paragraph>{t('accreditation.office.noAccess')}</Paragraph>
            </Alert>
          )}
        </>
      )}
    </RequireSession>
  )
}
