import { Button, Fieldset, FieldsetLegend, FormField, FormLabel, RadioButton } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { TextAreaField } from '../../../components/TextAreaField.tsx'
import { useFormErrors } from '../../../lib/form.ts'
import { type DecisionResult, reregistrationApi } from '../api/reregistration-api.ts'

const FIELD_IDS = { outcome: 'decide-approved', reason: 'decide-reason' }

/** The register office approves or rejects (with a reason). A colleague who decided first gives a Dutch 409. */
export function DecideForm({ requestId, onDone }: { requestId: string; onDone: (r: DecisionResult) => Promise<void> }) {
  const { t } = useTranslation()
  const [outcome, setOutcome] = useState<'approved' | 'rejected'>('approved')
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const { errors, clear, fail, failFromApi } = useFormErrors()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    clear()
    if (outcome === 'rejected' && !reason.trim())
      return fail({ reason: t('reregistration.office.decide.reasonRequired') })
    setBusy(true)
    try {
      await onDone(await reregistrationApi.decide(requestId, { outcome, reason: reason.trim() || undefined }))
    } catch (error) {
      failFromApi(error, t('common.loadFailed'), Object.keys(FIELD_IDS))
      setBusy(false)
    }
  }

  return (
    <form noValidate onSubmit={submit} className="vr-form" aria-labelledby="decide-title">
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} headingLevel={3} id="decide-errors" />
      <Fieldset>
        <FieldsetLegend>{t('reregistration.office.decide.legend')}</FieldsetLegend>
        {(['approved', 'rejected'] as const).map((value) => (
          <FormField
            key={value}
            type="radio"
            label={
              <FormLabel htmlFor={`decide-${value}`} type="radio">
                {t(`reregistration.office.decide.${value === 'approved' ? 'approve' : 'reject'}`)}
              </FormLabel>
            }
            input={
              <RadioButton
                id={`decide-${value}`}
                name="outcome"
                value={value}
                checked={outcome === value}
                onChange={() => setOutcome(value)}
              />
            }
          />
        ))}
      </Fieldset>
      <TextAreaField
        id={FIELD_IDS.reason}
        name="reason"
        label={t('reregistration.office.decide.reason')}
        description={t('reregistration.office.decide.reasonHelp')}
        value={reason}
        onChange={setReason}
        error={errors.fields.reason}
        rows={3}
      />
      <Button type="submit" appearance="primary-action-button" busy={busy}>
        {t('reregistration.office.decide.submit')}
      </Button>
    </form>
  )
}
