import { describe, expect, it } from 'vitest'
import { declarationUrl } from './api/self-reports-api.ts'
import { formatNumber, fullName, parseHours, todayIso } from './self-reports.rules.ts'

describe('self-report form rules', () => {
  it('reads hours with a comma or a point, at most two decimals, and refuses the rest', () => {
    expect(parseHours('7,5')).toBe(7.5)
    expect(parseHours(' 12.25 ')).toBe(12.25)
    expect(parseHours('1,555')).toBeNull()
    expect(parseHours('veel')).toBeNull()
    expect(parseHours('-1')).toBeNull()
  })

  it('writes numbers the Dutch way in Dutch and the English way in English', () => {
    expect(formatNumber(7.5, 'nl')).toBe('7,5')
    expect(formatNumber(7.5, 'en')).toBe('7.5')
  })

  it('leaves out an empty infix in a name', () => {
    expect(fullName({ initials: 'F.', infix: '', surname: 'El Amrani' })).toBe('F. El Amrani')
  })

  it('gives today in Dutch time (after 23:00 UTC it is already tomorrow in summer)', () => {
    expect(todayIso(new Date('2026-06-15T22:30:00Z'))).toBe('2026-06-16')
  })

  it('pre-fills the declaration only with values the server accepts', () => {
    expect(declarationUrl({ kind: 'intervision', title: ' Groep Noord ', activityDate: '2026-05', hours: '2,5' })).toBe(
      '/api/v1/self-reports/declaration-form?kind=intervision&title=Groep+Noord&hours=2%2C5',
    )
    expect(declarationUrl({})).toBe('/api/v1/self-reports/declaration-form')
  })
})
