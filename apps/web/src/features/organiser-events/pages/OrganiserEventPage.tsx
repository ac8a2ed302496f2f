import { useQueryClient } from '@tanstack/react-query'
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { AppLink, ButtonLink } from '../../../components/AppLink.tsx'
import { DecisionForm } from '../../../components/DecisionForm.tsx'
import { LoadError, Loading, Notice } from '../../../components/Status.tsx'
import { formatDateTime } from '../../../lib/format.ts'
import { organiserEventsApi, useOwnEvent } from '../api/organiser-events-api.ts'
import { CheckInsSection } from '../components/CheckInsSection.tsx'
import { KeywordSection } from '../components/KeywordSection.tsx'
import { MailForm } from '../components/MailForm.tsx'
import { OrganiserShell } from '../components/OrganiserShell.tsx'
import { SignUpsSection } from '../components/SignUpsSection.tsx'
import { eventPath } from '../organiser-events.rules.ts'

/**
 * /aanbieder/:organisationId/bijeenkomsten/:eventId: one event for its organiser — the facts, sign-ups and waiting
 * list (CSV), check-ins and no-shows with corrections, a mail to everyone, the online keyword, cancelling.
 */
export function OrganiserEventPage() {
  const { t, i18n } = useTranslation()
  const { organisationId = '', eventId = '' } = useParams()
  const [params] = useSearchParams()
  const queryClient = useQueryClient()
  const query = useOwnEvent(organisationId, eventId)
  const event = query.data
  const base = eventPath(organisationId, eventId)
  // After cancelling, the cancel form is gone: the notice that the event is cancelled takes focus.
  const [justCancelled, setJustCancelled] = useState(false)
  const cancelledRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (justCancelled && event?.state === 'cancelled') cancelledRef.current?.focus()
  }, [justCancelled, event?.state])
  return (
    <OrganiserShell
      organisationId={organisationId}
      heading={event?.title ?? t('organiserEvents.event.heading')}
      crumbs={[{ to: base, label: event?.title ?? t('organiserEvents.event.heading') }]}
    >
      {query.isPending ? (
        <Loading />
      ) : query.error || !event ? (
        <LoadError error={query.error} />
      ) : (
        <>
          {params.get('gepubliceerd') && (
            <Notice>
              <Paragraph>{t('organiserEvents.event.published')}</Paragraph>
            </Notice>
          )}
          {params.get('gewijzigd') && (
            <Notice>
              <Paragraph>{t('organiserEvents.event.changed')}</Paragraph>
            </Notice>
          )}
          {event.state === 'cancelled' && (
            <div ref={cancelledRef} tabIndex={-1} className="vr-organiser-events__done">
              <Alert type="warning">
                <Paragraph>{t('organiserEvents.event.cancelled', { reason: event.cancelReason })}</Paragraph>
              </Alert>
            </div>
          )}
          <Paragraph lead>
            {t('organiserEvents.event.when', {
              starts: formatDateTime(event.startsAt, i18n.language),
              ends: formatDateTime(event.endsAt, i18n.language),
            })}{' '}
            {event.online ? t('organiserEvents.event.online') : event.locationName}
          </Paragraph>
          <Paragraph>
            {t('organiserEvents.event.places', {
              taken: event.placesTaken,
              capacity: event.capacity,
              waiting: event.waitingCount,
            })}{' '}
            {event.accreditation
              ? t('organiserEvents.event.accredited', {
                  points: event.accreditation.points,
                  id: event.accreditation.activityPublicId,
                })
              : t('organiserEvents.event.notAccredited')}
          </Paragraph>
          <div className="vr-organiser-events__actions">
            {event.state === 'published' && (
              <ButtonLink to={`${base}/binnenkomst`}>{t('organiserEvents.event.toCheckIn')}</ButtonLink>
            )}
            {event.state === 'published' && (
              <ButtonLink appearance="secondary-action-button" to={`${base}/wijzigen`}>
                {t('organiserEvents.event.edit')}
              </ButtonLink>
            )}
            <AppLink to={`/agenda/${eventId}`}>{t('organiserEvents.event.public')}</AppLink>
          </div>
          <SignUpsSection organisationId={organisationId} eventId={eventId} />
          {event.state === 'published' && <CheckInsSection organisationId={organisationId} eventId={eventId} />}
          {event.state === 'published' && <MailForm organisationId={organisationId} eventId={eventId} />}
          {event.state === 'published' && event.online && (
            <KeywordSection organisationId={organisationId} eventId={eventId} />
          )}
          {event.state === 'published' && (
            <section className="vr-section" aria-labelledby="cancel-heading">
              <Heading level={2} id="cancel-heading">
                {t('organiserEvents.cancel.heading')}
              </Heading>
              <DecisionForm
                id="cancel-event"
                title={t('organiserEvents.cancel.title')}
                intro={t('organiserEvents.cancel.intro')}
                text={{
                  name: 'reason',
                  label: t('organiserEvents.cancel.reason'),
                  help: t('organiserEvents.cancel.reasonHelp'),
                  requiredMessage: t('organiserEvents.cancel.reasonRequired'),
                }}
                confirmLabel={t('organiserEvents.cancel.confirm')}
                onSubmit={async (reason) => {
                  await organiserEventsApi.cancel(organisationId, eventId, reason)
                  setJustCancelled(true)
                  await queryClient.invalidateQueries({ queryKey: ['organiser-events'] })
                }}
              />
            </section>
          )}
        </>
      )}
    </OrganiserShell>
  )
}
