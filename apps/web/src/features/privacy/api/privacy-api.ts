import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { API_BASE, type Page, request } from '../../../lib/api.ts'

// Personal data export and data requests (exportPersonalData, createDataRequest, listOwnDataRequests,
// listDataRequests, decideDataRequest). Types mirror docs/openapi.json.

export type DataRequestKind = 'correction' | 'erasure'
export type DataRequestState = 'open' | 'completed' | 'declined'

export interface DataRequest {
  id: string
  kind: DataRequestKind
  details: string
  state: DataRequestState
  createdAt: string
  handledAt: string | null
  resolution: string
}

export interface OfficeDataRequest extends DataRequest {
  person: { userId: string; name: string; email: string } | null
}

export interface ExportRegistration {
  id: string
  registerName: string
  registrationNumber: string | null
  status: string
  profession: string
  employerName: string | null
  showEmployerPublicly: boolean
  initials: string
  infix: string
  surname: string
  registeredSince: string | null
  statusHistory: { action: string; toStatus: string; effectiveDate: string; reason: string; decidedAt: string }[]
  cycles: {
    number: number
    startDate: string
    endDate: string
    postponedUntil: string | null
    decisions: { kind: string; reason: string; outcome: string; decidedAt: string }[]
  }[]
  applications: {
    id: string
    state: string
    educationInstitution: string
    educationProgramme: string
    educationDate: string
    submittedAt: string
    messages: { kind: string; fromMe: boolean; body: string; createdAt: string }[]
  }[]
  credentials: { credentialId: string; validFrom: string; validUntil: string; issuedAt: string }[]
  pointsLedger: ExportLedgerEntry[]
  selfReportedActivities: ExportSelfReport[]
  attendances: ExportAttendance[]
  reregistrationRequests: ExportReregistrationRequest[]
}

export type PointCategory = 'training' | 'reflection' | 'free-choice'

export interface ExportLedgerEntry {
  activityDate: string
  category: PointCategory
  points: number
  reference: string
  source: 'attendance' | 'self-report' | 'correction'
  bookedAt: string
  note: string
  reversal: boolean
}

export interface ExportSelfReport {
  kind: string
  title: string
  description: string
  activityDate: string
  hours: number
  requestedCategory: PointCategory
  evidenceKind: 'upload' | 'declaration'
  evidenceDocumentName: string | null
  state: 'submitted' | 'approved' | 'rejected' | 'withdrawn'
  submittedAt: string
  pointsGranted: number | null
  categoryGranted: PointCategory | null
  reviewedAt: string | null
  decisionReason: string
  spotCheck: boolean
  spotCheckedAt: string | null
  spotCheckOutcome: 'confirmed' | 'corrected' | null
}

export interface ExportAttendance {
  activityPublicId: string | null
  activityTitle: string
  providerName: string
  startsOn: string
  endsOn: string
  online: boolean
  method: string
  recordedAt: string
  withdrawnAt: string | null
  withdrawalReason: string
}

export interface ExportReregistrationRequest {
  cycleNumber: number
  kind: 'regular' | 'postponement' | 'limited-term'
  state: 'submitted' | 'approved' | 'rejected' | 'withdrawn'
  reason: string
  postponedUntil: string | null
  shiftYears: number | null
  submittedAt: string
  decidedAt: string | null
  decisionReason: string
}

export interface ExportProviderWork {
  submittedActivities: {
    organisationName: string
    publicId: string | null
    title: string
    state: string
    submittedAt: string
  }[]
  objections: {
    activityTitle: string
    activityPublicId: string | null
    reason: string
    state: string
    submittedAt: string
    decidedAt: string | null
  }[]
  apiKeys: { organisationName: string; name: string; prefix: string; createdAt: string; revokedAt: string | null }[]
}

export interface PersonalData {
  exportedAt: string
  account: {
    id: string
    email: string
    givenName: string
    familyName: string
    locale: string
    staffRoles: string[]
    mfaEnabled: boolean
    createdAt: string
  }
  sessions: { createdAt: string; lastSeenAt: string; userAgent: string; ipAddress: string }[]
  memberships: { organisationName: string; role: string; createdAt: string }[]
  registrations: ExportRegistration[]
  documents: {
    id: string
    purpose: string
    originalName: string
    mediaType: string
    sizeBytes: number
    createdAt: string
  }[]
  providerWork: ExportProviderWork
  cpdSharing: { organisationName: string; granted: boolean; updatedAt: string }[]
  invitations: { organisationName: string; createdAt: string; expiresAt: string }[]
  mails: { subject: string; createdAt: string; sentAt: string | null }[]
  dataRequests: DataRequest[]
  auditEvents: { occurredAt: string; action: string; result: string; byMe: boolean }[]
}

export const PERSONAL_DATA_URL = `${API_BASE}/me/personal-data`
export const OWN_REQUESTS_KEY = ['my-data-requests'] as const
export const OFFICE_REQUESTS_KEY = ['data-requests'] as const

export const privacyApi = {
  exportData: () => request<PersonalData>('GET', '/me/personal-data'),
  createRequest: (body: { kind: DataRequestKind; details: string }) =>
    request<DataRequest>('POST', '/me/data-requests', { body }),
  listOwn: () => request<{ items: DataRequest[] }>('GET', '/me/data-requests'),
  listAll: (query: { state?: string; page: number }) =>
    request<Page<OfficeDataRequest>>('GET', '/data-requests', { query: { ...query, pageSize: 20 } }),
  decide: (id: string, body: { decision: 'completed' | 'declined'; resolution: string }) =>
    request<OfficeDataRequest>('POST', `/data-requests/${encodeURIComponent(id)}/decision`, { body }),
}

export const usePersonalData = () => useQuery({ queryKey: ['personal-data'], queryFn: privacyApi.exportData })
export const useOwnRequests = () => useQuery({ queryKey: OWN_REQUESTS_KEY, queryFn: privacyApi.listOwn })
export const useOfficeRequests = (filters: { state: string; page: number }) =>
  useQuery({
    queryKey: [...OFFICE_REQUESTS_KEY, filters],
    placeholderData: keepPreviousData,
    queryFn: () => privacyApi.listAll({ state: filters.state || undefined, page: filters.page }),
  })
