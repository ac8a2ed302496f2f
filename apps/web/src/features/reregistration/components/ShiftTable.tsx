import { TableCell, TableRow } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../components/DataTable.tsx'
import type { ShiftOption } from '../api/reregistration-api.ts'
import { formatDate, formatPoints } from '../reregistration.rules.ts'

/** The simulation of a limited-term re-registration: per shift the new period, what lapses, and where it leads. */
export function ShiftTable({ id, caption, items }: { id: string; caption: string; items: ShiftOption[] }) {
  const { t, i18n } = useTranslation()
  const points = (value: number) => formatPoints(value, i18n.language)
  const date = (iso: string) => formatDate(iso, i18n.language)
  return (
    <DataTable
      id={id}
      caption={caption}
      columns={[
        t('reregistration.columns.shift'),
        t('reregistration.columns.period'),
        t('reregistration.columns.lapsing'),
        t('reregistration.columns.counted'),
        t('reregistration.columns.required'),
        t('reregistration.columns.result'),
      ]}
    >
      {items.map((o) => {
        const short = o.lines.filter((l) => !l.ok && l.category !== 'total')
        return (
          <TableRow key={o.shiftYears}>
            <TableCell>{t('reregistration.shiftYears', { count: o.shiftYears })}</TableCell>
            <TableCell>
              {date(o.startDate)} – {date(o.endDate)}
            </TableCell>
            <TableCell>{points(o.lapsing)}</TableCell>
            <TableCell>{points(o.counted)}</TableCell>
            <TableCell>{points(o.required)}</TableCell>
            <TableCell>
              {o.meetsNorm
                ? t('reregistration.mine.limited.meets')
                : t('reregistration.mine.limited.remaining', { points: points(o.remaining) })}
              {short.length > 0 && (
                <>
                  {' '}
                  (
                  {short
                    .map(
                      (l) =>
                        `${t(`reregistration.categories.${l.category}`)}: ${t('reregistration.result.short', { points: points(l.short) })}`,
                    )
                    .join('; ')}
                  )
                </>
              )}
            </TableCell>
          </TableRow>
        )
      })}
    </DataTable>
  )
}
