import { useTranslation } from 'react-i18next'
import { eventTimes } from '../agenda.rules.ts'
import type { EventSummary } from '../api/agenda-api.ts'

/** When an event is, in Dutch time, as a <time> range ("vrijdag 15 mei 2026, 10:00 tot 12:30 uur"). */
export function EventTime({ event }: { event: Pick<EventSummary, 'startsAt' | 'endsAt'> }) {
  const { t, i18n } = useTranslation()
  const parts = eventTimes(event.startsAt, event.endsAt, i18n.language)
  const text = parts.sameDay
    ? t('agenda.time.sameDay', { date: parts.startDate, start: parts.startTime, end: parts.endTime })
    : t('agenda.time.days', {
        startDate: parts.startDate,
        start: parts.startTime,
        endDate: parts.endDate,
        end: parts.endTime,
      })
  return <time dateTime={event.startsAt}>{text}</time>
}

/** "Online" or the location with its province. */
export function EventPlace({ event }: { event: Pick<EventSummary, 'online' | 'locationName' | 'province'> }) {
  const { t } = useTranslation()
  if (event.online) return <>{t('agenda.online')}</>
  return <>{[event.locationName, event.province].filter(Boolean).join(', ')}</>
}

/** Places left, or "Vol — wachtlijst", or why one cannot sign up. */
export function EventPlaces({ event }: { event: Pick<EventSummary, 'state' | 'placesLeft' | 'signUpOpen'> }) {
  const { t } = useTranslation()
  if (event.state === 'cancelled') return <>{t('agenda.places.cancelled')}</>
  if (!event.signUpOpen) return <>{t('agenda.places.closed')}</>
  if (event.placesLeft === 0) return <>{t('agenda.places.full')}</>
  return <>{t('agenda.places.left', { count: event.placesLeft })}</>
}
