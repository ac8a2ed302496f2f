import { describe, expect, it } from 'vitest'
import { formatDate, formatSize, fullName } from './applications.rules.ts'

describe('how applications are shown', () => {
  it('writes a name with or without a tussenvoegsel', () => {
    expect(fullName({ initials: 'J.A.', infix: 'van der', surname: 'Berg' })).toBe('J.A. van der Berg')
    expect(fullName({ initials: 'W.', infix: '', surname: 'Schouten' })).toBe('W. Schouten')
  })

  it('writes dates in Dutch by default and in English when asked, on the Dutch calendar day', () => {
    expect(formatDate('2026-03-01', 'nl')).toBe('1 maart 2026')
    expect(formatDate('2026-03-01', 'en')).toBe('1 March 2026')
    expect(formatDate('2026-06-30T22:30:00Z', 'nl')).toBe('1 juli 2026')
    expect(formatDate(null, 'nl')).toBe('—')
  })

  it('writes file sizes in kB below 1 MB and in MB above', () => {
    expect(formatSize(300, 'nl')).toBe('1 kB')
    expect(formatSize(20_480, 'nl')).toBe('20 kB')
    expect(formatSize(1.5 * 1024 * 1024, 'nl')).toBe('1,5 MB')
    expect(formatSize(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB')
  })
})
