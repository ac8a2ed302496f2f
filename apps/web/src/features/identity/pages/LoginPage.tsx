import { Button, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, useNavigate, useSearchParams } from 'react-router'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { PageHeading, requestHeadingFocus } from '../../../components/PageHeading.tsx'
import { Loading, Notice } from '../../../components/Status.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { api, type Me } from '../../../lib/api.ts'
import { type FieldErrors, isEmail, useFormErrors } from '../../../lib/form.ts'
import { useMe, useSetMe } from '../../../lib/session.ts'
import { MfaStep } from '../components/MfaStep.tsx'

/** Only paths inside this app are followed after logging in (no open redirect). */
export function safeReturnPath(value: string | null): string {
  return value?.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/account'
}

export function LoginPage() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const { data: me, isPending } = useMe()
  const setMe = useSetMe()
  const [values, setValues] = useState({ email: '', password: '' })
  const [busy, setBusy] = useState(false)
  const { errors, fail, failFromApi } = useFormErrors()
  const back = safeReturnPath(params.get('terug'))

  function proceed(next: Me) {
    if (next.session.mfaState === 'pending') requestHeadingFocus()
    setMe(next)
    if (next.session.mfaState === 'complete') navigate(back)
    else if (next.session.mfaState === 'setup_required') navigate('/account/tweestapsverificatie')
    // pending: this page shows the MFA step
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const found: FieldErrors = {}
    if (!isEmail(values.email)) found.email = t('form.errors.email')
    if (!values.password) found.password = t('form.errors.passwordRequired')
    if (Object.keys(found).length > 0) return fail(found)
    setBusy(true)
    try {
      proceed(await api.logIn({ email: values.email.trim(), password: values.password }))
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), ['email', 'password'])
    } finally {
      setBusy(false)
    }
  }

  const crumbs = <Breadcrumb items={[{ to: '/inloggen', label: t('logIn.title') }]} />
  if (isPending) return <Loading />
  if (me?.session.mfaState === 'complete') return <Navigate to={back} replace />
  if (me?.session.mfaState === 'setup_required') return <Navigate to="/account/tweestapsverificatie" replace />
  if (me?.session.mfaState === 'pending') {
    return (
      <>
        {crumbs}
        <MfaStep onDone={proceed} />
      </>
    )
  }

  const notice = params.get('uitgelogd')
    ? t('logIn.loggedOut')
    : params.get('wachtwoord') === 'hersteld'
      ? t('logIn.passwordReset')
      : params.get('wachtwoord') === 'gewijzigd'
        ? t('logIn.passwordChanged')
        : null

  return (
    <>
      {crumbs}
      <PageHeading>{t('logIn.title')}</PageHeading>
      {notice && (
        <Notice>
          <Paragraph>{notice}</Paragraph>
        </Notice>
      )}
      <ErrorSummary errors={errors} fieldIds={{ email: 'email', password: 'password' }} />
      <form noValidate onSubmit={submit} className="vr-form">
        <TextField
          id="email"
          name="email"
          type="email"
          label={t('fields.email')}
          autoComplete="username"
          spellCheck={false}
          value={values.email}
          onChange={(email) => setValues((v) => ({ ...v, email }))}
          error={errors.fields.email}
          required
        />
        <TextField
          id="password"
          name="password"
          type="password"
          label={t('fields.password')}
          autoComplete="current-password"
          value={values.password}
          onChange={(password) => setValues((v) => ({ ...v, password }))}
          error={errors.fields.password}
          required
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('logIn.submit')}
        </Button>
      </form>
      <ul className="vr-after-form vr-link-list">
        <li>
          <AppLink to="/wachtwoord-vergeten">{t('logIn.forgot')}</AppLink>
        </li>
        <li>
          {t('logIn.noAccount')} <AppLink to="/aanmelden">{t('logIn.signUpLink')}</AppLink>
        </li>
      </ul>
    </>
  )
}
