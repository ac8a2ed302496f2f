import { DataList, DataListItem, DataListKey, DataListValue, Heading } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { documentUrl, type SelfReportDetail } from '../api/self-reports-api.ts'
import { formatDate, formatNumber, formatSize, fullName } from '../self-reports.rules.ts'
import { Outcome } from './SelfReportsTable.tsx'

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  )
}

/** One activity: who, what, when, how long, the category, the evidence (a download link) and the outcome. */
export function SelfReportFacts({ report: r }: { report: SelfReportDetail }) {
  const { t, i18n } = useTranslation()
  const date = (iso: string | null) => formatDate(iso, i18n.language)
  return (
    <section aria-labelledby="self-report-facts" className="vr-section">
      <Heading level={2} id="self-report-facts">
        {t('selfReports.facts.title')}
      </Heading>
      <DataList className="vr-data-list">
        <Item label={t('selfReports.facts.state')}>
          <strong>
            <Outcome report={r} />
          </strong>
        </Item>
        <Item label={t('selfReports.facts.name')}>{fullName(r)}</Item>
        <Item label={t('selfReports.facts.registration')}>
          {r.registerName} ({r.registrationNumber ?? '—'})
        </Item>
        <Item label={t('selfReports.facts.kind')}>{t(`selfReports.kind.${r.kind}`)}</Item>
        <Item label={t('selfReports.facts.activity')}>{r.title}</Item>
        {r.description && <Item label={t('selfReports.facts.description')}>{r.description}</Item>}
        <Item label={t('selfReports.facts.activityDate')}>{date(r.activityDate)}</Item>
        <Item label={t('selfReports.facts.hours')}>{formatNumber(r.hours, i18n.language)}</Item>
        <Item label={t('selfReports.facts.requestedCategory')}>{t(`selfReports.category.${r.requestedCategory}`)}</Item>
        <Item label={t('selfReports.facts.evidence')}>
          {t(`selfReports.evidenceKind.${r.evidenceKind}`)}:{' '}
          <a className="utrecht-link utrecht-link--html-a" href={documentUrl(r.evidence.id)} download>
            {t('selfReports.facts.download', {
              name: r.evidence.fileName,
              size: formatSize(r.evidence.sizeBytes, i18n.language),
            })}
          </a>
        </Item>
        <Item label={t('selfReports.facts.submittedAt')}>{date(r.submittedAt)}</Item>
        {r.reviewedAt && (
          <Item label={t('selfReports.facts.reviewedAt')}>
            {r.reviewedBy
              ? t('selfReports.facts.reviewedBy', { date: date(r.reviewedAt), name: r.reviewedBy })
              : date(r.reviewedAt)}
          </Item>
        )}
        {r.decisionReason && <Item label={t('selfReports.facts.reason')}>{r.decisionReason}</Item>}
        {r.spotCheck?.drawn && (
          <Item label={t('selfReports.facts.spotCheck')}>
            {r.spotCheck.outcome
              ? t(`selfReports.spotCheck.outcome.${r.spotCheck.outcome}`)
              : t('selfReports.spotCheck.waiting')}
          </Item>
        )}
      </DataList>
    </section>
  )
}
