import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { AGENDA_PATH, eventPath, formatMoment, formatPoints } from '../agenda.rules.ts'
import { type EventDetail, eventCalendarUrl, useEvent } from '../api/agenda-api.ts'
import { EventPlaces, EventTime } from '../components/EventFacts.tsx'
import { SignUpPanel } from '../components/SignUpPanel.tsx'
import '../agenda.css'

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  )
}

/** Text with blank lines as paragraphs. */
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)

function Facts({ event }: { event: EventDetail }) {
  const { t, i18n } = useTranslation()
  const unknown = t('agenda.detail.noInformation')
  return (
    <DataList className="vr-data-list" aria-label={t('agenda.detail.facts')}>
      <Fact label={t('agenda.detail.type')}>{t(`agenda.types.${event.type}`)}</Fact>
      <Fact label={t('agenda.detail.when')}>
        <EventTime event={event} />
      </Fact>
      <Fact label={t('agenda.detail.where')}>
        {event.online
          ? t('agenda.detail.onlineWhere')
          : [event.locationName, event.address, event.province].filter(Boolean).join(', ')}
      </Fact>
      {!event.online && (
        <Fact label={t('agenda.detail.accessibility')}>
          {event.accessibility || t('agenda.detail.noAccessibility')}
        </Fact>
      )}
      <Fact label={t('agenda.detail.organiser')}>{event.organiser.name}</Fact>
      <Fact label={t('agenda.detail.speakers')}>
        {event.speakers.length === 0 ? (
          unknown
        ) : (
          <UnorderedList>
            {event.speakers.map((speaker) => (
              <UnorderedListItem key={speaker}>{speaker}</UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </Fact>
      <Fact label={t('agenda.detail.audience')}>{event.audience.join(', ') || unknown}</Fact>
      <Fact label={t('agenda.detail.price')}>{event.priceInfo || unknown}</Fact>
      <Fact label={t('agenda.detail.points')}>
        {event.accreditation ? (
          <>
            {t('agenda.points', {
              points: formatPoints(event.accreditation.points, i18n.language),
              category: t(`agenda.categories.${event.accreditation.category}`),
            })}
            <br />
            <AppLink to={`/activiteiten/${encodeURIComponent(event.accreditation.activityPublicId)}`}>
              {t('agenda.detail.activity', { id: event.accreditation.activityPublicId })}
            </AppLink>
          </>
        ) : (
          t('agenda.detail.noPoints')
        )}
      </Fact>
      {event.state === 'published' && (
        <Fact label={t('agenda.detail.places')}>
          <strong>
            <EventPlaces event={event} />
          </strong>
          {event.placesLeft > 0 && (
            <> ({t('agenda.detail.placesOf', { left: event.placesLeft, capacity: event.capacity })})</>
          )}
          {event.waitingCount > 0 && (
            <>
              <br />
              {t('agenda.detail.waiting', { count: event.waitingCount })}
            </>
          )}
        </Fact>
      )}
      <Fact label={t('agenda.detail.deadline')}>{formatMoment(event.signUpDeadline, i18n.language)}</Fact>
    </DataList>
  )
}

/** /agenda/:eventId: one event with everything public, the .ics download and (logged in) signing up. */
export function EventPage() {
  const { t } = useTranslation()
  const { eventId = '' } = useParams()
  const query = useEvent(eventId)
  const event = query.data
  return (
    <>
      <Breadcrumb
        items={[
          { to: AGENDA_PATH, label: t('agenda.title') },
          { to: eventPath(eventId), label: event?.title ?? t('agenda.detail.one') },
        ]}
      />
      <PageHeading>{event?.title ?? t('agenda.detail.one')}</PageHeading>
      {query.isPending ? (
        <Loading />
      ) : query.error || !event ? (
        <LoadError error={query.error} />
      ) : (
        <>
          {event.state === 'cancelled' && (
            <Alert type="warning">
              <Paragraph>
                <strong>{t('agenda.detail.cancelled')}</strong>
              </Paragraph>
              {event.cancelReason && (
                <Paragraph>{t('agenda.detail.cancelReason', { reason: event.cancelReason })}</Paragraph>
              )}
            </Alert>
          )}
          <Facts event={event} />
          <section aria-labelledby="event-sign-up" className="vr-section">
            <Heading level={2} id="event-sign-up">
              {t('agenda.signUp.title')}
            </Heading>
            <SignUpPanel event={event} />
          </section>
          <section aria-labelledby="event-about" className="vr-section">
            <Heading level={2} id="event-about">
              {t('agenda.detail.about')}
            </Heading>
            {paragraphs(event.description).map((text) => (
              <Paragraph key={text}>{text}</Paragraph>
            ))}
          </section>
          <section aria-labelledby="event-calendar" className="vr-section">
            <Heading level={2} id="event-calendar">
              {t('agenda.detail.calendarTitle')}
            </Heading>
            <Paragraph>{t('agenda.detail.calendarIntro')}</Paragraph>
            <Paragraph>
              <a className="utrecht-link utrecht-link--html-a" href={eventCalendarUrl(event.id)} download>
                {t('agenda.detail.calendarDownload')}
              </a>
            </Paragraph>
          </section>
        </>
      )}
      <Paragraph>
        <AppLink to={AGENDA_PATH}>{t('agenda.detail.back')}</AppLink>
      </Paragraph>
    </>
  )
}
