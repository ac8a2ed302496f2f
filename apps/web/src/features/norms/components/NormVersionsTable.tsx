import { TableCell, TableRow } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../components/DataTable.tsx'
import type { Bounds, NormVersion } from '../api/norms-api.ts'

/** Every version of the norm, newest first; the one that applies today says so in words. */
export function NormVersionsTable({ items }: { items: NormVersion[] }) {
  const { t, i18n } = useTranslation()
  const p = (value: number | null) =>
    value === null ? t('dossier.none') : new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL').format(value)
  const bounds = (b: Bounds) => t('dossier.norms.bounds', { minimum: p(b.minimum), maximum: p(b.maximum) })
  const date = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    )
  return (
    <DataTable
      id="norm-versions"
      caption={t('dossier.norms.caption')}
      columns={[
        t('dossier.norms.columns.version'),
        t('dossier.norms.columns.validFrom'),
        t('dossier.norms.columns.total'),
        t('dossier.categories.training'),
        t('dossier.categories.reflection'),
        t('dossier.categories.free-choice'),
        t('dossier.norms.columns.cap'),
        t('dossier.norms.columns.proRata'),
        t('dossier.norms.columns.note'),
      ]}
    >
      {items.map((v) => (
        <TableRow key={v.id}>
          <TableCell>
            {v.version}
            {v.current && <> ({t('dossier.norms.current')})</>}
          </TableCell>
          <TableCell>{date(v.validFrom)}</TableCell>
          <TableCell>{p(v.totalPoints)}</TableCell>
          <TableCell>{bounds(v.categories.training)}</TableCell>
          <TableCell>{bounds(v.categories.reflection)}</TableCell>
          <TableCell>{bounds(v.categories.freeChoice)}</TableCell>
          <TableCell>{p(v.capPerActivity)}</TableCell>
          <TableCell>{v.proRata ? t('dossier.norms.yes') : t('dossier.norms.no')}</TableCell>
          <TableCell>{v.note}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  )
}
