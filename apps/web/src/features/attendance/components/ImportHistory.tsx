import { Paragraph, TableCell, TableRow } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../components/DataTable.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { formatDateTime } from '../../../lib/format.ts'
import { useImports } from '../api/attendance-api.ts'
import { ReportCountList } from './ImportReport.tsx'

/** The lists and files checked for this run, newest first, with their counts. */
export function ImportHistory({ runId }: { runId: string }) {
  const { t, i18n } = useTranslation()
  const query = useImports(runId)
  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  if (query.data.items.length === 0) return <Paragraph>{t('attendance.history.empty')}</Paragraph>
  return (
    <DataTable
      id="imports"
      caption={t('attendance.history.caption', { count: query.data.total })}
      columns={[
        t('attendance.history.columns.when'),
        t('attendance.history.columns.what'),
        t('attendance.history.columns.state'),
        t('attendance.history.columns.counts'),
        t('attendance.history.columns.booked'),
      ]}
    >
      {query.data.items.map((i) => (
        <TableRow key={i.id}>
          <TableCell>{formatDateTime(i.createdAt, i18n.language)}</TableCell>
          <TableCell>{i.kind === 'file' ? i.fileName : t('attendance.history.list')}</TableCell>
          <TableCell>{t(`attendance.history.states.${i.state}`)}</TableCell>
          <TableCell>
            <ReportCountList counts={i.counts} />
          </TableCell>
          <TableCell>{i.bookedCount}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  )
}
