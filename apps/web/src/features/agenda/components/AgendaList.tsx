import { Heading, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { Pagination, pageCount } from '../../../components/Pagination.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { type AgendaFilters, agendaHref, listQuery } from '../agenda.rules.ts'
import { useAgendaList } from '../api/agenda-api.ts'
import { EventCard } from './EventCard.tsx'

/** The agenda as a list: earliest first, 20 a page. */
export function AgendaList({ filters }: { filters: AgendaFilters }) {
  const { t } = useTranslation()
  const query = useAgendaList(listQuery(filters))
  return (
    <section aria-labelledby="agenda-results" className="vr-section">
      <Heading level={2} id="agenda-results">
        {t('agenda.list.results')}
      </Heading>
      {query.isPending ? (
        <Loading />
      ) : query.error || !query.data ? (
        <LoadError error={query.error} />
      ) : (
        <>
          <Paragraph role="status" className="vr-result-count">
            {query.data.total === 0
              ? t('agenda.list.empty')
              : query.data.totalCapped
                ? t('agenda.list.capped')
                : t('agenda.list.count', { count: query.data.total })}
          </Paragraph>
          {query.data.items.length > 0 && (
            <ul className="vr-cards vr-agenda__cards">
              {query.data.items.map((event) => (
                <EventCard key={event.id} event={event} />
              ))}
            </ul>
          )}
          <Pagination
            page={query.data.page}
            pages={pageCount(query.data.total, query.data.pageSize)}
            linkTo={(page) => agendaHref({ ...filters, page })}
            label={t('agenda.list.paging')}
          />
        </>
      )}
    </section>
  )
}
