import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { API_BASE, ApiError, type FieldError, type Page, request } from '../../../lib/api.ts'

// The employer endpoints (inviteStaff, listInvitations, listTeam, getTeamMemberStanding). Types mirror
// docs/openapi.json.

export interface InvitationResult {
  invited: { id: string; email: string }[]
  skipped: { email: string; line: number; reason: 'duplicate' | 'already-invited' | 'already-registered' }[]
}

export interface Invitation {
  id: string
  email: string
  state: 'open' | 'registered' | 'expired'
  createdAt: string
  expiresAt: string
  invitedByName: string
}

export interface TeamMember {
  registrationId: string
  registrationNumber: string | null
  name: string
  registerName: string
  profession: string
  status: string
  cycleEnd: string | null
  sharesStanding: boolean
}

export interface StandingCycle {
  number: number
  startDate: string
  endDate: string
  postponedUntil: string | null
  effectiveEndDate: string
  closed: boolean
  decisions: { kind: 'postponement' | 'hardship'; outcome: string; postponedUntil: string | null; decidedAt: string }[]
}

export interface Standing {
  registrationId: string
  registrationNumber: string | null
  name: string
  registerName: string
  profession: string
  status: string
  currentCycle: StandingCycle | null
  cycles: StandingCycle[]
}

const base = (organisationId: string) => `/organisations/${encodeURIComponent(organisationId)}`
export const teamKey = (organisationId: string) => ['employer', organisationId, 'team'] as const
export const invitationsKey = (organisationId: string) => ['employer', organisationId, 'invitations'] as const

/** Sends a CSV file as it is (text/csv); the server reads and checks it. */
async function postCsv(organisationId: string, csv: string, csrfToken: string, language: string) {
  let response: Response
  try {
    response = await fetch(`${API_BASE}${base(organisationId)}/invitations`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        'Accept-Language': language === 'en' ? 'en, nl;q=0.5' : 'nl, en;q=0.5',
        'Content-Type': 'text/csv; charset=utf-8',
        'X-CSRF-Token': csrfToken,
      },
      body: csv,
    })
  } catch {
    throw new ApiError(0, 'network-error', '')
  }
  const body = await response.json().catch(() => null)
  if (response.ok) return body as InvitationResult
  const errors: FieldError[] = Array.isArray(body?.errors) ? body.errors : []
  throw new ApiError(response.status, body?.title ?? `http-${response.status}`, body?.detail ?? '', errors)
}

export const employerApi = {
  inviteList: (organisationId: string, emails: string[]) =>
    request<InvitationResult>('POST', `${base(organisationId)}/invitations`, { body: { emails } }),
  inviteCsv: postCsv,
  listInvitations: (organisationId: string, page: number) =>
    request<Page<Invitation>>('GET', `${base(organisationId)}/invitations`, { query: { page, pageSize: 50 } }),
  team: (organisationId: string, page: number) =>
    request<Page<TeamMember>>('GET', `${base(organisationId)}/team`, { query: { page, pageSize: 50 } }),
  standing: (organisationId: string, registrationId: string) =>
    request<Standing>('GET', `${base(organisationId)}/team/${encodeURIComponent(registrationId)}/standing`),
}

export const useTeam = (organisationId: string, page: number) =>
  useQuery({
    queryKey: [...teamKey(organisationId), page],
    placeholderData: keepPreviousData,
    queryFn: () => employerApi.team(organisationId, page),
  })
export const useInvitations = (organisationId: string, page: number) =>
  useQuery({
    queryKey: [...invitationsKey(organisationId), page],
    placeholderData: keepPreviousData,
    queryFn: () => employerApi.listInvitations(organisationId, page),
  })
export const useStanding = (organisationId: string, registrationId: string | null) =>
  useQuery({
    queryKey: ['employer', organisationId, 'standing', registrationId],
    queryFn: () => employerApi.standing(organisationId, registrationId!),
    enabled: !!registrationId,
    retry: false,
    staleTime: 0,
    gcTime: 0,
  })
