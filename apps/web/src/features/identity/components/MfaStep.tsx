import { Button, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { TotpCodeField } from '../../../components/TotpCodeField.tsx'
import { api, type Me } from '../../../lib/api.ts'
import { useFormErrors } from '../../../lib/form.ts'

/** Step 2 of logging in: the 6-digit code from the authenticator app, or one recovery code. */
export function MfaStep({ onDone }: { onDone: (me: Me) => void }) {
  const { t } = useTranslation()
  const [useRecovery, setUseRecovery] = useState(false)
  const [code, setCode] = useState('')
  const [busy, setBusy] = useState(false)
  const { errors, fail, failFromApi, clear } = useFormErrors()
  const field = useRecovery ? 'recoveryCode' : 'code'

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const value = useRecovery ? code.trim() : code.replace(/\s/g, '')
    if (!useRecovery && !/^\d{6}$/.test(value)) return fail({ code: t('form.errors.totpCode') })
    if (useRecovery && !value) return fail({ recoveryCode: t('form.errors.recoveryCode') })
    setBusy(true)
    try {
      onDone(await api.completeMfa(useRecovery ? { recoveryCode: value } : { code: value }))
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), [field])
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <PageHeading>{t('mfaStep.title')}</PageHeading>
      <Paragraph lead>{useRecovery ? t('mfaStep.introRecovery') : t('mfaStep.intro')}</Paragraph>
      <ErrorSummary errors={errors} fieldIds={{ code: 'mfa-code', recoveryCode: 'recovery-code' }} />
      <form noValidate onSubmit={submit} className="vr-form">
        {useRecovery ? (
          <TextField
            key="recovery"
            id="recovery-code"
            name="recoveryCode"
            label={t('fields.recoveryCode')}
            description={t('fields.recoveryCodeHelp')}
            autoComplete="off"
            spellCheck={false}
            value={code}
            onChange={setCode}
            error={errors.fields.recoveryCode}
            required
          />
        ) : (
          <TotpCodeField key="totp" id="mfa-code" value={code} onChange={setCode} error={errors.fields.code} />
        )}
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('mfaStep.submit')}
        </Button>
      </form>
      <Paragraph className="vr-after-form">
        <Button
          appearance="subtle-button"
          className="vr-text-button"
          onClick={() => {
            setUseRecovery((value) => !value)
            setCode('')
            clear()
          }}
        >
          {useRecovery ? t('mfaStep.useApp') : t('mfaStep.useRecovery')}
        </Button>
      </Paragraph>
    </>
  )
}
