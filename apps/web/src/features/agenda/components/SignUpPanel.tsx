import { useQueryClient } from '@tanstack/react-query'
import { Button, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AppLink, ButtonLink } from '../../../components/AppLink.tsx'
import { DecisionForm } from '../../../components/DecisionForm.tsx'
import { Loading } from '../../../components/Status.tsx'
import { ApiError } from '../../../lib/api.ts'
import { isComplete, useMe } from '../../../lib/session.ts'
import { activeSignUpFor, eventPath, formatMoment, MY_SIGN_UPS_PATH } from '../agenda.rules.ts'
import { AGENDA_KEY, agendaApi, type EventDetail, type MySignUp, useMySignUps } from '../api/agenda-api.ts'
import { Outcome, type OutcomeState } from './Outcome.tsx'
import { Participation } from './Participation.tsx'

/** The online link, only when the API gives it (a confirmed place) and only as a web address. */
export function OnlineLink({ signUp, label }: { signUp: MySignUp; label: string }) {
  const { t } = useTranslation()
  if (!signUp.event.online) return null
  if (!signUp.onlineUrl || !/^https?:\/\//i.test(signUp.onlineUrl))
    return <Paragraph>{t('agenda.signUp.noOnlineLinkYet')}</Paragraph>
  return (
    <Paragraph>
      {label}:{' '}
      <a className="utrecht-link utrecht-link--html-a vr-break" href={signUp.onlineUrl} rel="noopener noreferrer">
        {signUp.onlineUrl}
      </a>
    </Paragraph>
  )
}

/** What one's own sign-up is: a place (with the online link), the waiting list (position), an offered place. */
function MyState({ signUp, onConfirm, busy }: { signUp: MySignUp; onConfirm: () => void; busy: boolean }) {
  const { t, i18n } = useTranslation()
  if (signUp.state === 'confirmed')
    return (
      <>
        <Paragraph>
          <strong>{t('agenda.signUp.confirmed')}</strong>
        </Paragraph>
        <OnlineLink signUp={signUp} label={t('agenda.signUp.onlineLink')} />
        <Participation signUp={signUp} />
      </>
    )
  if (signUp.state === 'waiting')
    return (
      <Paragraph>
        <strong>
          {signUp.position
            ? t('agenda.signUp.waiting', { position: signUp.position })
            : t('agenda.signUp.waitingNoPosition')}
        </strong>
      </Paragraph>
    )
  return (
    <>
      <Paragraph>
        <strong>
          {t('agenda.signUp.offered', {
            deadline: signUp.offerExpiresAt ? formatMoment(signUp.offerExpiresAt, i18n.language) : '—',
          })}
        </strong>
      </Paragraph>
      <Button appearance="primary-action-button" busy={busy} onClick={onConfirm}>
        {t('agenda.signUp.confirmButton')}
      </Button>
    </>
  )
}

/** Signing up, the waiting list, confirming an offer and cancelling, for a logged-in person on the event page. */
function SignUpActions({ event }: { event: EventDetail }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const mine = useMySignUps(true)
  const [outcome, setOutcome] = useState<OutcomeState>({ attempt: 0 })
  const [busy, setBusy] = useState(false)

  async function act(action: () => Promise<MySignUp>, describe: (s: MySignUp) => string) {
    if (busy) return
    setBusy(true)
    try {
      const result = await action()
      setOutcome((o) => ({ message: describe(result), attempt: o.attempt + 1 }))
    } catch (error) {
      setOutcome((o) => ({ error, attempt: o.attempt + 1 }))
    }
    // Places, the waiting list and one's own state have changed (or were already different: e.g. 409 "al aangemeld").
    await queryClient.invalidateQueries({ queryKey: AGENDA_KEY })
    setBusy(false)
  }
  const described = (s: MySignUp) =>
    s.state === 'confirmed'
      ? t('agenda.signUp.doneConfirmed')
      : t('agenda.signUp.doneWaiting', { position: s.position ?? '—' })

  if (mine.isPending) return <Loading />
  const signUp = mine.data ? activeSignUpFor(mine.data.items, event.id) : null
  const cancelled = event.state === 'cancelled'

  return (
    <>
      <Outcome state={outcome} />
      {signUp ? (
        <>
          <MyState
            signUp={signUp}
            busy={busy}
            onConfirm={() =>
              act(
                () => agendaApi.confirm(signUp.id),
                () => t('agenda.signUp.doneOffer'),
              )
            }
          />
          {event.signUpOpen ? (
            <DecisionForm
              id="agenda-cancel"
              title={t('agenda.signUp.cancelTitle')}
              intro={t('agenda.signUp.cancelIntro')}
              confirmLabel={t('agenda.signUp.cancelConfirm')}
              onSubmit={async () => {
                try {
                  await agendaApi.cancel(signUp.id)
                } catch (error) {
                  if (error instanceof ApiError && error.status === 409)
                    await queryClient.invalidateQueries({ queryKey: AGENDA_KEY })
                  throw error
                }
                setOutcome((o) => ({ message: t('agenda.signUp.cancelled'), attempt: o.attempt + 1 }))
                await queryClient.invalidateQueries({ queryKey: AGENDA_KEY })
              }}
            />
          ) : (
            !cancelled && <Paragraph>{t('agenda.signUp.cancelClosed')}</Paragraph>
          )}
        </>
      ) : cancelled ? null : !event.signUpOpen ? (
        <Paragraph>{t('agenda.signUp.closed')}</Paragraph>
      ) : (
        <>
          {event.placesLeft === 0 && <Paragraph>{t('agenda.signUp.fullIntro')}</Paragraph>}
          <Button
            appearance="primary-action-button"
            busy={busy}
            onClick={() => act(() => agendaApi.signUp(event.id), described)}
          >
            {event.placesLeft === 0 ? t('agenda.signUp.waitingButton') : t('agenda.signUp.button')}
          </Button>
        </>
      )}
      <Paragraph>
        <AppLink to={MY_SIGN_UPS_PATH}>{t('agenda.signUp.mine')}</AppLink>
      </Paragraph>
    </>
  )
}

/** The sign-up part of the event page: log in first, set up MFA first, or the actions. */
export function SignUpPanel({ event }: { event: EventDetail }) {
  const { t } = useTranslation()
  const { data: me, isPending } = useMe()
  const mfaState = me?.session.mfaState
  if (isPending) return <Loading />
  if (isComplete(me)) return <SignUpActions event={event} />
  if (mfaState === 'setup_required')
    return (
      <>
        <Paragraph>{t('agenda.signUp.mfaFirst')}</Paragraph>
        <ButtonLink to="/account/tweestapsverificatie">{t('agenda.signUp.mfaLink')}</ButtonLink>
      </>
    )
  if (event.state === 'cancelled') return null
  return (
    <>
      <Paragraph>{t('agenda.signUp.logIn')}</Paragraph>
      <ButtonLink to={`/inloggen?terug=${encodeURIComponent(eventPath(event.id))}`}>
        {t('agenda.signUp.logInLink')}
      </ButtonLink>
      <Paragraph>
        {t('agenda.signUp.noAccount')} <AppLink to="/aanmelden">{t('agenda.signUp.createAccount')}</AppLink>
      </Paragraph>
    </>
  )
}
