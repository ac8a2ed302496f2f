import { useQueryClient } from '@tanstack/react-query'
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { eventPath, formatMoment, MY_SIGN_UPS_PATH, offerPath } from '../agenda.rules.ts'
import { AGENDA_KEY, agendaApi, type MySignUp, useMySignUp } from '../api/agenda-api.ts'
import { EventPlace, EventTime } from '../components/EventFacts.tsx'
import { Outcome, type OutcomeState } from '../components/Outcome.tsx'
import { OnlineLink } from '../components/SignUpPanel.tsx'
import '../agenda.css'

/** Where the sign-up stands when it is not (or no longer) an open offer. */
function NoOffer({ signUp }: { signUp: MySignUp }) {
  const { t } = useTranslation()
  if (signUp.state === 'confirmed')
    return (
      <>
        <Alert type="ok">
          <Paragraph>{t('agenda.offer.alreadyConfirmed')}</Paragraph>
        </Alert>
        <OnlineLink signUp={signUp} label={t('agenda.signUp.onlineLink')} />
      </>
    )
  const text =
    signUp.state === 'waiting'
      ? t('agenda.offer.stillWaiting', { position: signUp.position ?? '—' })
      : signUp.state === 'cancelled'
        ? t('agenda.offer.notActive')
        : t('agenda.offer.expired')
  return (
    <Alert type="warning">
      <Paragraph>{text}</Paragraph>
    </Alert>
  )
}

function Offer({ signUpId }: { signUpId: string }) {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const query = useMySignUp(signUpId)
  const [outcome, setOutcome] = useState<OutcomeState>({ attempt: 0 })
  const [busy, setBusy] = useState(false)

  async function confirm() {
    if (busy) return
    setBusy(true)
    try {
      await agendaApi.confirm(signUpId)
      setOutcome((o) => ({ message: t('agenda.signUp.doneOffer'), attempt: o.attempt + 1 }))
    } catch (error) {
      setOutcome((o) => ({ error, attempt: o.attempt + 1 }))
    }
    await queryClient.invalidateQueries({ queryKey: AGENDA_KEY })
    setBusy(false)
  }

  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  const signUp = query.data
  const open =
    signUp.state === 'offered' && !!signUp.offerExpiresAt && new Date(signUp.offerExpiresAt).getTime() > Date.now()
  return (
    <>
      <Heading level={2}>
        <AppLink to={eventPath(signUp.event.id)}>{signUp.event.title}</AppLink>
      </Heading>
      <Paragraph>
        <EventTime event={signUp.event} />
        <br />
        <EventPlace event={signUp.event} />
      </Paragraph>
      <Outcome state={outcome} />
      {open ? (
        <>
          <Paragraph>{t('agenda.offer.intro')}</Paragraph>
          <Paragraph>
            <strong>
              {t('agenda.offer.deadline', { deadline: formatMoment(signUp.offerExpiresAt!, i18n.language) })}
            </strong>
          </Paragraph>
          <Button appearance="primary-action-button" busy={busy} onClick={confirm}>
            {t('agenda.signUp.confirmButton')}
          </Button>
          <Paragraph>{t('agenda.offer.notWanted')}</Paragraph>
        </>
      ) : (
        // After a successful confirmation the outcome already says so.
        !outcome.message && <NoOffer signUp={signUp} />
      )}
      {outcome.message && <OnlineLink signUp={signUp} label={t('agenda.signUp.onlineLink')} />}
      <Paragraph>
        <AppLink to={eventPath(signUp.event.id)}>{t('agenda.offer.toEvent')}</AppLink>
      </Paragraph>
      <Paragraph>
        <AppLink to={MY_SIGN_UPS_PATH}>{t('agenda.signUp.mine')}</AppLink>
      </Paragraph>
    </>
  )
}

/**
 * /agenda/aanmeldingen/:signUpId/bevestigen: the link in the mail about a freed place (events.mails.ts, offerMail).
 * Without a session the guard sends the person to log in and back here.
 */
export function OfferPage() {
  const { t } = useTranslation()
  const { signUpId = '' } = useParams()
  return (
    <RequireSession>
      {() => (
        <>
          <Breadcrumb
            items={[
              { to: MY_SIGN_UPS_PATH, label: t('agenda.mine.title') },
              { to: offerPath(signUpId), label: t('agenda.offer.title') },
            ]}
          />
          <PageHeading>{t('agenda.offer.title')}</PageHeading>
          <Offer signUpId={signUpId} />
        </>
      )}
    </RequireSession>
  )
}
