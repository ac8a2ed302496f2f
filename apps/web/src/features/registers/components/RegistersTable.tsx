import { TableCell, TableRow } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../../components/AppLink.tsx'
import { DataTable } from '../../../components/DataTable.tsx'
import type { RegisterListItem } from '../api/registers-api.ts'

export const REGISTERS_PATH = '/beheer/registers'
export const NEW_REGISTER_PATH = `${REGISTERS_PATH}/nieuw`
export const registerPath = (id: string) => `${REGISTERS_PATH}/${encodeURIComponent(id)}`

export function RegistersTable({ items }: { items: RegisterListItem[] }) {
  const { t } = useTranslation()
  return (
    <DataTable
      id="registers"
      caption={t('registers.caption')}
      columns={[
        t('registers.columns.name'),
        t('registers.columns.numberPrefix'),
        t('registers.columns.professions'),
        t('registers.columns.cycleYears'),
      ]}
    >
      {items.map((register) => (
        <TableRow key={register.id}>
          <TableCell>
            <AppLink to={registerPath(register.id)}>
              {register.name}
              <span className="vr-visually-hidden">{t('registers.editSuffix')}</span>
            </AppLink>
          </TableCell>
          <TableCell>{register.numberPrefix}</TableCell>
          <TableCell>{register.professions.join(', ')}</TableCell>
          <TableCell>{t('registers.years', { count: register.cycleYears })}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  )
}
