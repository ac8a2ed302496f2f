import { TableCell, TableRow } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../components/DataTable.tsx'
import type { NormCheckLine } from '../api/reregistration-api.ts'
import { formatPoints } from '../reregistration.rules.ts'

/** The norm check line by line: per part and in total what is required, what counts, and in order or short by N. */
export function NormCheckTable({ id, caption, lines }: { id: string; caption: string; lines: NormCheckLine[] }) {
  const { t, i18n } = useTranslation()
  const points = (value: number) => formatPoints(value, i18n.language)
  return (
    <DataTable
      id={id}
      caption={caption}
      columns={[
        t('reregistration.columns.category'),
        t('reregistration.columns.required'),
        t('reregistration.columns.counted'),
        t('reregistration.columns.result'),
      ]}
    >
      {lines.map((line) => (
        <TableRow key={line.category}>
          <TableCell>{t(`reregistration.categories.${line.category}`)}</TableCell>
          <TableCell>{points(line.required)}</TableCell>
          <TableCell>{points(line.counted)}</TableCell>
          <TableCell>
            {line.ok ? t('reregistration.result.ok') : t('reregistration.result.short', { points: points(line.short) })}
          </TableCell>
        </TableRow>
      ))}
    </DataTable>
  )
}
