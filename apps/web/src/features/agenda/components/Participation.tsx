import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../../components/AppLink.tsx'
import { eventPath } from '../agenda.rules.ts'
import { attendanceCredentialUrl, attendancePdfUrl, type MySignUp, useMyEvaluation } from '../api/agenda-api.ts'
import { hasTicket, isOver, keywordPhase, mayHaveAttended, wantsTicket } from '../participant.rules.ts'
import { EvaluationForm } from './EvaluationForm.tsx'
import { KeywordCheckIn } from './KeywordCheckIn.tsx'
import { TicketCard } from './TicketCard.tsx'

/**
 * After the check-in: the certificate of attendance as a PDF and as a signed credential (JSON). Whether one was
 * checked in comes with the sign-up, so no ticket is asked for (and made) for this.
 */
export function AttendanceDownloads({ signUp, level = 3 }: { signUp: MySignUp; level?: 2 | 3 | 4 }) {
  const { t } = useTranslation()
  const headingId = `attendance-${signUp.id}`
  const which = (
    <span className="vr-visually-hidden"> {t('agenda.attendance.which', { title: signUp.event.title })}</span>
  )
  return (
    <section aria-labelledby={headingId} className="vr-section">
      <Heading level={level} id={headingId}>
        {t('agenda.attendance.title')}
      </Heading>
      {signUp.checkedInAt ? (
        <>
          <Paragraph>{t('agenda.attendance.intro')}</Paragraph>
          <UnorderedList className="vr-link-list">
            <UnorderedListItem>
              <a className="utrecht-link utrecht-link--html-a" href={attendancePdfUrl(signUp.id)} download>
                {t('agenda.attendance.pdf')}
                {which}
              </a>
            </UnorderedListItem>
            <UnorderedListItem>
              <a className="utrecht-link utrecht-link--html-a" href={attendanceCredentialUrl(signUp.id)} download>
                {t('agenda.attendance.credential')}
                {which}
              </a>
            </UnorderedListItem>
          </UnorderedList>
          <Paragraph className="vr-muted">{t('agenda.attendance.credentialHelp')}</Paragraph>
        </>
      ) : (
        <Paragraph>{t('agenda.attendance.notCheckedIn')}</Paragraph>
      )}
    </section>
  )
}

/**
 * What a confirmed place gives around the event, on the event page: the ticket (at a location, until the end), the
 * keyword form (online), the certificate once the event has begun, and the evaluation after the end.
 */
export function Participation({ signUp }: { signUp: MySignUp }) {
  const now = new Date()
  if (!hasTicket(signUp)) return null
  const ended = isOver(signUp, now)
  return (
    <>
      {signUp.event.online
        ? keywordPhase(signUp.event, now) !== 'closed' && <KeywordCheckIn signUp={signUp} />
        : wantsTicket(signUp, now) && <TicketCard signUp={signUp} />}
      {mayHaveAttended(signUp, now) && <AttendanceDownloads signUp={signUp} />}
      {ended && <EvaluationForm eventId={signUp.event.id} />}
    </>
  )
}

/** On "my sign-ups": the ticket or keyword form of an upcoming place, loaded when opened. */
export function ParticipationDetails({ signUp }: { signUp: MySignUp }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  if (!hasTicket(signUp)) return null
  return (
    <details className="vr-ticket-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {signUp.event.online
          ? t('agenda.mine.keywordFor', { title: signUp.event.title })
          : t('agenda.mine.ticketFor', { title: signUp.event.title })}
      </summary>
      {open &&
        (signUp.event.online ? <KeywordCheckIn signUp={signUp} level={4} /> : <TicketCard signUp={signUp} level={4} />)}
    </details>
  )
}

/** On "my sign-ups", for an event that is over: the certificate and whether (and where) to evaluate it. */
export function PastParticipation({ signUp }: { signUp: MySignUp }) {
  const { t } = useTranslation()
  const evaluation = useMyEvaluation(signUp.event.id)
  const headingId = `past-${signUp.id}`
  return (
    <section aria-labelledby={headingId} className="vr-card vr-past">
      <Heading level={3} id={headingId}>
        <AppLink to={eventPath(signUp.event.id)}>{signUp.event.title}</AppLink>
      </Heading>
      <AttendanceDownloads signUp={signUp} level={4} />
      {evaluation.data?.attended &&
        (evaluation.data.submitted ? (
          <Paragraph>{t('agenda.evaluation.alreadyDone')}</Paragraph>
        ) : evaluation.data.canSubmit ? (
          <Paragraph>
            <AppLink to={`${eventPath(signUp.event.id)}#evaluation-${signUp.event.id}`}>
              {t('agenda.mine.evaluate')}
              <span className="vr-visually-hidden"> {t('agenda.attendance.which', { title: signUp.event.title })}</span>
            </AppLink>
          </Paragraph>
        ) : null)}
    </section>
  )
}
