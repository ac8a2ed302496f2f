import type { CategoryStanding, DossierCycle, ForecastLine } from './api/dossier-api.ts'

// Pure helpers of the dossier pages: numbers and dates in the UI language, the forecast sentences, the bar values.

export const MY_DOSSIER_PATH = '/mijn-pe-punten'
export const officeDossierPath = (registrationId: string) =>
  `/registerbureau/registraties/${encodeURIComponent(registrationId)}/pe-dossier`

const tag = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL')

export const formatPoints = (value: number, language: string) =>
  new Intl.NumberFormat(tag(language), { maximumFractionDigits: 2 }).format(value)

export const formatLongDate = (iso: string, language: string) =>
  new Intl.DateTimeFormat(tag(language), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso.slice(0, 10)}T00:00:00Z`),
  )

/** The forecast lines that fall short, categories first, the total last (only when no category explains it). */
export function shortLines(lines: readonly ForecastLine[]): ForecastLine[] {
  const short = lines.filter((l) => l.shortfall > 0)
  const categories = short.filter((l) => l.category !== 'total')
  const total = short.find((l) => l.category === 'total')
  return total && categories.length === 0 ? [total] : total ? [...categories, total] : categories
}

/** The bar of one category: towards its minimum, or towards its maximum when there is no minimum. */
export function barOf(c: CategoryStanding): { value: number; max: number } | null {
  const target = c.required > 0 ? c.required : c.maximum
  if (!target) return null
  return { value: Math.min(c.counted, target), max: target }
}

/** The cycle to show first: the current one, else the newest (the API orders them so). */
export const mainCycle = (cycles: readonly DossierCycle[]) => cycles[0] ?? null
