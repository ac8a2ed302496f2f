import { badRequest, type FieldError } from '../../platform/http/errors.ts'
import { type Locale, message } from '../../platform/http/messages.ts'
import { type EventMessageKey, eventMessage } from './events.messages.ts'
import { type EventType, PROVINCES, type Province } from './events.tables.ts'
import { wallClockToMoment } from './events.time.ts'

// Pure rules of the agenda: what an event must hold (every invalid field at once), offers, the reminder day, CSV.

export const MAX_CAPACITY = 100_000
/**
 * An event lasts at most this many days (a congress, a training of a few days); a series is one event per meeting.
 * The agenda relies on it: an event still running on day D started at most this long before D, so a list scans
 * only that far back (the table's check constraint `events_max_duration` holds the same).
 */
export const MAX_EVENT_DAYS = 14
/** How long a freed place is held for the first on the waiting list. */
export const OFFER_HOURS = 48

/** Collects invalid fields and throws them all at once as one 400 (Dutch or English). */
export class EventFieldCheck {
  readonly errors: FieldError[] = []
  readonly locale: Locale
  readonly where: FieldError['in']

  constructor(locale: Locale, where: FieldError['in'] = 'body') {
    this.locale = locale
    this.where = where
  }

  add(name: string, code: string, key: EventMessageKey, params: Record<string, string | number> = {}) {
    this.errors.push({ in: this.where, name, code, reason: eventMessage(this.locale, key, params) })
  }

  text(name: string, value: string | undefined, key: EventMessageKey | null) {
    const trimmed = (value ?? '').trim()
    if (key && trimmed === '') this.add(name, 'required', key)
    return trimmed
  }

  /** A Dutch wall-clock time → the moment, or null (with the error added). */
  moment(name: string, value: string) {
    const result = wallClockToMoment(value)
    if (result.ok) return result.moment
    this.add(
      name,
      result.reason === 'format' ? 'format' : 'nonexistent',
      result.reason === 'format' ? 'timeFormat' : 'timeNonexistent',
    )
    return null
  }

  throwIfAny() {
    if (this.errors.length) throw badRequest(message(this.locale, 'invalid-input'), this.errors)
  }
}

export const cleanList = (values: string[] | undefined) => [
  ...new Set((values ?? []).map((v) => v.trim()).filter(Boolean)),
]

export interface EventInput {
  title?: string
  type: EventType
  description?: string
  speakers?: string[]
  startsAtLocal: string
  endsAtLocal: string
  online: boolean
  onlineUrl?: string
  locationName?: string
  address?: string
  province?: string | null
  accessibility?: string
  capacity: number
  signUpDeadlineLocal?: string
  audience?: string[]
  priceInfo?: string
  activityId?: string | null
  runId?: string | null
}

export interface EventValues {
  title: string
  type: EventType
  description: string
  speakers: string[]
  startsAt: Date
  endsAt: Date
  online: boolean
  onlineUrl: string
  locationName: string
  address: string
  province: Province | null
  accessibility: string
  capacity: number
  signUpDeadline: Date
  audience: string[]
  priceInfo: string
  activityId: string | null
  runId: string | null
}

const isHttpsUrl = (value: string) => {
  try {
    return new URL(value).protocol === 'https:'
  } catch {
    return false
  }
}

/**
 * Checks an event (every invalid field at once). `placesTaken` (when editing) is the lower bound of the capacity.
 * The deadline defaults to the start.
 */
export function checkEvent(
  input: EventInput,
  context: { now: Date; locale: Locale; placesTaken?: number },
  check = new EventFieldCheck(context.locale),
): EventValues {
  const title = check.text('title', input.title, 'titleRequired')
  const description = check.text('description', input.description, 'descriptionRequired')
  const startsAt = check.moment('startsAtLocal', input.startsAtLocal)
  const endsAt = check.moment('endsAtLocal', input.endsAtLocal)
  if (startsAt && startsAt.getTime() <= context.now.getTime()) check.add('startsAtLocal', 'minimum', 'startInPast')
  if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime())
    check.add('endsAtLocal', 'minimum', 'endBeforeStart')
  else if (startsAt && endsAt && endsAt.getTime() > startsAt.getTime() + MAX_EVENT_DAYS * 86_400_000)
    check.add('endsAtLocal', 'maximum', 'tooLong', { days: MAX_EVENT_DAYS })
  const deadline = input.signUpDeadlineLocal ? check.moment('signUpDeadlineLocal', input.signUpDeadlineLocal) : startsAt
  if (deadline && startsAt && deadline.getTime() > startsAt.getTime())
    check.add('signUpDeadlineLocal', 'maximum', 'deadlineAfterStart')
  const onlineUrl = (input.onlineUrl ?? '').trim()
  const locationName = (input.locationName ?? '').trim()
  const address = (input.address ?? '').trim()
  const province = input.province?.trim() || null // empty (or null coerced to '') is no province
  if (input.online) {
    if (!isHttpsUrl(onlineUrl)) check.add('onlineUrl', 'format', 'onlineUrlRequired')
  } else {
    if (locationName === '') check.add('locationName', 'required', 'locationRequired')
    if (address === '') check.add('address', 'required', 'addressRequired')
  }
  if (province !== null && !(PROVINCES as readonly string[]).includes(province))
    check.add('province', 'enum', 'provinceUnknown')
  else if (!input.online && province === null) check.add('province', 'required', 'provinceUnknown')
  const capacity = input.capacity
  if (!Number.isInteger(capacity) || capacity < 1) check.add('capacity', 'minimum', 'capacityMinimum')
  else if (capacity > MAX_CAPACITY) check.add('capacity', 'maximum', 'capacityMaximum', { max: MAX_CAPACITY })
  else if (context.placesTaken !== undefined && capacity < context.placesTaken)
    check.add('capacity', 'minimum', 'capacityBelowTaken', { taken: context.placesTaken })
  if (input.runId && !input.activityId) check.add('activityId', 'required', 'activityRequired')
  check.throwIfAny()
  return {
    title,
    type: input.type,
    description,
    speakers: cleanList(input.speakers),
    startsAt: startsAt!,
    endsAt: endsAt!,
    online: input.online,
    onlineUrl: input.online ? onlineUrl : '',
    locationName: input.online ? '' : locationName,
    address: input.online ? '' : address,
    province: province as Province | null,
    accessibility: (input.accessibility ?? '').trim(),
    capacity,
    signUpDeadline: deadline!,
    audience: cleanList(input.audience),
    priceInfo: (input.priceInfo ?? '').trim(),
    activityId: input.activityId ?? null,
    runId: input.runId ?? null,
  }
}

/** When an offer made `now` ends: 48 hours later, but never after the event starts. */
export function offerExpiry(now: Date, startsAt: Date): Date {
  return new Date(Math.min(now.getTime() + OFFER_HOURS * 3_600_000, startsAt.getTime()))
}

/** Whether a sign-up or cancellation is still possible: before the deadline and the event is published. */
export const signUpOpen = (event: { state: string; signUpDeadline: Date }, now: Date) =>
  event.state === 'published' && now.getTime() < event.signUpDeadline.getTime()

/** One CSV cell for Excel (`;`-separated): quoted when needed, formula-looking text defused. */
export function csvCell(value: string | number | null): string {
  if (value === null) return ''
  const text = String(value)
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** A CSV document (UTF-8 with BOM, `;`, CRLF) from a header and rows. */
export const toCsv = (header: string[], rows: (string | number | null)[][]) =>
  `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`
