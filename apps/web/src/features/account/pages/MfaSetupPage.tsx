import { useQueryClient } from '@tanstack/react-query'
import { Alert, Button, Heading, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading, Notice } from '../../../components/Status.tsx'
import { TotpCodeField } from '../../../components/TotpCodeField.tsx'
import { api, type Me, type TotpSetup } from '../../../lib/api.ts'
import { useFormErrors } from '../../../lib/form.ts'
import { ME_QUERY_KEY } from '../../../lib/session.ts'
import { RecoveryCodes } from '../components/RecoveryCodes.tsx'
import { TotpQr } from '../components/TotpQr.tsx'

function SetupFlow({ me }: { me: Me }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [setup, setSetup] = useState<TotpSetup | null>(null)
  const [startError, setStartError] = useState<unknown>(null)
  const [codes, setCodes] = useState<string[] | null>(null)
  const [code, setCode] = useState('')
  const [busy, setBusy] = useState(false)
  const started = useRef(false)
  const { errors, fail, failFromApi } = useFormErrors()

  async function start() {
    setStartError(null)
    try {
      setSetup(await api.startTotp())
    } catch (error) {
      setStartError(error)
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: start once per page visit; `start` is a plain function
  useEffect(() => {
    if (started.current || me.mfa.enabled) return
    started.current = true
    void start()
  }, [me.mfa.enabled])

  async function confirm(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const value = code.replace(/\s/g, '')
    if (!/^\d{6}$/.test(value)) return fail({ code: t('form.errors.totpCode') })
    setBusy(true)
    try {
      const answer = await api.confirmTotp(value)
      setCodes(answer.recoveryCodes)
      await queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY })
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), ['code'])
    } finally {
      setBusy(false)
    }
  }

  if (codes) {
    return (
      <>
        <Notice>
          <Paragraph>{t('mfaSetup.done')}</Paragraph>
        </Notice>
        <RecoveryCodes codes={codes} />
        <Button appearance="primary-action-button" className="vr-cta" onClick={() => navigate('/account')}>
          {t('mfaSetup.continue')}
        </Button>
      </>
    )
  }
  if (me.mfa.enabled) {
    return (
      <>
        <Notice>
          <Paragraph>{t('mfaSetup.alreadyOn')}</Paragraph>
        </Notice>
        <AppLink to="/account">{t('mfaSetup.backToAccount')}</AppLink>
      </>
    )
  }

  return (
    <>
      {me.session.mfaState === 'setup_required' && (
        <Alert type="info">
          <Paragraph>{t('mfaSetup.requiredNotice')}</Paragraph>
        </Alert>
      )}
      <Paragraph lead>{t('mfaSetup.intro')}</Paragraph>
      <Heading level={2}>{t('mfaSetup.step1Title')}</Heading>
      <Paragraph>{t('mfaSetup.step1Text')}</Paragraph>
      <Heading level={2}>{t('mfaSetup.step2Title')}</Heading>
      {startError ? (
        <>
          <LoadError error={startError} />
          <Button appearance="secondary-action-button" onClick={start}>
            {t('mfaSetup.retry')}
          </Button>
        </>
      ) : setup ? (
        <>
          <OrderedList>
            <OrderedListItem>{t('mfaSetup.step2Scan')}</OrderedListItem>
            <OrderedListItem>{t('mfaSetup.step2Manual')}</OrderedListItem>
          </OrderedList>
          <TotpQr setup={setup} />
        </>
      ) : (
        <Loading label={t('mfaSetup.loading')} />
      )}
      <Heading level={2}>{t('mfaSetup.step3Title')}</Heading>
      <ErrorSummary errors={errors} fieldIds={{ code: 'setup-code' }} />
      <form noValidate onSubmit={confirm} className="vr-form">
        <TotpCodeField id="setup-code" value={code} onChange={setCode} error={errors.fields.code} />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('mfaSetup.submit')}
        </Button>
      </form>
    </>
  )
}

/** /account/tweestapsverificatie: set up two-step verification (TOTP), then show the recovery codes once. */
export function MfaSetupPage() {
  const { t } = useTranslation()
  return (
    <RequireSession allowSetupRequired>
      {(me) => (
        <>
          <Breadcrumb
            items={[
              { to: '/account', label: t('account.title') },
              { to: '/account/tweestapsverificatie', label: t('mfaSetup.title') },
            ]}
          />
          <PageHeading>{t('mfaSetup.title')}</PageHeading>
          <SetupFlow me={me} />
        </>
      )}
    </RequireSession>
  )
}
