import { describe, expect, it } from 'vitest'
import { contentDisposition, detectMediaType, downloadName, sanitizeFileName } from './storage.rules.ts'
import { tinyJpeg, tinyPdf, tinyPng } from './test-files.ts'

describe('the type of a file comes from its first bytes', () => {
  it('recognises a PDF, a JPEG and a PNG', () => {
    expect(detectMediaType(tinyPdf())).toBe('application/pdf')
    expect(detectMediaType(tinyJpeg())).toBe('image/jpeg')
    expect(detectMediaType(tinyPng())).toBe('image/png')
  })

  it('knows nothing else: HTML, a Windows program, a GIF, text, an empty file', () => {
    for (const content of ['<!doctype html><h1>Diploma</h1>', 'MZ\x90\x00\x03', 'GIF89a', 'PDF-1.4 %', '']) {
      expect(detectMediaType(Buffer.from(content, 'latin1'))).toBeNull()
    }
  })

  it('needs the whole signature: the first four bytes of a PNG are not enough', () => {
    expect(detectMediaType(tinyPng().subarray(0, 4))).toBeNull()
  })
})

describe('the name a person gave a file', () => {
  it('keeps only the last part of a path, so ../../etc/passwd becomes passwd', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd')
    expect(sanitizeFileName('C:\\Users\\sanne\\diploma.pdf')).toBe('diploma.pdf')
  })

  it('loses control characters, line breaks, quotes and a right-to-left trick that hides the extension', () => {
    expect(sanitizeFileName('diploma\r\n"x".pdf')).toBe('diplomax.pdf')
    expect(sanitizeFileName('gnp\u202Efdp.exe')).toBe('gnpfdp.exe')
  })

  it('is at most 200 characters, and "document" when nothing is left', () => {
    expect(Array.from(sanitizeFileName('é'.repeat(300)))).toHaveLength(200)
    expect(sanitizeFileName('..')).toBe('document')
    expect(sanitizeFileName(undefined)).toBe('document')
  })

  it('is downloaded with the extension of the real type', () => {
    expect(downloadName('diploma.pdf', 'image/png')).toBe('diploma.png')
    expect(downloadName('scan', 'image/jpeg')).toBe('scan.jpg')
  })

  it('fits in a Content-Disposition header with an ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition('Getuigschrift Zoë (2024).pdf')).toBe(
      `attachment; filename="Getuigschrift Zoe _2024_.pdf"; filename*=UTF-8''Getuigschrift%20Zo%C3%AB%20%282024%29.pdf`,
    )
  })
})
