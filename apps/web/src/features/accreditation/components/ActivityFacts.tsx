import { DataList, DataListItem, DataListKey, DataListValue, Heading } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate, formatNumber } from '../accreditation.rules.ts'
import type { ActivityDetail } from '../api/accreditation-api.ts'

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  )
}

const list = (items: string[]) => (items.length ? items.join(', ') : '—')

/** The request (what the provider submitted) and the decision on it. */
export function ActivityFacts({ activity: a, extra }: { activity: ActivityDetail; extra?: ReactNode }) {
  const { t, i18n } = useTranslation()
  const date = (iso: string | null) => formatDate(iso, i18n.language)
  const number = (value: number | null) => formatNumber(value, i18n.language)
  return (
    <>
      <section aria-labelledby="activity-decision" className="vr-section">
        <Heading level={2} id="activity-decision">
          {t('accreditation.facts.decisionTitle')}
        </Heading>
        <DataList className="vr-data-list">
          <Item label={t('accreditation.facts.state')}>
            <strong>{t(`accreditation.state.${a.state}`)}</strong>
            {a.fastTrack && ` (${t('accreditation.facts.fastTrack')})`}
          </Item>
          {a.publicId && <Item label={t('accreditation.facts.publicId')}>{a.publicId}</Item>}
          {a.state === 'accredited' && (
            <>
              <Item label={t('accreditation.facts.points')}>
                {t('accreditation.facts.pointsValue', {
                  points: number(a.points),
                  category: a.category ? t(`accreditation.category.${a.category}`) : '—',
                })}
              </Item>
              <Item label={t('accreditation.facts.validity')}>
                {t('accreditation.facts.validityValue', { from: date(a.validFrom), until: date(a.validUntil) })}
              </Item>
            </>
          )}
          <Item label={t('accreditation.facts.submittedAt')}>{date(a.submittedAt)}</Item>
          {a.decidedAt && <Item label={t('accreditation.facts.decidedAt')}>{date(a.decidedAt)}</Item>}
          {a.decisionReason && <Item label={t('accreditation.facts.reason')}>{a.decisionReason}</Item>}
          {a.objectionDeadline && new Date(a.objectionDeadline).getTime() > Date.now() && (
            <Item label={t('accreditation.facts.objectionDeadline')}>{date(a.objectionDeadline)}</Item>
          )}
          {extra}
        </DataList>
      </section>
      <section aria-labelledby="activity-request" className="vr-section">
        <Heading level={2} id="activity-request">
          {t('accreditation.facts.requestTitle')}
        </Heading>
        <DataList className="vr-data-list">
          <Item label={t('accreditation.facts.provider')}>{a.providerName}</Item>
          <Item label={t('accreditation.facts.format')}>{t(`accreditation.format.${a.format}`)}</Item>
          <Item label={t('accreditation.facts.netHours')}>{number(a.netHours)}</Item>
          <Item label={t('accreditation.facts.requestedCategory')}>
            {t(`accreditation.category.${a.requestedCategory}`)}
          </Item>
          <Item label={t('accreditation.facts.description')}>{a.description}</Item>
          <Item label={t('accreditation.facts.learningGoals')}>{a.learningGoals}</Item>
          <Item label={t('accreditation.facts.targetProfessions')}>{list(a.targetProfessions)}</Item>
          <Item label={t('accreditation.facts.teachers')}>{list(a.teachers)}</Item>
          <Item label={t('accreditation.facts.finalTest')}>{a.finalTest || '—'}</Item>
        </DataList>
      </section>
    </>
  )
}
