import { describe, expect, it } from 'vitest'
import { ApiError } from '../../lib/api.ts'
import type { CredentialVerification, PublicRegistration } from './api/public-register-api.ts'
import {
  formatDate,
  formatName,
  isNotFound,
  isRegistrationNumber,
  normalizeRegistrationNumber,
  parseCredentialText,
  problemOf,
  readSearch,
  registrationPath,
  searchToParams,
  toApiQuery,
  toneOf,
  validateSearch,
  verdictKey,
  verdictOf,
} from './public-register.rules.ts'

/** The answer of POST /credential-verifications for a freshly issued credential (credentials.routes.test.ts). */
const VALID: CredentialVerification = {
  signatureValid: true,
  errors: [],
  issuer: { id: 'http://localhost:3000/api/v1/issuer', name: 'Vakregister' },
  achievementType: 'Certification',
  name: 'Registratie klantmanager werk',
  licenseNumber: 'KM-000123',
  validFrom: '2025-06-01T09:00:00Z',
  validUntil: '2030-06-01T00:00:00Z',
  expired: false,
  notYetValid: false,
  status: { suspended: false, revoked: false },
}
/** The same credential after someone changed its number: the signature no longer holds and there is no status. */
const TAMPERED: CredentialVerification = {
  ...VALID,
  signatureValid: false,
  errors: [
    'De handtekening klopt niet. Het certificaat is na het ondertekenen veranderd of niet door Vakregister ondertekend.',
  ],
  licenseNumber: 'KM-999999',
  status: null,
}

const registration = (status: PublicRegistration['status']): PublicRegistration => ({
  initials: 'N.',
  infix: 'van den',
  surname: 'Berg',
  registrationNumber: 'KM-000123',
  register: 'Register Klantmanagers',
  profession: 'klantmanager inkomen',
  status,
  registeredSince: '2025-06-01',
  validUntil: '2030-05-31',
})

describe('registration numbers as people type them', () => {
  it.each([
    ['KM-000123', 'KM-000123'],
    [' km-000123 ', 'KM-000123'],
    ['km000123', 'KM-000123'],
    ['KM 000123', 'KM-000123'],
    ['KM–000123', 'KM-000123'],
    ['pc-000001', 'PC-000001'],
  ])('"%s" becomes %s', (input, expected) => {
    expect(normalizeRegistrationNumber(input)).toBe(expected)
    expect(isRegistrationNumber(normalizeRegistrationNumber(input))).toBe(true)
  })

  it.each(['KM-12', 'KM-0001234', '123456', 'ABCDEF-000123', 'hallo', ''])('"%s" is not a number', (input) => {
    expect(isRegistrationNumber(normalizeRegistrationNumber(input))).toBe(false)
  })

  it('the permanent page is /register/<number>, like the QR code on the certificate', () => {
    expect(registrationPath('KM-000123')).toBe('/register/KM-000123')
  })
})

describe('names and dates', () => {
  it('puts initials, tussenvoegsel and surname together without a double space', () => {
    expect(formatName({ initials: 'N.', infix: 'van den', surname: 'Berg' })).toBe('N. van den Berg')
    expect(formatName({ initials: 'H.', infix: '', surname: 'Çelik' })).toBe('H. Çelik')
  })

  it('shows a date as the same day in every time zone, and a timestamp as the day in the Netherlands', () => {
    expect(formatDate('2030-05-31', 'nl')).toBe('31 mei 2030')
    expect(formatDate('2030-05-31', 'en')).toBe('31 May 2030')
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(formatDate('2029-12-31T23:30:00Z', 'nl')).toBe('1 januari 2030')
    expect(formatDate('geen datum', 'nl')).toBe('geen datum')
  })
})

describe('the search in the address bar', () => {
  it('a name search keeps surname and initials, and asks the API for exactly those', () => {
    const params = searchToParams({ mode: 'name', surname: ' van den Berg ', initials: 'N.', registrationNumber: 'x' })
    expect(params.toString()).toBe('achternaam=van+den+Berg&voorletters=N.')
    const search = readSearch(params)
    expect(search).toMatchObject({ mode: 'name', surname: 'van den Berg', initials: 'N.' })
    expect(toApiQuery(search, params)).toEqual({ surname: 'van den Berg', initials: 'N.' })
  })

  it('a number search asks for the normalised number only', () => {
    const params = new URLSearchParams('nummer=km000123')
    const search = readSearch(params)
    expect(search.mode).toBe('number')
    expect(toApiQuery(search, params)).toEqual({ registrationNumber: 'KM-000123' })
  })

  it('without a search in the address nothing is asked', () => {
    const params = new URLSearchParams('')
    expect(toApiQuery(readSearch(params), params)).toBeNull()
  })

  it('refuses an empty surname, an empty number and a number in the wrong form before asking the API', () => {
    const empty = { surname: '', initials: '', registrationNumber: '' }
    expect(validateSearch({ ...empty, mode: 'name', surname: '  ' })).toEqual({ surname: 'surnameRequired' })
    expect(validateSearch({ ...empty, mode: 'name', surname: 'Berg' })).toEqual({})
    expect(validateSearch({ ...empty, mode: 'number' })).toEqual({ registrationNumber: 'numberRequired' })
    expect(validateSearch({ ...empty, mode: 'number', registrationNumber: 'KM-12' })).toEqual({
      registrationNumber: 'numberFormat',
    })
    expect(validateSearch({ ...empty, mode: 'number', registrationNumber: 'km 000123' })).toEqual({})
  })
})

describe('errors of the API in the form', () => {
  it('puts field errors on the fields of the form', () => {
    const error = new ApiError(400, 'invalid-input', 'Zoek op registratienummer of op achternaam.', [
      { in: 'query', name: 'surname', code: 'required', reason: 'Vul een achternaam in van minimaal 2 letters.' },
      { in: 'query', name: 'registrationNumber', code: 'required', reason: 'Vul een registratienummer in.' },
    ])
    expect(problemOf(error, ['surname', 'initials'])).toEqual({
      fields: { surname: 'Vul een achternaam in van minimaal 2 letters.' },
      general: null,
    })
  })

  it('turns a 429 into "wait and try again" with the seconds from Retry-After', () => {
    const error = new ApiError(429, 'too-many-requests', 'Te veel verzoeken.', [], 42)
    expect(problemOf(error, ['surname']).general).toEqual({ kind: 'rate-limited', retryAfter: 42 })
  })

  it('shows the detail of a problem without fields, and a general failure for a network or server error', () => {
    expect(problemOf(new ApiError(400, 'x', 'Iets klopt niet.'), ['surname']).general).toEqual({
      kind: 'message',
      text: 'Iets klopt niet.',
    })
    expect(problemOf(new ApiError(0, 'network-error', ''), []).general).toEqual({ kind: 'failed' })
    expect(problemOf(new ApiError(503, 'unavailable', 'Even niet.'), []).general).toEqual({ kind: 'failed' })
    expect(problemOf(new Error('boom'), []).general).toEqual({ kind: 'failed' })
  })

  it('treats a 404 (and a refused number) as "not found", but not a 429', () => {
    expect(isNotFound(new ApiError(404, 'not-found', 'Er is geen openbare registratie met dit nummer.'))).toBe(true)
    expect(isNotFound(new ApiError(400, 'x', '', [{ name: 'registrationNumber', reason: 'vorm' }]))).toBe(true)
    expect(isNotFound(new ApiError(429, 'x', ''))).toBe(false)
    expect(isNotFound(null)).toBe(false)
  })
})

describe('reading a pasted credential', () => {
  it('accepts a JSON object, also with a byte order mark and spaces around it', () => {
    expect(parseCredentialText('\uFEFF  {"type": ["VerifiableCredential"]}\n')).toEqual({
      ok: true,
      credential: { type: ['VerifiableCredential'] },
    })
  })

  it.each([
    ['', 'empty'],
    ['   \n', 'empty'],
    ['{"type": "VerifiableCredential"', 'invalidJson'],
    ['dit is geen certificaat', 'invalidJson'],
    ['[1, 2]', 'notAnObject'],
    ['"een tekst"', 'notAnObject'],
    ['null', 'notAnObject'],
  ])('refuses %j as %s', (text, reason) => {
    expect(parseCredentialText(text)).toEqual({ ok: false, reason })
  })
})

describe('the verdict on a checked credential', () => {
  const ATTENDANCE: CredentialVerification = {
    ...VALID,
    achievementType: 'Course',
    name: 'Schuldhulp in de praktijk',
    kind: 'attendance',
    creditsEarned: 3,
    validUntil: null,
    status: { suspended: false, revoked: false, withdrawn: false },
  }
  const { licenseNumber: _none, ...ATTENDANCE_WITHOUT_NUMBER } = ATTENDANCE

  it('a certificate of attendance is about the attendance, not a registration', () => {
    const verdict = verdictOf(ATTENDANCE_WITHOUT_NUMBER, null)
    expect(verdict).toEqual({ kind: 'attendance' })
    expect(toneOf(verdict, ATTENDANCE)).toBe('ok')
  })

  it("an undone check-in: 'signature valid, attendance withdrawn' in red", () => {
    const withdrawn = { ...ATTENDANCE_WITHOUT_NUMBER, status: { suspended: false, revoked: false, withdrawn: true } }
    const verdict = verdictOf(withdrawn, null)
    expect(verdictKey(verdict)).toBe('attendanceWithdrawn')
    expect(toneOf(verdict, withdrawn)).toBe('error')
  })

  it('a changed certificate of attendance is invalid, whatever it claims', () => {
    expect(verdictOf({ ...ATTENDANCE, signatureValid: false, status: null }, null)).toEqual({ kind: 'invalid' })
  })

  it('a valid credential of a registered person is green', () => {
    const verdict = verdictOf(VALID, registration('registered'))
    expect(verdict).toEqual({ kind: 'status', status: 'registered' })
    expect(toneOf(verdict, VALID)).toBe('ok')
  })

  it('a valid credential of a since-suspended person says the registration is suspended', () => {
    const suspended = { ...VALID, status: { suspended: true, revoked: false } }
    const verdict = verdictOf(suspended, registration('suspended'))
    expect(verdictKey(verdict)).toBe('suspended')
    expect(toneOf(verdict, suspended)).toBe('warning')
  })

  it('trusts the status list when it says suspended and the register still says registered', () => {
    const suspended = { ...VALID, status: { suspended: true, revoked: false } }
    expect(verdictOf(suspended, registration('registered'))).toEqual({ kind: 'suspendedOrRemoved' })
  })

  it('without the register, the status list alone decides; without either the status is unknown', () => {
    expect(verdictOf({ ...VALID, status: { suspended: true, revoked: false } }, null)).toEqual({
      kind: 'suspendedOrRemoved',
    })
    const unknown = verdictOf({ ...VALID, status: null }, null)
    expect(unknown).toEqual({ kind: 'unknown' })
    expect(toneOf(unknown, VALID)).toBe('info')
  })

  it('a changed credential is invalid whatever the register says, and red', () => {
    const verdict = verdictOf(TAMPERED, registration('registered'))
    expect(verdict).toEqual({ kind: 'invalid' })
    expect(toneOf(verdict, TAMPERED)).toBe('error')
  })

  it('a revoked credential is red, a removed registration too; lapsed and expired are warnings', () => {
    const revoked = { ...VALID, status: { suspended: false, revoked: true } }
    expect(toneOf(verdictOf(revoked, registration('registered')), revoked)).toBe('error')
    expect(toneOf(verdictOf(VALID, registration('removed')), VALID)).toBe('error')
    expect(toneOf(verdictOf(VALID, registration('lapsed')), VALID)).toBe('warning')
    const expired = { ...VALID, expired: true }
    expect(toneOf(verdictOf(expired, registration('registered')), expired)).toBe('warning')
  })
})
