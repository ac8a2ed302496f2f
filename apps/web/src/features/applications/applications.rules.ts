import type { ApplicationSummary } from './api/applications-api.ts'

export const APPLY_PATH = '/inschrijven'
export const MY_APPLICATIONS_PATH = '/mijn-aanvragen'
export const QUEUE_PATH = '/registerbureau/aanvragen'
export const CODE_PATH = '/beroepscode'

/** The largest diploma the server accepts (10 MiB), checked before sending too. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024

/** "J.A. van der Berg" */
export const fullName = (a: Pick<ApplicationSummary, 'initials' | 'infix' | 'surname'>) =>
  [a.initials, a.infix, a.surname].filter((part) => part.trim() !== '').join(' ')

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

/** "12 kB", "1,2 MB" */
export function formatSize(bytes: number, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL'
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`
}
