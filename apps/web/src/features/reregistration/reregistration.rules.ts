import type { RequestSummary } from './api/reregistration-api.ts'

export const MY_PATH = '/mijn-pe-punten/herregistratie'
export const QUEUE_PATH = '/registerbureau/herregistraties'

/** "J.A. van der Berg" */
export const fullName = (r: Pick<RequestSummary, 'initials' | 'infix' | 'surname'>) =>
  [r.initials, r.infix, r.surname].filter((part) => part.trim() !== '').join(' ')

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

/** Points with at most two decimals in the UI's language: 12,5. */
export const formatPoints = (points: number, language: string) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 }).format(points)

/** Which of the person's registrations to show: the one asked for, else the first that can re-register. */
export function chooseRegistration<T extends { id: string; status: string }>(items: T[], asked: string | null) {
  if (asked && items.some((r) => r.id === asked)) return asked
  return (items.find((r) => r.status === 'registered' || r.status === 'suspended') ?? items[0])?.id ?? null
}

/** The day after an ISO date: where a new cycle starts. */
export function dayAfter(iso: string): string {
  const date = new Date(`${iso}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}
