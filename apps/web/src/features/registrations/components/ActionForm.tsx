import { Button, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { TextAreaField } from '../../../components/TextAreaField.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { useFormErrors } from '../../../lib/form.ts'

export interface ActionField {
  /** The API's field name (errors[].name). */
  name: string
  kind: 'date' | 'text'
  label: string
  help?: string
  required?: boolean
  initial?: string
}

/**
 * One decision of the register office as a form in a disclosure (details/summary): the summary names the action,
 * the form asks for its fields. Field errors and refusals (409) come back from the API in Dutch and are shown in the
 * error summary; on success `onSubmit` resolves and the parent shows a notice.
 */
export function ActionForm({
  id,
  title,
  intro,
  fields,
  submitLabel,
  onSubmit,
}: {
  id: string
  title: string
  intro?: string
  fields: ActionField[]
  submitLabel: string
  onSubmit: (values: Record<string, string>) => Promise<void>
}) {
  const { t } = useTranslation()
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((field) => [field.name, field.initial ?? ''])),
  )
  const [busy, setBusy] = useState(false)
  const { errors, fail, failFromApi } = useFormErrors()
  const fieldIds = Object.fromEntries(fields.map((field) => [field.name, `${id}-${field.name}`]))

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const missing = Object.fromEntries(
      fields
        .filter((field) => field.required && !values[field.name]?.trim())
        .map((field) => [field.name, t('registrations.form.required', { field: field.label })]),
    )
    if (Object.keys(missing).length > 0) return fail(missing)
    setBusy(true)
    try {
      await onSubmit(values)
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), Object.keys(fieldIds))
      setBusy(false)
    }
  }

  return (
    <details className="vr-action" id={id}>
      <summary className="vr-action__summary">{title}</summary>
      <div className="vr-action__body">
        {intro && <Paragraph>{intro}</Paragraph>}
        <ErrorSummary errors={errors} fieldIds={fieldIds} headingLevel={3} id={`${id}-errors`} />
        <form noValidate onSubmit={submit} className="vr-form" aria-label={title}>
          {fields.map((field) =>
            field.kind === 'text' ? (
              <TextAreaField
                key={field.name}
                id={fieldIds[field.name]!}
                name={field.name}
                label={field.label}
                description={field.help}
                value={values[field.name] ?? ''}
                onChange={(value) => setValues((v) => ({ ...v, [field.name]: value }))}
                error={errors.fields[field.name]}
                required={field.required}
              />
            ) : (
              <TextField
                key={field.name}
                id={fieldIds[field.name]!}
                name={field.name}
                type="date"
                label={field.label}
                description={field.help}
                value={values[field.name] ?? ''}
                onChange={(value) => setValues((v) => ({ ...v, [field.name]: value }))}
                error={errors.fields[field.name]}
                required={field.required}
              />
            ),
          )}
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {submitLabel}
          </Button>
        </form>
      </div>
    </details>
  )
}
