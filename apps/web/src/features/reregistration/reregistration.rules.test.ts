import { describe, expect, it } from 'vitest'
import { chooseRegistration, dayAfter, formatPoints, fullName } from './reregistration.rules.ts'

describe('re-registration page rules', () => {
  it('shows the registration asked for, else the first that can re-register, else the first', () => {
    const items = [
      { id: 'a', status: 'lapsed' },
      { id: 'b', status: 'registered' },
    ]
    expect(chooseRegistration(items, 'a')).toBe('a')
    expect(chooseRegistration(items, 'x')).toBe('b')
    expect(chooseRegistration([{ id: 'a', status: 'lapsed' }], null)).toBe('a')
    expect(chooseRegistration([], null)).toBeNull()
  })
  it('writes names without empty parts and points the Dutch way', () => {
    expect(fullName({ initials: 'J.', infix: '', surname: 'Jansen' })).toBe('J. Jansen')
    expect(formatPoints(12.5, 'nl')).toBe('12,5')
    expect(formatPoints(12.5, 'en')).toBe('12.5')
  })
  it('a new cycle starts the day after the old end, also across a month and a leap day', () => {
    expect(dayAfter('2026-02-28')).toBe('2026-03-01')
    expect(dayAfter('2028-02-28')).toBe('2028-02-29')
    expect(dayAfter('2030-12-31')).toBe('2031-01-01')
  })
})
