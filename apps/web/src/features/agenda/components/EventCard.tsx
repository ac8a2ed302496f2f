import { Heading, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../../components/AppLink.tsx'
import { eventPath, formatPoints } from '../agenda.rules.ts'
import type { EventSummary } from '../api/agenda-api.ts'
import { EventPlace, EventPlaces, EventTime } from './EventFacts.tsx'

/** One event in the agenda's list: title (link), when, where, points and places. */
export function EventCard({ event, level = 3 }: { event: EventSummary; level?: 3 | 4 }) {
  const { t, i18n } = useTranslation()
  return (
    <li className="vr-card vr-agenda__card">
      <Heading level={level}>
        <AppLink to={eventPath(event.id)}>{event.title}</AppLink>
      </Heading>
      <Paragraph className="vr-muted">
        {t(`agenda.types.${event.type}`)} · {event.organiser.name}
      </Paragraph>
      <Paragraph>
        <EventTime event={event} />
      </Paragraph>
      <Paragraph>
        <EventPlace event={event} />
      </Paragraph>
      {event.accreditation && (
        <Paragraph>
          {t('agenda.points', {
            points: formatPoints(event.accreditation.points, i18n.language),
            category: t(`agenda.categories.${event.accreditation.category}`),
          })}
        </Paragraph>
      )}
      <Paragraph>
        <strong>
          <EventPlaces event={event} />
        </strong>
      </Paragraph>
    </li>
  )
}
