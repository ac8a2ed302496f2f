import { describe, expect, it } from 'vitest'
import {
  buildReport,
  countReport,
  csvRows,
  detectFileKind,
  keyOf,
  parseList,
  type RegistrantFacts,
  valuesOfRows,
} from './points.attendance.import.ts'

describe('reading lists and files', () => {
  it('tells registration numbers, e-mail addresses and anything else apart', () => {
    expect(keyOf(' km-000123 ')).toEqual({ kind: 'number', key: 'KM-000123' })
    expect(keyOf('J.deVries@Gemeente.NL')).toEqual({ kind: 'email', key: 'j.devries@gemeente.nl' })
    expect(keyOf('KM-123')).toBeNull()
    expect(keyOf('Jan de Vries')).toBeNull()
  })

  it('splits a pasted list on new lines, commas, semicolons, tabs and spaces', () => {
    expect(parseList('\uFEFFKM-000001\r\nKM-000002, KM-000003;\t"KM-000004"\n\n')).toEqual([
      { line: 1, value: 'KM-000001' },
      { line: 2, value: 'KM-000002' },
      { line: 3, value: 'KM-000003' },
      { line: 4, value: 'KM-000004' },
    ])
  })

  it('reads CSV cells with ; or , and quotes (a quoted separator stays in the cell)', () => {
    expect(csvRows('a;"b;c";"d ""e"""\r\nf;g')).toEqual([
      ['a', 'b;c', 'd "e"'],
      ['f', 'g'],
    ])
    expect(csvRows('\uFEFFa,b\nc,d\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
  })

  it('skips a header row and uses the column it names; without a header it finds the value in each row', () => {
    expect(
      valuesOfRows([['Naam', 'E-mail'], ['Jan', 'jan@voorbeeld.nl'], ['Piet', ''], [], ['', 'KM-000001']]),
    ).toEqual([
      { line: 2, value: 'jan@voorbeeld.nl' },
      { line: 3, value: 'Piet' },
      { line: 5, value: 'KM-000001' },
    ])
    expect(valuesOfRows([['Jan', 'KM-000001'], ['KM-000002']])).toEqual([
      { line: 1, value: 'KM-000001' },
      { line: 2, value: 'KM-000002' },
    ])
  })

  it('judges the file type on the content: XLSX structure, valid UTF-8 text, nothing else', () => {
    expect(detectFileKind(Buffer.from('KM-000001;Jos\u00e9\n', 'utf8'))).toBe('csv')
    expect(detectFileKind(Buffer.from('KM-000001;Jos\u00e9\n', 'latin1'))).toBeNull()
    expect(detectFileKind(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00]))).toBeNull()
    expect(detectFileKind(Buffer.from('PK\u0003\u0004 zomaar een zip', 'latin1'))).toBeNull()
    expect(detectFileKind(Buffer.from('PK\u0003\u0004[Content_Types].xml xl/workbook.xml', 'latin1'))).toBe('xlsx')
  })
})

describe('the check report', () => {
  const person = (id: string, over: Partial<RegistrantFacts> = {}): RegistrantFacts => ({
    registrationId: id,
    name: `J. ${id}`,
    eligible: true,
    present: false,
    ...over,
  })
  const people: Record<string, RegistrantFacts> = {
    'KM-000001': person('a'),
    'a@voorbeeld.nl': person('a'),
    'KM-000002': person('b', { eligible: false }),
    'KM-000003': person('c', { present: true }),
  }
  const lookup = (_kind: 'number' | 'email', key: string) => people[key]

  it('marks each row; the same person by number and by e-mail is a duplicate', () => {
    const report = buildReport(
      ['KM-000001', 'KM-000009', 'a@voorbeeld.nl', 'KM-000002', 'KM-000003', 'xyz'].map((value, i) => ({
        line: i + 1,
        value,
      })),
      lookup,
    )
    expect(report.map((r) => r.outcome)).toEqual([
      'matched',
      'unmatched',
      'duplicate',
      'not-registered',
      'already-booked',
      'invalid',
    ])
    expect(countReport(report)).toEqual({
      matched: 1,
      unmatched: 1,
      duplicate: 1,
      notRegistered: 1,
      alreadyBooked: 1,
      invalid: 1,
    })
  })
})
