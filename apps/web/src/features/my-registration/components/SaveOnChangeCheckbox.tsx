import { Checkbox, FormField, FormFieldDescription, FormLabel, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../../lib/api.ts'

/**
 * A checkbox that saves as soon as it changes, and says so in a status line (read out by screen readers).
 * On failure the box goes back to the saved value and the reason is shown.
 */
export function SaveOnChangeCheckbox({
  id,
  label,
  description,
  checked,
  save,
  savedText,
}: {
  id: string
  label: string
  description?: string
  checked: boolean
  save: (value: boolean) => Promise<unknown>
  savedText: (value: boolean) => string
}) {
  const { t } = useTranslation()
  const [value, setValue] = useState(checked)
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null)

  async function change(next: boolean) {
    setValue(next)
    setBusy(true)
    setStatus(null)
    try {
      await save(next)
      setStatus({ ok: true, text: savedText(next) })
    } catch (error) {
      setValue(!next)
      setStatus({ ok: false, text: error instanceof ApiError && error.detail ? error.detail : t('common.loadFailed') })
    } finally {
      setBusy(false)
    }
  }

  const helpId = description ? `${id}-help` : undefined
  return (
    <div className="vr-switch">
      <FormField
        type="checkbox"
        label={
          <FormLabel htmlFor={id} type="checkbox">
            {label}
          </FormLabel>
        }
        description={description ? <FormFieldDescription id={helpId}>{description}</FormFieldDescription> : undefined}
        input={
          <Checkbox
            id={id}
            checked={value}
            disabled={busy}
            aria-describedby={[helpId, `${id}-status`].filter(Boolean).join(' ')}
            onChange={(event) => change(event.currentTarget.checked)}
          />
        }
      />
      <Paragraph
        id={`${id}-status`}
        role="status"
        className={status && !status.ok ? 'vr-switch__error' : 'vr-switch__status'}
      >
        {status?.text ?? ''}
      </Paragraph>
    </div>
  )
}
