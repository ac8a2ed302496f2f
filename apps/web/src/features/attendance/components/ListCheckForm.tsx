import { Alert, Button, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { TextAreaField } from '../../../components/TextAreaField.tsx'
import { useFormErrors } from '../../../lib/form.ts'
import { attendanceApi } from '../api/attendance-api.ts'
import { ImportReport } from './ImportReport.tsx'
import { useImportFlow } from './useImportFlow.ts'

const FIELD = 'attendance-list'

/** Paste registration numbers (or e-mail addresses) → check → confirm. */
export function ListCheckForm({ runId }: { runId: string }) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const flow = useImportFlow(runId, t('common.loadFailed'))
  const { errors, clear, fail, failFromApi } = useFormErrors({ text: FIELD })

  async function submit(event: FormEvent) {
    event.preventDefault()
    clear()
    if (text.trim() === '') {
      fail({ [FIELD]: t('attendance.paste.required') })
      return
    }
    flow.setBusy(true)
    try {
      flow.setCheck(await attendanceApi.checkList(runId, text))
      setText('')
      await flow.refresh()
    } catch (error) {
      failFromApi(error, t('common.loadFailed'), [FIELD])
    } finally {
      flow.setBusy(false)
    }
  }

  return (
    <>
      <form onSubmit={submit} noValidate className="vr-form" aria-labelledby="list-heading">
        <ErrorSummary errors={errors} fieldIds={{ [FIELD]: FIELD }} id="list-errors" headingLevel={3} />
        <TextAreaField
          id={FIELD}
          label={t('attendance.paste.label')}
          description={t('attendance.paste.help')}
          value={text}
          rows={6}
          onChange={setText}
          error={errors.fields[FIELD]}
        />
        <Button type="submit" appearance="secondary-action-button" busy={flow.busy && !flow.check}>
          {t('attendance.paste.submit')}
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
          idPrefix="list"
        />
      )}
    </>
  )
}
