import { TableCell, TableRow } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../../components/AppLink.tsx'
import { DataTable } from '../../../components/DataTable.tsx'
import type { ApplicationSummary } from '../api/applications-api.ts'
import { formatDate, fullName } from '../applications.rules.ts'

/** Applications as a table; the first column links to `linkTo(id)`. */
export function ApplicationsTable({
  id,
  items,
  caption,
  linkTo,
  showName,
}: {
  id: string
  items: ApplicationSummary[]
  caption: string
  linkTo: (id: string) => string
  /** The register office sees who applied; the applicant sees the register first. */
  showName: boolean
}) {
  const { t, i18n } = useTranslation()
  const columns = [
    showName ? t('application.columns.name') : t('application.columns.register'),
    ...(showName ? [t('application.columns.register')] : []),
    t('application.columns.profession'),
    t('application.columns.kind'),
    t('application.columns.state'),
    showName ? t('application.columns.queuedAt') : t('application.columns.submittedAt'),
  ]
  return (
    <DataTable id={id} caption={caption} columns={columns}>
      {items.map((a) => (
        <TableRow key={a.id}>
          <TableCell>
            <AppLink to={linkTo(a.id)}>{showName ? fullName(a) : a.registerName}</AppLink>
          </TableCell>
          {showName && <TableCell>{a.registerName}</TableCell>}
          <TableCell>{a.profession}</TableCell>
          <TableCell>{t(`application.kind.${a.kind}`)}</TableCell>
          <TableCell>{t(`application.state.${a.state}`)}</TableCell>
          <TableCell>{formatDate(showName ? a.queuedAt : a.submittedAt, i18n.language)}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  )
}
