import { TableCell, TableRow } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../../components/AppLink.tsx'
import { DataTable } from '../../../components/DataTable.tsx'
import type { Organisation } from '../../../lib/api.ts'

export const ORGANISATIONS_PATH = '/beheer/organisaties'
export const organisationPath = (id: string) => `${ORGANISATIONS_PATH}/${encodeURIComponent(id)}`

export function OrganisationsTable({ items, caption }: { items: Organisation[]; caption: string }) {
  const { t } = useTranslation()
  return (
    <DataTable
      id="organisations"
      caption={caption}
      columns={[t('organisations.columns.name'), t('organisations.columns.kind'), t('organisations.columns.city')]}
    >
      {items.map((organisation) => (
        <TableRow key={organisation.id}>
          <TableCell>
            <AppLink to={organisationPath(organisation.id)}>{organisation.name}</AppLink>
          </TableCell>
          <TableCell>{t(`orgKinds.${organisation.kind}`, { defaultValue: organisation.kind })}</TableCell>
          <TableCell>{organisation.city || '—'}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  )
}
