import { Button, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { PageHeading, requestHeadingFocus } from '../../../components/PageHeading.tsx'
import { Notice } from '../../../components/Status.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { currentLocale } from '../../../i18n/index.ts'
import { api } from '../../../lib/api.ts'
import { type FieldErrors, isEmail, useFormErrors } from '../../../lib/form.ts'
import { checkNewPassword } from '../../../lib/password.ts'

const FIELDS = ['givenName', 'familyName', 'email', 'password'] as const
const FIELD_IDS = { givenName: 'given-name', familyName: 'family-name', email: 'email', password: 'password' }

export function SignUpPage() {
  const { t } = useTranslation()
  const [values, setValues] = useState({ givenName: '', familyName: '', email: '', password: '' })
  const [sentTo, setSentTo] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const { errors, fail, failFromApi, clear } = useFormErrors()
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const found: FieldErrors = {}
    if (!values.givenName.trim()) found.givenName = t('signUp.errors.givenName')
    if (!values.familyName.trim()) found.familyName = t('signUp.errors.familyName')
    if (!isEmail(values.email)) found.email = t('form.errors.email')
    const passwordError = checkNewPassword(values.password, t)
    if (passwordError) found.password = passwordError
    if (Object.keys(found).length > 0) return fail(found)
    setBusy(true)
    try {
      await api.signUp({ ...values, email: values.email.trim(), locale: currentLocale() })
      clear()
      requestHeadingFocus()
      setSentTo(values.email.trim())
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), FIELDS)
    } finally {
      setBusy(false)
    }
  }

  if (sentTo) {
    return (
      <>
        <Breadcrumb items={[{ to: '/aanmelden', label: t('signUp.title') }]} />
        <PageHeading>{t('signUp.sentTitle')}</PageHeading>
        <Notice>
          <Paragraph>{t('signUp.sentText', { email: sentTo })}</Paragraph>
        </Notice>
        <Paragraph>{t('signUp.sentHelp')}</Paragraph>
      </>
    )
  }

  return (
    <>
      <Breadcrumb items={[{ to: '/aanmelden', label: t('signUp.title') }]} />
      <PageHeading>{t('signUp.title')}</PageHeading>
      <Paragraph lead>{t('signUp.intro')}</Paragraph>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} />
      <form noValidate onSubmit={submit} className="vr-form">
        <TextField
          id="given-name"
          name="givenName"
          label={t('fields.givenName')}
          autoComplete="given-name"
          value={values.givenName}
          onChange={set('givenName')}
          error={errors.fields.givenName}
          required
        />
        <TextField
          id="family-name"
          name="familyName"
          label={t('fields.familyName')}
          description={t('fields.familyNameHelp')}
          autoComplete="family-name"
          value={values.familyName}
          onChange={set('familyName')}
          error={errors.fields.familyName}
          required
        />
        <TextField
          id="email"
          name="email"
          type="email"
          label={t('fields.email')}
          description={t('signUp.emailHelp')}
          autoComplete="email"
          spellCheck={false}
          value={values.email}
          onChange={set('email')}
          error={errors.fields.email}
          required
        />
        <TextField
          id="password"
          name="password"
          type="password"
          label={t('fields.newPassword')}
          description={t('fields.newPasswordHelp')}
          autoComplete="new-password"
          value={values.password}
          onChange={set('password')}
          error={errors.fields.password}
          required
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('signUp.submit')}
        </Button>
      </form>
      <Paragraph className="vr-after-form">
        {t('signUp.haveAccount')} <AppLink to="/inloggen">{t('signUp.logInLink')}</AppLink>
      </Paragraph>
    </>
  )
}
