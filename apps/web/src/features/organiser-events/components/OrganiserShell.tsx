import { Alert, Paragraph } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { RequireSession } from '../../../app/guards.tsx'
import { Breadcrumb, type Crumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { eventsPath } from '../organiser-events.rules.ts'
import '../organiser-events.css'

/**
 * The frame of every organiser page: logged in, staff of this provider organisation (the server checks it again),
 * the breadcrumb from "Bijeenkomsten <organisation>" and the page's heading.
 */
export function OrganiserShell({
  organisationId,
  crumbs = [],
  heading,
  children,
}: {
  organisationId: string
  crumbs?: Crumb[]
  /** The page's h1; without it the list's title. */
  heading?: string
  children: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <RequireSession>
      {(me) => {
        const provider = me.memberships.find((m) => m.organisationId === organisationId && m.role === 'provider_staff')
        const listTitle = t('organiserEvents.list.title', { name: provider?.organisationName ?? '' })
        return (
          <>
            <Breadcrumb items={[{ to: eventsPath(organisationId), label: listTitle }, ...crumbs]} />
            <PageHeading>{heading ?? listTitle}</PageHeading>
            {provider ? (
              children
            ) : (
              <Alert type="warning">
                <Paragraph>{t('organiserEvents.noAccess')}</Paragraph>
              </Alert>
            )}
          </>
        )
      }}
    </RequireSession>
  )
}
