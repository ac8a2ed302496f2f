import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { API_BASE, ApiError, type FieldError, type Page, request } from '../../../lib/api.ts'

// The attendance endpoints (presentie) and the organisation's API keys. Types mirror docs/openapi.json.

export type Outcome = 'matched' | 'unmatched' | 'duplicate' | 'not-registered' | 'already-booked' | 'invalid'
export const OUTCOMES: readonly Outcome[] = [
  'matched',
  'unmatched',
  'duplicate',
  'not-registered',
  'already-booked',
  'invalid',
]

export interface RunSummary {
  id: string
  activityId: string
  activityPublicId: string | null
  activityTitle: string
  startsOn: string
  endsOn: string
  location: string
  online: boolean
  points: number | null
  category: 'training' | 'reflection' | 'free-choice' | null
}

export interface Attendance {
  id: string
  runId: string
  registrationNumber: string | null
  name: string
  method: 'form' | 'list' | 'file' | 'api' | 'check-in'
  importId: string | null
  recordedAt: string
  withdrawnAt: string | null
  withdrawalReason: string
}

export interface RegistrantHit {
  name: string
  registrationNumber: string
  status: string
  bookable: boolean
  present: boolean
}

export interface ReportCounts {
  matched: number
  unmatched: number
  duplicate: number
  notRegistered: number
  alreadyBooked: number
  invalid: number
}

export interface AttendanceImport {
  id: string
  runId: string
  kind: 'list' | 'file'
  fileName: string
  state: 'checked' | 'confirmed' | 'cancelled'
  createdAt: string
  confirmedAt: string | null
  bookedCount: number
  counts: ReportCounts
  report?: { line: number; value: string; outcome: Outcome; name?: string }[]
}

export interface ApiKey {
  id: string
  name: string
  prefix: string
  createdAt: string
  lastUsedAt: string | null
  revokedAt: string | null
}

const run = (runId: string) => `/runs/${encodeURIComponent(runId)}`
const keys = (organisationId: string) => `/organisations/${encodeURIComponent(organisationId)}/api-keys`

export const attendanceKey = (runId: string) => ['attendance', runId] as const
export const apiKeysKey = (organisationId: string) => ['api-keys', organisationId] as const

/** Sends a file as multipart/form-data (field `file`); the server checks its type on the content. */
async function postFile(runId: string, file: File, csrfToken: string, language: string) {
  const form = new FormData()
  form.append('file', file)
  let response: Response
  try {
    response = await fetch(`${API_BASE}${run(runId)}/attendance-files`, {
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
  if (response.ok) return body as AttendanceImport
  const errors: FieldError[] = Array.isArray(body?.errors) ? body.errors : []
  throw new ApiError(response.status, body?.title ?? `http-${response.status}`, body?.detail ?? '', errors)
}

export const attendanceApi = {
  list: (runId: string, page: number, includeWithdrawn: boolean) =>
    request<Page<Attendance> & { run: RunSummary; allowedActions: ('record' | 'withdraw')[] }>(
      'GET',
      `${run(runId)}/attendances`,
      {
        query: { page, pageSize: 50, includeWithdrawn: includeWithdrawn ? 'true' : undefined },
      },
    ),
  search: (runId: string, query: { registrationNumber?: string; surname?: string; initials?: string }) =>
    request<{ items: RegistrantHit[] }>('GET', `${run(runId)}/registrants`, { query }),
  record: (runId: string, registrationNumber: string) =>
    request<Attendance>('POST', `${run(runId)}/manual-attendances`, { body: { registrationNumber } }),
  withdraw: (attendanceId: string, reason: string) =>
    request<Attendance>('POST', `/attendances/${encodeURIComponent(attendanceId)}/withdrawal`, { body: { reason } }),
  checkList: (runId: string, text: string) =>
    request<AttendanceImport>('POST', `${run(runId)}/attendance-imports`, { body: { text } }),
  checkFile: postFile,
  confirm: (importId: string) =>
    request<AttendanceImport>('POST', `/attendance-imports/${encodeURIComponent(importId)}/confirmation`),
  cancel: (importId: string) =>
    request<AttendanceImport>('POST', `/attendance-imports/${encodeURIComponent(importId)}/cancellation`),
  imports: (runId: string, page: number) =>
    request<Page<AttendanceImport>>('GET', `${run(runId)}/attendance-imports`, { query: { page, pageSize: 20 } }),

  listKeys: (organisationId: string, page: number) =>
    request<Page<ApiKey>>('GET', keys(organisationId), { query: { page, pageSize: 50 } }),
  createKey: (organisationId: string, name: string) =>
    request<ApiKey & { key: string }>('POST', keys(organisationId), { body: { name } }),
  revokeKey: (organisationId: string, apiKeyId: string) =>
    request<ApiKey>('DELETE', `${keys(organisationId)}/${encodeURIComponent(apiKeyId)}`),
}

export function useAttendances(runId: string, page: number, includeWithdrawn: boolean) {
  return useQuery({
    queryKey: [...attendanceKey(runId), 'list', page, includeWithdrawn],
    queryFn: () => attendanceApi.list(runId, page, includeWithdrawn),
    placeholderData: keepPreviousData,
  })
}

export function useImports(runId: string) {
  return useQuery({ queryKey: [...attendanceKey(runId), 'imports'], queryFn: () => attendanceApi.imports(runId, 1) })
}

export function useApiKeys(organisationId: string) {
  return useQuery({ queryKey: apiKeysKey(organisationId), queryFn: () => attendanceApi.listKeys(organisationId, 1) })
}
