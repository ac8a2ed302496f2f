import { describe, expect, it } from 'vitest'
import { lastDayOf, monthListHref, readFilters } from './agenda.rules.ts'
import type { EventSummary, MySignUp } from './api/agenda-api.ts'
import {
  attendedAt,
  canEnterKeyword,
  characterCount,
  checkEvaluation,
  emptyEvaluation,
  evaluationBody,
  hasTicket,
  keywordPhase,
  mayHaveAttended,
  spellTicketCode,
  svgDataUrl,
  ticketAudience,
  wantsTicket,
} from './participant.rules.ts'

const event = (over: Partial<EventSummary> = {}): EventSummary => ({
  id: 'e1',
  title: 'Schuldhulp in de praktijk',
  type: 'webinar',
  state: 'published',
  startsAt: '2026-05-15T08:00:00Z',
  endsAt: '2026-05-15T10:00:00Z',
  online: true,
  locationName: 'Online',
  province: null,
  organiser: { id: 'o1', name: 'Academie' },
  capacity: 20,
  placesLeft: 5,
  signUpDeadline: '2026-05-14T08:00:00Z',
  signUpOpen: true,
  accreditation: null,
  ...over,
})
const signUp = (over: Partial<MySignUp> = {}, ev: Partial<EventSummary> = {}): MySignUp => ({
  id: 's1',
  state: 'confirmed',
  position: null,
  signedUpAt: '2026-05-01T08:00:00Z',
  offerExpiresAt: null,
  onlineUrl: null,
  checkedInAt: null,
  event: event(ev),
  ...over,
})

describe('the ticket', () => {
  it('spells the code one character at a time, with a pause for the dash', () => {
    expect(spellTicketCode('ABCD-EF23')).toBe('A B C D, E F 2 3')
    expect(spellTicketCode(' ABCDEF23 ')).toBe('A B C D E F 2 3')
  })

  it('shows the SVG as an image address, also with non-ASCII text in it', () => {
    const url = svgDataUrl('<svg xmlns="http://www.w3.org/2000/svg"><title>é</title></svg>')
    expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true)
    const bytes = Uint8Array.from(atob(url.split(',')[1]!), (c) => c.charCodeAt(0))
    expect(new TextDecoder().decode(bytes)).toContain('<title>é</title>')
  })

  it('exists only for a confirmed place of an event that goes ahead', () => {
    expect(hasTicket(signUp())).toBe(true)
    expect(hasTicket(signUp({ state: 'waiting' }))).toBe(false)
    expect(hasTicket(signUp({ state: 'offered' }))).toBe(false)
    expect(hasTicket(signUp({}, { state: 'cancelled' }))).toBe(false)
  })

  it('is asked for until the event ends, never after (asking makes one)', () => {
    const atLocation = { online: false }
    expect(wantsTicket(signUp({}, atLocation), new Date('2026-05-15T09:59:59Z'))).toBe(true)
    expect(wantsTicket(signUp({}, atLocation), new Date('2026-05-15T10:00:00Z'))).toBe(false)
    expect(
      wantsTicket(signUp({ checkedInAt: '2026-05-15T08:02:00Z' }, atLocation), new Date('2026-06-01T10:00:00Z')),
    ).toBe(false)
    expect(wantsTicket(signUp({ state: 'waiting' }, atLocation), new Date('2026-05-14T10:00:00Z'))).toBe(false)
  })

  it('is never asked for an online session: the keyword checks one in, the sign-up says whether one was', () => {
    for (const now of ['2026-05-14T10:00:00Z', '2026-05-15T09:00:00Z', '2026-05-15T09:59:59Z'])
      expect(wantsTicket(signUp(), new Date(now))).toBe(false)
    expect(wantsTicket(signUp({ checkedInAt: '2026-05-15T08:02:00Z' }), new Date('2026-05-15T09:00:00Z'))).toBe(false)
  })

  it("tells the organiser's staff to scan it, and nobody else", () => {
    expect(ticketAudience({ checkInAttendees: true })).toBe('organiser')
    expect(ticketAudience({ checkInAttendees: false, signUpForEvents: true })).toBe('other')
    expect(ticketAudience(undefined)).toBe('other')
  })
})

describe('the online keyword', () => {
  it('is open from 15 minutes before the start to 15 minutes after the end', () => {
    const e = event()
    expect(keywordPhase(e, new Date('2026-05-15T07:44:59Z'))).toBe('not-yet')
    expect(keywordPhase(e, new Date('2026-05-15T07:45:00Z'))).toBe('open')
    expect(keywordPhase(e, new Date('2026-05-15T10:15:00Z'))).toBe('open')
    expect(keywordPhase(e, new Date('2026-05-15T10:15:01Z'))).toBe('closed')
  })

  it('is for a confirmed place of an online event only', () => {
    const during = new Date('2026-05-15T09:00:00Z')
    expect(canEnterKeyword(signUp(), during)).toBe(true)
    expect(canEnterKeyword(signUp({}, { online: false }), during)).toBe(false)
    expect(canEnterKeyword(signUp({ state: 'waiting' }), during)).toBe(false)
    expect(canEnterKeyword(signUp(), new Date('2026-05-15T11:00:00Z'))).toBe(false)
  })

  it('a certificate is asked about only once the check-in has opened (2 hours before the start)', () => {
    expect(mayHaveAttended(signUp(), new Date('2026-05-15T05:59:00Z'))).toBe(false)
    expect(mayHaveAttended(signUp(), new Date('2026-05-15T06:00:00Z'))).toBe(true)
    expect(mayHaveAttended(signUp({ state: 'cancelled' }), new Date('2026-05-16T06:00:00Z'))).toBe(false)
  })
})

describe('attendance on my sign-ups', () => {
  const after = new Date('2026-05-16T10:00:00Z')
  it('an event that is over says when one was checked in, from the sign-up itself', () => {
    expect(attendedAt(signUp({ checkedInAt: '2026-05-15T08:02:00Z' }), after)).toBe('2026-05-15T08:02:00Z')
    expect(attendedAt(signUp(), after)).toBeNull() // not checked in, or the check-in was undone
  })

  it('says nothing before the end, nor without a place', () => {
    const checkedIn = { checkedInAt: '2026-05-15T08:02:00Z' }
    expect(attendedAt(signUp(checkedIn), new Date('2026-05-15T09:00:00Z'))).toBeNull()
    expect(attendedAt(signUp({ ...checkedIn, state: 'cancelled' }), after)).toBeNull()
    expect(attendedAt(signUp(checkedIn, { state: 'cancelled' }), after)).toBeNull()
  })
})

describe('the evaluation form', () => {
  it('asks for every score and refuses a comment over 2,000 characters', () => {
    expect(checkEvaluation(emptyEvaluation())).toEqual({
      contentScore: 'agenda.evaluation.errors.score',
      speakerScore: 'agenda.evaluation.errors.score',
      usefulnessScore: 'agenda.evaluation.errors.score',
    })
    const full = { contentScore: 4, speakerScore: 5, usefulnessScore: 3, comment: 'x'.repeat(2000) }
    expect(checkEvaluation(full)).toEqual({})
    expect(checkEvaluation({ ...full, comment: 'x'.repeat(2001) })).toEqual({
      comment: 'agenda.evaluation.errors.comment',
    })
  })

  it('counts characters as the API does (an emoji once)', () => {
    expect(characterCount('goed 👍')).toBe(6)
  })

  it('sends the comment only when something was written', () => {
    const answers = { contentScore: 4, speakerScore: 5, usefulnessScore: 3, comment: '  ' }
    expect(evaluationBody(answers)).toEqual({ contentScore: 4, speakerScore: 5, usefulnessScore: 3 })
    expect(evaluationBody({ ...answers, comment: ' Goed! ' }).comment).toBe('Goed!')
  })
})

describe('the month view that shows only 200 events', () => {
  it('links to the same month in the list, with the same filters', () => {
    const filters = readFilters(new URLSearchParams('?weergave=maand&maand=2026-02&soort=training'), new Date())
    expect(monthListHref(filters)).toBe('/agenda?soort=training&vanaf=2026-02-01&tot=2026-02-28')
    expect(lastDayOf('2028-02')).toBe('2028-02-29')
    expect(lastDayOf('2026-12')).toBe('2026-12-31')
  })
})
