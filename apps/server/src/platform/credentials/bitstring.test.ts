import { gunzipSync } from 'node:zlib'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeStatusList, encodeStatusList, MIN_STATUS_LIST_SIZE, readStatusBit } from './bitstring.ts'

describe('Bitstring Status List encoding', () => {
  it('is multibase base64url ("u", no padding) of the GZIP-compressed 16 KB bitstring', () => {
    const encoded = encodeStatusList([], MIN_STATUS_LIST_SIZE)
    expect(encoded.startsWith('u')).toBe(true)
    expect(encoded.slice(1)).toMatch(/^[A-Za-z0-9_-]+$/)
    const bytes = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'))
    expect(bytes.length * 8).toBe(131_072)
    expect(bytes.every((b) => b === 0)).toBe(true)
  })

  it('puts index 0 in the left-most bit of the first byte', () => {
    const bytes = decodeStatusList(encodeStatusList([0, 9], MIN_STATUS_LIST_SIZE))
    expect(bytes[0]).toBe(0b1000_0000)
    expect(bytes[1]).toBe(0b0100_0000)
  })

  it('reads back exactly the bits that were set', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: MIN_STATUS_LIST_SIZE - 1 }), { maxLength: 40 }), (set) => {
        const encoded = encodeStatusList(set, MIN_STATUS_LIST_SIZE)
        for (const index of set) expect(readStatusBit(encoded, index)).toBe(true)
        const unset = [0, 1, 7, 8, 65_535, MIN_STATUS_LIST_SIZE - 1].filter((i) => !set.includes(i))
        for (const index of unset) expect(readStatusBit(encoded, index)).toBe(false)
      }),
      { numRuns: 30 },
    )
  })

  it('refuses lists smaller than 131,072 entries and indexes outside the list', () => {
    expect(() => encodeStatusList([], 1024)).toThrow(RangeError)
    expect(() => encodeStatusList([MIN_STATUS_LIST_SIZE], MIN_STATUS_LIST_SIZE)).toThrow(RangeError)
    expect(() => readStatusBit(encodeStatusList([], MIN_STATUS_LIST_SIZE), -1)).toThrow(RangeError)
    expect(() => decodeStatusList('zabc')).toThrow(/multibase/)
  })
})
