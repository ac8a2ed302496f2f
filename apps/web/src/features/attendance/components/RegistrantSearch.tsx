import { useQueryClient } from '@tanstack/react-query'
import { Button, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../components/DataTable.tsx'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { Notice } from '../../../components/Status.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { ApiError } from '../../../lib/api.ts'
import { useFormErrors } from '../../../lib/form.ts'
import { attendanceApi, attendanceKey, type RegistrantHit } from '../api/attendance-api.ts'

const NUMBER = 'search-number'
const SURNAME = 'search-surname'
const INITIALS = 'search-initials'

/** Find one registrant by number, or by surname with initials, and book their attendance. */
export function RegistrantSearch({ runId }: { runId: string }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [number, setNumber] = useState('')
  const [surname, setSurname] = useState('')
  const [initials, setInitials] = useState('')
  const [hits, setHits] = useState<RegistrantHit[] | null>(null)
  const [booked, setBooked] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const { errors, clear, fail, failFromApi } = useFormErrors({
    registrationNumber: NUMBER,
    surname: SURNAME,
    initials: INITIALS,
  })

  async function search(event: FormEvent) {
    event.preventDefault()
    clear()
    setBooked(null)
    if (number.trim() === '' && surname.trim().length < 2) {
      fail({ [NUMBER]: t('attendance.search.required') })
      return
    }
    setBusy(true)
    try {
      const query = number.trim() ? { registrationNumber: number.trim() } : { surname: surname.trim(), initials }
      setHits((await attendanceApi.search(runId, query)).items)
    } catch (error) {
      failFromApi(error, t('common.loadFailed'), [NUMBER, SURNAME, INITIALS])
    } finally {
      setBusy(false)
    }
  }

  async function book(hit: RegistrantHit) {
    clear()
    setBusy(true)
    try {
      await attendanceApi.record(runId, hit.registrationNumber)
      setBooked(t('attendance.search.booked', { name: hit.name }))
      setHits((list) => list?.map((h) => (h === hit ? { ...h, present: true, bookable: false } : h)) ?? null)
      await queryClient.invalidateQueries({ queryKey: attendanceKey(runId) })
    } catch (error) {
      fail({}, error instanceof ApiError && error.detail ? error.detail : t('common.loadFailed'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <form onSubmit={search} noValidate className="vr-form" aria-labelledby="search-heading">
        <ErrorSummary
          errors={errors}
          fieldIds={{ [NUMBER]: NUMBER, [SURNAME]: SURNAME, [INITIALS]: INITIALS }}
          id="search-errors"
          headingLevel={3}
        />
        <TextField
          id={NUMBER}
          label={t('attendance.search.number')}
          description={t('attendance.search.numberHelp')}
          value={number}
          onChange={setNumber}
          error={errors.fields[NUMBER]}
          autoComplete="off"
        />
        <TextField
          id={SURNAME}
          label={t('attendance.search.surname')}
          value={surname}
          onChange={setSurname}
          error={errors.fields[SURNAME]}
        />
        <TextField
          id={INITIALS}
          label={t('attendance.search.initials')}
          value={initials}
          onChange={setInitials}
          error={errors.fields[INITIALS]}
        />
        <Button type="submit" appearance="secondary-action-button" busy={busy && hits === null}>
          {t('attendance.search.submit')}
        </Button>
      </form>
      {booked && (
        <Notice>
          <Paragraph>{booked}</Paragraph>
        </Notice>
      )}
      {hits !== null &&
        (hits.length === 0 ? (
          <Paragraph role="status">{t('attendance.search.none')}</Paragraph>
        ) : (
          <DataTable
            id="search-results"
            caption={t('attendance.search.caption', { count: hits.length })}
            columns={[
              t('attendance.columns.name'),
              t('attendance.columns.number'),
              t('attendance.columns.status'),
              t('attendance.columns.action'),
            ]}
          >
            {hits.map((hit) => (
              <TableRow key={hit.registrationNumber}>
                <TableCell>{hit.name}</TableCell>
                <TableCell>{hit.registrationNumber}</TableCell>
                <TableCell>{t(`attendance.statuses.${hit.status}`)}</TableCell>
                <TableCell>
                  {hit.present ? (
                    t('attendance.search.present')
                  ) : hit.bookable ? (
                    <Button type="button" appearance="primary-action-button" disabled={busy} onClick={() => book(hit)}>
                      {t('attendance.search.book', { name: hit.name })}
                    </Button>
                  ) : (
                    t('attendance.search.notBookable')
                  )}
                </TableCell>
              </TableRow>
            ))}
          </DataTable>
        ))}
    </>
  )
}
