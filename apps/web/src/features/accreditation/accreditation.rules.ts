// Paths and small display helpers of the accreditation pages (provider and register office).

export const providerPath = (organisationId: string) => `/aanbieder/${encodeURIComponent(organisationId)}/activiteiten`
export const OFFICE_PATH = '/registerbureau/accreditaties'
export const OBJECTIONS_PATH = `${OFFICE_PATH}/bezwaren`
export const PROVIDERS_PATH = `${OFFICE_PATH}/erkende-aanbieders`

/** A date (`2026-03-01`) or timestamp in the UI's language, e.g. "1 maart 2026". */
export function formatDate(iso: string | null | undefined, language: string): string {
  if (!iso) return '—'
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso)
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(date)
}

/** 12.5 → "12,5" in Dutch. */
export const formatNumber = (value: number | null | undefined, language: string) =>
  value === null || value === undefined
    ? '—'
    : new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 }).format(value)

/** "12,5" or "12.5" → 12.5; empty → null; not a number → NaN (the server says what is wrong). */
export function parseHours(value: string): number | null {
  const trimmed = value.trim()
  if (trimmed === '') return null
  return Number(trimmed.replace(',', '.'))
}

/** One entry per line, trimmed, without empty lines. */
export const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)

/** A run's dates: one day, or "from – to". */
export const runDates = (run: { startsOn: string; endsOn: string }, language: string) =>
  run.startsOn === run.endsOn
    ? formatDate(run.startsOn, language)
    : `${formatDate(run.startsOn, language)} – ${formatDate(run.endsOn, language)}`
