import { Button } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { SelectField } from '../../../components/SelectField.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { type FieldErrors, useFormErrors } from '../../../lib/form.ts'
import type { AuditFilters } from '../api/audit-queries.ts'

const FIELD_IDS = {
  actorId: 'filter-actor',
  action: 'filter-action',
  result: 'filter-result',
  from: 'filter-from',
  to: 'filter-to',
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function AuditFilterForm({
  initial,
  onApply,
  serverErrors,
}: {
  initial: AuditFilters
  onApply: (filters: AuditFilters) => void
  serverErrors?: FieldErrors
}) {
  const { t } = useTranslation()
  const [values, setValues] = useState(initial)
  const { errors, fail, clear } = useFormErrors()
  const set = (name: keyof AuditFilters) => (value: string) => setValues((v) => ({ ...v, [name]: value }))
  const fields = { ...serverErrors, ...errors.fields }

  function submit(event: FormEvent) {
    event.preventDefault()
    const found: FieldErrors = {}
    if (values.actorId.trim() && !UUID.test(values.actorId.trim())) found.actorId = t('audit.errors.actorId')
    if (values.from && values.to && values.from > values.to) found.to = t('audit.errors.range')
    if (Object.keys(found).length > 0) return fail(found)
    clear()
    onApply({ ...values, page: 1 })
  }

  return (
    <search className="vr-filters" aria-label={t('audit.filters.label')}>
      <ErrorSummary errors={{ ...errors, fields }} fieldIds={FIELD_IDS} id="filter-errors" />
      <form noValidate onSubmit={submit} className="vr-form vr-filters__form">
        <TextField
          id="filter-actor"
          name="actorId"
          label={t('audit.filters.who')}
          description={t('audit.filters.whoHelp')}
          spellCheck={false}
          autoComplete="off"
          value={values.actorId}
          onChange={set('actorId')}
          error={fields.actorId}
        />
        <TextField
          id="filter-action"
          name="action"
          label={t('audit.filters.what')}
          description={t('audit.filters.whatHelp')}
          spellCheck={false}
          autoComplete="off"
          value={values.action}
          onChange={set('action')}
          error={fields.action}
        />
        <SelectField
          id="filter-result"
          name="result"
          label={t('audit.filters.result')}
          value={values.result}
          onChange={set('result')}
          error={fields.result}
          options={[
            { value: '', label: t('audit.result.all') },
            { value: 'success', label: t('audit.result.success') },
            { value: 'failure', label: t('audit.result.failure') },
            { value: 'denied', label: t('audit.result.denied') },
          ]}
        />
        <div className="vr-filters__dates">
          <TextField
            id="filter-from"
            name="from"
            type="date"
            label={t('audit.filters.from')}
            value={values.from}
            onChange={set('from')}
            error={fields.from}
          />
          <TextField
            id="filter-to"
            name="to"
            type="date"
            label={t('audit.filters.to')}
            value={values.to}
            onChange={set('to')}
            error={fields.to}
          />
        </div>
        <Button type="submit" appearance="primary-action-button">
          {t('audit.filters.apply')}
        </Button>
      </form>
    </search>
  )
}
