import { useTranslation } from 'react-i18next'
import type { DossierCycle } from '../api/dossier-api.ts'
import { barOf, formatPoints } from '../dossier.rules.ts'

/**
 * Per category and in total: the values as text (counted, required, maximum, remaining) and a progress bar
 * labelled by that text. Colour is never the only signal: the text says everything the bar shows.
 */
export function CategoryProgress({ cycle, idBase }: { cycle: DossierCycle; idBase: string }) {
  const { t, i18n } = useTranslation()
  const p = (value: number) => formatPoints(value, i18n.language)
  const rows: { key: string; label: string; text: string; bar: { value: number; max: number } | null }[] =
    cycle.categories.map((c) => {
      const parts = [
        c.required > 0
          ? t('dossier.progress.ofRequired', { counted: p(c.counted), required: p(c.required) })
          : t('dossier.progress.counted', { counted: p(c.counted) }),
      ]
      if (c.maximum !== null) parts.push(t('dossier.progress.maximum', { maximum: p(c.maximum) }))
      if (c.earned > c.counted) parts.push(t('dossier.progress.earned', { earned: p(c.earned) }))
      parts.push(
        c.remaining > 0 ? t('dossier.progress.remaining', { remaining: p(c.remaining) }) : t('dossier.progress.done'),
      )
      return { key: c.category, label: t(`dossier.categories.${c.category}`), text: parts.join(' · '), bar: barOf(c) }
    })
  rows.push({
    key: 'total',
    label: t('dossier.progress.total'),
    text: [
      t('dossier.progress.ofRequired', { counted: p(cycle.totals.counted), required: p(cycle.totals.required) }),
      cycle.totals.remaining > 0
        ? t('dossier.progress.remaining', { remaining: p(cycle.totals.remaining) })
        : t('dossier.progress.done'),
    ].join(' · '),
    bar: { value: Math.min(cycle.totals.counted, cycle.totals.required), max: cycle.totals.required },
  })
  return (
    <ul className="vr-dossier-progress">
      {rows.map((row) => {
        const labelId = `${idBase}-${row.key}-label`
        const textId = `${idBase}-${row.key}-text`
        return (
          <li key={row.key} className="vr-dossier-progress__item">
            <span id={labelId} className="vr-dossier-progress__label">
              {row.label}
            </span>
            <span id={textId} className="vr-dossier-progress__text">
              {row.text}
            </span>
            {row.bar && (
              <progress
                className="vr-dossier-progress__bar"
                max={row.bar.max}
                value={row.bar.value}
                aria-labelledby={labelId}
                aria-describedby={textId}
              />
            )}
          </li>
        )
      })}
    </ul>
  )
}
