import { Button, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { type FieldErrors, useFormErrors } from '../../../lib/form.ts'

/**
 * One decision of the register office in a disclosure: opening it is the first step, the button inside confirms.
 * `fields` renders the inputs with their errors; `check` finds problems before sending. A refusal from the API
 * (e.g. a colleague decided first: 409) is shown in Dutch in the error summary.
 */
export function DecisionForm({
  id,
  title,
  intro,
  fieldIds,
  fields,
  check,
  confirmLabel,
  onSubmit,
}: {
  id: string
  title: string
  intro: string
  fieldIds: Record<string, string>
  fields?: (errors: FieldErrors) => ReactNode
  check?: () => FieldErrors
  confirmLabel: string
  onSubmit: () => Promise<void>
}) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const { errors, fail, failFromApi } = useFormErrors()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const problems = check?.() ?? {}
    if (Object.keys(problems).length > 0) return fail(problems)
    setBusy(true)
    try {
      await onSubmit()
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), Object.keys(fieldIds))
      setBusy(false)
    }
  }

  return (
    <details className="vr-decision" id={id}>
      <summary className="vr-decision__summary">{title}</summary>
      <div className="vr-decision__body">
        <Paragraph>{intro}</Paragraph>
        <ErrorSummary errors={errors} fieldIds={fieldIds} headingLevel={3} id={`${id}-errors`} />
        <form noValidate onSubmit={submit} className="vr-form" aria-label={title}>
          {fields?.(errors.fields)}
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {confirmLabel}
          </Button>
        </form>
      </div>
    </details>
  )
}
