import { describe, expect, it } from 'vitest'
import { formatDate, personName, readSearch, todayIso, toSearch } from './registrations.rules.ts'

describe('registration page helpers', () => {
  it('writes names without a double space when there is no tussenvoegsel', () => {
    expect(personName({ initials: 'J.', infix: 'van der', surname: 'Berg' })).toBe('J. van der Berg')
    expect(personName({ initials: 'A.', infix: '', surname: 'Bakker' })).toBe('A. Bakker')
  })

  it('shows dates as people write them, and a dash for none', () => {
    expect(formatDate('2026-03-01', 'nl')).toBe('1 maart 2026')
    expect(formatDate('2026-03-01', 'en')).toBe('1 March 2026')
    expect(formatDate('2026-06-30T22:30:00Z', 'nl')).toBe('1 juli 2026')
    expect(formatDate(null, 'nl')).toBe('—')
  })

  it("takes today's date in the Netherlands", () => {
    expect(todayIso(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01')
  })

  it('keeps the search in the address bar and reads it back', () => {
    const state = { registrationNumber: 'KM-0001', surname: 'van Dijk', status: 'suspended', page: 2 }
    const search = toSearch(state)
    expect(search).toBe('?nummer=KM-0001&naam=van+Dijk&status=suspended&pagina=2')
    expect(readSearch(new URLSearchParams(search))).toEqual(state)
    expect(readSearch(new URLSearchParams('pagina=nul'))).toMatchObject({ page: 1, surname: '' })
    expect(toSearch({ registrationNumber: ' ', surname: '', status: '', page: 1 })).toBe('')
  })
})
