import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import {
  type CertificateInput,
  formatCertificateDate,
  publicRegistrationUrl,
  renderRegistrationCertificate,
} from './register.certificate.ts'

const input: CertificateInput = {
  locale: 'nl',
  registerName: 'Register Klantmanagers',
  initials: 'J.A.',
  infix: 'van der',
  surname: 'Bërg',
  registrationNumber: 'KM-000123',
  profession: 'klantmanager werk',
  registeredSince: '2026-03-01',
  validUntil: '2031-02-28',
  publicUrl: 'https://vakregister.example/',
}

/** The drawing instructions of every page (Flate streams inflated). */
function pageContent(pdf: Buffer): string {
  const raw = pdf.toString('latin1')
  const streams: string[] = []
  for (const match of raw.matchAll(/\/FlateDecode[\s\S]*?stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length
    const end = raw.indexOf('endstream', start)
    let content: string
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1')
    } catch {
      continue // an image stream, not page content
    }
    if (content.includes(' BDC')) streams.push(content)
  }
  return streams.join('\n')
}

/** The visible text: the hex strings of each TJ array joined (pdfkit writes text as hex, with kerning between). */
function visibleText(pdf: Buffer): string {
  const lines: string[] = []
  for (const array of pageContent(pdf).matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    const hex = [...(array[1] ?? '').matchAll(/<([0-9a-f]*)>/gi)].map((h) => h[1]).join('')
    lines.push(Buffer.from(hex, 'hex').toString('latin1'))
  }
  return lines.join('\n')
}

/** A PDF literal string `( … )` as text; UTF-16BE when it starts with a byte order mark. */
function decodeLiteral(literal: string): string {
  const bytes = literal
    .slice(1, -1)
    .replace(/\\([0-7]{1,3}|.)/gs, (_, c: string) =>
      /^[0-7]+$/.test(c)
        ? String.fromCharCode(Number.parseInt(c, 8))
        : (({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c),
    )
  const buffer = Buffer.from(bytes, 'latin1')
  return buffer[0] === 0xfe && buffer[1] === 0xff ? buffer.subarray(2).swap16().toString('utf16le') : bytes
}

function infoTitle(pdf: Buffer): string {
  const raw = pdf.toString('latin1')
  const ref = /\/Title (\d+) 0 R/.exec(raw)
  expect(ref).not.toBeNull()
  const object = new RegExp(`\\n${ref?.[1]} 0 obj\\n(\\(.*?\\))\\nendobj`, 's').exec(raw)
  expect(object).not.toBeNull()
  return decodeLiteral(object?.[1] ?? '')
}

describe('the PDF certificate of registration', () => {
  it('is a PDF with a structure tree, marked as tagged, in Dutch, with the title shown', async () => {
    const pdf = await renderRegistrationCertificate(input)
    const raw = pdf.toString('latin1')
    expect(raw.startsWith('%PDF-')).toBe(true)
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/)
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/)
    expect(raw).toContain('/Marked true')
    expect(raw).toContain('/Lang (nl-NL)')
    expect(raw).toContain('/DisplayDocTitle true')
    expect(raw).toMatch(/\/Type \/Pages\n\/Count 1\n/)
    expect(infoTitle(pdf)).toBe('Bewijs van registratie – J.A. van der Bërg')
  })

  it('has a heading, a list of the fields and a QR code figure with alt text in its structure', async () => {
    const pdf = await renderRegistrationCertificate(input)
    const raw = pdf.toString('latin1')
    for (const tag of ['Document', 'H1', 'P', 'L', 'LI', 'Lbl', 'LBody']) expect(raw).toContain(`/S /${tag}\n`)
    expect(raw).toContain(
      '/S /Figure\n/Alt (QR-code naar de openbare pagina van deze registratie: https://vakregister.example/register/KM-000123)',
    )
    // Decoration is an artifact, so screen readers skip it.
    expect(pageContent(pdf)).toMatch(/^\/Artifact <<\n\/Type \/Layout\n>> BDC$/m)
    expect(pageContent(pdf)).toMatch(/^\/H1 <<\n\/MCID \d+\n>> BDC$/m)
  })

  it('prints the name, the registration number, the dates in Dutch and the public URL as text', async () => {
    const text = visibleText(await renderRegistrationCertificate(input))
    expect(text).toContain('Bewijs van registratie')
    expect(text).toContain('J.A. van der Bërg staat ingeschreven in het Register Klantmanagers.')
    expect(text).toContain('KM-000123')
    expect(text).toContain('klantmanager werk')
    expect(text).toContain('1 maart 2026')
    expect(text).toContain('28 februari 2031')
    expect(text).toContain('https://vakregister.example/register/KM-000123')
  })

  it('says "geen einddatum" when the registration has no end date', async () => {
    const text = visibleText(await renderRegistrationCertificate({ ...input, validUntil: null }))
    expect(text).toContain('Geldig tot')
    expect(text).toContain('geen einddatum')
  })

  it('is in English for an English reader', async () => {
    const pdf = await renderRegistrationCertificate({ ...input, locale: 'en', infix: '' })
    const raw = pdf.toString('latin1')
    expect(raw).toContain('/Lang (en-GB)')
    expect(raw).not.toContain('/Lang (nl-NL)')
    expect(infoTitle(pdf)).toBe('Certificate of registration – J.A. Bërg')
    const text = visibleText(pdf)
    expect(text).toContain('Certificate of registration')
    expect(text).toContain('1 March 2026')
    expect(text).not.toContain('Bewijs van registratie')
  })

  it('refuses to make a certificate without a valid registration number, date or URL', async () => {
    await expect(renderRegistrationCertificate({ ...input, registrationNumber: '' })).rejects.toThrow(
      /registration number/,
    )
    await expect(renderRegistrationCertificate({ ...input, registrationNumber: 'KM-12' })).rejects.toThrow(RangeError)
    await expect(renderRegistrationCertificate({ ...input, surname: ' ' })).rejects.toThrow(/surname/)
    await expect(renderRegistrationCertificate({ ...input, registeredSince: '2026-02-30' })).rejects.toThrow(
      /registeredSince/,
    )
    await expect(renderRegistrationCertificate({ ...input, publicUrl: 'javascript:alert(1)' })).rejects.toThrow(
      /publicUrl/,
    )
  })
})

describe('certificate helpers', () => {
  it('writes dates the Dutch way, and the English way for English', () => {
    expect(formatCertificateDate('nl', '2026-03-01')).toBe('1 maart 2026')
    expect(formatCertificateDate('en', '2026-03-01')).toBe('1 March 2026')
  })

  it('links to the permanent public page of the registration', () => {
    expect(publicRegistrationUrl('https://vakregister.example/', 'KM-000123')).toBe(
      'https://vakregister.example/register/KM-000123',
    )
    expect(publicRegistrationUrl('https://vakregister.example', 'KM-000123')).toBe(
      'https://vakregister.example/register/KM-000123',
    )
  })
})
