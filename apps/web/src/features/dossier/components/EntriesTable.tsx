import { TableCell, TableRow } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../components/DataTable.tsx'
import { formatDateTime } from '../../../lib/format.ts'
import type { DossierEntry } from '../api/dossier-api.ts'
import { formatLongDate, formatPoints } from '../dossier.rules.ts'

/** The ledger entries of a cycle, newest first; a withdrawal and the withdrawn booking say so in words. */
export function EntriesTable({ entries, idBase }: { entries: DossierEntry[]; idBase: string }) {
  const { t, i18n } = useTranslation()
  return (
    <DataTable
      id={`${idBase}-entries`}
      caption={t('dossier.entries.caption')}
      columns={[
        t('dossier.columns.date'),
        t('dossier.columns.reference'),
        t('dossier.columns.category'),
        t('dossier.columns.points'),
        t('dossier.columns.source'),
        t('dossier.columns.bookedAt'),
      ]}
    >
      {entries.map((e) => (
        <TableRow key={e.id}>
          <TableCell>{formatLongDate(e.activityDate, i18n.language)}</TableCell>
          <TableCell>
            {e.reference}
            {e.reversesEntryId && (
              <>
                {' '}
                ({t('dossier.entries.reversal')}
                {e.note ? `: ${e.note}` : ''})
              </>
            )}
            {e.reversedAt && <> ({t('dossier.entries.reversed')})</>}
          </TableCell>
          <TableCell>{t(`dossier.categories.${e.category}`)}</TableCell>
          <TableCell>{formatPoints(e.points, i18n.language)}</TableCell>
          <TableCell>{t(`dossier.sources.${e.source}`)}</TableCell>
          <TableCell>{formatDateTime(e.bookedAt, i18n.language)}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  )
}
