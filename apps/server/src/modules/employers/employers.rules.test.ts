import { describe, expect, it } from 'vitest'
import { addressesFromList, checkAddresses, isEmailAddress, parseInvitationCsv } from './employers.rules.ts'

describe('reading invitation lists', () => {
  it('reads a CSV with a BOM, a header, ; and , separators, quotes and empty lines', () => {
    const csv = '\uFEFFemail;\r\n"a@gemeente.nl";\r\n\r\nb@gemeente.nl,extra\nC@Gemeente.nl\n'
    expect(parseInvitationCsv(csv)).toEqual([
      { line: 2, value: 'a@gemeente.nl' },
      { line: 4, value: 'b@gemeente.nl' },
      { line: 5, value: 'C@Gemeente.nl' },
    ])
  })

  it('reads a CSV without a header from the first line', () => {
    expect(parseInvitationCsv('x@y.nl\nz@y.nl')).toEqual([
      { line: 1, value: 'x@y.nl' },
      { line: 2, value: 'z@y.nl' },
    ])
  })

  it('keeps the line numbers of a textarea list and skips blank lines', () => {
    expect(addressesFromList(['a@b.nl', '  ', ' c@d.nl '])).toEqual([
      { line: 1, value: 'a@b.nl' },
      { line: 3, value: 'c@d.nl' },
    ])
  })

  it('sorts addresses into invalid, unique and duplicates without regard to case', () => {
    const result = checkAddresses([
      { line: 1, value: 'Piet@Gemeente.nl' },
      { line: 2, value: 'geen-adres' },
      { line: 3, value: 'piet@gemeente.nl' },
      { line: 4, value: 'anna@gemeente.nl' },
    ])
    expect(result.invalid).toEqual([{ line: 2, value: 'geen-adres' }])
    expect(result.unique.map((l) => l.value)).toEqual(['piet@gemeente.nl', 'anna@gemeente.nl'])
    expect(result.duplicates).toEqual([{ line: 3, value: 'piet@gemeente.nl' }])
  })

  it.each([
    ['a@b.nl', true],
    ['voornaam.achternaam+team@gemeente-utrecht.nl', true],
    ['a@b', false],
    ['a b@c.nl', false],
    ['@c.nl', false],
    ['a@@c.nl', false],
    [`${'a'.repeat(250)}@c.nl`, false],
  ])('%s is an email address: %s', (value, expected) => {
    expect(isEmailAddress(value)).toBe(expected)
  })
})
