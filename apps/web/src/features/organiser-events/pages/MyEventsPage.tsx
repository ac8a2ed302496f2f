import { Paragraph, TableCell, TableRow } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { AppLink, ButtonLink } from '../../../components/AppLink.tsx'
import { DataTable } from '../../../components/DataTable.tsx'
import { Pagination, pageCount, readPage } from '../../../components/Pagination.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { formatDateTime } from '../../../lib/format.ts'
import { useOwnEvents } from '../api/organiser-events-api.ts'
import { OrganiserShell } from '../components/OrganiserShell.tsx'
import { eventPath, eventsPath } from '../organiser-events.rules.ts'

function Events({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation()
  const [params] = useSearchParams()
  const query = useOwnEvents(organisationId, readPage(params))
  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  const data = query.data
  const pages = pageCount(data.total, data.pageSize)
  if (data.items.length === 0) return <Paragraph role="status">{t('organiserEvents.list.empty')}</Paragraph>
  return (
    <>
      <DataTable
        id="own-events"
        caption={t('organiserEvents.list.caption', { page: data.page, pages })}
        columns={[
          t('organiserEvents.list.event'),
          t('organiserEvents.list.starts'),
          t('organiserEvents.list.state'),
          t('organiserEvents.list.places'),
          t('organiserEvents.list.waiting'),
        ]}
      >
        {data.items.map((event) => (
          <TableRow key={event.id}>
            <TableCell>
              <AppLink to={eventPath(organisationId, event.id)}>{event.title}</AppLink>
            </TableCell>
            <TableCell>{formatDateTime(event.startsAt, i18n.language)}</TableCell>
            <TableCell>{t(`organiserEvents.state.${event.state}`)}</TableCell>
            <TableCell>
              {t('organiserEvents.list.placesValue', { taken: event.placesTaken, capacity: event.capacity })}
            </TableCell>
            <TableCell>{event.waitingCount}</TableCell>
          </TableRow>
        ))}
      </DataTable>
      <Pagination page={data.page} pages={pages} linkTo={(n) => `${eventsPath(organisationId)}?pagina=${n}`} />
    </>
  )
}

/** /aanbieder/:organisationId/bijeenkomsten: the provider's events with places taken and the waiting list. */
export function MyEventsPage() {
  const { t } = useTranslation()
  const { organisationId = '' } = useParams()
  return (
    <OrganiserShell organisationId={organisationId}>
      <Paragraph lead>{t('organiserEvents.list.intro')}</Paragraph>
      <Paragraph>
        <ButtonLink to={`${eventsPath(organisationId)}/nieuw`}>{t('organiserEvents.list.new')}</ButtonLink>
      </Paragraph>
      <Events organisationId={organisationId} />
    </OrganiserShell>
  )
}
