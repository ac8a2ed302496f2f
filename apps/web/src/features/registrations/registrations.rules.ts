// Pure helpers of the register office's registration pages: paths, names, dates, the search in the address bar.

export const REGISTRATIONS_PATH = '/registerbureau/registraties'
export const registrationDetailPath = (id: string) => `${REGISTRATIONS_PATH}/${encodeURIComponent(id)}`

/** "J." + "van der" + "Berg" → "J. van der Berg". */
export const personName = (person: { initials: string; infix: string; surname: string }) =>
  [person.initials, person.infix, person.surname]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ')

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** "2026-03-01" → "1 maart 2026"; a timestamp → its day in the Netherlands; null → "—". */
export function formatDate(iso: string | null | undefined, language: string): string {
  if (!iso) return '—'
  const dateOnly = DATE_ONLY.test(iso)
  const date = new Date(dateOnly ? `${iso}T12:00:00Z` : iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
    timeZone: dateOnly ? 'UTC' : 'Europe/Amsterdam',
  }).format(date)
}

/** Today in the Netherlands as yyyy-mm-dd (the default of an effective date). */
export const todayIso = (now = new Date()) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(now)

export interface SearchState {
  registrationNumber: string
  surname: string
  status: string
  page: number
}

/** The search in the address bar: ?nummer=…&naam=…&status=…&pagina=… */
export function readSearch(params: URLSearchParams): SearchState {
  const page = Number(params.get('pagina') ?? '1')
  return {
    registrationNumber: params.get('nummer') ?? '',
    surname: params.get('naam') ?? '',
    status: params.get('status') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  }
}

export function toSearch(state: SearchState): string {
  const params = new URLSearchParams()
  if (state.registrationNumber.trim()) params.set('nummer', state.registrationNumber.trim())
  if (state.surname.trim()) params.set('naam', state.surname.trim())
  if (state.status) params.set('status', state.status)
  if (state.page > 1) params.set('pagina', String(state.page))
  const search = params.toString()
  return search ? `?${search}` : ''
}
