import { describe, expect, it } from 'vitest'
import { formatEventDates, renderAttendanceCertificate } from './events.certificates.pdf.ts'

const input = {
  locale: 'nl' as const,
  name: 'Anna de Vries',
  eventTitle: 'Armoede en schulden in de bijstand',
  eventType: 'lezing',
  startsAt: new Date('2027-03-28T08:00:00Z'),
  endsAt: new Date('2027-03-28T10:30:00Z'),
  organiser: 'Hogeschool Utrecht',
  accreditation: { activityPublicId: 'A-2026-00001', points: 2.5, category: 'training' },
  verificationUrl: 'https://vakregister.example/controleren?certificaat=1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b',
}

describe('the dates of an event in Dutch time', () => {
  it('one day with the times in Dutch summer time; several days with both', () => {
    expect(formatEventDates('nl', input.startsAt, input.endsAt)).toBe('28 maart 2027, 10:00–12:30')
    expect(formatEventDates('nl', new Date('2027-01-14T08:30:00Z'), new Date('2027-01-15T15:00:00Z'))).toBe(
      '14 januari 2027 09:30 – 15 januari 2027 16:00',
    )
    expect(formatEventDates('en', input.startsAt, input.endsAt)).toBe('28 March 2027, 10:00–12:30')
  })
})

describe('the PDF certificate of attendance', () => {
  it('is a tagged PDF in Dutch with its title shown, a heading, a list and the QR code as a figure with alt text', async () => {
    const raw = (await renderAttendanceCertificate(input)).toString('latin1')
    expect(raw.startsWith('%PDF-')).toBe(true)
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/)
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/)
    expect(raw).toContain('/Marked true')
    expect(raw).toContain('/Lang (nl-NL)')
    expect(raw).toContain('/DisplayDocTitle true')
    for (const tag of ['Document', 'H1', 'P', 'L', 'LI', 'Lbl', 'LBody']) expect(raw).toContain(`/S /${tag}\n`)
    expect(raw).toContain(`/S /Figure\n/Alt (QR-code naar de controlepagina van dit bewijs: ${input.verificationUrl})`)
    expect(raw).toMatch(/\/Type \/Pages\n\/Count 1\n/)
  })

  it('is in English when asked', async () => {
    const raw = (await renderAttendanceCertificate({ ...input, locale: 'en' })).toString('latin1')
    expect(raw).toContain('/Lang (en-GB)')
  })
})
