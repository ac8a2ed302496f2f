import { TableCell, TableRow } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../../components/AppLink.tsx'
import { DataTable } from '../../../components/DataTable.tsx'
import { formatDate, formatNumber } from '../accreditation.rules.ts'
import type { ActivitySummary } from '../api/accreditation-api.ts'

/** Activities as a table; the title links to `linkTo(id)`. The register office also sees the provider. */
export function ActivitiesTable({
  id,
  items,
  caption,
  linkTo,
  showProvider,
}: {
  id: string
  items: ActivitySummary[]
  caption: string
  linkTo: (id: string) => string
  showProvider: boolean
}) {
  const { t, i18n } = useTranslation()
  const columns = [
    t('accreditation.columns.title'),
    ...(showProvider ? [t('accreditation.columns.provider')] : []),
    t('accreditation.columns.format'),
    t('accreditation.columns.hours'),
    t('accreditation.columns.state'),
    t('accreditation.columns.publicId'),
    t('accreditation.columns.submittedAt'),
  ]
  return (
    <DataTable id={id} caption={caption} columns={columns}>
      {items.map((a) => (
        <TableRow key={a.id}>
          <TableCell>
            <AppLink to={linkTo(a.id)}>{a.title}</AppLink>
          </TableCell>
          {showProvider && <TableCell>{a.providerName}</TableCell>}
          <TableCell>{t(`accreditation.format.${a.format}`)}</TableCell>
          <TableCell>{formatNumber(a.netHours, i18n.language)}</TableCell>
          <TableCell>
            {t(`accreditation.state.${a.state}`)}
            {a.fastTrack && a.state === 'accredited' ? ` (${t('accreditation.facts.fastTrack')})` : ''}
          </TableCell>
          <TableCell>{a.publicId ?? '—'}</TableCell>
          <TableCell>{formatDate(a.submittedAt, i18n.language)}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  )
}
