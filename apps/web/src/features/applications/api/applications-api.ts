import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { API_BASE, ApiError, type FieldError, type Page, request } from '../../../lib/api.ts'

// The application endpoints (docs/openapi.json: listRegisters, createRegistrationApplication,
// listRegistrationApplications, listMyRegistrationApplications, getRegistrationApplication, approve…, reject…,
// requestApplicationInformation, answerRegistrationApplication). Types mirror the response schemas.

export type ApplicationState = 'submitted' | 'info-requested' | 'approved' | 'rejected' | 'withdrawn'
export const QUEUE_STATES: readonly ApplicationState[] = ['submitted', 'info-requested', 'approved', 'rejected']

export interface RegisterOption {
  id: string
  name: string
  slug: string
  professions: string[]
}
export interface RegisterList {
  items: RegisterOption[]
  professionalCode: { version: string; url: string }
}

export interface Employer {
  id: string
  name: string
  kind: string
  city: string
}

export interface ApplicationSummary {
  id: string
  state: ApplicationState
  kind: 'first' | 'reapply' | 're-entry'
  registerName: string
  profession: string
  initials: string
  infix: string
  surname: string
  submittedAt: string
  queuedAt: string
  decidedAt: string | null
}

export interface DocumentInfo {
  id: string
  fileName: string
  mediaType: string
  sizeBytes: number
}

export interface ApplicationDetail extends ApplicationSummary {
  registrationStatus: string
  registrationNumber: string | null
  registerId: string
  employerOrganisationId: string | null
  employerName: string | null
  selfEmployed: boolean
  educationInstitution: string
  educationProgramme: string
  educationDate: string
  codeVersion: string
  codeAcceptedAt: string
  decisionReason: string
  applicantEmail: string | null
  diploma: DocumentInfo
  messages: {
    id: string
    kind: 'info-request' | 'answer'
    body: string
    createdAt: string
    document: DocumentInfo | null
  }[]
  permissions: { approve: boolean; reject: boolean; requestInformation: boolean; answer: boolean }
}

export interface StateResult {
  id: string
  state: ApplicationState
  registrationNumber?: string
  cycle?: { startDate: string; endDate: string }
}

const BASE = '/registration-applications'

/** The download URL of a document (the browser sends the session cookie; the answer is an attachment). */
export const documentUrl = (documentId: string) => `${API_BASE}/documents/${encodeURIComponent(documentId)}`

/** Sends a multipart form (fields and a file); the server checks everything and answers problem+json on errors. */
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

export const applicationsApi = {
  registers: () => request<RegisterList>('GET', '/registers'),
  /** Organisations one can choose as employer (every logged-in person may list organisations). */
  employers: () => request<Page<Employer>>('GET', '/organisations', { query: { pageSize: 100 } }),
  apply: (form: FormData, csrfToken: string, language: string) =>
    postForm<{ id: string; registrationId: string; kind: string }>(BASE, form, csrfToken, language),
  queue: (state: ApplicationState, page: number) =>
    request<Page<ApplicationSummary>>('GET', BASE, { query: { state, page, pageSize: 20 } }),
  mine: () => request<Page<ApplicationSummary>>('GET', `${BASE}/mine`, { query: { pageSize: 100 } }),
  get: (id: string) => request<ApplicationDetail>('GET', `${BASE}/${encodeURIComponent(id)}`),
  approve: (id: string) => request<StateResult>('POST', `${BASE}/${encodeURIComponent(id)}/approval`),
  reject: (id: string, reason: string) =>
    request<StateResult>('POST', `${BASE}/${encodeURIComponent(id)}/rejection`, { body: { reason } }),
  requestInformation: (id: string, question: string) =>
    request<StateResult>('POST', `${BASE}/${encodeURIComponent(id)}/information-requests`, { body: { question } }),
  answer: (id: string, form: FormData, csrfToken: string, language: string) =>
    postForm<StateResult>(`${BASE}/${encodeURIComponent(id)}/answers`, form, csrfToken, language),
}

export const applicationKey = (id: string) => ['applications', 'one', id] as const

export const useRegisters = () =>
  useQuery({ queryKey: ['applications', 'registers'], queryFn: applicationsApi.registers })
export const useEmployers = () =>
  useQuery({ queryKey: ['applications', 'employers'], queryFn: applicationsApi.employers })
export const useMyApplications = () => useQuery({ queryKey: ['applications', 'mine'], queryFn: applicationsApi.mine })
export const useApplication = (id: string) =>
  useQuery({ queryKey: applicationKey(id), queryFn: () => applicationsApi.get(id) })
export const useQueue = (state: ApplicationState, page: number) =>
  useQuery({
    queryKey: ['applications', 'queue', state, page],
    placeholderData: keepPreviousData,
    queryFn: () => applicationsApi.queue(state, page),
  })
