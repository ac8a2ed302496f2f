import {
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react'
import { type ChangeEvent, type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { useFormErrors } from '../../../lib/form.ts'
import { MAX_CREDENTIAL_BYTES, parseCredentialText, problemOf } from '../public-register.rules.ts'
import { problemText } from './problem-text.ts'

export const CREDENTIAL_FIELD_IDS = { file: 'credential-file', credential: 'credential-text' }

/**
 * A credential as a file (its text goes into the box, so the person sees what is checked) or pasted. Bad JSON is
 * caught here, in Dutch, before anything is sent; the API's errors (and a 429) land in the same error summary.
 */
export function CredentialForm({ onVerify }: { onVerify: (credential: Record<string, unknown>) => Promise<unknown> }) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [loadedFile, setLoadedFile] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const { errors, fail, clear } = useFormErrors()

  async function pickFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0]
    setLoadedFile(null)
    if (!file) return
    if (file.size > MAX_CREDENTIAL_BYTES) return fail({ file: t('publicRegister.verify.errors.fileTooBig') })
    try {
      setText(await file.text())
      setLoadedFile(file.name)
      clear()
    } catch {
      fail({ file: t('publicRegister.verify.errors.fileUnreadable') })
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const parsed = parseCredentialText(text)
    if (!parsed.ok) return fail({ credential: t(`publicRegister.verify.errors.${parsed.reason}`) })
    clear()
    setBusy(true)
    try {
      await onVerify(parsed.credential)
    } catch (error) {
      const problem = problemOf(error, ['credential'])
      fail(problem.fields, problemText(problem.general, t, 'verify'))
    } finally {
      setBusy(false)
    }
  }

  const fileErrorId = errors.fields.file ? `${CREDENTIAL_FIELD_IDS.file}-error` : undefined
  const textErrorId = errors.fields.credential ? `${CREDENTIAL_FIELD_IDS.credential}-error` : undefined

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={CREDENTIAL_FIELD_IDS} id="verify-errors" />
      <form noValidate onSubmit={submit} className="vr-form">
        <FormField
          invalid={!!errors.fields.file}
          label={<FormLabel htmlFor={CREDENTIAL_FIELD_IDS.file}>{t('publicRegister.verify.file')}</FormLabel>}
          description={
            <FormFieldDescription id={`${CREDENTIAL_FIELD_IDS.file}-description`}>
              <Paragraph>{t('publicRegister.verify.fileHelp')}</Paragraph>
            </FormFieldDescription>
          }
          errorMessage={
            fileErrorId ? (
              <FormFieldErrorMessage id={fileErrorId}>{errors.fields.file}</FormFieldErrorMessage>
            ) : undefined
          }
          input={
            <input
              id={CREDENTIAL_FIELD_IDS.file}
              name="file"
              type="file"
              accept=".json,.jsonld,application/json,application/ld+json"
              className="vr-file-input"
              aria-invalid={errors.fields.file ? true : undefined}
              aria-describedby={[fileErrorId, `${CREDENTIAL_FIELD_IDS.file}-description`].filter(Boolean).join(' ')}
              onChange={pickFile}
            />
          }
        />
        {loadedFile && (
          <Paragraph role="status" className="vr-status-line">
            {t('publicRegister.verify.fileLoaded', { name: loadedFile })}
          </Paragraph>
        )}
        <FormField
          invalid={!!errors.fields.credential}
          label={<FormLabel htmlFor={CREDENTIAL_FIELD_IDS.credential}>{t('publicRegister.verify.text')}</FormLabel>}
          description={
            <FormFieldDescription id={`${CREDENTIAL_FIELD_IDS.credential}-description`}>
              <Paragraph>{t('publicRegister.verify.textHelp')}</Paragraph>
            </FormFieldDescription>
          }
          errorMessage={
            textErrorId ? (
              <FormFieldErrorMessage id={textErrorId}>{errors.fields.credential}</FormFieldErrorMessage>
            ) : undefined
          }
          input={
            <Textarea
              id={CREDENTIAL_FIELD_IDS.credential}
              name="credential"
              className="vr-credential-text"
              rows={10}
              spellCheck={false}
              autoComplete="off"
              value={text}
              invalid={!!errors.fields.credential}
              aria-invalid={errors.fields.credential ? true : undefined}
              aria-describedby={[textErrorId, `${CREDENTIAL_FIELD_IDS.credential}-description`]
                .filter(Boolean)
                .join(' ')}
              onChange={(event) => setText(event.currentTarget.value)}
            />
          }
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('publicRegister.verify.submit')}
        </Button>
      </form>
    </>
  )
}
