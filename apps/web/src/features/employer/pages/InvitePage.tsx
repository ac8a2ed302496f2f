import { Heading, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { AppLink } from '../../../components/AppLink.tsx'
import { DataTable } from '../../../components/DataTable.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { formatDateTime } from '../../../lib/format.ts'
import { useInvitations } from '../api/employer-api.ts'
import { EmployerAccess } from '../components/EmployerAccess.tsx'
import { InviteForm } from '../components/InviteForm.tsx'
import { teamPath } from './TeamPage.tsx'

function Invitations({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation()
  const query = useInvitations(organisationId, 1)
  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  if (query.data.items.length === 0) return <Paragraph>{t('employer.invitations.none')}</Paragraph>
  return (
    <DataTable
      id="invitations"
      caption={t('employer.invitations.caption', { count: query.data.total })}
      columns={[
        t('employer.invitations.columns.email'),
        t('employer.invitations.columns.state'),
        t('employer.invitations.columns.sent'),
        t('employer.invitations.columns.by'),
      ]}
    >
      {query.data.items.map((i) => (
        <TableRow key={i.id}>
          <TableCell>{i.email}</TableCell>
          <TableCell>{t(`employer.invitations.states.${i.state}`)}</TableCell>
          <TableCell>{formatDateTime(i.createdAt, i18n.language)}</TableCell>
          <TableCell>{i.invitedByName || '—'}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  )
}

/** /werkgever/:organisationId/uitnodigen: invite staff by list or CSV, and see the invitations' state. */
export function InvitePage() {
  const { t } = useTranslation()
  const { organisationId = '' } = useParams()
  return (
    <EmployerAccess organisationId={organisationId}>
      {(name) => (
        <>
          <PageHeading>{t('employer.invite.title')}</PageHeading>
          <Paragraph>{t('employer.invite.intro', { organisation: name })}</Paragraph>
          <Paragraph>
            <AppLink to={teamPath(organisationId)}>{t('employer.invite.backToTeam')}</AppLink>
          </Paragraph>
          <InviteForm organisationId={organisationId} />
          <section aria-labelledby="invitations-heading" className="vr-section">
            <Heading level={2} id="invitations-heading">
              {t('employer.invitations.title')}
            </Heading>
            <Invitations organisationId={organisationId} />
          </section>
        </>
      )}
    </EmployerAccess>
  )
}
