import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
} from '@utrecht/component-library-react'
import { type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { useFormErrors } from '../../../lib/form.ts'
import { useMe } from '../../../lib/session.ts'
import { attendanceApi } from '../api/attendance-api.ts'
import { ImportReport } from './ImportReport.tsx'
import { useImportFlow } from './useImportFlow.ts'

const FIELD = 'attendance-file'

/** Upload a CSV or Excel file → the report (matched, unknown, duplicate, …) → confirm. */
export function FileCheckForm({ runId }: { runId: string }) {
  const { t, i18n } = useTranslation()
  const { data: me } = useMe()
  const [file, setFile] = useState<File | null>(null)
  const fileRef = useRef<HTMLInputElement>(null)
  const flow = useImportFlow(runId, t('common.loadFailed'))
  const { errors, clear, fail, failFromApi } = useFormErrors({ file: FIELD })
  const error = errors.fields[FIELD]

  async function submit(event: FormEvent) {
    event.preventDefault()
    clear()
    if (!file) {
      fail({ [FIELD]: t('attendance.file.required') })
      return
    }
    flow.setBusy(true)
    try {
      flow.setCheck(await attendanceApi.checkFile(runId, file, me?.session.csrfToken ?? '', i18n.language))
      setFile(null)
      if (fileRef.current) fileRef.current.value = ''
      await flow.refresh()
    } catch (e) {
      failFromApi(e, t('common.loadFailed'), [FIELD])
    } finally {
      flow.setBusy(false)
    }
  }

  return (
    <>
      <form onSubmit={submit} noValidate className="vr-form" aria-labelledby="file-heading">
        <ErrorSummary errors={errors} fieldIds={{ [FIELD]: FIELD }} id="file-errors" headingLevel={3} />
        <FormField
          invalid={!!error}
          label={<FormLabel htmlFor={FIELD}>{t('attendance.file.label')}</FormLabel>}
          description={
            <FormFieldDescription id={`${FIELD}-help`}>
              <Paragraph>{t('attendance.file.help')}</Paragraph>
            </FormFieldDescription>
          }
          errorMessage={
            error ? <FormFieldErrorMessage id={`${FIELD}-error`}>{error}</FormFieldErrorMessage> : undefined
          }
          input={
            <input
              ref={fileRef}
              id={FIELD}
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="utrecht-textbox utrecht-textbox--html-input"
              aria-invalid={error ? true : undefined}
              aria-describedby={[error ? `${FIELD}-error` : '', `${FIELD}-help`].filter(Boolean).join(' ')}
              onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
            />
          }
        />
        <Button type="submit" appearance="secondary-action-button" busy={flow.busy && !flow.check}>
          {t('attendance.file.submit')}
        </Button>
      </form>
      {flow.error && (
        <Alert type="error" role="alert">
          <Paragraph>{flow.error}</Paragraph>
        </Alert>
      )}
      {flow.check && (
        <ImportReport
          check={flow.check}
          busy={flow.busy}
          onConfirm={flow.confirm}
          onCancel={flow.cancel}
          idPrefix="file"
        />
      )}
    </>
  )
}
