import { describe, expect, it } from 'vitest'
import { formatNumber, linesOf, parseHours, providerPath, runDates } from './accreditation.rules.ts'

describe('accreditation display helpers', () => {
  it('reads hours with a comma or a dot; empty is null', () => {
    expect(parseHours('12,5')).toBe(12.5)
    expect(parseHours(' 3.25 ')).toBe(3.25)
    expect(parseHours('')).toBeNull()
    expect(parseHours('twaalf')).toBeNaN()
  })

  it('splits a text area into trimmed lines without empty ones', () => {
    expect(linesOf(' klantmanager \n\njobcoach\n')).toEqual(['klantmanager', 'jobcoach'])
  })

  it('shows numbers and run dates in Dutch', () => {
    expect(formatNumber(12.5, 'nl')).toBe('12,5')
    expect(runDates({ startsOn: '2026-04-10', endsOn: '2026-04-10' }, 'nl')).toBe('10 april 2026')
    expect(runDates({ startsOn: '2026-04-10', endsOn: '2026-04-11' }, 'nl')).toBe('10 april 2026 – 11 april 2026')
    expect(providerPath('abc')).toBe('/aanbieder/abc/activiteiten')
  })
})
