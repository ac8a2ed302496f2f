import { Alert, Heading, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../../components/AppLink.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import {
  type AgendaFilters,
  agendaHref,
  filterQuery,
  formatDay,
  formatMonth,
  monthListHref,
  shiftMonth,
} from '../agenda.rules.ts'
import { type AgendaMonth as AgendaMonthData, useAgendaMonth } from '../api/agenda-api.ts'
import { EventCard } from './EventCard.tsx'

/**
 * The month view as a list grouped by day, not as a 7-column calendar grid. Why: a grid table is 35–42 cells of
 * which most are empty; a screen reader user has to step through all of them and the day headers to find the few
 * events, and on a 360 px phone seven columns of event titles do not fit without sideways scrolling or cut-off text.
 * A heading per day (h3, "vrijdag 15 mei") with the events under it is found with the heading list, reads in order,
 * reflows on any screen, and shows the same information. Days are Dutch days (Europe/Amsterdam), as the API counts
 * them; an event of several days is under each of its days.
 */
export function AgendaMonth({ filters }: { filters: AgendaFilters }) {
  const { t, i18n } = useTranslation()
  const query = useAgendaMonth(filters.month, filterQuery(filters))
  const label = formatMonth(filters.month, i18n.language)
  const previous = shiftMonth(filters.month, -1)
  const next = shiftMonth(filters.month, 1)
  const days = query.data?.days.filter((day) => day.events.length > 0) ?? []
  return (
    <section aria-labelledby="agenda-month-title" className="vr-section">
      <Heading level={2} id="agenda-month-title">
        {t('agenda.month.title', { month: label })}
      </Heading>
      <nav aria-label={t('agenda.month.navigation')} className="vr-pagination">
        <ul>
          <li>
            <AppLink to={agendaHref({ ...filters, month: previous })} rel="prev">
              {t('agenda.month.previous', { month: formatMonth(previous, i18n.language) })}
            </AppLink>
          </li>
          <li>
            <AppLink to={agendaHref({ ...filters, month: next })} rel="next">
              {t('agenda.month.next', { month: formatMonth(next, i18n.language) })}
            </AppLink>
          </li>
        </ul>
      </nav>
      {query.isPending ? (
        <Loading />
      ) : query.error || !query.data ? (
        <LoadError error={query.error} />
      ) : (
        <>
          {query.data.truncated && (
            <Alert type="info">
              <Paragraph>{t('agenda.month.truncated', { month: label })}</Paragraph>
              <Paragraph>
                <AppLink to={monthListHref(filters)}>{t('agenda.month.toList', { month: label })}</AppLink>
              </Paragraph>
            </Alert>
          )}
          <MonthDays filters={filters} days={days} />
        </>
      )}
    </section>
  )
}

function MonthDays({ filters, days }: { filters: AgendaFilters; days: AgendaMonthData['days'] }) {
  const { t, i18n } = useTranslation()
  const label = formatMonth(filters.month, i18n.language)
  return days.length === 0 ? (
    <Paragraph role="status">{t('agenda.month.empty', { month: label })}</Paragraph>
  ) : (
    days.map((day) => (
      <section key={day.date} aria-labelledby={`agenda-day-${day.date}`} className="vr-agenda__day">
        <Heading level={3} id={`agenda-day-${day.date}`}>
          <time dateTime={day.date}>{formatDay(day.date, i18n.language, false)}</time>
        </Heading>
        <ul className="vr-cards vr-agenda__cards">
          {day.events.map((event) => (
            <EventCard key={event.id} event={event} level={4} />
          ))}
        </ul>
      </section>
    ))
  )
}
