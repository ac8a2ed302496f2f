import { Button, Heading, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { useFormErrors } from '../../../lib/form.ts'
import { reregistrationApi } from '../api/reregistration-api.ts'
import { formatDate } from '../reregistration.rules.ts'

/** Applying for a regular re-registration: the norm check is already shown above; one button sends it. */
export function RegularForm({
  registrationId,
  nextStart,
  onDone,
}: {
  registrationId: string
  nextStart: string
  onDone: () => Promise<void>
}) {
  const { t, i18n } = useTranslation()
  const [busy, setBusy] = useState(false)
  const { errors, clear, failFromApi } = useFormErrors()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    clear()
    setBusy(true)
    try {
      await reregistrationApi.apply(registrationId, { kind: 'regular' })
      await onDone()
    } catch (error) {
      failFromApi(error, t('common.loadFailed'), [])
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="apply-title" className="vr-section">
      <Heading level={2} id="apply-title">
        {t('reregistration.mine.applyTitle')}
      </Heading>
      <Paragraph>{t('reregistration.mine.applyIntro', { start: formatDate(nextStart, i18n.language) })}</Paragraph>
      <ErrorSummary errors={errors} fieldIds={{}} headingLevel={3} id="apply-errors" />
      <form noValidate onSubmit={submit} aria-labelledby="apply-title">
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('reregistration.mine.applyButton')}
        </Button>
      </form>
    </section>
  )
}
