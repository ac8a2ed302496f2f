import { Button, Heading, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { Notice } from '../../../components/Status.tsx'
import { TextAreaField } from '../../../components/TextAreaField.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { useFormErrors } from '../../../lib/form.ts'
import { organiserEventsApi } from '../api/organiser-events-api.ts'

const FIELDS = ['subject', 'text'] as const

/** A mail to everyone with a place (or an offered one): write, check in a confirmation step, then send. */
export function MailForm({ organisationId, eventId }: { organisationId: string; eventId: string }) {
  const { t } = useTranslation()
  const [subject, setSubject] = useState('')
  const [text, setText] = useState('')
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [sent, setSent] = useState<number | null>(null)
  const { errors, fail, failFromApi, clear } = useFormErrors()
  const fieldIds = { subject: 'mail-subject', text: 'mail-text' }

  function check(event: FormEvent) {
    event.preventDefault()
    const missing: Record<string, string> = {}
    if (!subject.trim()) missing.subject = t('organiserEvents.mail.subjectRequired')
    if (!text.trim()) missing.text = t('organiserEvents.mail.textRequired')
    if (Object.keys(missing).length) return fail(missing)
    clear()
    setSent(null)
    setConfirming(true)
  }

  async function send() {
    if (busy) return
    setBusy(true)
    try {
      const result = await organiserEventsApi.mail(organisationId, eventId, { subject, text })
      setSent(result.recipients)
      setSubject('')
      setText('')
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), FIELDS)
    }
    setConfirming(false)
    setBusy(false)
  }

  return (
    <section className="vr-section" aria-labelledby="mail-heading">
      <Heading level={2} id="mail-heading">
        {t('organiserEvents.mail.heading')}
      </Heading>
      <Paragraph>{t('organiserEvents.mail.intro')}</Paragraph>
      {sent !== null && (
        <Notice>
          <Paragraph>{t('organiserEvents.mail.sent', { count: sent })}</Paragraph>
        </Notice>
      )}
      <ErrorSummary errors={errors} fieldIds={fieldIds} id="mail-errors" />
      {confirming ? (
        <section aria-labelledby="mail-confirm">
          <Paragraph id="mail-confirm">{t('organiserEvents.mail.confirm', { subject })}</Paragraph>
          <div className="vr-organiser-events__actions">
            <Button appearance="primary-action-button" busy={busy} onClick={send}>
              {t('organiserEvents.mail.send')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setConfirming(false)}>
              {t('organiserEvents.mail.back')}
            </Button>
          </div>
        </section>
      ) : (
        <form noValidate onSubmit={check} className="vr-form" aria-label={t('organiserEvents.mail.heading')}>
          <TextField
            id={fieldIds.subject}
            name="subject"
            label={t('organiserEvents.mail.subject')}
            value={subject}
            onChange={setSubject}
            error={errors.fields.subject}
          />
          <TextAreaField
            id={fieldIds.text}
            name="text"
            label={t('organiserEvents.mail.text')}
            value={text}
            onChange={setText}
            error={errors.fields.text}
          />
          <Button type="submit" appearance="primary-action-button">
            {t('organiserEvents.mail.next')}
          </Button>
        </form>
      )}
    </section>
  )
}
