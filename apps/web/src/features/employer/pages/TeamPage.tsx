import { Button, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { ButtonLink } from '../../../components/AppLink.tsx'
import { DataTable } from '../../../components/DataTable.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { Pagination, pageCount, readPage } from '../../../components/Pagination.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { type TeamMember, useTeam } from '../api/employer-api.ts'
import { formatDate } from '../components/dates.ts'
import { EmployerAccess } from '../components/EmployerAccess.tsx'
import { StandingView } from '../components/StandingView.tsx'

export const teamPath = (organisationId: string) => `/werkgever/${organisationId}/team`
export const invitePath = (organisationId: string) => `/werkgever/${organisationId}/uitnodigen`

function Team({ organisationId, organisationName }: { organisationId: string; organisationName: string }) {
  const { t, i18n } = useTranslation()
  const [params] = useSearchParams()
  const page = readPage(params)
  const query = useTeam(organisationId, page)
  const [selected, setSelected] = useState<TeamMember | null>(null)
  const data = query.data

  function close() {
    const id = selected?.registrationId
    setSelected(null)
    setTimeout(() => document.getElementById(`standing-${id}`)?.focus(), 0)
  }

  return (
    <>
      <PageHeading>{t('employer.team.title', { organisation: organisationName })}</PageHeading>
      <Paragraph>{t('employer.team.intro')}</Paragraph>
      <Paragraph>
        <ButtonLink to={invitePath(organisationId)} appearance="secondary-action-button">
          {t('employer.team.invite')}
        </ButtonLink>
      </Paragraph>
      {query.isPending ? (
        <Loading />
      ) : query.error || !data ? (
        <LoadError error={query.error} />
      ) : data.items.length === 0 ? (
        <Paragraph>{t('employer.team.empty')}</Paragraph>
      ) : (
        <>
          <DataTable
            id="team"
            caption={t('employer.team.caption', { count: data.total })}
            columns={[
              t('employer.team.columns.name'),
              t('employer.team.columns.number'),
              t('employer.team.columns.status'),
              t('employer.team.columns.cycleEnd'),
              t('employer.team.columns.standing'),
            ]}
          >
            {data.items.map((m) => (
              <TableRow key={m.registrationId}>
                <TableCell>{m.name}</TableCell>
                <TableCell>{m.registrationNumber ?? '—'}</TableCell>
                <TableCell>{t(`employer.statuses.${m.status}`, { defaultValue: m.status })}</TableCell>
                <TableCell>{formatDate(m.cycleEnd, i18n.language)}</TableCell>
                <TableCell>
                  {m.sharesStanding ? (
                    <Button
                      type="button"
                      id={`standing-${m.registrationId}`}
                      appearance="subtle-button"
                      onClick={() => setSelected(m)}
                      aria-label={t('employer.team.viewStandingOf', { name: m.name })}
                    >
                      {t('employer.team.viewStanding')}
                    </Button>
                  ) : (
                    t('employer.team.notShared')
                  )}
                </TableCell>
              </TableRow>
            ))}
          </DataTable>
          <Pagination
            page={data.page}
            pages={pageCount(data.total, data.pageSize)}
            linkTo={(next) => `${teamPath(organisationId)}${next > 1 ? `?pagina=${next}` : ''}`}
          />
        </>
      )}
      {selected && (
        <StandingView
          key={selected.registrationId}
          organisationId={organisationId}
          registrationId={selected.registrationId}
          name={selected.name}
          onClose={close}
        />
      )}
    </>
  )
}

/** /werkgever/:organisationId/team: the team with status and cycle end; a standing only with consent. */
export function TeamPage() {
  const { organisationId = '' } = useParams()
  return (
    <EmployerAccess organisationId={organisationId}>
      {(name) => <Team key={organisationId} organisationId={organisationId} organisationName={name} />}
    </EmployerAccess>
  )
}
