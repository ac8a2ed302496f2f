import type { EventInput, EventType, OwnEvent } from './api/organiser-events-api.ts'
import { fromWallClock, linesOf, parseCapacity, toWallClock } from './organiser-events.rules.ts'

// The API's field names; a date + time pair reports under the API's wall-clock name and links to the date field.
export const EVENT_FIELDS = [
  'title',
  'type',
  'description',
  'speakers',
  'startsAtLocal',
  'endsAtLocal',
  'online',
  'onlineUrl',
  'locationName',
  'address',
  'province',
  'accessibility',
  'capacity',
  'signUpDeadlineLocal',
  'audience',
  'priceInfo',
  'activityId',
  'runId',
] as const
export type EventField = (typeof EVENT_FIELDS)[number]
export type EventFormValues = Record<Exclude<EventField, 'online'>, string> & {
  online: boolean
  startsTime: string
  endsTime: string
  deadlineTime: string
}

/** The form's fields for a new event, or filled in from a stored one (Dutch date and time fields). */
export function initialValues(event?: OwnEvent): EventFormValues {
  const starts = fromWallClock(event?.startsAtLocal)
  const ends = fromWallClock(event?.endsAtLocal)
  const deadline = fromWallClock(event?.signUpDeadlineLocal)
  return {
    title: event?.title ?? '',
    type: event?.type ?? 'lecture',
    description: event?.description ?? '',
    speakers: (event?.speakers ?? []).join('\n'),
    startsAtLocal: starts.date,
    startsTime: starts.time,
    endsAtLocal: ends.date,
    endsTime: ends.time,
    online: event?.online ?? false,
    onlineUrl: event?.onlineUrl ?? '',
    locationName: event?.locationName ?? '',
    address: event?.address ?? '',
    province: event?.province ?? '',
    accessibility: event?.accessibility ?? '',
    capacity: event ? String(event.capacity) : '',
    signUpDeadlineLocal: deadline.date,
    deadlineTime: deadline.time,
    audience: (event?.audience ?? []).join('\n'),
    priceInfo: event?.priceInfo ?? '',
    activityId: event?.activityId ?? '',
    runId: event?.runId ?? '',
  }
}

/**
 * The form's fields → the API's body: wall-clock times, lists from lines, location fields only on location, the
 * deadline only when filled in, a run only with its activity.
 */
export function toInput(v: EventFormValues): EventInput {
  const deadline = v.signUpDeadlineLocal.trim() || v.deadlineTime.trim()
  return {
    title: v.title,
    type: v.type as EventType,
    description: v.description,
    speakers: linesOf(v.speakers),
    startsAtLocal: toWallClock(v.startsAtLocal, v.startsTime),
    endsAtLocal: toWallClock(v.endsAtLocal, v.endsTime),
    online: v.online,
    ...(v.online
      ? { onlineUrl: v.onlineUrl }
      : { locationName: v.locationName, address: v.address, province: v.province || null }),
    accessibility: v.accessibility,
    capacity: parseCapacity(v.capacity),
    ...(deadline ? { signUpDeadlineLocal: toWallClock(v.signUpDeadlineLocal, v.deadlineTime) } : {}),
    audience: linesOf(v.audience),
    priceInfo: v.priceInfo,
    activityId: v.activityId || null,
    runId: v.activityId && v.runId ? v.runId : null,
  }
}
