import { useQueryClient } from '@tanstack/react-query'
import { Button, Heading, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { Notice } from '../../../components/Status.tsx'
import { TextAreaField } from '../../../components/TextAreaField.tsx'
import { useFormErrors } from '../../../lib/form.ts'
import { type DataRequestKind, OWN_REQUESTS_KEY, privacyApi } from '../api/privacy-api.ts'

/** Ask the register office to correct (details required) or erase (reason optional) one's data. */
export function DataRequestForm({ kind }: { kind: DataRequestKind }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [details, setDetails] = useState('')
  const [busy, setBusy] = useState(false)
  const [sent, setSent] = useState(false)
  const { errors, clear, fail, failFromApi } = useFormErrors()
  const fieldId = `${kind}-details`
  const prefix = `privacy.requests.${kind}`

  async function submit(event: FormEvent) {
    event.preventDefault()
    clear()
    setSent(false)
    if (kind === 'correction' && details.trim() === '') {
      fail({ details: t('privacy.requests.detailsRequired') })
      return
    }
    setBusy(true)
    try {
      await privacyApi.createRequest({ kind, details })
      setDetails('')
      setSent(true)
      await queryClient.invalidateQueries({ queryKey: OWN_REQUESTS_KEY })
    } catch (error) {
      failFromApi(error, t('common.loadFailed'), ['details'])
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${kind}-heading`} className="vr-form">
      <Heading level={3} id={`${kind}-heading`}>
        {t(`${prefix}.title`)}
      </Heading>
      <Paragraph>{t(`${prefix}.intro`)}</Paragraph>
      <ErrorSummary id={`${kind}-errors`} errors={errors} fieldIds={{ details: fieldId }} headingLevel={3} />
      {sent && (
        <Notice>
          <Paragraph>{t('privacy.requests.sent')}</Paragraph>
        </Notice>
      )}
      <TextAreaField
        id={fieldId}
        label={t(`${prefix}.label`)}
        value={details}
        onChange={setDetails}
        error={errors.fields.details}
      />
      <Button
        type="submit"
        appearance={kind === 'erasure' ? 'secondary-action-button' : 'primary-action-button'}
        busy={busy}
      >
        {t(`${prefix}.submit`)}
      </Button>
    </form>
  )
}
