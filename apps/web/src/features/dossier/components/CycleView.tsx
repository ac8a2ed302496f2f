import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import type { DossierCycle } from '../api/dossier-api.ts'
import { formatLongDate, formatPoints, shortLines } from '../dossier.rules.ts'
import { CategoryProgress } from './CategoryProgress.tsx'
import { EntriesTable } from './EntriesTable.tsx'
import { PointsChart } from './PointsChart.tsx'

/** One registration period: the norm, the progress per category, the forecast, the chart and the entries. */
export function CycleView({ cycle, level, prefix }: { cycle: DossierCycle; level: 2 | 3; prefix: string }) {
  const { t, i18n } = useTranslation()
  const date = (iso: string) => formatLongDate(iso, i18n.language)
  const p = (value: number) => formatPoints(value, i18n.language)
  const idBase = `${prefix}-cycle-${cycle.number}`
  const sub = (level + 1) as 3 | 4
  const forecast = cycle.forecast
  const short = forecast ? shortLines(forecast.lines) : []
  return (
    <section aria-labelledby={`${idBase}-title`} className="vr-section">
      <Heading level={level} id={`${idBase}-title`}>
        {t('dossier.cycle.title', {
          number: cycle.number,
          start: date(cycle.startDate),
          end: date(cycle.effectiveEndDate),
        })}{' '}
        ({t(`dossier.cycle.states.${cycle.state}`)})
      </Heading>
      <Paragraph>
        {t('dossier.cycle.norm', { version: cycle.norm.version, total: p(cycle.norm.totalPoints) })}
        {cycle.norm.capPerActivity !== null && <> {t('dossier.cycle.cap', { cap: p(cycle.norm.capPerActivity) })}</>}
        {cycle.norm.factor < 1 && <> {t('dossier.cycle.proRata', { percent: Math.round(cycle.norm.factor * 100) })}</>}
      </Paragraph>
      <Heading level={sub} id={`${idBase}-progress`}>
        {t('dossier.progress.title')}
      </Heading>
      <CategoryProgress cycle={cycle} idBase={idBase} />
      <Paragraph>
        <strong>{cycle.meetsNorm ? t('dossier.cycle.meets') : t('dossier.cycle.notMet')}</strong>
      </Paragraph>
      {forecast && (
        <>
          <Heading level={sub}>{t('dossier.forecast.title')}</Heading>
          {short.length === 0 ? (
            <Paragraph>{t('dossier.forecast.onTrack', { date: date(forecast.endDate) })}</Paragraph>
          ) : (
            <UnorderedList>
              {short.map((l) => (
                <UnorderedListItem key={l.category}>
                  {t('dossier.forecast.short', {
                    date: date(forecast.endDate),
                    points: p(l.shortfall),
                    category: t(`dossier.forecast.categories.${l.category}`),
                  })}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </>
      )}
      <Heading level={sub}>{t('dossier.chart.title')}</Heading>
      <PointsChart cycle={cycle} idBase={idBase} />
      <Heading level={sub}>{t('dossier.entries.title')}</Heading>
      {cycle.entries.length === 0 ? (
        <Paragraph>{t('dossier.entries.none')}</Paragraph>
      ) : (
        <EntriesTable entries={cycle.entries} idBase={idBase} />
      )}
    </section>
  )
}
