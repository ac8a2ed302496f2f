import { TableCell, TableRow } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../../components/AppLink.tsx'
import { DataTable } from '../../../components/DataTable.tsx'
import type { RegistrationSummary } from '../api/registrations-api.ts'
import { formatDate, personName, registrationDetailPath } from '../registrations.rules.ts'

export function RegistrationsTable({ items, caption }: { items: RegistrationSummary[]; caption: string }) {
  const { t, i18n } = useTranslation()
  return (
    <DataTable
      id="registrations"
      caption={caption}
      columns={[
        t('registrations.columns.name'),
        t('registrations.columns.number'),
        t('registrations.columns.register'),
        t('registrations.columns.profession'),
        t('registrations.columns.status'),
        t('registrations.columns.cycleEnd'),
      ]}
    >
      {items.map((item) => (
        <TableRow key={item.id}>
          <TableCell>
            <AppLink to={registrationDetailPath(item.id)}>{personName(item)}</AppLink>
          </TableCell>
          <TableCell>{item.registrationNumber ?? '—'}</TableCell>
          <TableCell>{item.register}</TableCell>
          <TableCell>{item.profession}</TableCell>
          <TableCell>{t(`registrations.status.${item.status}`)}</TableCell>
          <TableCell>{formatDate(item.cycleEnd, i18n.language)}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  )
}
