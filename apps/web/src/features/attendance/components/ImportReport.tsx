import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  TableCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../components/DataTable.tsx'
import { Notice } from '../../../components/Status.tsx'
import type { AttendanceImport, Outcome, ReportCounts } from '../api/attendance-api.ts'

/** At most this many rows in the table: rows with a problem first, then the matched ones. */
const MAX_ROWS = 500

const COUNT_KEYS: { key: keyof ReportCounts; outcome: Outcome }[] = [
  { key: 'matched', outcome: 'matched' },
  { key: 'unmatched', outcome: 'unmatched' },
  { key: 'duplicate', outcome: 'duplicate' },
  { key: 'notRegistered', outcome: 'not-registered' },
  { key: 'alreadyBooked', outcome: 'already-booked' },
  { key: 'invalid', outcome: 'invalid' },
]

/** The counts per outcome, as a list (also used in the history). */
export function ReportCountList({ counts }: { counts: ReportCounts }) {
  const { t } = useTranslation()
  return (
    <UnorderedList>
      {COUNT_KEYS.filter(({ key }) => counts[key] > 0 || key === 'matched').map(({ key, outcome }) => (
        <UnorderedListItem key={key}>
          {t(`attendance.outcomeCounts.${outcome}`, { count: counts[key] })}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  )
}

/**
 * The check report of a list or file: counts, a table per row, and — while it is only checked — the buttons to
 * confirm (book every matched row at once) or cancel.
 */
export function ImportReport({
  check,
  busy,
  onConfirm,
  onCancel,
  idPrefix,
}: {
  check: AttendanceImport
  busy: boolean
  onConfirm: () => void
  onCancel: () => void
  idPrefix: string
}) {
  const { t } = useTranslation()
  const rows = [...(check.report ?? [])].sort(
    (a, b) => Number(a.outcome === 'matched') - Number(b.outcome === 'matched') || a.line - b.line,
  )
  const shown = rows.slice(0, MAX_ROWS)
  const headingId = `${idPrefix}-report-heading`
  return (
    <section aria-labelledby={headingId} className="vr-section">
      <Heading level={3} id={headingId}>
        {check.kind === 'file'
          ? t('attendance.report.titleFile', { name: check.fileName })
          : t('attendance.report.titleList')}
      </Heading>
      {check.state === 'confirmed' && (
        <Notice>
          <Paragraph>{t('attendance.report.confirmed', { count: check.bookedCount })}</Paragraph>
        </Notice>
      )}
      {check.state === 'cancelled' && (
        <Notice type="info">
          <Paragraph>{t('attendance.report.cancelled')}</Paragraph>
        </Notice>
      )}
      <ReportCountList counts={check.counts} />
      <DataTable
        id={`${idPrefix}-report`}
        caption={
          rows.length > MAX_ROWS
            ? t('attendance.report.captionLimited', { shown: MAX_ROWS, count: rows.length })
            : t('attendance.report.caption', { count: rows.length })
        }
        columns={[
          t('attendance.report.columns.line'),
          t('attendance.report.columns.value'),
          t('attendance.report.columns.name'),
          t('attendance.report.columns.outcome'),
        ]}
      >
        {shown.map((row) => (
          <TableRow key={`${row.line}-${row.value}`}>
            <TableCell>{row.line}</TableCell>
            <TableCell>{row.value}</TableCell>
            <TableCell>{row.name ?? '—'}</TableCell>
            <TableCell>{t(`attendance.outcomes.${row.outcome}`)}</TableCell>
          </TableRow>
        ))}
      </DataTable>
      {check.state === 'checked' && (
        <>
          <Paragraph>
            {check.counts.matched > 0
              ? t('attendance.report.confirmHelp', { count: check.counts.matched })
              : t('attendance.report.nothingToBook')}
          </Paragraph>
          <ButtonGroup>
            {check.counts.matched > 0 && (
              <Button type="button" appearance="primary-action-button" busy={busy} onClick={onConfirm}>
                {t('attendance.report.confirm', { count: check.counts.matched })}
              </Button>
            )}
            <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={onCancel}>
              {t('attendance.report.cancel')}
            </Button>
          </ButtonGroup>
        </>
      )}
    </section>
  )
}
