import type { CatalogueFilters } from './api/catalogue-api.ts'

// The catalogue's address (filters in the URL, in Dutch) and display helpers.

export const CATALOGUE_PATH = '/activiteiten'

const PARAMS: Record<Exclude<keyof CatalogueFilters, 'page'>, string> = {
  q: 'zoek',
  format: 'werkvorm',
  category: 'categorie',
  profession: 'doelgroep',
  providerId: 'aanbieder',
  place: 'waar',
  location: 'plaats',
  from: 'vanaf',
  to: 'tot',
  minPoints: 'minPunten',
  maxPoints: 'maxPunten',
}

export function readFilters(params: URLSearchParams): CatalogueFilters {
  const get = (key: keyof typeof PARAMS) => params.get(PARAMS[key]) ?? ''
  const place = get('place')
  const page = Number(params.get('pagina'))
  return {
    q: get('q'),
    format: get('format'),
    category: get('category'),
    profession: get('profession'),
    providerId: /^[0-9a-f-]{36}$/i.test(get('providerId')) ? get('providerId') : '',
    place: place === 'online' || place === 'location' ? place : '',
    location: get('location'),
    from: get('from'),
    to: get('to'),
    minPoints: get('minPoints'),
    maxPoints: get('maxPoints'),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  }
}

export function filtersToSearch(filters: CatalogueFilters): string {
  const search = new URLSearchParams()
  for (const [key, name] of Object.entries(PARAMS)) {
    const value = String(filters[key as keyof typeof PARAMS]).trim()
    if (value) search.set(name, value)
  }
  if (filters.page > 1) search.set('pagina', String(filters.page))
  const text = search.toString()
  return text ? `?${text}` : ''
}

export function formatDate(iso: string | null | undefined, language: string): string {
  if (!iso) return '—'
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T12:00:00Z`))
}

export const formatNumber = (value: number, language: string) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 }).format(value)

export const runDates = (run: { startsOn: string; endsOn: string }, language: string) =>
  run.startsOn === run.endsOn
    ? formatDate(run.startsOn, language)
    : `${formatDate(run.startsOn, language)} – ${formatDate(run.endsOn, language)}`
