import { useTranslation } from 'react-i18next'
import { TextField } from './TextField.tsx'

/** The 6-digit code from an authenticator app: one field with the same label, help and input hints everywhere. */
export function TotpCodeField({
  id,
  value,
  onChange,
  error,
}: {
  id: string
  value: string
  onChange: (value: string) => void
  error?: string
}) {
  const { t } = useTranslation()
  return (
    <TextField
      id={id}
      name="code"
      label={t('fields.totpCode')}
      description={t('fields.totpCodeHelp')}
      autoComplete="one-time-code"
      inputMode="numeric"
      maxLength={7}
      className="vr-input-code"
      value={value}
      onChange={onChange}
      error={error}
      required
    />
  )
}
