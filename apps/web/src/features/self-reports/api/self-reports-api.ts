import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { API_BASE, ApiError, type FieldError, type Page, request } from '../../../lib/api.ts'

// The self-report endpoints (docs/openapi.json: createSelfReport, listMySelfReports, getSelfReport,
// withdrawSelfReport, getSelfReportDeclarationForm, listSelfReports, approveSelfReport, rejectSelfReport,
// listSelfReportSpotChecks, recordSelfReportSpotCheck, listPointsSettings, updatePointsSettings) and the
// professional's registrations (listMyRegistrations). Types mirror the response schemas.

export const KINDS = ['course', 'intervision', 'supervision', 'article', 'presentation', 'teaching', 'other'] as const
export type Kind = (typeof KINDS)[number]
export const CATEGORIES = ['training', 'reflection', 'free-choice'] as const
export type Category = (typeof CATEGORIES)[number]
export type State = 'submitted' | 'approved' | 'rejected' | 'withdrawn'
export type EvidenceKind = 'upload' | 'declaration'

export interface SelfReportSummary {
  id: string
  registrationId: string
  registrationNumber: string | null
  registerName: string
  initials: string
  infix: string
  surname: string
  kind: Kind
  title: string
  activityDate: string
  hours: number
  requestedCategory: Category
  evidenceKind: EvidenceKind
  state: State
  submittedAt: string
  reviewedAt: string | null
  pointsGranted: number | null
  categoryGranted: Category | null
  decisionReason: string
  pointsWithdrawn: boolean
}

export interface SelfReportDetail extends SelfReportSummary {
  description: string
  evidence: { id: string; fileName: string; mediaType: string; sizeBytes: number }
  reviewedBy: string | null
  spotCheck: { drawn: boolean; checkedAt: string | null; outcome: 'confirmed' | 'corrected' | null } | null
  permissions: { withdraw: boolean; approve: boolean; reject: boolean; spotCheck: boolean }
}

export interface SpotCheckItem {
  id: string
  registrationNumber: string | null
  registerName: string
  initials: string
  infix: string
  surname: string
  kind: Kind
  title: string
  activityDate: string
  pointsGranted: number
  categoryGranted: Category
  evidenceKind: EvidenceKind
  reviewedAt: string
  spotCheckedAt: string | null
  spotCheckOutcome: 'confirmed' | 'corrected' | null
}

export interface PointsSetting {
  registerId: string
  registerName: string
  spotCheckPercent: number
  updatedAt: string | null
}

export interface MyRegistration {
  id: string
  registrationNumber: string | null
  register: string
  status: string
}

const BASE = '/self-reports'
const item = (id: string) => `${BASE}/${encodeURIComponent(id)}`

/** The download URL of a document (the browser sends the session cookie; the answer is an attachment). */
export const documentUrl = (documentId: string) => `${API_BASE}/documents/${encodeURIComponent(documentId)}`

/** The declaration form (PDF) pre-filled with what the professional typed so far. */
export function declarationUrl(values: {
  kind?: string
  registrationId?: string
  title?: string
  activityDate?: string
  hours?: string
}) {
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(values)) {
    const text = value?.trim() ?? ''
    if (text === '') continue
    if (name === 'activityDate' && !/^\d{4}-\d{2}-\d{2}$/.test(text)) continue
    if (name === 'hours' && !/^[0-9]{1,3}([.,][0-9]{1,2})?$/.test(text)) continue
    query.set(name, name === 'title' ? text.slice(0, 200) : text)
  }
  const search = query.toString()
  return `${API_BASE}${BASE}/declaration-form${search ? `?${search}` : ''}`
}

/** Sends the multipart form; the server checks everything and answers problem+json on errors. */
async function postForm<T>(path: string, form: FormData, csrfToken: string, language: string): Promise<T> {
  let response: Response
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        'Accept-Language': language === 'en' ? 'en, nl;q=0.5' : 'nl, en;q=0.5',
        'X-CSRF-Token': csrfToken,
      },
      body: form,
    })
  } catch {
    throw new ApiError(0, 'network-error', '')
  }
  const body = await response.json().catch(() => null)
  if (response.ok) return body as T
  const errors: FieldError[] = Array.isArray(body?.errors) ? body.errors : []
  throw new ApiError(response.status, body?.title ?? `http-${response.status}`, body?.detail ?? '', errors)
}

export const selfReportsApi = {
  myRegistrations: () => request<{ items: MyRegistration[] }>('GET', '/me/registrations'),
  submit: (form: FormData, csrfToken: string, language: string) =>
    postForm<{ id: string; state: State }>(BASE, form, csrfToken, language),
  mine: (page: number) => request<Page<SelfReportSummary>>('GET', `${BASE}/mine`, { query: { page, pageSize: 20 } }),
  get: (id: string) => request<SelfReportDetail>('GET', item(id)),
  withdraw: (id: string) => request<{ id: string; state: State }>('POST', `${item(id)}/withdrawal`),
  queue: (page: number) => request<Page<SelfReportSummary>>('GET', BASE, { query: { page, pageSize: 20 } }),
  approve: (id: string, body: { pointsGranted?: number; categoryGranted?: Category }) =>
    request<{ id: string; state: State; spotCheck?: boolean }>('POST', `${item(id)}/approval`, { body }),
  reject: (id: string, reason: string) =>
    request<{ id: string; state: State }>('POST', `${item(id)}/rejection`, { body: { reason } }),
  spotChecks: (status: 'open' | 'done', page: number) =>
    request<Page<SpotCheckItem>>('GET', `${BASE}/spot-checks`, { query: { status, page, pageSize: 20 } }),
  recordSpotCheck: (id: string, outcome: 'confirmed' | 'corrected', reason?: string) =>
    request<{ id: string; pointsWithdrawn: boolean }>('POST', `${item(id)}/spot-check`, {
      body: reason ? { outcome, reason } : { outcome },
    }),
  settings: () => request<{ items: PointsSetting[] }>('GET', '/points-settings'),
  updateSetting: (registerId: string, spotCheckPercent: number) =>
    request<PointsSetting>('PUT', `/points-settings/${encodeURIComponent(registerId)}`, { body: { spotCheckPercent } }),
}

export const SELF_REPORTS_KEY = ['self-reports'] as const

export const useMyRegistrations = () =>
  useQuery({ queryKey: [...SELF_REPORTS_KEY, 'registrations'], queryFn: selfReportsApi.myRegistrations })
export const useMySelfReports = (page: number) =>
  useQuery({
    queryKey: [...SELF_REPORTS_KEY, 'mine', page],
    placeholderData: keepPreviousData,
    queryFn: () => selfReportsApi.mine(page),
  })
export const useSelfReport = (id: string) =>
  useQuery({ queryKey: [...SELF_REPORTS_KEY, 'one', id], queryFn: () => selfReportsApi.get(id) })
export const useSelfReportQueue = (page: number) =>
  useQuery({
    queryKey: [...SELF_REPORTS_KEY, 'queue', page],
    placeholderData: keepPreviousData,
    queryFn: () => selfReportsApi.queue(page),
  })
export const useSpotChecks = (status: 'open' | 'done', page: number) =>
  useQuery({
    queryKey: [...SELF_REPORTS_KEY, 'spot-checks', status, page],
    placeholderData: keepPreviousData,
    queryFn: () => selfReportsApi.spotChecks(status, page),
  })
export const usePointsSettings = () =>
  useQuery({ queryKey: [...SELF_REPORTS_KEY, 'settings'], queryFn: selfReportsApi.settings })
