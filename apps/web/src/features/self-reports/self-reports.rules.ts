import type { Kind } from './api/self-reports-api.ts'

export const ADD_PATH = '/mijn-pe-punten/activiteit-toevoegen'
export const MINE_PATH = '/mijn-pe-punten/zelf-ingebracht'
export const QUEUE_PATH = '/registerbureau/zelf-ingebracht'
export const SPOT_CHECK_PATH = '/registerbureau/steekproef'

/** The largest file the server accepts (10 MiB), checked before sending too. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024
/** The most hours one activity may have. */
export const MAX_HOURS = 200

/** The category most kinds belong to: a hint for the form (the professional may choose another). */
export const SUGGESTED_CATEGORY: Record<Kind, 'training' | 'reflection' | 'free-choice'> = {
  course: 'training',
  intervision: 'reflection',
  supervision: 'reflection',
  article: 'free-choice',
  presentation: 'free-choice',
  teaching: 'free-choice',
  other: 'free-choice',
}

/** "J.A. van der Berg" */
export const fullName = (r: { initials: string; infix: string; surname: string }) =>
  [r.initials, r.infix, r.surname].filter((part) => part.trim() !== '').join(' ')

/** Hours or points as typed (`1,5` or `1.5`): a number above 0 with at most two decimals, else null. */
export function parseHours(value: string): number | null {
  const text = value.trim().replace(',', '.')
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(text)) return null
  return Number(text)
}

/** "7,5" in Dutch, "7.5" in English. */
export const formatNumber = (value: number, language: string) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 }).format(value)

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
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, language)} MB`
}

/** Today in the Netherlands as `YYYY-MM-DD` (the latest date the form accepts). */
export const todayIso = (now = new Date()) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(now)
