import type { Query } from '../../lib/api.ts'
import { EVENT_TYPES, type MySignUp, PROVINCES } from './api/agenda-api.ts'

// The agenda's addresses (filters in the URL, in Dutch, so a search can be shared and the back button works), the
// Dutch days and times (Europe/Amsterdam) and the grouping of one's sign-ups. Pure functions, tested.

export const AGENDA_PATH = '/agenda'
export const MY_SIGN_UPS_PATH = '/mijn-aanmeldingen'
export const eventPath = (eventId: string) => `${AGENDA_PATH}/${eventId}`
/** The link in the mail about a freed place (events.mails.ts, offerMail) ends here. */
export const offerPath = (signUpId: string) => `${AGENDA_PATH}/aanmeldingen/${signUpId}/bevestigen`

const ZONE = 'Europe/Amsterdam'
const localeOf = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL')

export type Place = '' | 'online' | 'locatie'
export type Accredited = '' | 'ja' | 'nee'
export type View = 'lijst' | 'maand'

/** The filters as the page keeps them: strings as they stand in the URL (empty = not set). */
export interface AgendaFilters {
  q: string
  type: string
  province: string
  place: Place
  accredited: Accredited
  minPoints: string
  from: string
  to: string
  page: number
  view: View
  /** JJJJ-MM, the month the month view shows. */
  month: string
}

/** Filter → its name in the URL (and the name of its field in the GET form). */
export const PARAMS = {
  q: 'zoek',
  type: 'soort',
  province: 'provincie',
  place: 'waar',
  accredited: 'punten',
  minPoints: 'minPunten',
  from: 'vanaf',
  to: 'tot',
  view: 'weergave',
  month: 'maand',
} as const satisfies Record<Exclude<keyof AgendaFilters, 'page'>, string>

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/
export const isMonth = (value: string) => MONTH.test(value)

/** The Dutch calendar day (JJJJ-MM-DD) of a moment. */
export function amsterdamDay(moment: string | Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(moment),
  )
}

export const currentMonth = (now: Date) => amsterdamDay(now).slice(0, 7)

/** The month `delta` months before (negative) or after `month` (JJJJ-MM). */
export function shiftMonth(month: string, delta: number): string {
  const [year, mon] = month.split('-').map(Number) as [number, number]
  const index = year * 12 + (mon - 1) + delta
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`
}

export function readFilters(params: URLSearchParams, now: Date): AgendaFilters {
  const get = (key: keyof typeof PARAMS) => (params.get(PARAMS[key]) ?? '').trim()
  const place = get('place')
  const accredited = get('accredited')
  const from = ISO_DATE.test(get('from')) ? get('from') : ''
  const month = get('month')
  const page = Number(params.get('pagina'))
  return {
    q: get('q'),
    type: (EVENT_TYPES as readonly string[]).includes(get('type')) ? get('type') : '',
    province: (PROVINCES as readonly string[]).includes(get('province')) ? get('province') : '',
    place: place === 'online' || place === 'locatie' ? place : '',
    accredited: accredited === 'ja' || accredited === 'nee' ? accredited : '',
    minPoints: get('minPoints'),
    from,
    to: ISO_DATE.test(get('to')) ? get('to') : '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    view: get('view') === 'maand' ? 'maand' : 'lijst',
    month: isMonth(month) ? month : from ? from.slice(0, 7) : currentMonth(now),
  }
}

/** The search part of the agenda's address. The month is kept only in the month view; page 1 is left out. */
export function filtersToSearch(filters: AgendaFilters): string {
  const search = new URLSearchParams()
  for (const [key, name] of Object.entries(PARAMS)) {
    const value = String(filters[key as keyof typeof PARAMS]).trim()
    if (key === 'view' || key === 'month') continue
    if (value) search.set(name, value)
  }
  if (filters.view === 'maand') {
    search.set(PARAMS.view, 'maand')
    search.set(PARAMS.month, filters.month)
  } else if (filters.page > 1) search.set('pagina', String(filters.page))
  const text = search.toString()
  return text ? `?${text}` : ''
}

export const agendaHref = (filters: AgendaFilters) => `${AGENDA_PATH}${filtersToSearch(filters)}`

/** The last day (JJJJ-MM-DD) of a month (JJJJ-MM). */
export function lastDayOf(month: string): string {
  const [year, mon] = month.split('-').map(Number) as [number, number]
  const days = new Date(Date.UTC(year, mon, 0)).getUTCDate()
  return `${month}-${String(days).padStart(2, '0')}`
}

/** The list view of the month view's month, with the same filters (when the month holds more than it shows). */
export const monthListHref = (filters: AgendaFilters) =>
  agendaHref({ ...filters, view: 'lijst', from: `${filters.month}-01`, to: lastDayOf(filters.month), page: 1 })

/** "2,5" or "2.5" → 2.5; null when it is not a number of at least 0. */
export function parsePoints(value: string): number | null {
  const text = value.trim().replace(',', '.')
  if (!/^\d+(\.\d+)?$/.test(text)) return null
  return Number(text)
}

/** The filters that the list, the month view and the iCal feed share, as the API names them. */
export function filterQuery(f: AgendaFilters): Query {
  const points = parsePoints(f.minPoints)
  return {
    q: f.q || undefined,
    type: f.type || undefined,
    province: f.province || undefined,
    online: f.place === 'online' ? 'true' : f.place === 'locatie' ? 'false' : undefined,
    accredited: f.accredited === 'ja' ? 'true' : f.accredited === 'nee' ? 'false' : undefined,
    minPoints: points === null ? undefined : String(points),
  }
}

export const LIST_PAGE_SIZE = 20

export const listQuery = (f: AgendaFilters): Query => ({
  ...filterQuery(f),
  from: f.from || undefined,
  to: f.to || undefined,
  page: f.page,
  pageSize: LIST_PAGE_SIZE,
})

/** The form's own checks before it goes to the address: field → i18n key of the message. */
export function checkFilters(f: AgendaFilters): Partial<Record<'minPoints' | 'to', string>> {
  const problems: Partial<Record<'minPoints' | 'to', string>> = {}
  if (f.minPoints.trim() && parsePoints(f.minPoints) === null) problems.minPoints = 'agenda.filters.errors.minPoints'
  if (f.from && f.to && f.to < f.from) problems.to = 'agenda.filters.errors.dateRange'
  return problems
}

/** "vrijdag 15 mei 2026" for a Dutch calendar day (JJJJ-MM-DD). */
export function formatDay(date: string, language: string, withYear = true): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`))
}

/** "mei 2026" for JJJJ-MM. */
export function formatMonth(month: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  )
}

/** "14:30" in Dutch time. */
export function formatTime(moment: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: ZONE,
  }).format(new Date(moment))
}

/** The parts of an event's time in Dutch time; the page words them ("…, 10:00 tot 12:30 uur"). */
export function eventTimes(startsAt: string, endsAt: string, language: string) {
  const startDay = amsterdamDay(startsAt)
  const endDay = amsterdamDay(endsAt)
  return {
    sameDay: startDay === endDay,
    startDate: formatDay(startDay, language),
    startTime: formatTime(startsAt, language),
    endDate: formatDay(endDay, language),
    endTime: formatTime(endsAt, language),
  }
}

/** A moment as "vrijdag 15 mei 2026 14:30" (Dutch time), for deadlines. */
export const formatMoment = (moment: string, language: string) =>
  `${formatDay(amsterdamDay(moment), language)} ${formatTime(moment, language)}`

export const formatPoints = (value: number, language: string) =>
  new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 }).format(value)

const ACTIVE: readonly string[] = ['confirmed', 'waiting', 'offered']

/** One's running sign-up for an event, if any. */
export const activeSignUpFor = (items: readonly MySignUp[], eventId: string) =>
  items.find((s) => s.event.id === eventId && ACTIVE.includes(s.state)) ?? null

/**
 * One's sign-ups by what one can do with them: an offered place to confirm (soonest deadline first), a place, the
 * waiting list (soonest event first), cancelled or expired for events still to come, and events that are over
 * (latest first).
 */
export function groupSignUps(items: readonly MySignUp[], now: Date) {
  const over = (s: MySignUp) => new Date(s.event.endsAt).getTime() <= now.getTime()
  const upcoming = items.filter((s) => !over(s))
  const byStart = (a: MySignUp, b: MySignUp) => a.event.startsAt.localeCompare(b.event.startsAt)
  return {
    offered: upcoming
      .filter((s) => s.state === 'offered')
      .sort((a, b) => (a.offerExpiresAt ?? '').localeCompare(b.offerExpiresAt ?? '')),
    confirmed: upcoming.filter((s) => s.state === 'confirmed').sort(byStart),
    waiting: upcoming.filter((s) => s.state === 'waiting').sort(byStart),
    ended: upcoming.filter((s) => !ACTIVE.includes(s.state)).sort(byStart),
    past: items.filter(over).sort((a, b) => byStart(b, a)),
  }
}
