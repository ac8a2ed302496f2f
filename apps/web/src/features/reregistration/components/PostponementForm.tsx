import { Button, Heading, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { TextAreaField } from '../../../components/TextAreaField.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { useFormErrors } from '../../../lib/form.ts'
import { reregistrationApi } from '../api/reregistration-api.ts'
import { formatDate } from '../reregistration.rules.ts'

const FIELD_IDS = { reason: 'postpone-reason', postponedUntil: 'postpone-until' }

/** Asking for a postponement: a reason and the requested new end date; the server checks the date. */
export function PostponementForm({
  registrationId,
  cycleEnd,
  onDone,
}: {
  registrationId: string
  cycleEnd: string
  onDone: () => Promise<void>
}) {
  const { t, i18n } = useTranslation()
  const [reason, setReason] = useState('')
  const [postponedUntil, setPostponedUntil] = useState('')
  const [busy, setBusy] = useState(false)
  const { errors, clear, fail, failFromApi } = useFormErrors()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    clear()
    const missing: Record<string, string> = {}
    if (!reason.trim()) missing.reason = t('reregistration.mine.postpone.reasonRequired')
    if (!postponedUntil) missing.postponedUntil = t('reregistration.mine.postpone.dateRequired')
    if (Object.keys(missing).length) return fail(missing)
    setBusy(true)
    try {
      await reregistrationApi.apply(registrationId, { kind: 'postponement', reason: reason.trim(), postponedUntil })
      await onDone()
    } catch (error) {
      failFromApi(error, t('common.loadFailed'), Object.keys(FIELD_IDS))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="postpone-title" className="vr-section">
      <Heading level={3} id="postpone-title">
        {t('reregistration.mine.postpone.title')}
      </Heading>
      <Paragraph>{t('reregistration.mine.postpone.intro')}</Paragraph>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} headingLevel={3} id="postpone-errors" />
      <form noValidate onSubmit={submit} className="vr-form" aria-labelledby="postpone-title">
        <TextAreaField
          id={FIELD_IDS.reason}
          name="reason"
          label={t('reregistration.mine.postpone.reason')}
          description={t('reregistration.mine.postpone.reasonHelp')}
          value={reason}
          onChange={setReason}
          error={errors.fields.reason}
          required
          rows={3}
        />
        <TextField
          id={FIELD_IDS.postponedUntil}
          name="postponedUntil"
          type="date"
          label={t('reregistration.mine.postpone.date')}
          description={t('reregistration.mine.postpone.dateHelp', { end: formatDate(cycleEnd, i18n.language) })}
          value={postponedUntil}
          onChange={setPostponedUntil}
          error={errors.fields.postponedUntil}
          required
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('reregistration.mine.postpone.submit')}
        </Button>
      </form>
    </section>
  )
}
