import { TableCell, TableRow } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../components/DataTable.tsx'
import type { HistoryEntry } from '../api/registrations-api.ts'
import { formatDate } from '../registrations.rules.ts'

/** The status history, oldest first: what happened, from which status to which, when, why, who (and who confirmed). */
export function HistoryTable({ items }: { items: HistoryEntry[] }) {
  const { t, i18n } = useTranslation()
  const status = (value: string | null) => (value ? t(`registrations.status.${value}`) : '—')
  return (
    <DataTable
      id="registration-history"
      caption={t('registrations.history.caption')}
      columns={[
        t('registrations.history.action'),
        t('registrations.history.change'),
        t('registrations.fields.effectiveDate'),
        t('registrations.fields.reason'),
        t('registrations.history.decidedBy'),
        t('registrations.fields.publicUntil'),
      ]}
    >
      {items.map((entry) => (
        <TableRow key={entry.id}>
          <TableCell>{t(`registrations.history.actions.${entry.action}`, { defaultValue: entry.action })}</TableCell>
          <TableCell>
            {status(entry.fromStatus)} → {status(entry.toStatus)}
          </TableCell>
          <TableCell>{formatDate(entry.effectiveDate, i18n.language)}</TableCell>
          <TableCell>{entry.reason || '—'}</TableCell>
          <TableCell>
            {entry.decidedBy ?? '—'}
            {entry.confirmedBy ? ` (${t('registrations.history.confirmedBy', { name: entry.confirmedBy })})` : ''}
          </TableCell>
          <TableCell>{formatDate(entry.publicUntil, i18n.language)}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  )
}
