import { Button, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormErrors } from '../lib/form.ts'
import { ErrorSummary } from './ErrorSummary.tsx'
import { TextAreaField } from './TextAreaField.tsx'

/**
 * One decision or action in a disclosure (approve, reject, object, withdraw, revoke…): opening it is the first step,
 * the button inside confirms. A refusal from the API (e.g. a colleague decided first: 409) shows in the error summary.
 */
export function DecisionForm({
  id,
  title,
  intro,
  text,
  confirmLabel,
  onSubmit,
}: {
  id: string
  title: string
  intro: string
  text?: { name: string; label: string; help?: string; requiredMessage: string }
  confirmLabel: string
  onSubmit: (value: string) => Promise<void>
}) {
  const { t } = useTranslation()
  const [value, setValue] = useState('')
  const [busy, setBusy] = useState(false)
  const { errors, fail, failFromApi } = useFormErrors()
  const fieldIds: Record<string, string> = text ? { [text.name]: `${id}-${text.name}` } : {}

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    if (text && !value.trim()) return fail({ [text.name]: text.requiredMessage })
    setBusy(true)
    try {
      await onSubmit(value.trim())
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), Object.keys(fieldIds))
    }
    setBusy(false)
  }

  return (
    <details className="vr-decision" id={id}>
      <summary className="vr-decision__summary">{title}</summary>
      <div className="vr-decision__body">
        <Paragraph>{intro}</Paragraph>
        <ErrorSummary errors={errors} fieldIds={fieldIds} headingLevel={3} id={`${id}-errors`} />
        <form noValidate onSubmit={submit} className="vr-form" aria-label={title}>
          {text && (
            <TextAreaField
              id={fieldIds[text.name]!}
              name={text.name}
              label={text.label}
              description={text.help}
              value={value}
              onChange={setValue}
              error={errors.fields[text.name]}
              required
            />
          )}
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {confirmLabel}
          </Button>
        </form>
      </div>
    </details>
  )
}
