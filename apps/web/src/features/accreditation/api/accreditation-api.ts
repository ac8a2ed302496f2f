import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { type Page, request } from '../../../lib/api.ts'

// The accreditation endpoints (docs/openapi.json: submitActivity, listOwnActivities, getOwnActivity,
// withdrawActivity, objectToDecision, addRun, changeRun, deleteRun, listActivityReviews, getActivityReview,
// decideActivity, checkActivity, listActivityObjections, decideObjection, listAccreditedProviders,
// markAccreditedProvider, unmarkAccreditedProvider). Types mirror the response schemas.

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
export type ActivityFormat = (typeof FORMATS)[number]
export const CATEGORIES = ['training', 'reflection', 'free-choice'] as const
export type Category = (typeof CATEGORIES)[number]
export type ActivityState = 'submitted' | 'accredited' | 'rejected' | 'withdrawn'
export const QUEUES = ['submitted', 'to-check', 'accredited', 'rejected', 'withdrawn'] as const
export type Queue = (typeof QUEUES)[number]

export interface ActivitySummary {
  id: string
  publicId: string | null
  title: string
  format: ActivityFormat
  netHours: number
  requestedCategory: Category
  state: ActivityState
  fastTrack: boolean
  submittedAt: string
  decidedAt: string | null
  points: number | null
  category: Category | null
  validUntil: string | null
  providerName?: string
}

export interface Run {
  id: string
  startsOn: string
  endsOn: string
  location: string
  online: boolean
}

export interface Objection {
  id: string
  reason: string
  state: 'open' | 'upheld' | 'dismissed'
  submittedAt: string
  decidedAt: string | null
  decisionReason: string
  submittedBy?: string
  originalDecider?: string | null
  decidedBy?: string | null
}

export interface ActivityDetail extends ActivitySummary {
  providerOrganisationId: string
  providerName: string
  description: string
  learningGoals: string
  targetProfessions: string[]
  teachers: string[]
  finalTest: string
  validFrom: string | null
  decisionReason: string
  checkedAt: string | null
  objectionDeadline: string | null
  runs: Run[]
  objections: Objection[]
}

export interface ProviderActivity extends ActivityDetail {
  permissions: { withdraw: boolean; object: boolean; manageRuns: boolean }
}

export interface ReviewActivity extends ActivityDetail {
  submittedBy: string
  decidedBy: string | null
  checkedBy: string | null
  permissions: { decide: boolean; check: boolean; decideObjection: boolean }
}

export interface ObjectionSummary {
  id: string
  activityId: string
  activityTitle: string
  activityState: ActivityState
  providerName: string
  reason: string
  state: 'open' | 'upheld' | 'dismissed'
  submittedAt: string
  originalDecider: string | null
  mayDecide: boolean
}

export interface ProviderSummary {
  organisationId: string
  name: string
  city: string
  accredited: boolean
  grantedAt: string | null
  reason: string
}

export interface Submission {
  title: string
  description: string
  learningGoals: string
  format: ActivityFormat
  netHours: number | null
  targetProfessions: string[]
  requestedCategory: Category
  teachers: string[]
  finalTest: string
}

export interface Accreditation {
  points?: number
  category?: Category
  validityYears?: number
  validFrom?: string
  reason?: string
}

export interface RunInput {
  startsOn: string
  endsOn: string
  location: string
  online: boolean
}

const enc = encodeURIComponent
const own = (organisationId: string) => `/organisations/${enc(organisationId)}/activities`

export const accreditationApi = {
  submit: (organisationId: string, body: Submission) =>
    request<ProviderActivity>('POST', own(organisationId), { body }),
  listOwn: (organisationId: string, page: number) =>
    request<Page<ActivitySummary>>('GET', own(organisationId), { query: { page, pageSize: 20 } }),
  getOwn: (organisationId: string, id: string) => request<ProviderActivity>('GET', `${own(organisationId)}/${enc(id)}`),
  withdraw: (organisationId: string, id: string) =>
    request<ProviderActivity>('POST', `${own(organisationId)}/${enc(id)}/withdrawal`),
  object: (organisationId: string, id: string, reason: string) =>
    request<ProviderActivity>('POST', `${own(organisationId)}/${enc(id)}/objections`, { body: { reason } }),
  addRun: (organisationId: string, id: string, body: RunInput) =>
    request<Run>('POST', `${own(organisationId)}/${enc(id)}/runs`, { body }),
  changeRun: (organisationId: string, id: string, runId: string, body: RunInput) =>
    request<Run>('PUT', `${own(organisationId)}/${enc(id)}/runs/${enc(runId)}`, { body }),
  deleteRun: (organisationId: string, id: string, runId: string) =>
    request<null>('DELETE', `${own(organisationId)}/${enc(id)}/runs/${enc(runId)}`),
  reviews: (queue: Queue, page: number) =>
    request<Page<ActivitySummary>>('GET', '/activity-reviews', { query: { queue, page, pageSize: 20 } }),
  review: (id: string) => request<ReviewActivity>('GET', `/activity-reviews/${enc(id)}`),
  decide: (id: string, body: Accreditation & { outcome: 'accredit' | 'reject' }) =>
    request<ReviewActivity>('POST', `/activity-reviews/${enc(id)}/decisions`, { body }),
  check: (id: string, body: { outcome: 'approve' | 'revoke'; reason?: string }) =>
    request<ReviewActivity>('POST', `/activity-reviews/${enc(id)}/checks`, { body }),
  objections: (page: number) =>
    request<Page<ObjectionSummary>>('GET', '/activity-objections', { query: { state: 'open', page, pageSize: 20 } }),
  decideObjection: (id: string, body: Accreditation & { outcome: 'uphold' | 'dismiss' }) =>
    request<ReviewActivity>('POST', `/activity-objections/${enc(id)}/decisions`, { body }),
  providers: (page: number) =>
    request<Page<ProviderSummary>>('GET', '/accredited-providers', { query: { page, pageSize: 50 } }),
  markProvider: (organisationId: string, reason: string) =>
    request<ProviderSummary>('POST', '/accredited-providers', { body: { organisationId, reason } }),
  unmarkProvider: (organisationId: string) => request<null>('DELETE', `/accredited-providers/${enc(organisationId)}`),
}

export const useOwnActivities = (organisationId: string, page: number) =>
  useQuery({
    queryKey: ['accreditation', 'own', organisationId, page],
    placeholderData: keepPreviousData,
    queryFn: () => accreditationApi.listOwn(organisationId, page),
  })
export const useOwnActivity = (organisationId: string, id: string) =>
  useQuery({ queryKey: ['accreditation', 'own-one', id], queryFn: () => accreditationApi.getOwn(organisationId, id) })
export const useReviews = (queue: Queue, page: number) =>
  useQuery({
    queryKey: ['accreditation', 'reviews', queue, page],
    placeholderData: keepPreviousData,
    queryFn: () => accreditationApi.reviews(queue, page),
  })
export const useReview = (id: string) =>
  useQuery({ queryKey: ['accreditation', 'review', id], queryFn: () => accreditationApi.review(id) })
export const useObjections = (page: number) =>
  useQuery({ queryKey: ['accreditation', 'objections', page], queryFn: () => accreditationApi.objections(page) })
export const useProviders = (page: number) =>
  useQuery({ queryKey: ['accreditation', 'providers', page], queryFn: () => accreditationApi.providers(page) })
