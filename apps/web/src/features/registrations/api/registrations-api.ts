import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { type Page, request } from '../../../lib/api.ts'

// The register office's registration endpoints (docs/openapi.json: listRegistrations, getRegistration,
// changeRegistrationStatus, requestRemoval, confirmRemoval, cancelRemoval, decideCycle). Types mirror the schemas.

export type RegistrationStatus = 'candidate' | 'registered' | 'suspended' | 'lapsed' | 'removed' | 'rejected'
export const REGISTRATION_STATUSES: readonly RegistrationStatus[] = [
  'candidate',
  'registered',
  'suspended',
  'lapsed',
  'removed',
  'rejected',
]

export interface RegistrationSummary {
  id: string
  registrationNumber: string | null
  initials: string
  infix: string
  surname: string
  profession: string
  registerId: string
  register: string
  status: RegistrationStatus
  registeredSince: string | null
  cycleEnd: string | null
}

export interface Cycle {
  id: string
  number: number
  startDate: string
  endDate: string
  postponedUntil: string | null
  effectiveEnd: string
  closed: boolean
}

export interface HistoryEntry {
  id: string
  action: string
  fromStatus: RegistrationStatus | null
  toStatus: RegistrationStatus
  effectiveDate: string
  reason: string
  decidedAt: string
  decidedBy: string | null
  confirmedBy: string | null
  publicUntil: string | null
}

export interface CycleDecision {
  id: string
  cycleId: string
  cycleNumber: number
  kind: 'postponement' | 'hardship'
  reason: string
  outcome: string
  postponedUntil: string | null
  decidedAt: string
  decidedBy: string | null
}

export interface RemovalRequest {
  id: string
  state: 'pending' | 'confirmed' | 'cancelled'
  reason: string
  effectiveDate: string
  publicUntil: string | null
  requestedById: string
  requestedBy: string
  requestedAt: string
}

export type AllowedAction =
  | 'suspend'
  | 'lift-suspension'
  | 'lapse'
  | 'request-removal'
  | 'confirm-removal'
  | 'cancel-removal'
  | 'postpone'
  | 'hardship'

export interface RegistrationDetail {
  id: string
  registerId: string
  register: string
  status: RegistrationStatus
  registrationNumber: string | null
  registeredSince: string | null
  reEntry: boolean
  initials: string
  infix: string
  surname: string
  email: string
  profession: string
  employer: { id: string; name: string } | null
  selfEmployed: boolean
  showEmployerPublicly: boolean
  currentCycle: Cycle | null
  cycles: Cycle[]
  history: HistoryEntry[]
  decisions: CycleDecision[]
  pendingRemoval: RemovalRequest | null
  credentials: { credentialId: string; validFrom: string; validUntil: string; issuedAt: string }[]
  allowedActions: AllowedAction[]
}

export interface RegistrationFilters {
  registrationNumber: string
  surname: string
  status: string
  page: number
}

export const REGISTRATIONS_PAGE_SIZE = 20
export const REGISTRATIONS_KEY = ['registrations'] as const
export const registrationKey = (id: string) => [...REGISTRATIONS_KEY, 'detail', id] as const

const path = (id: string) => `/registrations/${encodeURIComponent(id)}`

export const registrationsApi = {
  list: (filters: RegistrationFilters) =>
    request<Page<RegistrationSummary>>('GET', '/registrations', {
      query: {
        registrationNumber: filters.registrationNumber.trim() || undefined,
        surname: filters.surname.trim() || undefined,
        status: filters.status || undefined,
        page: filters.page,
        pageSize: REGISTRATIONS_PAGE_SIZE,
      },
    }),
  get: (id: string) => request<RegistrationDetail>('GET', path(id)),
  changeStatus: (
    id: string,
    body: {
      action: 'suspend' | 'lift-suspension' | 'lapse'
      effectiveDate?: string
      reason?: string
      publicUntil?: string
    },
  ) => request<unknown>('POST', `${path(id)}/status-changes`, { body }),
  requestRemoval: (id: string, body: { reason: string; effectiveDate?: string; publicUntil: string }) =>
    request<RemovalRequest>('POST', `${path(id)}/removal-requests`, { body }),
  confirmRemoval: (id: string, requestId: string) =>
    request<unknown>('POST', `${path(id)}/removal-requests/${encodeURIComponent(requestId)}/confirmation`),
  cancelRemoval: (id: string, requestId: string) =>
    request<void>('POST', `${path(id)}/removal-requests/${encodeURIComponent(requestId)}/cancellation`),
  decideCycle: (
    id: string,
    body: { kind: 'postponement' | 'hardship'; reason: string; postponedUntil?: string; outcome?: string },
  ) => request<CycleDecision>('POST', `${path(id)}/cycle-decisions`, { body }),
}

export function useRegistrations(filters: RegistrationFilters) {
  return useQuery({
    queryKey: [...REGISTRATIONS_KEY, 'list', filters],
    placeholderData: keepPreviousData,
    queryFn: () => registrationsApi.list(filters),
  })
}

export function useRegistration(id: string) {
  return useQuery({ queryKey: registrationKey(id), queryFn: () => registrationsApi.get(id) })
}
