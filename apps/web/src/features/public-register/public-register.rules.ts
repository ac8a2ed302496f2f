import { ApiError } from '../../lib/api.ts'
import type { FieldErrors } from '../../lib/form.ts'
import type {
  CredentialVerification,
  PublicRegistration,
  PublicRegistrationQuery,
  RegistrationStatus,
} from './api/public-register-api.ts'

// Pure functions of the public register pages: numbers, names, dates, the search in the address bar, errors and
// the verdict on a checked credential. No React here, so the unit tests can run them directly.

export const SEARCH_PATH = '/register'
export const VERIFY_PATH = '/controleren'
export const registrationPath = (registrationNumber: string) =>
  `${SEARCH_PATH}/${encodeURIComponent(registrationNumber)}`

/** The API's format: 1 to 5 letters, a hyphen, 6 digits (KM-000123). */
const REGISTRATION_NUMBER = /^[A-Za-z]{1,5}-[0-9]{6}$/

export const isRegistrationNumber = (value: string) => REGISTRATION_NUMBER.test(value)

/** " km 000123", "km000123", "KM–000123" → "KM-000123". Anything else comes back trimmed and in capitals. */
export function normalizeRegistrationNumber(input: string): string {
  const compact = input.trim().toUpperCase().replace(/\s+/g, '')
  const match = /^([A-Z]{1,5})[-‐‑–—]?(\d{6})$/.exec(compact)
  return match ? `${match[1]}-${match[2]}` : compact
}

/** "N." + "van den" + "Berg" → "N. van den Berg" (no double space without a tussenvoegsel). */
export const formatName = (person: Pick<PublicRegistration, 'initials' | 'infix' | 'surname'>) =>
  [person.initials, person.infix, person.surname]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ')

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/**
 * A date as people write it: "1 juni 2025" / "1 June 2025". A date without a time stays that day everywhere; a
 * timestamp is shown as the day in the Netherlands. Something that is not a date comes back unchanged.
 */
export function formatDate(iso: string, language: string): string {
  const dateOnly = DATE_ONLY.test(iso)
  const date = new Date(dateOnly ? `${iso}T12:00:00Z` : iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
    timeZone: dateOnly ? 'UTC' : 'Europe/Amsterdam',
  }).format(date)
}

/* The search, kept in the address (so a result can be shared, and Back works). */

export type SearchMode = 'name' | 'number'

export interface RegisterSearch {
  mode: SearchMode
  surname: string
  initials: string
  registrationNumber: string
}

/** Dutch names in the address bar: /register?achternaam=Berg&voorletters=N or /register?nummer=KM-000123. */
const PARAMS = { surname: 'achternaam', initials: 'voorletters', registrationNumber: 'nummer' } as const

export function readSearch(params: URLSearchParams): RegisterSearch {
  const registrationNumber = params.get(PARAMS.registrationNumber)
  return {
    mode: registrationNumber !== null ? 'number' : 'name',
    surname: params.get(PARAMS.surname) ?? '',
    initials: params.get(PARAMS.initials) ?? '',
    registrationNumber: registrationNumber ?? '',
  }
}

/** Only the fields of the chosen way of searching go into the address. */
export function searchToParams(search: RegisterSearch): URLSearchParams {
  const params = new URLSearchParams()
  if (search.mode === 'number') {
    params.set(PARAMS.registrationNumber, search.registrationNumber.trim())
  } else {
    params.set(PARAMS.surname, search.surname.trim())
    if (search.initials.trim()) params.set(PARAMS.initials, search.initials.trim())
  }
  return params
}

/** What to ask the API, or null when the address holds no search yet. */
export function toApiQuery(search: RegisterSearch, params: URLSearchParams): PublicRegistrationQuery | null {
  if (search.mode === 'number') return { registrationNumber: normalizeRegistrationNumber(search.registrationNumber) }
  if (!params.has(PARAMS.surname)) return null
  const initials = search.initials.trim()
  return initials ? { surname: search.surname.trim(), initials } : { surname: search.surname.trim() }
}

/** The checks before asking the API: field → key of the message under `publicRegister.search.errors`. */
export function validateSearch(search: RegisterSearch): Record<string, string> {
  if (search.mode === 'number') {
    const number = normalizeRegistrationNumber(search.registrationNumber)
    if (!number) return { registrationNumber: 'numberRequired' }
    return isRegistrationNumber(number) ? {} : { registrationNumber: 'numberFormat' }
  }
  return search.surname.trim() ? {} : { surname: 'surnameRequired' }
}

/* Errors of the API, in the form's terms. */

export type GeneralProblem =
  | { kind: 'rate-limited'; retryAfter: number | null }
  | { kind: 'message'; text: string }
  | { kind: 'failed' }

export interface Problem {
  fields: FieldErrors
  general: GeneralProblem | null
}

/**
 * A failed call as the error summary shows it: the problem's field errors on the fields of this form (others are
 * dropped when at least one fits), a 429 as "wait and try again", anything else as one general line.
 */
export function problemOf(error: unknown, knownFields: readonly string[]): Problem {
  if (!(error instanceof ApiError) || error.status === 0 || error.status >= 500) {
    return { fields: {}, general: { kind: 'failed' } }
  }
  if (error.status === 429) return { fields: {}, general: { kind: 'rate-limited', retryAfter: error.retryAfter } }
  const fields: FieldErrors = {}
  for (const fieldError of error.errors) {
    if (knownFields.includes(fieldError.name)) fields[fieldError.name] ??= fieldError.reason
  }
  if (Object.keys(fields).length > 0) return { fields, general: null }
  return { fields, general: error.detail ? { kind: 'message', text: error.detail } : { kind: 'failed' } }
}

export const isNotFound = (error: unknown) =>
  error instanceof ApiError && (error.status === 404 || (error.status === 400 && error.errors.length > 0))

/* The credential check. */

export type ParsedCredential =
  | { ok: true; credential: Record<string, unknown> }
  | { ok: false; reason: 'empty' | 'invalidJson' | 'notAnObject' }

/** The pasted or uploaded text as a JSON object; never throws. */
export function parseCredentialText(text: string): ParsedCredential {
  const trimmed = text.replace(/^\uFEFF/, '').trim()
  if (!trimmed) return { ok: false, reason: 'empty' }
  let value: unknown
  try {
    value = JSON.parse(trimmed)
  } catch {
    return { ok: false, reason: 'invalidJson' }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'notAnObject' }
  return { ok: true, credential: value as Record<string, unknown> }
}

/** A credential file larger than this is not one of ours (they are a few kilobytes). */
export const MAX_CREDENTIAL_BYTES = 512 * 1024

export type Verdict =
  | { kind: 'invalid' }
  | { kind: 'revoked' }
  /** The registration's status now, from the public register. */
  | { kind: 'status'; status: RegistrationStatus }
  /** Only the status list is known, and it says suspended (the register shows no more, e.g. an old removal). */
  | { kind: 'suspendedOrRemoved' }
  /** The signature holds, but neither the status list nor the register tells the status. */
  | { kind: 'unknown' }
  /** A certificate of attendance at an event; withdrawn when the check-in was undone since. */
  | { kind: 'attendance' }
  | { kind: 'attendanceWithdrawn' }

/**
 * What a checked credential means now. The signature first; then a revoked credential; then the registration's status
 * in the public register; when the register has no answer, the credential's status list. When the list says
 * suspended but the register still says registered, the list wins (the more careful answer).
 */
export function verdictOf(result: CredentialVerification, registration: PublicRegistration | null): Verdict {
  if (!result.signatureValid) return { kind: 'invalid' }
  if (result.status?.revoked) return { kind: 'revoked' }
  if (result.kind === 'attendance')
    return result.status?.withdrawn ? { kind: 'attendanceWithdrawn' } : { kind: 'attendance' }
  const suspendedByList = result.status?.suspended === true
  if (registration) {
    if (suspendedByList && registration.status === 'registered') return { kind: 'suspendedOrRemoved' }
    return { kind: 'status', status: registration.status }
  }
  if (suspendedByList) return { kind: 'suspendedOrRemoved' }
  return { kind: 'unknown' }
}

export type Tone = 'ok' | 'info' | 'warning' | 'error'

/** The colour of the outcome: green only for a valid credential of a registered person that is within its dates. */
export function toneOf(verdict: Verdict, result: CredentialVerification): Tone {
  switch (verdict.kind) {
    case 'invalid':
    case 'revoked':
    case 'attendanceWithdrawn':
      return 'error'
    case 'attendance':
      return result.notYetValid ? 'warning' : 'ok'
    case 'suspendedOrRemoved':
      return 'warning'
    case 'unknown':
      return 'info'
    case 'status':
      if (verdict.status === 'removed') return 'error'
      if (verdict.status !== 'registered') return 'warning'
      return result.expired || result.notYetValid ? 'warning' : 'ok'
  }
}

/** The i18n key (under `publicRegister.verify.verdicts`) of the one-line outcome. */
export function verdictKey(verdict: Verdict): string {
  return verdict.kind === 'status' ? verdict.status : verdict.kind
}
