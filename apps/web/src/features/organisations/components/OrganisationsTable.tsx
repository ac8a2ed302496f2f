import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../../components/AppLink.tsx'
import { ScrollRegion } from '../../../components/ScrollRegion.tsx'
import type { Organisation } from '../../../lib/api.ts'

export const ORGANISATIONS_PATH = '/beheer/organisaties'
export const organisationPath = (id: string) => `${ORGANISATIONS_PATH}/${encodeURIComponent(id)}`

export function OrganisationsTable({ items, caption }: { items: Organisation[]; caption: string }) {
  const { t } = useTranslation()
  return (
    <ScrollRegion labelledBy="organisations-caption">
      <Table className="vr-table">
        <TableCaption id="organisations-caption" className="vr-table__caption">
          {caption}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('organisations.columns.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('organisations.columns.kind')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('organisations.columns.city')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((organisation) => (
            <TableRow key={organisation.id}>
              <TableCell>
                <AppLink to={organisationPath(organisation.id)}>{organisation.name}</AppLink>
              </TableCell>
              <TableCell>{t(`orgKinds.${organisation.kind}`, { defaultValue: organisation.kind })}</TableCell>
              <TableCell>{organisation.city || '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  )
}
