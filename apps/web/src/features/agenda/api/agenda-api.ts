import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { API_BASE, buildUrl, type Page, type Query, request } from '../../../lib/api.ts'

// The agenda (docs/openapi.json: searchEvents, getAgendaMonth, getEvent, getAgendaCalendar, getEventCalendar; with
// a session: signUpForEvent, listMyEventSignUps, getMyEventSignUp, cancelEventSignUp, confirmEventOffer,
// createCalendarFeed). The public answers never hold the online link; a confirmed sign-up of one's own does.

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
export type SignUpState = 'confirmed' | 'waiting' | 'offered' | 'cancelled' | 'expired'
export type PointCategory = 'training' | 'reflection' | 'free-choice'

export interface EventSummary {
  id: string
  title: string
  type: EventType
  state: 'published' | 'cancelled'
  startsAt: string
  endsAt: string
  online: boolean
  locationName: string
  province: string | null
  organiser: { id: string; name: string }
  capacity: number
  placesLeft: number
  signUpDeadline: string
  signUpOpen: boolean
  accreditation: { activityPublicId: string; points: number; category: PointCategory } | null
}

export interface EventDetail extends EventSummary {
  description: string
  speakers: string[]
  address: string
  accessibility: string
  audience: string[]
  priceInfo: string
  waitingCount: number
  cancelReason: string
}

export interface AgendaMonth {
  month: string
  /** More events in the month than the API shows (200): the list view with filters finds them all. */
  truncated: boolean
  days: { date: string; events: EventSummary[] }[]
}

export interface MySignUp {
  id: string
  state: SignUpState
  position: number | null
  signedUpAt: string
  offerExpiresAt: string | null
  onlineUrl: string | null
  /** The check-in at the door or with the keyword (null: not checked in, or it was undone). */
  checkedInAt: string | null
  event: EventSummary
}

/** A page of the agenda list; `totalCapped`: more than `total` (1,000) matches, the search should be narrowed. */
export interface AgendaPage extends Page<EventSummary> {
  totalCapped: boolean
}

/** The ticket of a confirmed place (getMyEventTicket): the code to type and the QR code (SVG) to show. */
export interface Ticket {
  signUpId: string
  eventId: string
  code: string
  token: string
  qrPayload: string
  qrSvg: string
  checkedInAt: string | null
}

/** The answer to checking oneself in with the keyword (checkInWithKeyword), as far as the page uses it. */
export interface SelfCheckIn {
  checkedInAt: string
  points: { outcome: string; points: number | null; category: PointCategory | null }
}

/** Whether one may evaluate an event (getMyEventEvaluation). */
export interface MyEvaluation {
  eventId: string
  attended: boolean
  submitted: boolean
  canSubmit: boolean
  opensAt: string
  closesAt: string
}

export interface EvaluationBody {
  contentScore: number
  speakerScore: number
  usefulnessScore: number
  comment?: string
}

const segment = encodeURIComponent

/** The address of one event's `.ics` (a plain download link, no script needed). */
export const eventCalendarUrl = (eventId: string) => `${API_BASE}/events/${segment(eventId)}/calendar.ics`
/** The address of the agenda's iCalendar feed with the given filters. */
export const agendaCalendarUrl = (filters: Query) => buildUrl('/events/calendar.ics', filters)
/** One's certificate of attendance as a PDF (a plain download link with the session cookie). */
export const attendancePdfUrl = (signUpId: string) =>
  `${API_BASE}/event-sign-ups/${segment(signUpId)}/attendance-certificate`
/** One's signed attendance credential (Open Badges 3.0, JSON-LD). */
export const attendanceCredentialUrl = (signUpId: string) =>
  `${API_BASE}/event-sign-ups/${segment(signUpId)}/attendance-credential`

/** Enough to hold all of one person's sign-ups on one page (the API's maximum page size). */
export const MY_SIGN_UPS_PAGE_SIZE = 100

export const agendaApi = {
  search: (query: Query) => request<AgendaPage>('GET', '/events', { query }),
  month: (month: string, query: Query) => request<AgendaMonth>('GET', `/event-months/${segment(month)}`, { query }),
  get: (eventId: string) => request<EventDetail>('GET', `/events/${segment(eventId)}`),
  signUp: (eventId: string) => request<MySignUp>('POST', `/events/${segment(eventId)}/sign-ups`),
  mySignUps: (active: boolean) =>
    request<Page<MySignUp>>('GET', '/me/event-sign-ups', {
      query: { active: String(active), pageSize: MY_SIGN_UPS_PAGE_SIZE },
    }),
  mySignUp: (signUpId: string) => request<MySignUp>('GET', `/event-sign-ups/${segment(signUpId)}`),
  cancel: (signUpId: string) => request<MySignUp>('POST', `/event-sign-ups/${segment(signUpId)}/cancellation`),
  confirm: (signUpId: string) => request<MySignUp>('POST', `/event-sign-ups/${segment(signUpId)}/confirmation`),
  createFeed: () => request<{ url: string }>('POST', '/me/calendar-feed'),
  ticket: (signUpId: string) => request<Ticket>('GET', `/event-sign-ups/${segment(signUpId)}/ticket`),
  checkIn: (signUpId: string, keyword: string) =>
    request<SelfCheckIn>('POST', `/event-sign-ups/${segment(signUpId)}/check-in`, { body: { keyword } }),
  myEvaluation: (eventId: string) => request<MyEvaluation>('GET', `/events/${segment(eventId)}/my-evaluation`),
  evaluate: (eventId: string, body: EvaluationBody) =>
    request<{ eventId: string; submitted: true }>('POST', `/events/${segment(eventId)}/evaluations`, { body }),
}

/** Query keys: everything of the agenda starts with 'agenda', so one invalidation refreshes it after a change. */
export const AGENDA_KEY = ['agenda'] as const

export const useAgendaList = (query: Query) =>
  useQuery({
    queryKey: [...AGENDA_KEY, 'list', query],
    placeholderData: keepPreviousData,
    queryFn: () => agendaApi.search(query),
  })
export const useAgendaMonth = (month: string, query: Query) =>
  useQuery({
    queryKey: [...AGENDA_KEY, 'month', month, query],
    placeholderData: keepPreviousData,
    queryFn: () => agendaApi.month(month, query),
  })
export const useEvent = (eventId: string) =>
  useQuery({ queryKey: [...AGENDA_KEY, 'event', eventId], queryFn: () => agendaApi.get(eventId) })
/** All of one's sign-ups (`active`: only the running ones). */
export const useMySignUps = (active: boolean, enabled = true) =>
  useQuery({ queryKey: [...AGENDA_KEY, 'mine', active], queryFn: () => agendaApi.mySignUps(active), enabled })
/** The ticket of a confirmed place (`enabled` only for one). */
export const useTicket = (signUpId: string, enabled = true) =>
  useQuery({ queryKey: [...AGENDA_KEY, 'ticket', signUpId], queryFn: () => agendaApi.ticket(signUpId), enabled })
/** Whether one attended (was checked in), evaluated, and may evaluate now. */
export const useMyEvaluation = (eventId: string, enabled = true) =>
  useQuery({
    queryKey: [...AGENDA_KEY, 'evaluation', eventId],
    queryFn: () => agendaApi.myEvaluation(eventId),
    enabled,
  })
export const useMySignUp = (signUpId: string) =>
  useQuery({ queryKey: [...AGENDA_KEY, 'sign-up', signUpId], queryFn: () => agendaApi.mySignUp(signUpId) })
