import type { DocumentMediaType } from './storage.tables.ts'

/** 10 MiB: the largest upload accepted. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
/** Bytes needed to recognise every accepted type. */
export const SNIFF_BYTES = 8

const SIGNATURES: { mediaType: DocumentMediaType; bytes: number[] }[] = [
  { mediaType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mediaType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mediaType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
]

export const EXTENSIONS: Record<DocumentMediaType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
}

/** The type of a file from its first bytes (magic numbers), or null when it is not a PDF, JPEG or PNG. */
export function detectMediaType(head: Uint8Array): DocumentMediaType | null {
  for (const { mediaType, bytes } of SIGNATURES) {
    if (head.length >= bytes.length && bytes.every((byte, i) => head[i] === byte)) return mediaType
  }
  return null
}

const MAX_NAME = 200
// Control and format characters (incl. bidi overrides that disguise an extension) and characters Windows forbids.
const UNSAFE = /[\p{Cc}\p{Cf}<>:"|?*]/gu

/**
 * The name a person gave a file, safe to store and show: only the last path segment, no control or bidi
 * characters, trimmed, at most 200 characters; `document` when nothing is left.
 */
export function sanitizeFileName(name: string | undefined): string {
  const last = (name ?? '').normalize('NFC').split(/[/\\]/).pop() ?? ''
  const cleaned = last
    .replace(UNSAFE, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  const chars = Array.from(cleaned)
  const result = (chars.length > MAX_NAME ? chars.slice(0, MAX_NAME).join('') : cleaned).trim()
  return result === '' ? 'document' : result
}

/** The download name: the person's name with the extension of the real type (a PNG called x.pdf becomes x.png). */
export function downloadName(originalName: string, mediaType: DocumentMediaType): string {
  const base = sanitizeFileName(originalName).replace(/\.(pdf|jpe?g|png)$/i, '') || 'document'
  return `${base}.${EXTENSIONS[mediaType]}`
}

/** `attachment; filename="ascii"; filename*=UTF-8''…` (RFC 6266 / 8187): no quotes, no line breaks, no paths. */
export function contentDisposition(fileName: string, type: 'attachment' | 'inline' = 'attachment'): string {
  const ascii =
    fileName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9._ -]/g, '_') || 'document'
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`
}
