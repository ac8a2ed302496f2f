import { describe, expect, it } from 'vitest'
import { renderDeclarationForm } from './points.self-reports.declaration.ts'

const base = {
  registerName: 'Register Klantmanagers',
  fullName: 'F. El Amrani',
  registrationNumber: 'KM-000001',
}
const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0

describe('the declaration form PDF', () => {
  it('is a tagged, one-page A4 PDF in the language asked for, with the number in its metadata', async () => {
    for (const locale of ['nl', 'en'] as const) {
      const pdf = await renderDeclarationForm({
        ...base,
        locale,
        kind: 'supervision',
        title: 'Supervisie',
        hours: '7,5',
      })
      const text = pdf.toString('latin1')
      expect(text.startsWith('%PDF-1.7')).toBe(true)
      expect(text).toContain('/StructTreeRoot')
      expect(text).toContain('/MarkInfo')
      expect(text).toContain(`/Lang (${locale === 'nl' ? 'nl-NL' : 'en-GB'})`)
      expect(text).toContain('/DisplayDocTitle true')
      expect(text).toContain('KM-000001')
      expect(text).toContain('/MediaBox [0 0 595.28 841.89]')
      expect(pages(pdf)).toBe(1)
    }
  })

  it('leaves lines to write on when nothing is filled in, and copes with a long title with accents', async () => {
    const empty = await renderDeclarationForm({ ...base, locale: 'nl', kind: null })
    expect(pages(empty)).toBe(1)
    const long = await renderDeclarationForm({
      ...base,
      locale: 'nl',
      kind: 'course',
      title: `Cursus “Één op één” – ${'motiverende gespreksvoering '.repeat(6)}`.slice(0, 200),
      activityDate: '2026-05-20',
      hours: '12',
    })
    expect(long.length).toBeGreaterThan(empty.length)
  })
})
