import { useQueryClient } from '@tanstack/react-query'
import { Button, Heading, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ButtonLink } from '../../../components/AppLink.tsx'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { Notice } from '../../../components/Status.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { TotpCodeField } from '../../../components/TotpCodeField.tsx'
import { api, type Me } from '../../../lib/api.ts'
import { useFormErrors } from '../../../lib/form.ts'
import { ME_QUERY_KEY } from '../../../lib/session.ts'
import { RecoveryCodes } from './RecoveryCodes.tsx'

function RenewCodesForm() {
  const { t } = useTranslation()
  const [code, setCode] = useState('')
  const [codes, setCodes] = useState<string[] | null>(null)
  const [busy, setBusy] = useState(false)
  const { errors, fail, failFromApi, clear } = useFormErrors()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const value = code.replace(/\s/g, '')
    if (!/^\d{6}$/.test(value)) return fail({ code: t('form.errors.totpCode') })
    setBusy(true)
    try {
      const answer = await api.renewRecoveryCodes(value)
      clear()
      setCode('')
      setCodes(answer.recoveryCodes)
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), ['code'])
    } finally {
      setBusy(false)
    }
  }

  if (codes) return <RecoveryCodes codes={codes} headingLevel={3} />
  return (
    <>
      <Heading level={3}>{t('account.mfa.renewTitle')}</Heading>
      <Paragraph>{t('account.mfa.renewIntro')}</Paragraph>
      <ErrorSummary errors={errors} fieldIds={{ code: 'renew-code' }} headingLevel={3} id="renew-errors" />
      <form noValidate onSubmit={submit} className="vr-form">
        <TotpCodeField id="renew-code" value={code} onChange={setCode} error={errors.fields.code} />
        <Button type="submit" appearance="secondary-action-button" busy={busy}>
          {t('account.mfa.renewSubmit')}
        </Button>
      </form>
    </>
  )
}

function DisableForm() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const { errors, fail, failFromApi } = useFormErrors()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    if (!password) return fail({ password: t('form.errors.passwordRequired') })
    setBusy(true)
    try {
      await api.disableMfa(password)
      await queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY })
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), ['password'])
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Heading level={3}>{t('account.mfa.disableTitle')}</Heading>
      <Paragraph>{t('account.mfa.disableIntro')}</Paragraph>
      <ErrorSummary errors={errors} fieldIds={{ password: 'disable-password' }} headingLevel={3} id="disable-errors" />
      <form noValidate onSubmit={submit} className="vr-form">
        <TextField
          id="disable-password"
          name="password"
          type="password"
          label={t('fields.password')}
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errors.fields.password}
          required
        />
        <Button type="submit" appearance="secondary-action-button" hint="danger" busy={busy}>
          {t('account.mfa.disableSubmit')}
        </Button>
      </form>
    </>
  )
}

export function MfaSection({ me }: { me: Me }) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="tweestapsverificatie" className="vr-section">
      <Heading level={2} id="tweestapsverificatie" tabIndex={-1}>
        {t('account.mfa.title')}
      </Heading>
      <Paragraph>{t('account.mfa.intro')}</Paragraph>
      {me.mfa.enabled ? (
        <>
          <Notice>
            <Paragraph>{t('account.mfa.on')}</Paragraph>
          </Notice>
          <RenewCodesForm />
          {me.mfa.required ? <Paragraph>{t('account.mfa.requiredForRole')}</Paragraph> : <DisableForm />}
        </>
      ) : (
        <>
          <Paragraph>{me.mfa.required ? t('account.mfa.offRequired') : t('account.mfa.off')}</Paragraph>
          <ButtonLink to="/account/tweestapsverificatie">{t('account.mfa.setUp')}</ButtonLink>
        </>
      )}
    </section>
  )
}
