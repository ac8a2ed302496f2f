import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { API_BASE, ApiError, type Page, request } from '../../../lib/api.ts'

// The organiser's agenda endpoints (docs/openapi.json: createEvent, listOwnEvents, getOwnEvent, changeEvent,
// cancelEvent, listEventSignUps, mailEventSignUps, listEventCheckIns, checkInToEvent, undoEventCheckIn,
// getEventCheckInKeyword, setEventCheckInKeyword) and the points module's accredited activities and runs.
// Types mirror the response schemas.

export const EVENT_TYPES = ['lecture', 'training', 'congress', 'service-delivery-day', 'webinar'] as const
export type EventType = (typeof EVENT_TYPES)[number]
export const PROVINCES = [
  'Drenthe',
  'Flevoland',
  'Friesland',
  'Gelderland',
  'Groningen',
  'Limburg',
  'Noord-Brabant',
  'Noord-Holland',
  'Overijssel',
  'Utrecht',
  'Zeeland',
  'Zuid-Holland',
] as const
export type EventState = 'published' | 'cancelled'

interface Accreditation {
  activityPublicId: string
  points: number
  category: string
}

export interface OwnEventSummary {
  id: string
  title: string
  type: EventType
  state: EventState
  startsAt: string
  endsAt: string
  online: boolean
  locationName: string
  province: string | null
  capacity: number
  placesLeft: number
  placesTaken: number
  waitingCount: number
  signUpDeadline: string
  signUpOpen: boolean
  accreditation: Accreditation | null
}

export interface OwnEvent extends OwnEventSummary {
  description: string
  speakers: string[]
  address: string
  accessibility: string
  audience: string[]
  priceInfo: string
  cancelReason: string
  onlineUrl: string
  activityId: string | null
  runId: string | null
  startsAtLocal: string
  endsAtLocal: string
  signUpDeadlineLocal: string
}

export interface EventInput {
  title: string
  type: EventType
  description: string
  speakers: string[]
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
  audience: string[]
  priceInfo: string
  activityId: string | null
  runId: string | null
}

export type SignUpState = 'confirmed' | 'waiting' | 'offered' | 'cancelled' | 'expired'
export interface OrganiserSignUp {
  id: string
  state: SignUpState
  position: number | null
  name: string
  registrationNumber: string | null
  signedUpAt: string
  offerExpiresAt: string | null
  /** The check-in that is not undone, or null. */
  checkedInAt: string | null
  /** A place without a check-in at an event that has ended. */
  noShow: boolean
}
export interface SignUpList {
  eventId: string
  capacity: number
  placesTaken: number
  signUps: OrganiserSignUp[]
}

export interface CheckIn {
  id: string
  signUpId: string
  name: string
  registrationNumber: string | null
  method: 'scan' | 'code' | 'list' | 'keyword'
  checkedInAt: string
  late: boolean
  reason: string
  undoneAt: string | null
  undoReason: string
  points: { outcome: string; points: number | null; category: string | null; message: string }
}
export type CheckInPhase = 'too-early' | 'live' | 'correction' | 'closed'
export interface CheckInList {
  eventId: string
  online: boolean
  startsAt: string
  endsAt: string
  phase: CheckInPhase
  correctionEndsAt: string
  confirmed: number
  checkedIn: number
  noShows: number
  items: {
    signUpId: string
    name: string
    registrationNumber: string | null
    checkIn: CheckIn | null
    noShow: boolean
  }[]
}
export interface Keyword {
  eventId: string
  keyword: string | null
  opensAt: string
  closesAt: string
  open: boolean
}
export type CheckInBody = { token?: string; code?: string; signUpId?: string; reason?: string }

export interface AccreditedActivity {
  id: string
  title: string
  publicId: string | null
  state: string
}
export interface ActivityRun {
  id: string
  startsOn: string
  endsOn: string
  location: string
  online: boolean
}

const enc = encodeURIComponent
const own = (organisationId: string) => `/organisations/${enc(organisationId)}/events`
const one = (organisationId: string, eventId: string) => `${own(organisationId)}/${enc(eventId)}`

export const organiserEventsApi = {
  list: (organisationId: string, page: number) =>
    request<Page<OwnEventSummary>>('GET', own(organisationId), { query: { page, pageSize: 20 } }),
  get: (organisationId: string, eventId: string) => request<OwnEvent>('GET', one(organisationId, eventId)),
  create: (organisationId: string, body: EventInput) => request<OwnEvent>('POST', own(organisationId), { body }),
  change: (organisationId: string, eventId: string, body: EventInput) =>
    request<OwnEvent>('PUT', one(organisationId, eventId), { body }),
  cancel: (organisationId: string, eventId: string, reason: string) =>
    request<OwnEvent>('POST', `${one(organisationId, eventId)}/cancellation`, { body: { reason } }),
  signUps: (organisationId: string, eventId: string) =>
    request<SignUpList>('GET', `${one(organisationId, eventId)}/sign-ups`),
  mail: (organisationId: string, eventId: string, body: { subject: string; text: string }) =>
    request<{ recipients: number }>('POST', `${one(organisationId, eventId)}/mailings`, { body }),
  checkIns: (organisationId: string, eventId: string) =>
    request<CheckInList>('GET', `${one(organisationId, eventId)}/check-ins`),
  checkIn: (organisationId: string, eventId: string, body: CheckInBody) =>
    request<CheckIn>('POST', `${one(organisationId, eventId)}/check-ins`, { body }),
  undo: (organisationId: string, eventId: string, checkInId: string, reason: string) =>
    request<CheckIn>('POST', `${one(organisationId, eventId)}/check-ins/${enc(checkInId)}/undo`, { body: { reason } }),
  keyword: (organisationId: string, eventId: string) =>
    request<Keyword>('GET', `${one(organisationId, eventId)}/check-in-keyword`),
  setKeyword: (organisationId: string, eventId: string, keyword: string) =>
    request<Keyword>('PUT', `${one(organisationId, eventId)}/check-in-keyword`, {
      body: keyword ? { keyword } : {},
    }),
  /** The provider's accredited activities (the points API of the accreditation pages). */
  activities: async (organisationId: string) => {
    const page = await request<Page<AccreditedActivity>>('GET', `/organisations/${enc(organisationId)}/activities`, {
      query: { page: 1, pageSize: 100 },
    })
    return page.items.filter((a) => a.state === 'accredited')
  },
  runs: async (organisationId: string, activityId: string) =>
    (
      await request<{ runs: ActivityRun[] }>(
        'GET',
        `/organisations/${enc(organisationId)}/activities/${enc(activityId)}`,
      )
    ).runs,
}

/** The sign-ups as CSV for Excel (the same list with Accept: text/csv), saved as a file by the browser. */
export async function downloadSignUpsCsv(organisationId: string, eventId: string) {
  const response = await fetch(`${API_BASE}${one(organisationId, eventId)}/sign-ups`, {
    headers: { Accept: 'text/csv' },
    credentials: 'same-origin',
  })
  if (!response.ok) throw new ApiError(response.status, `http-${response.status}`, '')
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = `aanmeldingen-${eventId}.csv`
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export const useOwnEvents = (organisationId: string, page: number) =>
  useQuery({
    queryKey: ['organiser-events', 'list', organisationId, page],
    placeholderData: keepPreviousData,
    queryFn: () => organiserEventsApi.list(organisationId, page),
  })
export const useOwnEvent = (organisationId: string, eventId: string) =>
  useQuery({
    queryKey: ['organiser-events', 'one', eventId],
    queryFn: () => organiserEventsApi.get(organisationId, eventId),
  })
export const useSignUps = (organisationId: string, eventId: string) =>
  useQuery({
    queryKey: ['organiser-events', 'sign-ups', eventId],
    queryFn: () => organiserEventsApi.signUps(organisationId, eventId),
  })
export const useCheckIns = (organisationId: string, eventId: string) =>
  useQuery({
    queryKey: ['organiser-events', 'check-ins', eventId],
    queryFn: () => organiserEventsApi.checkIns(organisationId, eventId),
  })
export const useKeyword = (organisationId: string, eventId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['organiser-events', 'keyword', eventId],
    enabled,
    queryFn: () => organiserEventsApi.keyword(organisationId, eventId),
  })
export const useAccreditedActivities = (organisationId: string) =>
  useQuery({
    queryKey: ['organiser-events', 'activities', organisationId],
    queryFn: () => organiserEventsApi.activities(organisationId),
  })
export const useRuns = (organisationId: string, activityId: string) =>
  useQuery({
    queryKey: ['organiser-events', 'runs', activityId],
    enabled: !!activityId,
    queryFn: () => organiserEventsApi.runs(organisationId, activityId),
  })
