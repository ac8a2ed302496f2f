import { describe, expect, it } from 'vitest'
import { escapeText, foldLine, icalTime, renderCalendar } from './events.ical.ts'

const event = {
  uid: 'event-1@vakregister.nl',
  start: new Date('2027-03-28T08:00:00Z'),
  end: new Date('2027-03-28T12:30:00Z'),
  summary: 'Lezing: schulden, armoede; en werk',
  description: 'Regel één\nRegel twee met een backslash \\ en een komma, klaar.',
  location: 'Stadhuis, Stadsplateau 1, Utrecht',
  url: 'https://vakregister.nl/agenda/1',
  status: 'CONFIRMED' as const,
  lastModified: new Date('2027-01-02T03:04:05Z'),
}

describe('iCalendar (RFC 5545)', () => {
  it('writes UTC times without separators', () => {
    expect(icalTime(new Date('2027-03-28T08:00:00.123Z'))).toBe('20270328T080000Z')
  })

  it('escapes backslash, semicolon, comma and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf')
  })

  it('folds at 75 octets and never splits a UTF-8 character', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`
    const folded = foldLine(line)
    const parts = folded.split('\r\n')
    expect(parts.length).toBeGreaterThan(2)
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75)
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true)
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line)
    expect(foldLine('SHORT:x')).toBe('SHORT:x')
  })

  it('renders a calendar with CRLF, UID, DTSTAMP and UTC start and end', () => {
    const text = renderCalendar({ name: 'Agenda', now: new Date('2027-01-05T10:00:00Z'), events: [event] })
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/)
    const unfolded = text.replace(/\r\n /g, '')
    const lines = unfolded.split('\r\n')
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines).toContain('VERSION:2.0')
    expect(lines).toContain('BEGIN:VEVENT')
    expect(lines).toContain('UID:event-1@vakregister.nl')
    expect(lines).toContain('DTSTAMP:20270105T100000Z')
    expect(lines).toContain('DTSTART:20270328T080000Z')
    expect(lines).toContain('DTEND:20270328T123000Z')
    expect(lines).toContain('SUMMARY:Lezing: schulden\\, armoede\\; en werk')
    expect(lines).toContain('DESCRIPTION:Regel één\\nRegel twee met een backslash \\\\ en een komma\\, klaar.')
    expect(lines).toContain('STATUS:CONFIRMED')
    expect(lines.at(-2)).toBe('END:VCALENDAR')
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
  })

  it('an empty calendar is still valid', () => {
    const text = renderCalendar({ name: 'Leeg', now: new Date(), events: [] })
    expect(text).toContain('BEGIN:VCALENDAR\r\n')
    expect(text).not.toContain('BEGIN:VEVENT')
  })
})
