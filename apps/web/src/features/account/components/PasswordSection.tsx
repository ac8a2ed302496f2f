import { useQueryClient } from '@tanstack/react-query'
import { Button, Heading, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { Notice } from '../../../components/Status.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { api } from '../../../lib/api.ts'
import { type FieldErrors, useFormErrors } from '../../../lib/form.ts'
import { checkNewPassword } from '../../../lib/password.ts'
import { SESSIONS_QUERY_KEY } from '../api/account-queries.ts'

const FIELD_IDS = { currentPassword: 'current-password', newPassword: 'change-new-password' }

export function PasswordSection() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [values, setValues] = useState({ currentPassword: '', newPassword: '' })
  const [done, setDone] = useState(false)
  const [busy, setBusy] = useState(false)
  const { errors, fail, failFromApi, clear } = useFormErrors()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    setDone(false)
    const found: FieldErrors = {}
    if (!values.currentPassword) found.currentPassword = t('form.errors.passwordRequired')
    const newError = checkNewPassword(values.newPassword, t)
    if (newError) found.newPassword = newError
    if (Object.keys(found).length > 0) return fail(found)
    setBusy(true)
    try {
      await api.changePassword(values)
      clear()
      setValues({ currentPassword: '', newPassword: '' })
      setDone(true)
      await queryClient.invalidateQueries({ queryKey: SESSIONS_QUERY_KEY })
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), Object.keys(FIELD_IDS))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="wachtwoord" className="vr-section">
      <Heading level={2} id="wachtwoord" tabIndex={-1}>
        {t('account.password.title')}
      </Heading>
      <Paragraph>{t('account.password.intro')}</Paragraph>
      {done && (
        <Notice>
          <Paragraph>{t('account.password.done')}</Paragraph>
        </Notice>
      )}
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} headingLevel={3} id="password-errors" />
      <form noValidate onSubmit={submit} className="vr-form">
        <TextField
          id="current-password"
          name="currentPassword"
          type="password"
          label={t('fields.currentPassword')}
          autoComplete="current-password"
          value={values.currentPassword}
          onChange={(currentPassword) => setValues((v) => ({ ...v, currentPassword }))}
          error={errors.fields.currentPassword}
          required
        />
        <TextField
          id="change-new-password"
          name="newPassword"
          type="password"
          label={t('fields.newPassword')}
          description={t('fields.newPasswordHelp')}
          autoComplete="new-password"
          value={values.newPassword}
          onChange={(newPassword) => setValues((v) => ({ ...v, newPassword }))}
          error={errors.fields.newPassword}
          required
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('account.password.submit')}
        </Button>
      </form>
    </section>
  )
}
