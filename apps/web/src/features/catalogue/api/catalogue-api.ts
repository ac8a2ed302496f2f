import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { type Page, request } from '../../../lib/api.ts'

// The public catalogue (docs/openapi.json: searchActivities, getActivity). No login needed.

export const FORMATS = [
  'training',
  'lecture',
  'congress',
  'e-learning',
  'webinar',
  'intervision',
  'supervision',
  'other',
] as const
export const CATEGORIES = ['training', 'reflection', 'free-choice'] as const

export interface PublicRun {
  startsOn: string
  endsOn: string
  location: string
  online: boolean
}

export interface CatalogueItem {
  publicId: string
  title: string
  format: (typeof FORMATS)[number]
  category: (typeof CATEGORIES)[number]
  points: number
  validFrom: string
  validUntil: string
  provider: { id: string; name: string; city: string }
  targetProfessions: string[]
  nextRun: PublicRun | null
}

export interface CatalogueActivity extends Omit<CatalogueItem, 'nextRun'> {
  description: string
  learningGoals: string
  teachers: string[]
  netHours: number
  hasFinalTest: boolean
  runs: PublicRun[]
}

/** The filters as the page keeps them (strings, empty = not set). */
export interface CatalogueFilters {
  q: string
  format: string
  category: string
  profession: string
  /** A provider's organisation id: chosen by following "all activities of this provider". */
  providerId: string
  place: '' | 'online' | 'location'
  location: string
  from: string
  to: string
  minPoints: string
  maxPoints: string
  page: number
}

export function catalogueQuery(f: CatalogueFilters) {
  return {
    q: f.q.trim() || undefined,
    format: f.format || undefined,
    category: f.category || undefined,
    profession: f.profession.trim() || undefined,
    providerId: f.providerId || undefined,
    online: f.place === '' ? undefined : f.place === 'online' ? 'true' : 'false',
    location: f.place === 'location' ? f.location.trim() || undefined : undefined,
    from: f.from || undefined,
    to: f.to || undefined,
    minPoints: f.minPoints.trim().replace(',', '.') || undefined,
    maxPoints: f.maxPoints.trim().replace(',', '.') || undefined,
    page: f.page,
    pageSize: 20,
  }
}

export const catalogueApi = {
  search: (filters: CatalogueFilters) =>
    request<Page<CatalogueItem>>('GET', '/activities', { query: catalogueQuery(filters) }),
  get: (publicId: string) => request<CatalogueActivity>('GET', `/activities/${encodeURIComponent(publicId)}`),
}

export const useCatalogue = (filters: CatalogueFilters) =>
  useQuery({
    queryKey: ['catalogue', filters],
    placeholderData: keepPreviousData,
    queryFn: () => catalogueApi.search(filters),
  })
export const useCatalogueActivity = (publicId: string) =>
  useQuery({ queryKey: ['catalogue', 'one', publicId], queryFn: () => catalogueApi.get(publicId) })
