/**
 * A small typed client for the Vakregister API (/api/v1). The types mirror docs/api.md.
 * - sends the session cookie (same origin), `Accept: application/json` and the UI language as `Accept-Language`;
 * - sends `X-CSRF-Token` from the current Me on POST/PUT/PATCH/DELETE;
 * - turns application/problem+json answers into an ApiError with the field errors in `errors`.
 */

export const API_BASE = '/api/v1'

export type Locale = 'nl' | 'en'
export type MfaState = 'complete' | 'pending' | 'setup_required'
export type StaffRole = 'register_office' | 'editor' | 'moderator' | 'admin'
export type MembershipRole = 'member' | 'employer_manager' | 'provider_staff' | 'researcher'

export interface Membership {
  organisationId: string
  organisationName: string
  role: MembershipRole | string
}

export interface Me {
  id: string
  email: string
  givenName: string
  familyName: string
  locale: Locale
  staffRoles: (StaffRole | string)[]
  memberships: Membership[]
  mfa: { enabled: boolean; required: boolean }
  session: { mfaState: MfaState; csrfToken: string; expiresAt: string; idleExpiresAt: string }
  permissions: Record<string, boolean | undefined>
}

export interface SessionItem {
  id: string
  createdAt: string
  lastSeenAt: string
  expiresAt: string
  userAgent: string | null
  current: boolean
}

export interface TotpSetup {
  secret: string
  otpauthUri: string
  qrCodeSvg: string
}

export interface RecoveryCodes {
  recoveryCodes: string[]
}

export type AuditResult = 'success' | 'failure' | 'denied'

export interface AuditEvent {
  id: string
  occurredAt: string
  actorId: string | null
  actorEmail: string | null
  action: string
  objectType: string | null
  objectId: string | null
  result: AuditResult | string
  origin: string | null
  requestId: string | null
  details: Record<string, unknown> | null
}

export interface Page<T> {
  items: T[]
  page: number
  pageSize: number
  total: number
}

export interface FieldError {
  in?: string
  name: string
  code?: string
  reason: string
}

/** An error answer of the API (RFC 9457 problem details), or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number
  /** The problem's short code, e.g. `invalid-input`, `invalid-credentials`, `mfa-setup-required`. */
  readonly code: string
  readonly detail: string
  readonly errors: FieldError[]
  /** Seconds to wait, from `Retry-After` on a 429. */
  readonly retryAfter: number | null

  constructor(
    status: number,
    code: string,
    detail: string,
    errors: FieldError[] = [],
    retryAfter: number | null = null,
  ) {
    super(detail || code)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.detail = detail
    this.errors = errors
    this.retryAfter = retryAfter
  }
}

let csrfToken: string | null = null
let language: Locale = 'nl'

/** Remembers the CSRF token of the current session (from GET /me or the log-in answer). */
export function setCsrfToken(token: string | null) {
  csrfToken = token
}

export function setApiLanguage(locale: Locale) {
  language = locale
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export type Query = Record<string, string | number | undefined | null>

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
  }
  const search = params.toString()
  return `${API_BASE}${path}${search ? `?${search}` : ''}`
}

export async function request<T>(method: string, path: string, options: { body?: unknown; query?: Query } = {}) {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': language === 'en' ? 'en, nl;q=0.5' : 'nl, en;q=0.5',
  }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (UNSAFE.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken

  let response: Response
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    })
  } catch {
    throw new ApiError(0, 'network-error', '')
  }
  if (response.ok) {
    if (response.status === 204 || response.headers.get('content-length') === '0') return undefined as T
    const text = await response.text()
    return (text ? JSON.parse(text) : undefined) as T
  }
  throw await toApiError(response)
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryHeader = response.headers.get('retry-after')
  const retryAfter = retryHeader && /^\d+$/.test(retryHeader) ? Number(retryHeader) : null
  let body: any = null
  try {
    body = await response.json()
  } catch {
    // not JSON: keep the status only
  }
  const code = typeof body?.title === 'string' ? body.title : `http-${response.status}`
  const detail = typeof body?.detail === 'string' ? body.detail : ''
  const errors: FieldError[] = Array.isArray(body?.errors)
    ? body.errors
        .filter((e: any) => e && typeof e.name === 'string')
        .map((e: any) => ({ in: e.in, name: e.name, code: e.code, reason: String(e.reason ?? '') }))
    : []
  return new ApiError(response.status, code, detail, errors, retryAfter)
}

/** The endpoints of docs/api.md, one function each. */
export const api = {
  getMe: () => request<Me>('GET', '/me'),
  updateMe: (body: { givenName?: string; familyName?: string; locale?: Locale }) =>
    request<Me>('PATCH', '/me', { body }),
  changePassword: (body: { currentPassword: string; newPassword: string }) =>
    request<void>('PUT', '/me/password', { body }),

  signUp: (body: { email: string; password: string; givenName: string; familyName: string; locale?: Locale }) =>
    request<Record<string, never>>('POST', '/accounts', { body }),
  verifyAccount: (token: string) => request<void>('POST', '/account-verifications', { body: { token } }),

  logIn: (body: { email: string; password: string }) => request<Me>('POST', '/sessions', { body }),
  completeMfa: (body: { code: string } | { recoveryCode: string }) =>
    request<Me>('POST', '/sessions/current/mfa', { body }),
  logOut: () => request<void>('DELETE', '/sessions/current'),
  listSessions: () => request<{ items: SessionItem[] }>('GET', '/sessions'),
  endSession: (sessionId: string) => request<void>('DELETE', `/sessions/${encodeURIComponent(sessionId)}`),
  endAllSessions: () => request<void>('DELETE', '/sessions'),

  requestPasswordReset: (email: string) => request<void>('POST', '/password-resets', { body: { email } }),
  confirmPasswordReset: (body: { token: string; password: string }) =>
    request<void>('POST', '/password-reset-confirmations', { body }),

  startTotp: () => request<TotpSetup>('POST', '/me/mfa/totp'),
  confirmTotp: (code: string) => request<RecoveryCodes>('POST', '/me/mfa/totp/confirmation', { body: { code } }),
  disableMfa: (password: string) => request<void>('DELETE', '/me/mfa', { body: { password } }),
  renewRecoveryCodes: (code: string) => request<RecoveryCodes>('POST', '/me/mfa/recovery-codes', { body: { code } }),

  listAuditEvents: (query: Query) => request<Page<AuditEvent>>('GET', '/audit-events', { query }),
}

/* Staff management: users (staff roles) and organisations — see docs/api.md "Users" and "Organisations". */

export const STAFF_ROLES: readonly StaffRole[] = ['register_office', 'editor', 'moderator', 'admin']
export const MEMBERSHIP_ROLES: readonly MembershipRole[] = [
  'member',
  'employer_manager',
  'provider_staff',
  'researcher',
]
export type OrganisationKind =
  | 'municipality'
  | 'social_service'
  | 'university'
  | 'training_company'
  | 'register_office'
  | 'other'
export const ORGANISATION_KINDS: readonly OrganisationKind[] = [
  'municipality',
  'social_service',
  'university',
  'training_company',
  'register_office',
  'other',
]

/** An account as staff see it (`User` in docs/api.md). */
export interface AdminUser {
  id: string
  email: string
  givenName: string
  familyName: string
  staffRoles: (StaffRole | string)[]
  mfaEnabled: boolean
  createdAt: string
}

export interface Organisation {
  id: string
  name: string
  kind: OrganisationKind | string
  city: string
}

/** One person's role in one organisation, as the organisation's member list shows it. */
export interface OrganisationMembership {
  id: string
  organisationId: string
  userId: string
  email: string
  givenName: string
  familyName: string
  role: MembershipRole | string
  createdAt: string
}

const segment = encodeURIComponent

export const adminApi = {
  listUsers: (query: Query) => request<Page<AdminUser>>('GET', '/users', { query }),
  getUser: (userId: string) => request<AdminUser>('GET', `/users/${segment(userId)}`),
  setStaffRoles: (userId: string, staffRoles: StaffRole[]) =>
    request<AdminUser>('PUT', `/users/${segment(userId)}/staff-roles`, { body: { staffRoles } }),

  listOrganisations: (query: Query) => request<Page<Organisation>>('GET', '/organisations', { query }),
  createOrganisation: (body: { name: string; kind: OrganisationKind; city: string }) =>
    request<Organisation>('POST', '/organisations', { body }),
  getOrganisation: (organisationId: string) =>
    request<Organisation>('GET', `/organisations/${segment(organisationId)}`),
  listMemberships: (organisationId: string, query: Query) =>
    request<Page<OrganisationMembership>>('GET', `/organisations/${segment(organisationId)}/memberships`, { query }),
  addMembership: (organisationId: string, body: { email: string; role: MembershipRole }) =>
    request<OrganisationMembership>('POST', `/organisations/${segment(organisationId)}/memberships`, { body }),
  removeMembership: (organisationId: string, membershipId: string) =>
    request<void>('DELETE', `/organisations/${segment(organisationId)}/memberships/${segment(membershipId)}`),
}
