import { Button, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { PageHeading, requestHeadingFocus } from '../../../components/PageHeading.tsx'
import { Notice } from '../../../components/Status.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { api } from '../../../lib/api.ts'
import { isEmail, useFormErrors } from '../../../lib/form.ts'

export function ForgotPasswordPage() {
  const { t } = useTranslation()
  const [email, setEmail] = useState('')
  const [sent, setSent] = useState(false)
  const [busy, setBusy] = useState(false)
  const { errors, fail, failFromApi } = useFormErrors()
  const crumbs = <Breadcrumb items={[{ to: '/wachtwoord-vergeten', label: t('forgot.title') }]} />

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    if (!isEmail(email)) return fail({ email: t('form.errors.email') })
    setBusy(true)
    try {
      await api.requestPasswordReset(email.trim())
      requestHeadingFocus()
      setSent(true)
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), ['email'])
    } finally {
      setBusy(false)
    }
  }

  if (sent) {
    return (
      <>
        {crumbs}
        <PageHeading>{t('forgot.sentTitle')}</PageHeading>
        <Notice>
          <Paragraph>{t('forgot.sentText', { email: email.trim() })}</Paragraph>
        </Notice>
        <Paragraph>{t('forgot.sentHelp')}</Paragraph>
        <Paragraph>
          <AppLink to="/inloggen">{t('forgot.backToLogIn')}</AppLink>
        </Paragraph>
      </>
    )
  }

  return (
    <>
      {crumbs}
      <PageHeading>{t('forgot.title')}</PageHeading>
      <Paragraph lead>{t('forgot.intro')}</Paragraph>
      <ErrorSummary errors={errors} fieldIds={{ email: 'email' }} />
      <form noValidate onSubmit={submit} className="vr-form">
        <TextField
          id="email"
          name="email"
          type="email"
          label={t('fields.email')}
          autoComplete="email"
          spellCheck={false}
          value={email}
          onChange={setEmail}
          error={errors.fields.email}
          required
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('forgot.submit')}
        </Button>
      </form>
      <Paragraph className="vr-after-form">
        <AppLink to="/inloggen">{t('forgot.backToLogIn')}</AppLink>
      </Paragraph>
    </>
  )
}
