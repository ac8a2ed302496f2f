import i18next from 'i18next'
import { createElement, type ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { en } from '../../../i18n/en.ts'
import { nl } from '../../../i18n/nl.ts'
import type { CredentialVerification, PublicRegistration } from '../api/public-register-api.ts'
import { problemText } from './problem-text.ts'
import { RegisterResults } from './RegisterResults.tsx'
import { RegistrationDetails } from './RegistrationDetails.tsx'
import { VerificationOutcome } from './VerificationOutcome.tsx'

// Renders the components to HTML (no browser needed) with the real texts, and reads what a person would see.

async function translator(lng: 'nl' | 'en') {
  const instance = i18next.createInstance()
  await instance.init({
    lng,
    resources: { nl: { translation: nl }, en: { translation: en } },
    interpolation: { escapeValue: false },
  })
  return instance
}

async function render(element: ReactElement, lng: 'nl' | 'en' = 'nl') {
  const i18n = await translator(lng)
  const html = renderToStaticMarkup(
    createElement(I18nextProvider, { i18n }, createElement(MemoryRouter, null, element)),
  )
  const text = html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
  return { html, text }
}

/** Recorded: POST /api/v1/credential-verifications for a freshly issued credential (see credentials.routes.test.ts). */
const VERIFIED: CredentialVerification = {
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

/** Recorded: GET /api/v1/public-registrations/KM-000005 for the suspended demo professional. */
const SUSPENDED: PublicRegistration = {
  initials: 'M.',
  infix: '',
  surname: 'Bouzid',
  registrationNumber: 'KM-000005',
  register: 'Register Klantmanagers',
  profession: 'handhaver',
  status: 'suspended',
  registeredSince: '2024-11-23',
  validUntil: '2029-11-22',
  measure: { kind: 'suspension', effectiveDate: '2026-11-09', publicUntil: '2027-05-23' },
  employer: 'Gemeente Utrecht',
}

describe('the outcome of a credential check', () => {
  it('a valid credential of a since-suspended person: signature holds, registration suspended, with a link', async () => {
    const result = { ...VERIFIED, licenseNumber: 'KM-000005', status: { suspended: true, revoked: false } }
    const { html, text } = await render(createElement(VerificationOutcome, { result, registration: SUSPENDED }))
    expect(text).toContain('Handtekening klopt — registratie is geschorst')
    expect(text).toContain('Klopt: Vakregister heeft het certificaat ondertekend')
    expect(text).toContain('Uitgegeven door Vakregister — http://localhost:3000/api/v1/issuer')
    expect(text).toContain('Naam M. Bouzid')
    expect(text).toContain('Status nu Geschorst')
    expect(text).toContain('Geldig tot 1 juni 2030')
    expect(html).toContain('href="/register/KM-000005"')
    expect(html).toMatch(/class="utrecht-alert utrecht-alert--warning/)
  })

  it('a valid credential of a registered person is green and says the registration is valid', async () => {
    const registered = { ...SUSPENDED, status: 'registered' as const, measure: undefined }
    const { html, text } = await render(
      createElement(VerificationOutcome, { result: VERIFIED, registration: registered }),
    )
    expect(text).toContain('Handtekening klopt — registratie is geldig')
    expect(text).toContain('Status nu Geregistreerd')
    expect(html).toMatch(/utrecht-alert--ok/)
  })

  it('a changed credential: the signature does not hold, with the reason, and no status or link', async () => {
    const result: CredentialVerification = {
      ...VERIFIED,
      signatureValid: false,
      errors: ['De handtekening klopt niet. Het certificaat is na het ondertekenen veranderd.'],
      licenseNumber: 'KM-999999',
      status: null,
    }
    const { html, text } = await render(createElement(VerificationOutcome, { result, registration: undefined }))
    expect(text).toContain('Handtekening klopt niet — vertrouw dit certificaat niet')
    expect(text).toContain('De handtekening klopt niet. Het certificaat is na het ondertekenen veranderd.')
    expect(text).toContain('Handtekening Klopt niet')
    expect(text).not.toContain('Status nu')
    expect(html).not.toContain('href="/register/')
    expect(html).toMatch(/utrecht-alert--error/)
  })

  it('a valid credential whose registration is no longer public says so; an expired one warns', async () => {
    const result = { ...VERIFIED, expired: true }
    const { text } = await render(createElement(VerificationOutcome, { result, registration: null }))
    expect(text).toContain('Status nu Staat nu niet in het openbare register')
    expect(text).toContain('Let op: het certificaat is verlopen op 1 juni 2030.')
  })

  it('speaks English when the page is in English', async () => {
    const { text } = await render(
      createElement(VerificationOutcome, { result: VERIFIED, registration: SUSPENDED }),
      'en',
    )
    expect(text).toContain('Signature holds — registration is suspended')
  })
})

describe('the public details of a registration', () => {
  it('shows every public field, the employer when present and no tussenvoegsel row without one', async () => {
    const { text } = await render(createElement(RegistrationDetails, { registration: SUSPENDED }))
    expect(text).toContain('Achternaam Bouzid')
    expect(text).toContain('Registratienummer KM-000005')
    expect(text).toContain('Beroep handhaver')
    expect(text).toContain('Status Geschorst')
    expect(text).toContain('Geregistreerd sinds 23 november 2024')
    expect(text).toContain('Geldig tot 22 november 2029')
    expect(text).toContain('Werkgever Gemeente Utrecht')
    expect(text).not.toContain('Tussenvoegsel')
  })

  it('leaves the employer out when the professional did not choose to show it', async () => {
    const { employer: _employer, ...withoutEmployer } = SUSPENDED
    const { text } = await render(
      createElement(RegistrationDetails, { registration: { ...withoutEmployer, infix: 'van den' } }),
    )
    expect(text).not.toContain('Werkgever')
    expect(text).toContain('Tussenvoegsel van den')
  })
})

describe('the search results', () => {
  const many = Array.from({ length: 20 }, (_, i) => ({
    ...SUSPENDED,
    registrationNumber: `KM-${String(i + 1).padStart(6, '0')}`,
  }))

  it('says there may be more when the API gives its maximum of 20', async () => {
    const { html, text } = await render(createElement(RegisterResults, { items: many, query: { surname: 'Bouzid' } }))
    expect(text).toContain('We hebben 20 registraties gevonden.')
    expect(text).toContain('Er kunnen er meer zijn.')
    expect(html.match(/href="\/register\/KM-/g)).toHaveLength(20)
  })

  it('does not say so below 20, and says plainly when nobody was found', async () => {
    const few = await render(createElement(RegisterResults, { items: many.slice(0, 3), query: { surname: 'Bouzid' } }))
    expect(few.text).toContain('We hebben 3 registraties gevonden.')
    expect(few.text).not.toContain('Er kunnen er meer zijn.')
    const none = await render(createElement(RegisterResults, { items: [], query: { registrationNumber: 'KM-999999' } }))
    expect(none.text).toContain('Er is geen openbare registratie met nummer KM-999999.')
    expect(none.html).not.toContain('<table')
  })
})

describe('the general line of the error summary', () => {
  it('a 429 says how long to wait, in the words of the form it happened in', async () => {
    const { t } = await translator('nl')
    expect(problemText({ kind: 'rate-limited', retryAfter: 42 }, t, 'search')).toBe(
      'Je hebt in korte tijd veel gezocht. Wacht 42 seconden en zoek dan opnieuw.',
    )
    expect(problemText({ kind: 'rate-limited', retryAfter: 1 }, t, 'search')).toBe(
      'Je hebt in korte tijd veel gezocht. Wacht 1 seconde en zoek dan opnieuw.',
    )
    expect(problemText({ kind: 'rate-limited', retryAfter: 30 }, t, 'verify')).toBe(
      'Je hebt in korte tijd veel gecontroleerd. Wacht 30 seconden en probeer het dan opnieuw.',
    )
    expect(problemText({ kind: 'rate-limited', retryAfter: null }, t, 'verify')).toMatch(/wacht een minuut/i)
  })

  it("shows the API's own detail, a general failure in plain words, and nothing without a problem", async () => {
    const { t } = await translator('nl')
    expect(problemText({ kind: 'message', text: 'Iets klopt niet.' }, t, 'search')).toBe('Iets klopt niet.')
    expect(problemText({ kind: 'failed' }, t, 'verify')).toBe(
      'Het controleren is niet gelukt. Probeer het later nog eens.',
    )
    expect(problemText(null, t, 'search')).toBeNull()
  })
})
