import { Button, Heading, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../../components/AppLink.tsx'
import { CheckboxField } from '../../../components/CheckboxField.tsx'
import { DataTable } from '../../../components/DataTable.tsx'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { Notice } from '../../../components/Status.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { useFormErrors } from '../../../lib/form.ts'
import { runDates } from '../accreditation.rules.ts'
import type { Run, RunInput } from '../api/accreditation-api.ts'

const FIELDS = ['startsOn', 'endsOn', 'location', 'online'] as const
const EMPTY: RunInput = { startsOn: '', endsOn: '', location: '', online: false }
/** The attendance page of a run (attendance feature): who was there, add participants, upload a list. */
const attendancePath = (runId: string) => `/aanbieder/uitvoeringen/${runId}/presentie`

/** The runs of an accredited activity; the provider adds, changes and deletes them when `canManage`. */
export function RunsSection({
  runs,
  canManage,
  onSave,
  onDelete,
}: {
  runs: Run[]
  canManage: boolean
  onSave: (input: RunInput, runId: string | null) => Promise<void>
  onDelete: (runId: string) => Promise<void>
}) {
  const { t, i18n } = useTranslation()
  const [values, setValues] = useState<RunInput>(EMPTY)
  const [editing, setEditing] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const { errors, clear, failFromApi } = useFormErrors()
  const fieldIds = Object.fromEntries(FIELDS.map((f) => [f, `run-${f}`]))

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    try {
      await onSave({ ...values, endsOn: values.endsOn || values.startsOn }, editing)
      setNotice(t(editing ? 'accreditation.runs.changed' : 'accreditation.runs.added'))
      setValues(EMPTY)
      setEditing(null)
      clear()
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), FIELDS)
    }
    setBusy(false)
  }

  async function remove(run: Run) {
    setNotice(null)
    try {
      await onDelete(run.id)
      setNotice(t('accreditation.runs.deleted'))
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), [])
    }
  }

  const columns = [
    t('accreditation.runs.dates'),
    t('accreditation.runs.place'),
    t('accreditation.runs.attendance'),
    ...(canManage ? [t('accreditation.runs.actions')] : []),
  ]
  return (
    <section aria-labelledby="runs" className="vr-section">
      <Heading level={2} id="runs">
        {t('accreditation.runs.title')}
      </Heading>
      {notice && <Notice>{notice}</Notice>}
      {runs.length === 0 ? (
        <Paragraph>{t('accreditation.runs.none')}</Paragraph>
      ) : (
        <DataTable id="runs-table" caption={t('accreditation.runs.caption')} columns={columns}>
          {runs.map((run) => (
            <TableRow key={run.id}>
              <TableCell>{runDates(run, i18n.language)}</TableCell>
              <TableCell>{run.online ? t('accreditation.runs.online') : run.location}</TableCell>
              <TableCell>
                <AppLink to={attendancePath(run.id)}>
                  {t('accreditation.runs.attendanceLink', { dates: runDates(run, i18n.language) })}
                </AppLink>
              </TableCell>
              {canManage && (
                <TableCell>
                  <Button
                    appearance="secondary-action-button"
                    onClick={() => {
                      setEditing(run.id)
                      setValues({
                        startsOn: run.startsOn,
                        endsOn: run.endsOn,
                        location: run.location,
                        online: run.online,
                      })
                      document.getElementById('run-startsOn')?.focus()
                    }}
                  >
                    {t('accreditation.runs.edit', { dates: runDates(run, i18n.language) })}
                  </Button>{' '}
                  <Button appearance="subtle-button" onClick={() => remove(run)}>
                    {t('accreditation.runs.delete', { dates: runDates(run, i18n.language) })}
                  </Button>
                </TableCell>
              )}
            </TableRow>
          ))}
        </DataTable>
      )}
      {canManage && (
        <>
          <Heading level={3} id="run-form-title">
            {t(editing ? 'accreditation.runs.editTitle' : 'accreditation.runs.addTitle')}
          </Heading>
          <ErrorSummary errors={errors} fieldIds={fieldIds} headingLevel={3} id="run-errors" />
          <form noValidate onSubmit={submit} className="vr-form" aria-labelledby="run-form-title">
            <TextField
              id="run-startsOn"
              name="startsOn"
              type="date"
              label={t('accreditation.runs.startsOn')}
              value={values.startsOn}
              onChange={(startsOn) => setValues((v) => ({ ...v, startsOn }))}
              error={errors.fields.startsOn}
              required
            />
            <TextField
              id="run-endsOn"
              name="endsOn"
              type="date"
              label={t('accreditation.runs.endsOn')}
              description={t('accreditation.runs.endsOnHelp')}
              value={values.endsOn}
              onChange={(endsOn) => setValues((v) => ({ ...v, endsOn }))}
              error={errors.fields.endsOn}
            />
            <CheckboxField
              id="run-online"
              name="online"
              label={t('accreditation.runs.onlineLabel')}
              checked={values.online}
              onChange={(online) => setValues((v) => ({ ...v, online }))}
              error={errors.fields.online}
            />
            <TextField
              id="run-location"
              name="location"
              label={t('accreditation.runs.location')}
              description={t('accreditation.runs.locationHelp')}
              value={values.location}
              onChange={(location) => setValues((v) => ({ ...v, location }))}
              error={errors.fields.location}
            />
            <Button type="submit" appearance="primary-action-button" busy={busy}>
              {t(editing ? 'accreditation.runs.saveChange' : 'accreditation.runs.add')}
            </Button>
            {editing && (
              <Button
                appearance="secondary-action-button"
                onClick={() => {
                  setEditing(null)
                  setValues(EMPTY)
                  clear()
                }}
              >
                {t('accreditation.runs.cancel')}
              </Button>
            )}
          </form>
        </>
      )}
    </section>
  )
}
