import { Button } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { SelectField } from '../../../components/SelectField.tsx'
import { TextAreaField } from '../../../components/TextAreaField.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { useFormErrors } from '../../../lib/form.ts'
import { linesOf, parseHours } from '../accreditation.rules.ts'
import {
  type ActivityFormat,
  CATEGORIES,
  type Category,
  FORMATS,
  type ProviderActivity,
  type Submission,
} from '../api/accreditation-api.ts'

const FIELDS = [
  'title',
  'description',
  'learningGoals',
  'format',
  'netHours',
  'targetProfessions',
  'requestedCategory',
  'teachers',
  'finalTest',
] as const
type Field = (typeof FIELDS)[number]

/** The request for accreditation. The server checks everything and names every wrong field at once. */
export function ActivityForm({ onSubmit }: { onSubmit: (submission: Submission) => Promise<ProviderActivity> }) {
  const { t } = useTranslation()
  const [values, setValues] = useState<Record<Field, string>>({
    title: '',
    description: '',
    learningGoals: '',
    format: 'training',
    netHours: '',
    targetProfessions: '',
    requestedCategory: 'training',
    teachers: '',
    finalTest: '',
  })
  const [busy, setBusy] = useState(false)
  const { errors, failFromApi } = useFormErrors()
  const fieldIds = Object.fromEntries(FIELDS.map((f) => [f, `activity-${f}`])) as Record<Field, string>
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }))
  const text = (field: Field, options: { area?: boolean; help?: boolean } = {}) => {
    const props = {
      id: fieldIds[field],
      name: field,
      label: t(`accreditation.form.${field}`),
      description: options.help ? t(`accreditation.form.${field}Help`) : undefined,
      value: values[field],
      onChange: set(field),
      error: errors.fields[field],
    }
    return options.area ? <TextAreaField {...props} /> : <TextField {...props} />
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    try {
      await onSubmit({
        title: values.title,
        description: values.description,
        learningGoals: values.learningGoals,
        format: values.format as ActivityFormat,
        netHours: parseHours(values.netHours),
        targetProfessions: linesOf(values.targetProfessions),
        requestedCategory: values.requestedCategory as Category,
        teachers: linesOf(values.teachers),
        finalTest: values.finalTest,
      })
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), FIELDS)
      setBusy(false)
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <form noValidate onSubmit={submit} className="vr-form" aria-label={t('accreditation.form.heading')}>
        {text('title')}
        {text('description', { area: true })}
        {text('learningGoals', { area: true, help: true })}
        <SelectField
          id={fieldIds.format}
          name="format"
          label={t('accreditation.form.format')}
          value={values.format}
          onChange={set('format')}
          options={FORMATS.map((f) => ({ value: f, label: t(`accreditation.format.${f}`) }))}
          error={errors.fields.format}
        />
        <TextField
          id={fieldIds.netHours}
          name="netHours"
          inputMode="decimal"
          label={t('accreditation.form.netHours')}
          description={t('accreditation.form.netHoursHelp')}
          value={values.netHours}
          onChange={set('netHours')}
          error={errors.fields.netHours}
        />
        <SelectField
          id={fieldIds.requestedCategory}
          name="requestedCategory"
          label={t('accreditation.form.requestedCategory')}
          value={values.requestedCategory}
          onChange={set('requestedCategory')}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`accreditation.category.${c}`) }))}
          error={errors.fields.requestedCategory}
        />
        {text('targetProfessions', { area: true, help: true })}
        {text('teachers', { area: true, help: true })}
        {text('finalTest', { area: true, help: true })}
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('accreditation.form.submit')}
        </Button>
      </form>
    </>
  )
}
