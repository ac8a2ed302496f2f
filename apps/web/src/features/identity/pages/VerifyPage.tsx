import { Alert, Paragraph } from '@utrecht/component-library-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { AppLink, ButtonLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { Loading } from '../../../components/Status.tsx'
import { ApiError, api } from '../../../lib/api.ts'

type State = { kind: 'busy' } | { kind: 'done' } | { kind: 'failed'; message: string }

/** /verifieren?token=… — the link from the verification mail. Posts the token once and shows the result. */
export function VerifyPage() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const token = params.get('token') ?? ''
  const [state, setState] = useState<State>(token ? { kind: 'busy' } : { kind: 'failed', message: '' })
  const sent = useRef<string | null>(null)

  useEffect(() => {
    if (!token || sent.current === token) return
    sent.current = token
    api
      .verifyAccount(token)
      .then(() => setState({ kind: 'done' }))
      .catch((error: unknown) => {
        const reason = error instanceof ApiError ? (error.errors[0]?.reason ?? error.detail) : ''
        setState({ kind: 'failed', message: reason })
      })
  }, [token])

  const crumbs = <Breadcrumb items={[{ to: '/verifieren', label: t('verify.crumb') }]} />
  if (state.kind === 'busy') {
    return (
      <>
        {crumbs}
        <PageHeading>{t('verify.busyTitle')}</PageHeading>
        <Loading label={t('verify.busy')} />
      </>
    )
  }
  if (state.kind === 'done') {
    return (
      <>
        {crumbs}
        <PageHeading>{t('verify.doneTitle')}</PageHeading>
        <Alert type="ok" role="status">
          <Paragraph>{t('verify.doneText')}</Paragraph>
        </Alert>
        <ButtonLink to="/inloggen" className="vr-cta">
          {t('verify.logIn')}
        </ButtonLink>
      </>
    )
  }
  return (
    <>
      {crumbs}
      <PageHeading>{t('verify.failedTitle')}</PageHeading>
      <Alert type="error" role="alert">
        <Paragraph>{state.message || t('verify.noToken')}</Paragraph>
      </Alert>
      <Paragraph>{t('verify.failedHelp')}</Paragraph>
      <Paragraph>
        <AppLink to="/aanmelden">{t('verify.signUpAgain')}</AppLink>
      </Paragraph>
    </>
  )
}
