import { useQueryClient } from '@tanstack/react-query'
import { Heading, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RequireSession } from '../../../app/guards.tsx'
import { ButtonLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { AGENDA_PATH, groupSignUps, MY_SIGN_UPS_PATH } from '../agenda.rules.ts'
import { AGENDA_KEY, agendaApi, type MySignUp, useMySignUps } from '../api/agenda-api.ts'
import { Outcome, type OutcomeState } from '../components/Outcome.tsx'
import { ParticipationDetails, PastParticipation } from '../components/Participation.tsx'
import { PersonalFeed } from '../components/PersonalFeed.tsx'
import { ConfirmedTable, HistoryTable, OfferedTable, WaitingTable } from '../components/SignUpTables.tsx'
import { hasTicket } from '../participant.rules.ts'
import '../agenda.css'

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="vr-section">
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  )
}

function MySignUps() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  // All of one's sign-ups (also ended ones), grouped here; the API's largest page (100) holds them.
  const query = useMySignUps(false)
  const [outcome, setOutcome] = useState<OutcomeState>({ attempt: 0 })
  const [busyId, setBusyId] = useState<string | null>(null)

  async function confirm(signUp: MySignUp) {
    if (busyId) return
    setBusyId(signUp.id)
    try {
      await agendaApi.confirm(signUp.id)
      setOutcome((o) => ({ message: t('agenda.signUp.doneOffer'), attempt: o.attempt + 1 }))
    } catch (error) {
      setOutcome((o) => ({ error, attempt: o.attempt + 1 }))
    }
    await queryClient.invalidateQueries({ queryKey: AGENDA_KEY })
    setBusyId(null)
  }

  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  const groups = groupSignUps(query.data.items, new Date())
  // Only a confirmed place of an event that took place can have a check-in, a certificate and an evaluation.
  const attended = groups.past.filter(hasTicket)
  return (
    <>
      <Outcome state={outcome} />
      {query.data.total === 0 && (
        <>
          <Paragraph>{t('agenda.mine.none')}</Paragraph>
          <ButtonLink to={AGENDA_PATH}>{t('agenda.mine.toAgenda')}</ButtonLink>
        </>
      )}
      {groups.offered.length > 0 && (
        <Section id="agenda-mine-offered" title={t('agenda.mine.offeredTitle')}>
          <Paragraph>{t('agenda.mine.offeredIntro')}</Paragraph>
          <OfferedTable items={groups.offered} busyId={busyId} onConfirm={confirm} />
        </Section>
      )}
      <Section id="agenda-mine-confirmed" title={t('agenda.mine.confirmedTitle')}>
        <ConfirmedTable items={groups.confirmed} />
        {groups.confirmed.length > 0 && (
          <div className="vr-tickets">
            <Paragraph>{t('agenda.mine.ticketsIntro')}</Paragraph>
            {groups.confirmed.map((signUp) => (
              <ParticipationDetails key={signUp.id} signUp={signUp} />
            ))}
          </div>
        )}
      </Section>
      <Section id="agenda-mine-waiting" title={t('agenda.mine.waitingTitle')}>
        <WaitingTable items={groups.waiting} />
      </Section>
      {groups.ended.length > 0 && (
        <Section id="agenda-mine-ended" title={t('agenda.mine.endedTitle')}>
          <HistoryTable id="agenda-ended" caption={t('agenda.mine.endedCaption')} items={groups.ended} />
        </Section>
      )}
      {groups.past.length > 0 && (
        <Section id="agenda-mine-past" title={t('agenda.mine.pastTitle')}>
          <HistoryTable id="agenda-past" caption={t('agenda.mine.pastCaption')} items={groups.past} />
          {attended.length > 0 && (
            <>
              <Heading level={3} id="agenda-mine-attendance">
                {t('agenda.mine.attendanceTitle')}
              </Heading>
              <Paragraph>{t('agenda.mine.attendanceIntro')}</Paragraph>
              {attended.map((signUp) => (
                <PastParticipation key={signUp.id} signUp={signUp} />
              ))}
            </>
          )}
        </Section>
      )}
      {query.data.total > query.data.items.length && (
        <Paragraph className="vr-muted">{t('agenda.mine.more', { count: query.data.items.length })}</Paragraph>
      )}
    </>
  )
}

/** /mijn-aanmeldingen: one's places, the waiting list, offered places to confirm, the past, and the calendar link. */
export function MySignUpsPage() {
  const { t } = useTranslation()
  return (
    <RequireSession>
      {() => (
        <>
          <Breadcrumb items={[{ to: MY_SIGN_UPS_PATH, label: t('agenda.mine.title') }]} />
          <PageHeading>{t('agenda.mine.title')}</PageHeading>
          <Paragraph lead>{t('agenda.mine.intro')}</Paragraph>
          <MySignUps />
          <PersonalFeed />
        </>
      )}
    </RequireSession>
  )
}
