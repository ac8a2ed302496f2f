import { useQuery } from '@tanstack/react-query'
import { API_BASE, request } from '../../../lib/api.ts'

// The CPD dossier (getDossier, getDossierCsv, getDossierPdf) and the caller's own registrations
// (listMyRegistrations). Types mirror docs/openapi.json.

export type PointCategory = 'training' | 'reflection' | 'free-choice'

export interface CategoryStanding {
  category: PointCategory
  earned: number
  counted: number
  required: number
  maximum: number | null
  remaining: number
}

export interface ForecastLine {
  category: PointCategory | 'total'
  projected: number
  shortfall: number
}

export interface DossierEntry {
  id: string
  activityDate: string
  reference: string
  category: PointCategory
  points: number
  source: 'attendance' | 'self-report' | 'correction'
  bookedAt: string
  reversesEntryId: string | null
  reversedAt: string | null
  note: string
}

export interface DossierCycle {
  id: string
  number: number
  startDate: string
  endDate: string
  postponedUntil: string | null
  effectiveEndDate: string
  closed: boolean
  state: 'current' | 'past' | 'future'
  norm: {
    versionId: string
    version: number
    validFrom: string
    totalPoints: number
    capPerActivity: number | null
    proRata: boolean
    factor: number
  }
  categories: CategoryStanding[]
  totals: { earned: number; counted: number; required: number; remaining: number }
  meetsNorm: boolean
  forecast: { endDate: string; onTrack: boolean; lines: ForecastLine[] } | null
  entries: DossierEntry[]
}

export interface Dossier {
  registrationId: string
  registrationNumber: string | null
  name: string
  registerName: string
  profession: string
  status: string
  today: string
  cycles: DossierCycle[]
}

export interface MyRegistrationItem {
  id: string
  registrationNumber: string | null
  register: string
  status: string
}

const segment = encodeURIComponent

export const dossierApi = {
  get: (registrationId: string) => request<Dossier>('GET', `/registrations/${segment(registrationId)}/dossier`),
  mine: () => request<{ items: MyRegistrationItem[] }>('GET', '/me/registrations'),
}

const EXPORT_TYPES = { csv: 'text/csv', pdf: 'application/pdf' } as const

/**
 * Downloads the dossier as CSV or PDF: the same resource as the JSON, asked for with an Accept header (the API
 * negotiates the format; there is no file extension in its paths). Saves it under the name the server gives.
 */
export async function downloadDossier(registrationId: string, format: 'csv' | 'pdf', language: string) {
  const response = await fetch(`${API_BASE}/registrations/${segment(registrationId)}/dossier`, {
    headers: { Accept: EXPORT_TYPES[format], 'Accept-Language': language === 'en' ? 'en, nl;q=0.5' : 'nl, en;q=0.5' },
    credentials: 'same-origin',
  })
  if (!response.ok) throw new Error(`http-${response.status}`)
  const name =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `pe-dossier.${format}`
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export const DOSSIER_KEY = ['dossier'] as const

export function useDossier(registrationId: string) {
  return useQuery({ queryKey: [...DOSSIER_KEY, registrationId], queryFn: () => dossierApi.get(registrationId) })
}

export function useMyRegistrations() {
  return useQuery({ queryKey: [...DOSSIER_KEY, 'mine'], queryFn: dossierApi.mine })
}
