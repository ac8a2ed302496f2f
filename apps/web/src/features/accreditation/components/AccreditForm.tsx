import { Button, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { SelectField } from '../../../components/SelectField.tsx'
import { TextAreaField } from '../../../components/TextAreaField.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { useFormErrors } from '../../../lib/form.ts'
import { parseHours } from '../accreditation.rules.ts'
import { type Accreditation, CATEGORIES, type Category } from '../api/accreditation-api.ts'

const FIELDS = ['points', 'category', 'validityYears', 'validFrom', 'reason'] as const

/**
 * The register office's accreditation (a decision, or an upheld objection): points (default the net hours),
 * category (default the requested one), validity 1 or 3 years from a date (default today), an optional reason.
 */
export function AccreditForm({
  id,
  title,
  intro,
  confirmLabel,
  defaults,
  onSubmit,
}: {
  id: string
  title: string
  intro: string
  confirmLabel: string
  defaults: { points: number; category: Category }
  onSubmit: (accreditation: Accreditation) => Promise<void>
}) {
  const { t, i18n } = useTranslation()
  const [points, setPoints] = useState(
    i18n.language === 'en' ? String(defaults.points) : String(defaults.points).replace('.', ','),
  )
  const [category, setCategory] = useState<Category>(defaults.category)
  const [years, setYears] = useState('1')
  const [validFrom, setValidFrom] = useState('')
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const { errors, failFromApi } = useFormErrors()
  const fieldIds = Object.fromEntries(FIELDS.map((f) => [f, `${id}-${f}`]))

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    try {
      await onSubmit({
        points: parseHours(points) ?? 0,
        category,
        validityYears: Number(years),
        ...(validFrom ? { validFrom } : {}),
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      })
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), FIELDS)
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
          <TextField
            id={fieldIds.points!}
            name="points"
            label={t('accreditation.decide.points')}
            description={t('accreditation.decide.pointsHelp')}
            inputMode="decimal"
            value={points}
            onChange={setPoints}
            error={errors.fields.points}
            required
          />
          <SelectField
            id={fieldIds.category!}
            name="category"
            label={t('accreditation.decide.category')}
            value={category}
            onChange={(value) => setCategory(value as Category)}
            options={CATEGORIES.map((c) => ({ value: c, label: t(`accreditation.category.${c}`) }))}
            error={errors.fields.category}
          />
          <SelectField
            id={fieldIds.validityYears!}
            name="validityYears"
            label={t('accreditation.decide.validity')}
            value={years}
            onChange={setYears}
            options={[
              { value: '1', label: t('accreditation.decide.years1') },
              { value: '3', label: t('accreditation.decide.years3') },
            ]}
            error={errors.fields.validityYears}
          />
          <TextField
            id={fieldIds.validFrom!}
            name="validFrom"
            type="date"
            label={t('accreditation.decide.validFrom')}
            description={t('accreditation.decide.validFromHelp')}
            value={validFrom}
            onChange={setValidFrom}
            error={errors.fields.validFrom}
          />
          <TextAreaField
            id={fieldIds.reason!}
            name="reason"
            label={t('accreditation.decide.note')}
            value={reason}
            onChange={setReason}
            error={errors.fields.reason}
          />
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {confirmLabel}
          </Button>
        </form>
      </div>
    </details>
  )
}
