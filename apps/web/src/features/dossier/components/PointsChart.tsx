import * as Plot from '@observablehq/plot'
import { TableCell, TableRow } from '@utrecht/component-library-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../components/DataTable.tsx'
import type { DossierCycle } from '../api/dossier-api.ts'
import { formatPoints } from '../dossier.rules.ts'

/**
 * A bar chart (Observable Plot, rendered to an SVG with an aria-label) of what counts per category, with a black
 * tick at the minimum; beside it a table with the same figures, so nobody depends on the picture.
 */
export function PointsChart({ cycle, idBase }: { cycle: DossierCycle; idBase: string }) {
  const { t, i18n } = useTranslation()
  const ref = useRef<HTMLDivElement>(null)
  const p = (value: number) => formatPoints(value, i18n.language)
  const data = cycle.categories.map((c) => ({
    label: t(`dossier.categories.${c.category}`),
    counted: c.counted,
    required: c.required,
    maximum: c.maximum,
  }))
  const summary = t('dossier.chart.label', {
    values: data
      .map((d) => t('dossier.chart.value', { label: d.label, counted: p(d.counted), required: p(d.required) }))
      .join('; '),
  })

  useEffect(() => {
    const node = ref.current
    if (!node) return
    const chart = Plot.plot({
      ariaLabel: summary,
      width: 560,
      height: 180,
      marginLeft: 110,
      x: { label: t('dossier.chart.axis'), grid: true },
      y: { label: null, domain: data.map((d) => d.label) },
      marks: [
        Plot.barX(data, { x: 'counted', y: 'label', fill: '#154273' }),
        Plot.tickX(
          data.filter((d) => d.required > 0),
          { x: 'required', y: 'label', stroke: '#1a1a1a', strokeWidth: 3 },
        ),
        Plot.ruleX([0]),
      ],
    })
    chart.setAttribute('role', 'img')
    // One accessible name for the whole picture: Plot's labels on its inner groups are not allowed inside an img.
    for (const inner of chart.querySelectorAll('[aria-label], [aria-description]')) {
      if (inner === chart) continue
      inner.removeAttribute('aria-label')
      inner.removeAttribute('aria-description')
    }
    node.replaceChildren(chart)
    return () => chart.remove()
  }, [data, summary, t])

  return (
    <div className="vr-dossier-chart">
      <figure className="vr-dossier-chart__figure" aria-labelledby={`${idBase}-chart-caption`}>
        <div ref={ref} />
        <figcaption id={`${idBase}-chart-caption`}>{t('dossier.chart.caption')}</figcaption>
      </figure>
      <DataTable
        id={`${idBase}-chart-data`}
        caption={t('dossier.chart.tableCaption')}
        columns={[
          t('dossier.columns.category'),
          t('dossier.columns.counted'),
          t('dossier.columns.required'),
          t('dossier.columns.maximum'),
        ]}
      >
        {data.map((d) => (
          <TableRow key={d.label}>
            <TableCell>{d.label}</TableCell>
            <TableCell>{p(d.counted)}</TableCell>
            <TableCell>{p(d.required)}</TableCell>
            <TableCell>{d.maximum === null ? t('dossier.none') : p(d.maximum)}</TableCell>
          </TableRow>
        ))}
      </DataTable>
    </div>
  )
}
