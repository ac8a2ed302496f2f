import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { type Page, request } from '../../../lib/api.ts'

// The re-registration endpoints (docs/openapi.json: previewReregistration, simulateLimitedTermReregistration,
// applyForReregistration, listReregistrationRequests, getReregistrationRequest, decideReregistrationRequest,
// listMyRegistrations). Types mirror the response schemas.

export type ReregistrationKind = 'regular' | 'postponement' | 'limited-term'
export type RequestState = 'submitted' | 'approved' | 'rejected' | 'withdrawn'
export const QUEUE_STATES: readonly RequestState[] = ['submitted', 'approved', 'rejected']
export const KINDS: readonly ReregistrationKind[] = ['regular', 'postponement', 'limited-term']

export interface NormCheckLine {
  category: 'training' | 'reflection' | 'free-choice' | 'total'
  required: number
  earned: number
  counted: number
  maximum: number | null
  ok: boolean
  short: number
}

export interface NormCheck {
  startDate: string
  endDate: string
  normVersion: number
  factor: number
  lines: NormCheckLine[]
  meetsNorm: boolean
  checkedOn: string
}

export interface CycleSummary {
  id: string
  number: number
  startDate: string
  endDate: string
}

export interface RequestSummary {
  id: string
  registrationId: string
  registrationNumber: string | null
  initials: string
  infix: string
  surname: string
  register: string
  kind: ReregistrationKind
  state: RequestState
  reason: string
  postponedUntil: string | null
  shiftYears: number | null
  cycleEnd: string
  meetsNorm: boolean
  submittedAt: string
  decidedAt: string | null
  decisionReason: string
}

export interface Preview {
  registrationId: string
  registrationNumber: string | null
  register: string
  status: string
  cycle: CycleSummary
  cycleYears: number
  window: { opensOn: string; closesOn: string; state: 'not-yet-open' | 'open' | 'closed' }
  normCheck: NormCheck
  requests: RequestSummary[]
  allowedKinds: ReregistrationKind[]
  refusal: string | null
}

export interface ShiftOption {
  shiftYears: number
  startDate: string
  endDate: string
  lapsing: number
  counted: number
  required: number
  remaining: number
  meetsNorm: boolean
  lines: NormCheckLine[]
}

export interface Simulation {
  registrationId: string
  cycle: CycleSummary
  current: NormCheck
  items: ShiftOption[]
}

export interface RequestDetail extends RequestSummary {
  cycle: CycleSummary
  normCheck: NormCheck | null
  currentCheck: NormCheck | null
  shift: ShiftOption | null
  decidedBy: string | null
  permissions: { decide: boolean }
}

export interface DecisionResult {
  id: string
  state: RequestState
  kind: ReregistrationKind
  decidedAt: string
  cycle: CycleSummary | null
}

export interface MyRegistration {
  id: string
  registrationNumber: string | null
  register: string
  status: string
  cycleEnd: string | null
}

export interface ApplyBody {
  kind: ReregistrationKind
  reason?: string
  postponedUntil?: string
  shiftYears?: number
}

const seg = encodeURIComponent

export const reregistrationApi = {
  myRegistrations: () => request<{ items: MyRegistration[] }>('GET', '/me/registrations'),
  preview: (registrationId: string) =>
    request<Preview>('GET', `/registrations/${seg(registrationId)}/reregistration-preview`),
  simulation: (registrationId: string) =>
    request<Simulation>('GET', `/registrations/${seg(registrationId)}/limited-term-simulations`),
  apply: (registrationId: string, body: ApplyBody) =>
    request<RequestSummary>('POST', `/registrations/${seg(registrationId)}/reregistration-requests`, { body }),
  queue: (state: RequestState, kind: ReregistrationKind | '', page: number) =>
    request<Page<RequestSummary>>('GET', '/reregistration-requests', {
      query: { state, kind: kind || undefined, page, pageSize: 20 },
    }),
  get: (requestId: string) => request<RequestDetail>('GET', `/reregistration-requests/${seg(requestId)}`),
  decide: (requestId: string, body: { outcome: 'approved' | 'rejected'; reason?: string }) =>
    request<DecisionResult>('POST', `/reregistration-requests/${seg(requestId)}/decisions`, { body }),
}

export const useMyRegistrations = () =>
  useQuery({ queryKey: ['reregistration', 'mine'], queryFn: reregistrationApi.myRegistrations })
export const usePreview = (registrationId: string | null) =>
  useQuery({
    queryKey: ['reregistration', 'preview', registrationId],
    queryFn: () => reregistrationApi.preview(registrationId!),
    enabled: !!registrationId,
    retry: false,
  })
export const useSimulation = (registrationId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['reregistration', 'simulation', registrationId],
    queryFn: () => reregistrationApi.simulation(registrationId),
    enabled,
  })
export const useQueue = (state: RequestState, kind: ReregistrationKind | '', page: number) =>
  useQuery({
    queryKey: ['reregistration', 'queue', state, kind, page],
    placeholderData: keepPreviousData,
    queryFn: () => reregistrationApi.queue(state, kind, page),
  })
export const useRequest = (requestId: string) =>
  useQuery({ queryKey: ['reregistration', 'request', requestId], queryFn: () => reregistrationApi.get(requestId) })
