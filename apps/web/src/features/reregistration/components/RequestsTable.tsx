import { TableCell, TableRow } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../../components/AppLink.tsx'
import { DataTable } from '../../../components/DataTable.tsx'
import type { RequestSummary } from '../api/reregistration-api.ts'
import { formatDate, fullName } from '../reregistration.rules.ts'

/** Requests as a table: the register office sees who asked (linked); the professional sees the decision. */
export function RequestsTable({
  id,
  caption,
  items,
  linkTo,
}: {
  id: string
  caption: string
  items: RequestSummary[]
  /** For the register office: the first column links to the request. */
  linkTo?: (id: string) => string
}) {
  const { t, i18n } = useTranslation()
  const date = (iso: string | null) => formatDate(iso, i18n.language)
  const columns = linkTo
    ? [
        t('reregistration.columns.name'),
        t('reregistration.columns.number'),
        t('reregistration.columns.kind'),
        t('reregistration.columns.meetsNorm'),
        t('reregistration.columns.cycleEnd'),
        t('reregistration.columns.state'),
        t('reregistration.columns.submittedAt'),
      ]
    : [
        t('reregistration.columns.kind'),
        t('reregistration.columns.state'),
        t('reregistration.columns.submittedAt'),
        t('reregistration.columns.decision'),
      ]
  return (
    <DataTable id={id} caption={caption} columns={columns}>
      {items.map((r) =>
        linkTo ? (
          <TableRow key={r.id}>
            <TableCell>
              <AppLink to={linkTo(r.id)}>{fullName(r)}</AppLink>
            </TableCell>
            <TableCell>{r.registrationNumber ?? '—'}</TableCell>
            <TableCell>{t(`reregistration.kinds.${r.kind}`)}</TableCell>
            <TableCell>{r.meetsNorm ? t('reregistration.yes') : t('reregistration.no')}</TableCell>
            <TableCell>{date(r.cycleEnd)}</TableCell>
            <TableCell>{t(`reregistration.states.${r.state}`)}</TableCell>
            <TableCell>{date(r.submittedAt)}</TableCell>
          </TableRow>
        ) : (
          <TableRow key={r.id}>
            <TableCell>{t(`reregistration.kinds.${r.kind}`)}</TableCell>
            <TableCell>{t(`reregistration.states.${r.state}`)}</TableCell>
            <TableCell>{date(r.submittedAt)}</TableCell>
            <TableCell>{r.decisionReason || '—'}</TableCell>
          </TableRow>
        ),
      )}
    </DataTable>
  )
}
