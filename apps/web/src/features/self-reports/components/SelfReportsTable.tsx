import { TableCell, TableRow } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../../components/AppLink.tsx'
import { DataTable } from '../../../components/DataTable.tsx'
import type { SelfReportSummary } from '../api/self-reports-api.ts'
import { formatDate, formatNumber, fullName } from '../self-reports.rules.ts'

/** What the professional sees about the outcome: points granted, withdrawn, or the state. */
export function Outcome({ report: r, showReason = false }: { report: SelfReportSummary; showReason?: boolean }) {
  const { t, i18n } = useTranslation()
  const withReason = (text: string) => (showReason && r.decisionReason ? `${text} ${r.decisionReason}` : text)
  if (r.state === 'approved' && r.pointsGranted !== null) {
    if (r.pointsWithdrawn) return <>{withReason(t('selfReports.outcome.withdrawn'))}</>
    return (
      <>
        {t('selfReports.outcome.granted', {
          points: formatNumber(r.pointsGranted, i18n.language),
          category: t(`selfReports.category.${r.categoryGranted}`),
        })}
      </>
    )
  }
  return (
    <>{r.state === 'rejected' ? withReason(t('selfReports.outcome.rejected')) : t(`selfReports.state.${r.state}`)}</>
  )
}

/** Self-reported activities as a table; the office sees who, the professional sees the outcome and actions. */
export function SelfReportsTable({
  id,
  items,
  caption,
  linkTo,
  showName,
  actions,
}: {
  id: string
  items: SelfReportSummary[]
  caption: string
  /** When set, the title links to the detail page. */
  linkTo?: (id: string) => string
  showName: boolean
  actions?: (report: SelfReportSummary) => ReactNode
}) {
  const { t, i18n } = useTranslation()
  const columns = [
    t('selfReports.columns.title'),
    ...(showName ? [t('selfReports.columns.name'), t('selfReports.columns.registrationNumber')] : []),
    t('selfReports.columns.kind'),
    t('selfReports.columns.activityDate'),
    t('selfReports.columns.hours'),
    t('selfReports.columns.category'),
    showName ? t('selfReports.columns.submittedAt') : t('selfReports.columns.outcome'),
    ...(actions ? [t('selfReports.columns.actions')] : []),
  ]
  return (
    <DataTable id={id} caption={caption} columns={columns}>
      {items.map((r) => (
        <TableRow key={r.id}>
          <TableCell>{linkTo ? <AppLink to={linkTo(r.id)}>{r.title}</AppLink> : r.title}</TableCell>
          {showName && (
            <>
              <TableCell>{fullName(r)}</TableCell>
              <TableCell>{r.registrationNumber ?? '—'}</TableCell>
            </>
          )}
          <TableCell>{t(`selfReports.kind.${r.kind}`)}</TableCell>
          <TableCell>{formatDate(r.activityDate, i18n.language)}</TableCell>
          <TableCell>{formatNumber(r.hours, i18n.language)}</TableCell>
          <TableCell>{t(`selfReports.category.${r.requestedCategory}`)}</TableCell>
          <TableCell>
            {showName ? formatDate(r.submittedAt, i18n.language) : <Outcome report={r} showReason />}
          </TableCell>
          {actions && <TableCell>{actions(r)}</TableCell>}
        </TableRow>
      ))}
    </DataTable>
  )
}
