import { TableCell, TableRow } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../components/DataTable.tsx'
import type { Cycle, CycleDecision } from '../api/registrations-api.ts'
import { formatDate } from '../registrations.rules.ts'

export function CyclesTable({ items }: { items: Cycle[] }) {
  const { t, i18n } = useTranslation()
  return (
    <DataTable
      id="registration-cycles"
      caption={t('registrations.cycles.caption')}
      columns={[
        t('registrations.cycles.number'),
        t('registrations.cycles.start'),
        t('registrations.cycles.end'),
        t('registrations.fields.postponedUntil'),
        t('registrations.cycles.state'),
      ]}
    >
      {items.map((cycle) => (
        <TableRow key={cycle.id}>
          <TableCell>{cycle.number}</TableCell>
          <TableCell>{formatDate(cycle.startDate, i18n.language)}</TableCell>
          <TableCell>{formatDate(cycle.endDate, i18n.language)}</TableCell>
          <TableCell>{formatDate(cycle.postponedUntil, i18n.language)}</TableCell>
          <TableCell>{cycle.closed ? t('registrations.cycles.closed') : t('registrations.cycles.open')}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  )
}

export function DecisionsTable({ items }: { items: CycleDecision[] }) {
  const { t, i18n } = useTranslation()
  return (
    <DataTable
      id="registration-decisions"
      caption={t('registrations.decisions.caption')}
      columns={[
        t('registrations.decisions.kind'),
        t('registrations.cycles.number'),
        t('registrations.fields.reason'),
        t('registrations.decisions.result'),
        t('registrations.decisions.decided'),
      ]}
    >
      {items.map((decision) => (
        <TableRow key={decision.id}>
          <TableCell>{t(`registrations.decisions.kinds.${decision.kind}`)}</TableCell>
          <TableCell>{decision.cycleNumber}</TableCell>
          <TableCell>{decision.reason}</TableCell>
          <TableCell>
            {decision.kind === 'postponement'
              ? t('registrations.decisions.postponedTo', { date: formatDate(decision.postponedUntil, i18n.language) })
              : decision.outcome}
          </TableCell>
          <TableCell>
            {formatDate(decision.decidedAt, i18n.language)}
            {decision.decidedBy ? `, ${decision.decidedBy}` : ''}
          </TableCell>
        </TableRow>
      ))}
    </DataTable>
  )
}
