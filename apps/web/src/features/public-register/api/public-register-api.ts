import { useMutation, useQuery } from '@tanstack/react-query'
import { request } from '../../../lib/api.ts'

// The public, no-login endpoints of the register and the credential check (docs/openapi.json:
// searchPublicRegistrations, getPublicRegistration, verifyCredential). The types mirror the response schemas.

export type RegistrationStatus = 'registered' | 'suspended' | 'lapsed' | 'removed'

/** A measure (suspension or removal), only while it is public. */
export interface PublicMeasure {
  kind: 'suspension' | 'removal'
  effectiveDate: string
  publicUntil: string
}

/** The allow-listed public fields of one registration. */
export interface PublicRegistration {
  initials: string
  /** Tussenvoegsel; empty when there is none. */
  infix: string
  surname: string
  registrationNumber: string
  register: string
  profession: string
  status: RegistrationStatus
  registeredSince: string
  validUntil: string | null
  measure?: PublicMeasure
  /** Only when the professional chose to show it. */
  employer?: string
}

export type PublicRegistrationQuery = { registrationNumber: string } | { surname: string; initials?: string }

/** The answer of POST /credential-verifications. */
export interface CredentialVerification {
  signatureValid: boolean
  /** Why the signature does not hold (empty when it does), in the UI language. */
  errors: string[]
  issuer: { id: string | null; name: string | null } | null
  achievementType: string | null
  name: string | null
  licenseNumber?: string
  /** The kind of credential when the module that issued it knows more, e.g. `attendance` (a certificate of attendance). */
  kind?: string
  /** PE points according to the credential (creditsEarned), when it names them. */
  creditsEarned?: number
  validFrom: string | null
  validUntil: string | null
  expired: boolean
  notYetValid: boolean
  /** The status now, from the status list; null when the signature does not hold or there is no list. */
  status: { suspended: boolean; revoked: boolean; withdrawn?: boolean } | null
}

/** The API answers at most this many search results (never a listing of the whole register). */
export const MAX_RESULTS = 20

export const publicRegisterApi = {
  search: (query: PublicRegistrationQuery) =>
    request<{ items: PublicRegistration[] }>('GET', '/public-registrations', { query }),
  get: (registrationNumber: string) =>
    request<PublicRegistration>('GET', `/public-registrations/${encodeURIComponent(registrationNumber)}`),
  /** The public copy of a certificate of attendance, where the QR code on its PDF points (/controleren?certificaat=). */
  attendanceCredential: (credentialId: string) =>
    request<Record<string, unknown>>('GET', `/attendance-credentials/${encodeURIComponent(credentialId)}`),
  verify: (credential: Record<string, unknown>) =>
    request<CredentialVerification>('POST', '/credential-verifications', { body: { credential } }),
}

const KEY = ['public-register'] as const

/** Search by number or surname; only runs with a search (`query` null: nothing asked yet). */
export function usePublicSearch(query: PublicRegistrationQuery | null) {
  return useQuery({
    queryKey: [...KEY, 'search', query],
    enabled: query !== null,
    queryFn: () => publicRegisterApi.search(query!),
  })
}

/** One registration by number (GET /public-registrations/{number}); `enabled` false skips a malformed number. */
export function usePublicRegistration(registrationNumber: string, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'one', registrationNumber],
    enabled,
    queryFn: () => publicRegisterApi.get(registrationNumber),
  })
}

export function useVerifyCredential() {
  return useMutation({ mutationFn: publicRegisterApi.verify })
}
