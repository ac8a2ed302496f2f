import { gunzipSync, gzipSync } from 'node:zlib'

/** The W3C Bitstring Status List minimum: 16 KB, 131,072 entries, so one credential hides among many. */
export const MIN_STATUS_LIST_SIZE = 131_072

/**
 * `encodedList` per W3C Bitstring Status List v1.0 §3.2: the bitstring GZIP-compressed, base64url-encoded without
 * padding, with the multibase prefix `u`. Index 0 is the left-most (most significant) bit of the first byte.
 */
export function encodeStatusList(setIndexes: Iterable<number>, size: number): string {
  if (size % 8 !== 0 || size < MIN_STATUS_LIST_SIZE) throw new RangeError(`status list size ${size} is not allowed`)
  const bytes = new Uint8Array(size / 8)
  for (const index of setIndexes) {
    assertIndex(index, size)
    bytes[index >> 3]! |= 0x80 >> (index & 7)
  }
  return `u${gzipSync(bytes).toString('base64url')}`
}

/** Decodes an `encodedList` back to its bytes (refusing anything but multibase base64url). */
export function decodeStatusList(encodedList: string): Uint8Array {
  if (!encodedList.startsWith('u')) throw new Error('encodedList must be multibase base64url (prefix "u")')
  return new Uint8Array(gunzipSync(Buffer.from(encodedList.slice(1), 'base64url')))
}

/** The bit at `index` of an encoded list: true when set (e.g. suspended). */
export function readStatusBit(encodedList: string, index: number): boolean {
  const bytes = decodeStatusList(encodedList)
  assertIndex(index, bytes.length * 8)
  return (bytes[index >> 3]! & (0x80 >> (index & 7))) !== 0
}

function assertIndex(index: number, size: number) {
  if (!Number.isInteger(index) || index < 0 || index >= size) throw new RangeError(`status index ${index} out of range`)
}
