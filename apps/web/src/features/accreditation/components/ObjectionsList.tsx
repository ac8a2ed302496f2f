import { DataList, DataListItem, DataListKey, DataListValue, Heading } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../accreditation.rules.ts'
import type { Objection } from '../api/accreditation-api.ts'

/** The objections to an activity's decisions, oldest first, with their outcome. */
export function ObjectionsList({ objections }: { objections: Objection[] }) {
  const { t, i18n } = useTranslation()
  if (objections.length === 0) return null
  return (
    <section aria-labelledby="objections" className="vr-section">
      <Heading level={2} id="objections">
        {t('accreditation.objections.title')}
      </Heading>
      {objections.map((o, index) => (
        <DataList key={o.id} className="vr-data-list" aria-label={t('accreditation.objections.one', { n: index + 1 })}>
          <DataListItem>
            <DataListKey>{t('accreditation.objections.state')}</DataListKey>
            <DataListValue>
              <strong>{t(`accreditation.objections.states.${o.state}`)}</strong>
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('accreditation.objections.submittedAt')}</DataListKey>
            <DataListValue>
              {formatDate(o.submittedAt, i18n.language)}
              {o.submittedBy ? ` (${o.submittedBy})` : ''}
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('accreditation.objections.reason')}</DataListKey>
            <DataListValue>{o.reason}</DataListValue>
          </DataListItem>
          {o.originalDecider !== undefined && (
            <DataListItem>
              <DataListKey>{t('accreditation.objections.originalDecider')}</DataListKey>
              <DataListValue>{o.originalDecider ?? t('accreditation.objections.automatic')}</DataListValue>
            </DataListItem>
          )}
          {o.decidedAt && (
            <DataListItem>
              <DataListKey>{t('accreditation.objections.decision')}</DataListKey>
              <DataListValue>
                {formatDate(o.decidedAt, i18n.language)}
                {o.decidedBy ? ` (${o.decidedBy})` : ''}
                {o.decisionReason ? `: ${o.decisionReason}` : ''}
              </DataListValue>
            </DataListItem>
          )}
        </DataList>
      ))}
    </section>
  )
}
