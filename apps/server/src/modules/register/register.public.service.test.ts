import { describe, expect, it } from 'vitest'
import type { PublicRegistrationRow } from './register.public.repository.ts'
import { toPublic } from './register.public.service.ts'

const row: PublicRegistrationRow = {
  initials: 'N.',
  infix: 'van den',
  surname: 'Berg',
  registrationNumber: 'KM-000007',
  register: 'Register Klantmanagers',
  profession: 'jobcoach',
  status: 'suspended',
  registeredSince: '2024-03-01',
  validUntil: '2029-02-28',
  measureKind: 'suspended',
  measureEffectiveDate: '2026-01-10',
  measurePublicUntil: '2026-07-10',
  employer: 'Gemeente Utrecht',
}

describe('the public allow-list', () => {
  it('copies only the public fields, even when the row carries more', () => {
    const polluted = {
      ...row,
      email: 'noor@example.nl',
      userId: '7d1b1f1e-0000-4000-8000-000000000000',
      dateOfBirth: '1990-01-01',
      address: 'Stationsplein 1',
      points: 120,
      surnameSearch: 'berg',
    }
    expect(toPublic(polluted)).toEqual({
      initials: 'N.',
      infix: 'van den',
      surname: 'Berg',
      registrationNumber: 'KM-000007',
      register: 'Register Klantmanagers',
      profession: 'jobcoach',
      status: 'suspended',
      registeredSince: '2024-03-01',
      validUntil: '2029-02-28',
      measure: { kind: 'suspension', effectiveDate: '2026-01-10', publicUntil: '2026-07-10' },
      employer: 'Gemeente Utrecht',
    })
  })

  it('leaves out the measure and the employer when there is none to show', () => {
    const item = toPublic({
      ...row,
      measureKind: null,
      measureEffectiveDate: null,
      measurePublicUntil: null,
      employer: null,
    })
    expect(Object.keys(item)).not.toContain('measure')
    expect(Object.keys(item)).not.toContain('employer')
    expect(toPublic({ ...row, measureKind: 'removed' }).measure?.kind).toBe('removal')
  })
})
