// iCalendar (RFC 5545) for the agenda, pure: CRLF line ends, lines folded at 75 octets (never inside a UTF-8
// character), TEXT values escaped, times in UTC. One VCALENDAR with any number of VEVENTs.

export interface CalendarEvent {
  /** Stable and unique: the event's id with the host, e.g. `<uuid>@vakregister.nl`. */
  uid: string
  start: Date
  end: Date
  summary: string
  description: string
  location: string
  url: string
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED'
  lastModified: Date
}

export interface Calendar {
  name: string
  /** DTSTAMP: when this calendar was made. */
  now: Date
  events: CalendarEvent[]
}

export const ICAL_CONTENT_TYPE = 'text/calendar; charset=utf-8'

/** `20270328T080000Z` */
export const icalTime = (moment: Date) => `${moment.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export const escapeText = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')

/** Folds one content line at 75 octets: CRLF plus a space before each continuation (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  let limit = 75
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8')
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
      limit = 74 // the leading space of a continuation line counts
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

function eventLines(event: CalendarEvent, now: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icalTime(now)}`,
    `DTSTART:${icalTime(event.start)}`,
    `DTEND:${icalTime(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ]
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`)
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`)
  if (event.url) lines.push(`URL:${event.url}`)
  lines.push(`STATUS:${event.status}`, `LAST-MODIFIED:${icalTime(event.lastModified)}`, 'END:VEVENT')
  return lines
}

/** The whole calendar as text, ready to send as `text/calendar; charset=utf-8`. */
export function renderCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Vakregister//Agenda//NL',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    'X-WR-TIMEZONE:Europe/Amsterdam',
    ...calendar.events.flatMap((event) => eventLines(event, calendar.now)),
    'END:VCALENDAR',
  ]
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}
