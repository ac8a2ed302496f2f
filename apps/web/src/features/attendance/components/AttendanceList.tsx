import { useQueryClient } from '@tanstack/react-query'
import {
  Button,
  ButtonGroup,
  Checkbox,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  TableCell,
  TableRow,
} from '@utrecht/component-library-react'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../components/DataTable.tsx'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { LoadError, Loading, Notice } from '../../../components/Status.tsx'
import { TextAreaField } from '../../../components/TextAreaField.tsx'
import { useFormErrors } from '../../../lib/form.ts'
import { formatDateTime } from '../../../lib/format.ts'
import { type Attendance, attendanceApi, attendanceKey, useAttendances } from '../api/attendance-api.ts'

const REASON = 'withdraw-reason'

/** The form to withdraw one attendance, with a reason (required). */
function WithdrawForm({ attendance, onDone }: { attendance: Attendance; onDone: (message: string | null) => void }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const { errors, clear, fail, failFromApi } = useFormErrors({ reason: REASON })
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])

  async function submit(event: FormEvent) {
    event.preventDefault()
    clear()
    if (reason.trim() === '') {
      fail({ [REASON]: t('attendance.withdraw.reasonRequired') })
      return
    }
    setBusy(true)
    try {
      await attendanceApi.withdraw(attendance.id, reason.trim())
      await queryClient.invalidateQueries({ queryKey: attendanceKey(attendance.runId) })
      onDone(t('attendance.withdraw.done', { name: attendance.name }))
    } catch (error) {
      failFromApi(error, t('common.loadFailed'), [REASON])
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} noValidate className="vr-form" aria-labelledby="withdraw-heading">
      <Heading level={3} id="withdraw-heading" ref={heading} tabIndex={-1}>
        {t('attendance.withdraw.title', { name: attendance.name })}
      </Heading>
      <ErrorSummary errors={errors} fieldIds={{ [REASON]: REASON }} id="withdraw-errors" headingLevel={3} />
      <TextAreaField
        id={REASON}
        label={t('attendance.withdraw.reason')}
        description={t('attendance.withdraw.help')}
        value={reason}
        onChange={setReason}
        error={errors.fields[REASON]}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('attendance.withdraw.submit')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={() => onDone(null)}>
          {t('attendance.withdraw.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  )
}

/** The attendance list of the run with a withdraw button per present registrant. */
export function AttendanceList({ runId }: { runId: string }) {
  const { t, i18n } = useTranslation()
  const [includeWithdrawn, setIncludeWithdrawn] = useState(false)
  const [withdrawing, setWithdrawing] = useState<Attendance | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const query = useAttendances(runId, 1, includeWithdrawn)

  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  const data = query.data

  function done(text: string | null) {
    const id = withdrawing?.id
    setWithdrawing(null)
    setMessage(text)
    if (!text) setTimeout(() => document.getElementById(`withdraw-${id}`)?.focus(), 0)
  }

  return (
    <>
      {message && (
        <Notice>
          <Paragraph>{message}</Paragraph>
        </Notice>
      )}
      <FormField
        type="checkbox"
        label={
          <FormLabel htmlFor="include-withdrawn" type="checkbox">
            {t('attendance.list.includeWithdrawn')}
          </FormLabel>
        }
        input={
          <Checkbox
            id="include-withdrawn"
            checked={includeWithdrawn}
            onChange={(event) => setIncludeWithdrawn(event.currentTarget.checked)}
          />
        }
      />
      {data.items.length === 0 ? (
        <Paragraph>{t('attendance.list.empty')}</Paragraph>
      ) : (
        <DataTable
          id="attendances"
          caption={t('attendance.list.caption', { count: data.total })}
          columns={[
            t('attendance.columns.name'),
            t('attendance.columns.number'),
            t('attendance.columns.method'),
            t('attendance.columns.recordedAt'),
            t('attendance.columns.action'),
          ]}
        >
          {data.items.map((a) => (
            <TableRow key={a.id}>
              <TableCell>{a.name}</TableCell>
              <TableCell>{a.registrationNumber ?? '—'}</TableCell>
              <TableCell>{t(`attendance.methods.${a.method}`)}</TableCell>
              <TableCell>{formatDateTime(a.recordedAt, i18n.language)}</TableCell>
              <TableCell>
                {a.withdrawnAt ? (
                  t('attendance.list.withdrawn', { reason: a.withdrawalReason })
                ) : !data.allowedActions.includes('withdraw') ? (
                  '—'
                ) : (
                  <Button
                    type="button"
                    id={`withdraw-${a.id}`}
                    appearance="secondary-action-button"
                    onClick={() => {
                      setMessage(null)
                      setWithdrawing(a)
                    }}
                  >
                    {t('attendance.list.withdraw', { name: a.name })}
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
      {data.total > data.items.length && (
        <Paragraph>{t('attendance.list.more', { shown: data.items.length })}</Paragraph>
      )}
      {withdrawing && <WithdrawForm key={withdrawing.id} attendance={withdrawing} onDone={done} />}
    </>
  )
}
