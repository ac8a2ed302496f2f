import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { useStanding } from '../api/employer-api.ts'
import { formatDate } from './dates.ts'

/** One team member's CPD standing (only with their consent; otherwise the server's Dutch 403 message). */
export function StandingView({
  organisationId,
  registrationId,
  name,
  onClose,
}: {
  organisationId: string
  registrationId: string
  name: string
  onClose: () => void
}) {
  const { t, i18n } = useTranslation()
  const query = useStanding(organisationId, registrationId)
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  const lang = i18n.language
  const cycle = query.data?.currentCycle
  return (
    <section aria-labelledby="standing" className="vr-section vr-standing" data-testid="standing">
      <Heading level={2} id="standing" ref={headingRef} tabIndex={-1}>
        {t('employer.standing.title', { name })}
      </Heading>
      {query.isPending ? (
        <Loading />
      ) : query.error || !query.data ? (
        <LoadError error={query.error} />
      ) : (
        <>
          <DataList className="vr-data-list">
            <DataListItem>
              <DataListKey>{t('employer.standing.status')}</DataListKey>
              <DataListValue>
                {t(`employer.statuses.${query.data.status}`, { defaultValue: query.data.status })}
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('employer.standing.cycle')}</DataListKey>
              <DataListValue>
                {cycle
                  ? t('employer.standing.cycleText', {
                      number: cycle.number,
                      start: formatDate(cycle.startDate, lang),
                      end: formatDate(cycle.effectiveEndDate, lang),
                    })
                  : t('employer.standing.noCycle')}
              </DataListValue>
            </DataListItem>
            {cycle?.postponedUntil && (
              <DataListItem>
                <DataListKey>{t('employer.standing.postponedUntil')}</DataListKey>
                <DataListValue>{formatDate(cycle.postponedUntil, lang)}</DataListValue>
              </DataListItem>
            )}
          </DataList>
          <Heading level={3}>{t('employer.standing.decisions')}</Heading>
          {cycle && cycle.decisions.length > 0 ? (
            <UnorderedList>
              {cycle.decisions.map((d) => (
                <UnorderedListItem key={d.decidedAt + d.kind}>
                  {t(`employer.standing.kinds.${d.kind}`)} ({formatDate(d.decidedAt, lang)}): {d.outcome || '—'}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          ) : (
            <Paragraph>{t('employer.standing.noDecisions')}</Paragraph>
          )}
          <Paragraph>{t('employer.standing.pointsLater')}</Paragraph>
        </>
      )}
      <Button type="button" appearance="secondary-action-button" onClick={onClose}>
        {t('employer.standing.close')}
      </Button>
    </section>
  )
}
