import { Alert, Button, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { api } from '../../../lib/api.ts'
import { type FieldErrors, useFormErrors } from '../../../lib/form.ts'
import { checkNewPassword } from '../../../lib/password.ts'
import { useSetMe } from '../../../lib/session.ts'

const FIELD_IDS = { password: 'new-password', repeat: 'repeat-password' }

/** /wachtwoord-herstellen?token=… — the link from the reset mail. */
export function ResetPasswordPage() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const token = params.get('token') ?? ''
  const navigate = useNavigate()
  const setMe = useSetMe()
  const [password, setPassword] = useState('')
  const [repeat, setRepeat] = useState('')
  const [busy, setBusy] = useState(false)
  const { errors, fail, failFromApi } = useFormErrors()
  const crumbs = <Breadcrumb items={[{ to: '/wachtwoord-herstellen', label: t('reset.title') }]} />

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const found: FieldErrors = {}
    const passwordError = checkNewPassword(password, t)
    if (passwordError) found.password = passwordError
    else if (repeat !== password) found.repeat = t('form.errors.repeatMismatch')
    if (Object.keys(found).length > 0) return fail(found)
    setBusy(true)
    try {
      await api.confirmPasswordReset({ token, password })
      setMe(null) // every session of the account has ended
      navigate('/inloggen?wachtwoord=hersteld')
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), ['password'])
    } finally {
      setBusy(false)
    }
  }

  if (!token) {
    return (
      <>
        {crumbs}
        <PageHeading>{t('reset.title')}</PageHeading>
        <Alert type="error">
          <Paragraph>{t('reset.noToken')}</Paragraph>
        </Alert>
        <Paragraph>
          <AppLink to="/wachtwoord-vergeten">{t('reset.requestNew')}</AppLink>
        </Paragraph>
      </>
    )
  }

  return (
    <>
      {crumbs}
      <PageHeading>{t('reset.title')}</PageHeading>
      <Paragraph lead>{t('reset.intro')}</Paragraph>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} />
      {errors.general && (
        <Paragraph>
          <AppLink to="/wachtwoord-vergeten">{t('reset.requestNew')}</AppLink>
        </Paragraph>
      )}
      <form noValidate onSubmit={submit} className="vr-form">
        <TextField
          id="new-password"
          name="password"
          type="password"
          label={t('fields.newPassword')}
          description={t('fields.newPasswordHelp')}
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={errors.fields.password}
          required
        />
        <TextField
          id="repeat-password"
          name="repeat"
          type="password"
          label={t('fields.repeatPassword')}
          autoComplete="new-password"
          value={repeat}
          onChange={setRepeat}
          error={errors.fields.repeat}
          required
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('reset.submit')}
        </Button>
      </form>
    </>
  )
}
