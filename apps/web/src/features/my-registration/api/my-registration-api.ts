import { useQuery } from '@tanstack/react-query'
import { API_BASE, type Page, request } from '../../../lib/api.ts'

// The professional's own registrations (listMyRegistrations, getRegistration), downloads, the public-employer
// switch (setEmployerVisibility), CPD sharing per employer (listOwnCpdSharing, setOwnCpdSharing) and open
// applications (listMyRegistrationApplications). Types mirror docs/openapi.json.

export type RegistrationStatus = 'candidate' | 'registered' | 'suspended' | 'lapsed' | 'removed' | 'rejected'

export interface MyRegistrationSummary {
  id: string
  registrationNumber: string | null
  register: string
  profession: string
  status: RegistrationStatus
  registeredSince: string | null
  cycleEnd: string | null
}

export interface OwnCycle {
  id: string
  number: number
  startDate: string
  endDate: string
  postponedUntil: string | null
  effectiveEnd: string
  closed: boolean
}

export interface OwnHistoryEntry {
  id: string
  action: string
  fromStatus: RegistrationStatus | null
  toStatus: RegistrationStatus
  effectiveDate: string
  reason: string
  decidedAt: string
  publicUntil: string | null
}

export interface OwnRegistration {
  id: string
  register: string
  status: RegistrationStatus
  registrationNumber: string | null
  registeredSince: string | null
  initials: string
  infix: string
  surname: string
  profession: string
  employer: { id: string; name: string } | null
  selfEmployed: boolean
  showEmployerPublicly: boolean
  currentCycle: OwnCycle | null
  cycles: OwnCycle[]
  history: OwnHistoryEntry[]
  credentials: { credentialId: string; validFrom: string; validUntil: string; issuedAt: string }[]
}

export interface CpdSharing {
  organisationId: string
  organisationName: string
  granted: boolean
  grantedAt: string | null
  isEmployer: boolean
}

export interface OwnApplication {
  id: string
  state: 'submitted' | 'info-requested' | 'approved' | 'rejected' | 'withdrawn'
  registerName: string
}

export const MY_REGISTRATIONS_KEY = ['my-registrations'] as const
export const CPD_SHARING_KEY = ['my-cpd-sharing'] as const

export const myRegistrationApi = {
  list: () => request<{ items: MyRegistrationSummary[] }>('GET', '/me/registrations'),
  get: (id: string) => request<OwnRegistration>('GET', `/registrations/${encodeURIComponent(id)}`),
  setEmployerVisibility: (id: string, showEmployerPublicly: boolean) =>
    request<{ showEmployerPublicly: boolean }>(
      'PUT',
      `/me/registrations/${encodeURIComponent(id)}/employer-visibility`,
      { body: { showEmployerPublicly } },
    ),
  listSharing: () => request<{ items: CpdSharing[] }>('GET', '/me/cpd-sharing'),
  setSharing: (organisationId: string, granted: boolean) =>
    request<CpdSharing>('PUT', `/me/cpd-sharing/${encodeURIComponent(organisationId)}`, { body: { granted } }),
  listApplications: () =>
    request<Page<OwnApplication>>('GET', '/registration-applications/mine', { query: { pageSize: 20 } }),
}

/** Plain links: the browser downloads the attachment itself (session cookie, same origin). */
export const certificateUrl = (id: string) => `${API_BASE}/registrations/${encodeURIComponent(id)}/certificate`
export const credentialUrl = (id: string) => `${API_BASE}/registrations/${encodeURIComponent(id)}/credential`

export const useMyRegistrations = () => useQuery({ queryKey: MY_REGISTRATIONS_KEY, queryFn: myRegistrationApi.list })
export const useOwnRegistration = (id: string | undefined) =>
  useQuery({
    queryKey: [...MY_REGISTRATIONS_KEY, id],
    queryFn: () => myRegistrationApi.get(id!),
    enabled: !!id,
  })
export const useCpdSharing = () => useQuery({ queryKey: CPD_SHARING_KEY, queryFn: myRegistrationApi.listSharing })
export const useOpenApplications = () =>
  useQuery({
    queryKey: ['my-applications'],
    queryFn: async () => {
      try {
        const page = await myRegistrationApi.listApplications()
        return page.items.filter((a) => a.state === 'submitted' || a.state === 'info-requested')
      } catch {
        return [] // no applications list available: show no link
      }
    },
  })
