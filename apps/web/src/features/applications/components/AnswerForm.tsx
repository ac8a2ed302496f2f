import { Button, Heading } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { FileField } from '../../../components/FileField.tsx'
import { TextAreaField } from '../../../components/TextAreaField.tsx'
import { useFormErrors } from '../../../lib/form.ts'
import { MAX_FILE_BYTES } from '../applications.rules.ts'

const ids = { body: 'answer-body', document: 'answer-document' }

/** The applicant's answer to the register office's question, with an optional file. */
export function AnswerForm({ onSubmit }: { onSubmit: (form: FormData) => Promise<void> }) {
  const { t } = useTranslation()
  const [body, setBody] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const { errors, fail, failFromApi } = useFormErrors()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const problems: Record<string, string> = {}
    if (!body.trim()) problems.body = t('application.answer.required')
    if (file && file.size > MAX_FILE_BYTES) problems.document = t('application.form.tooLarge')
    if (Object.keys(problems).length > 0) return fail(problems)
    const form = new FormData()
    form.append('body', body.trim())
    if (file) form.append('document', file, file.name)
    setBusy(true)
    try {
      await onSubmit(form)
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), Object.keys(ids))
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="answer-heading" className="vr-section">
      <Heading level={2} id="answer-heading">
        {t('application.answer.title')}
      </Heading>
      <ErrorSummary errors={errors} fieldIds={ids} headingLevel={3} id="answer-errors" />
      <form noValidate onSubmit={submit} className="vr-form" aria-labelledby="answer-heading">
        <TextAreaField
          id={ids.body}
          name="body"
          label={t('application.answer.body')}
          value={body}
          onChange={setBody}
          error={errors.fields.body}
          required
        />
        <FileField
          id={ids.document}
          name="document"
          label={t('application.answer.document')}
          description={t('application.form.fileHint')}
          error={errors.fields.document}
          onChange={setFile}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('application.answer.submit')}
        </Button>
      </form>
    </section>
  )
}
