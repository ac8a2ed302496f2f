import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField } from '../../../components/SelectField.tsx'
import { TextAreaField } from '../../../components/TextAreaField.tsx'
import { TextField } from '../../../components/TextField.tsx'
import type { FieldErrors } from '../../../lib/form.ts'
import { CATEGORIES, type Category, type SelfReportDetail, selfReportsApi } from '../api/self-reports-api.ts'
import { formatNumber, MAX_HOURS, parseHours } from '../self-reports.rules.ts'
import { DecisionForm } from './DecisionForm.tsx'

/** Approve: the points (default the hours) and the category (default the requested one). */
export function ApproveDecision({
  report: r,
  onDone,
}: {
  report: SelfReportDetail
  onDone: (message: string) => Promise<void>
}) {
  const { t, i18n } = useTranslation()
  const [points, setPoints] = useState(formatNumber(r.hours, i18n.language).replace(/\s/g, ''))
  const [category, setCategory] = useState<Category>(r.requestedCategory)
  const ids = { pointsGranted: 'approve-points', categoryGranted: 'approve-category' }
  return (
    <DecisionForm
      id="approve"
      title={t('selfReports.approve.title')}
      intro={t('selfReports.approve.intro')}
      fieldIds={ids}
      check={(): FieldErrors => {
        const value = parseHours(points)
        return value === null || value <= 0 || value > MAX_HOURS
          ? { pointsGranted: t('selfReports.form.hoursFormat', { max: MAX_HOURS }) }
          : {}
      }}
      fields={(errors) => (
        <>
          <TextField
            id={ids.pointsGranted}
            name="pointsGranted"
            inputMode="decimal"
            label={t('selfReports.approve.points')}
            description={t('selfReports.approve.pointsHelp')}
            value={points}
            onChange={setPoints}
            error={errors.pointsGranted}
            required
          />
          <SelectField
            id={ids.categoryGranted}
            name="categoryGranted"
            label={t('selfReports.approve.category')}
            value={category}
            onChange={(value) => setCategory(value as Category)}
            options={CATEGORIES.map((c) => ({ value: c, label: t(`selfReports.category.${c}`) }))}
            error={errors.categoryGranted}
          />
        </>
      )}
      confirmLabel={t('selfReports.approve.confirm')}
      onSubmit={async () => {
        const result = await selfReportsApi.approve(r.id, {
          pointsGranted: parseHours(points)!,
          categoryGranted: category,
        })
        await onDone(t(result.spotCheck ? 'selfReports.approve.doneDrawn' : 'selfReports.approve.done'))
      }}
    />
  )
}

/** A decision that needs a written reason: reject, or correct after the spot check. */
function ReasonDecision({
  id,
  prefix,
  onSubmit,
}: {
  id: string
  prefix: 'selfReports.reject' | 'selfReports.correct'
  onSubmit: (reason: string) => Promise<void>
}) {
  const { t } = useTranslation()
  const [reason, setReason] = useState('')
  const ids = { reason: `${id}-reason` }
  return (
    <DecisionForm
      id={id}
      title={t(`${prefix}.title`)}
      intro={t(`${prefix}.intro`)}
      fieldIds={ids}
      check={(): FieldErrors => (reason.trim() ? {} : { reason: t(`${prefix}.required`) })}
      fields={(errors) => (
        <TextAreaField
          id={ids.reason}
          name="reason"
          label={t(`${prefix}.label`)}
          description={t(`${prefix}.help`)}
          value={reason}
          onChange={setReason}
          error={errors.reason}
          required
        />
      )}
      confirmLabel={t(`${prefix}.confirm`)}
      onSubmit={() => onSubmit(reason.trim())}
    />
  )
}

export function RejectDecision({
  report: r,
  onDone,
}: {
  report: SelfReportDetail
  onDone: (message: string) => Promise<void>
}) {
  const { t } = useTranslation()
  return (
    <ReasonDecision
      id="reject"
      prefix="selfReports.reject"
      onSubmit={async (reason) => {
        await selfReportsApi.reject(r.id, reason)
        await onDone(t('selfReports.reject.done'))
      }}
    />
  )
}

/** The spot check's outcome: confirm the points, or correct them (withdrawn, with a reason). */
export function SpotCheckDecisions({
  report: r,
  onDone,
}: {
  report: SelfReportDetail
  onDone: (message: string) => Promise<void>
}) {
  const { t } = useTranslation()
  return (
    <>
      <DecisionForm
        id="confirm"
        title={t('selfReports.confirm.title')}
        intro={t('selfReports.confirm.intro')}
        fieldIds={{}}
        confirmLabel={t('selfReports.confirm.confirm')}
        onSubmit={async () => {
          await selfReportsApi.recordSpotCheck(r.id, 'confirmed')
          await onDone(t('selfReports.confirm.done'))
        }}
      />
      <ReasonDecision
        id="correct"
        prefix="selfReports.correct"
        onSubmit={async (reason) => {
          await selfReportsApi.recordSpotCheck(r.id, 'corrected', reason)
          await onDone(t('selfReports.correct.done'))
        }}
      />
    </>
  )
}
