import { formatDateTime } from '../../lib/format.ts'

// Paths and pure helpers of the organiser's event pages: Dutch date and time fields ↔ the API's wall-clock fields,
// lines ↔ lists, the ticket token from a scanned QR code, and a sign-up's attendance.

export const eventsPath = (organisationId: string) => `/aanbieder/${encodeURIComponent(organisationId)}/bijeenkomsten`
export const eventPath = (organisationId: string, eventId: string) =>
  `${eventsPath(organisationId)}/${encodeURIComponent(eventId)}`

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A Dutch date ("28-3-2027", "28-03-2027", also "2027-03-28") and time ("10:00", "9.30", "930" not) → the API's
 * wall-clock value "2027-03-28T10:00", or '' when either part is not a real date or time (the API then names the field).
 */
export function toWallClock(date: string, time: string): string {
  const d = date.trim()
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(d)
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(d)
  const [year, month, day] = dutch
    ? [Number(dutch[3]), Number(dutch[2]), Number(dutch[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [0, 0, 0]
  const t = /^(\d{1,2})[:.](\d{2})$/.exec(time.trim())
  if (!year || !t) return ''
  const hours = Number(t[1])
  const minutes = Number(t[2])
  const check = new Date(Date.UTC(year, month - 1, day))
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return ''
  if (hours > 23 || minutes > 59) return ''
  return `${year}-${pad(month)}-${pad(day)}T${pad(hours)}:${pad(minutes)}`
}

/** "2027-03-28T10:00" → { date: "28-03-2027", time: "10:00" } for the form; anything else → empty fields. */
export function fromWallClock(value: string | null | undefined): { date: string; time: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value ?? '')
  return m ? { date: `${m[3]}-${m[2]}-${m[1]}`, time: `${m[4]}:${m[5]}` } : { date: '', time: '' }
}

/** One entry per line, trimmed, without empty lines. */
export const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)

/** "25" → 25; empty or not a whole number → 0 (the API then says at least 1 place is needed). */
export function parseCapacity(value: string): number {
  const trimmed = value.trim()
  return /^\d+$/.test(trimmed) ? Number(trimmed) : 0
}

/**
 * What a scanned QR code holds — the ticket URL `{PUBLIC_URL}/agenda/ticket?ticket=<token>` or the bare token — → the
 * token to send; null when it is neither (another QR code).
 */
export function ticketTokenFrom(scanned: string): string | null {
  const raw = scanned.trim()
  if (/^t1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(raw)) return raw
  try {
    const url = new URL(raw)
    const token = url.searchParams.get('ticket')
    return url.pathname.endsWith('/agenda/ticket') && token && /^t1\./.test(token) ? token : null
  } catch {
    return null
  }
}

/**
 * The attendance cell of a sign-up: the date and time of the check-in (Dutch time) when there is one, the no-show text
 * once the event has ended without one, otherwise empty (the event has not ended, or the person waits for a place).
 */
export function attendanceText(
  signUp: { checkedInAt: string | null; noShow: boolean },
  language: string,
  noShowText: string,
): string {
  if (signUp.checkedInAt) return formatDateTime(signUp.checkedInAt, language)
  return signUp.noShow ? noShowText : ''
}
