import { describe, expect, it } from 'vitest'
import {
  activeSignUpFor,
  amsterdamDay,
  checkFilters,
  currentMonth,
  eventTimes,
  filterQuery,
  filtersToSearch,
  groupSignUps,
  listQuery,
  offerPath,
  readFilters,
  shiftMonth,
} from './agenda.rules.ts'
import type { EventSummary, MySignUp, SignUpState } from './api/agenda-api.ts'

const NOW = new Date('2026-05-10T10:00:00Z')
const read = (search: string) => readFilters(new URLSearchParams(search), NOW)

describe('the agenda address', () => {
  it('keeps the filters in Dutch search parameters and reads them back', () => {
    const search =
      '?zoek=schulden&soort=training&provincie=Utrecht&waar=locatie&punten=ja&minPunten=2&vanaf=2026-06-01&tot=2026-06-30&pagina=3'
    const filters = read(search)
    expect(filters).toMatchObject({
      q: 'schulden',
      type: 'training',
      province: 'Utrecht',
      place: 'locatie',
      accredited: 'ja',
      minPoints: '2',
      from: '2026-06-01',
      to: '2026-06-30',
      page: 3,
      view: 'lijst',
      month: '2026-06',
    })
    expect(filtersToSearch(filters)).toBe(search)
  })

  it('drops what it does not know: an unknown type or province, a bad page, a date that is not a date', () => {
    const filters = read('soort=feest&provincie=Brabant&waar=ergens&punten=misschien&vanaf=1-6-2026&pagina=-2')
    expect(filtersToSearch(filters)).toBe('')
    expect(filters.month).toBe('2026-05')
  })

  it('keeps the month only in the month view, and no page there', () => {
    const month = read('weergave=maand&maand=2026-12&pagina=4&soort=webinar')
    expect(month).toMatchObject({ view: 'maand', month: '2026-12' })
    expect(filtersToSearch(month)).toBe('?soort=webinar&weergave=maand&maand=2026-12')
    expect(read('weergave=maand&maand=2026-13').month).toBe('2026-05')
  })

  it('turns the filters into the API query: online or on location, with or without points, points with a comma', () => {
    const base = read('')
    expect(filterQuery({ ...base, place: 'online', accredited: 'nee' })).toMatchObject({
      online: 'true',
      accredited: 'false',
    })
    expect(filterQuery({ ...base, place: 'locatie', accredited: 'ja', minPoints: '2,5' })).toMatchObject({
      online: 'false',
      accredited: 'true',
      minPoints: '2.5',
    })
    expect(listQuery({ ...base, from: '2026-06-01', page: 2 })).toMatchObject({ from: '2026-06-01', page: 2 })
    expect(filterQuery(base)).not.toHaveProperty('from')
  })

  it('refuses points that are not a number and a period that ends before it starts', () => {
    const base = read('')
    expect(checkFilters({ ...base, minPoints: 'vier', from: '2026-06-10', to: '2026-06-01' })).toEqual({
      minPoints: 'agenda.filters.errors.minPoints',
      to: 'agenda.filters.errors.dateRange',
    })
    expect(checkFilters({ ...base, minPoints: '1,5', from: '2026-06-01', to: '2026-06-01' })).toEqual({})
  })

  it('matches the link of the mail about a freed place', () => {
    expect(offerPath('abc')).toBe('/agenda/aanmeldingen/abc/bevestigen')
  })
})

describe('Dutch days and times', () => {
  it('counts days and months in Dutch time, also around midnight and the change to summer time', () => {
    expect(amsterdamDay('2026-03-28T23:30:00Z')).toBe('2026-03-29') // 00:30 in winter time (UTC+1)
    expect(amsterdamDay('2026-06-30T22:30:00Z')).toBe('2026-07-01') // 00:30 in summer time (UTC+2)
    expect(amsterdamDay('2026-06-30T21:30:00Z')).toBe('2026-06-30')
    expect(currentMonth(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01')
    expect(shiftMonth('2026-01', -1)).toBe('2025-12')
    expect(shiftMonth('2026-12', 1)).toBe('2027-01')
    expect(shiftMonth('2026-05', 0)).toBe('2026-05')
  })

  it('shows an event in Dutch time: the same day with two times, or two days', () => {
    expect(eventTimes('2026-03-29T08:00:00Z', '2026-03-29T10:30:00Z', 'nl')).toEqual({
      sameDay: true,
      startDate: 'zondag 29 maart 2026',
      startTime: '10:00',
      endDate: 'zondag 29 maart 2026',
      endTime: '12:30',
    })
    const twoDays = eventTimes('2026-10-24T07:00:00Z', '2026-10-25T16:00:00Z', 'nl')
    expect(twoDays).toMatchObject({ sameDay: false, startTime: '09:00', endDate: 'zondag 25 oktober 2026' })
    expect(twoDays.endTime).toBe('17:00') // winter time again
    expect(eventTimes('2026-03-29T08:00:00Z', '2026-03-29T10:30:00Z', 'en').startDate).toBe('Sunday, 29 March 2026')
  })
})

const event = (id: string, startsAt: string, endsAt: string): EventSummary => ({
  id,
  title: id,
  type: 'lecture',
  state: 'published',
  startsAt,
  endsAt,
  online: false,
  locationName: 'Jaarbeurs',
  province: 'Utrecht',
  organiser: { id: 'o', name: 'Divosa' },
  capacity: 10,
  placesLeft: 0,
  signUpDeadline: startsAt,
  signUpOpen: true,
  accreditation: null,
})
const signUp = (id: string, state: SignUpState, e: EventSummary, offerExpiresAt: string | null = null): MySignUp => ({
  id,
  state,
  position: state === 'waiting' ? 2 : null,
  signedUpAt: '2026-05-01T10:00:00Z',
  offerExpiresAt,
  onlineUrl: null,
  checkedInAt: null,
  event: e,
})

describe("one's sign-ups", () => {
  const june = event('june', '2026-06-01T08:00:00Z', '2026-06-01T10:00:00Z')
  const july = event('july', '2026-07-01T08:00:00Z', '2026-07-01T10:00:00Z')
  const april = event('april', '2026-04-01T08:00:00Z', '2026-04-01T10:00:00Z')
  const march = event('march', '2026-03-01T08:00:00Z', '2026-03-01T10:00:00Z')
  const items = [
    signUp('a', 'confirmed', july),
    signUp('b', 'confirmed', june),
    signUp('c', 'waiting', july),
    signUp('d', 'offered', june, '2026-05-12T10:00:00Z'),
    signUp('e', 'offered', july, '2026-05-11T10:00:00Z'),
    signUp('f', 'cancelled', june),
    signUp('g', 'confirmed', march),
    signUp('h', 'expired', april),
  ]

  it('groups them: offers by deadline, places and the waiting list by date, events that are over latest first', () => {
    const groups = groupSignUps(items, NOW)
    const ids = (list: MySignUp[]) => list.map((s) => s.id)
    expect(ids(groups.offered)).toEqual(['e', 'd'])
    expect(ids(groups.confirmed)).toEqual(['b', 'a'])
    expect(ids(groups.waiting)).toEqual(['c'])
    expect(ids(groups.ended)).toEqual(['f'])
    expect(ids(groups.past)).toEqual(['h', 'g'])
  })

  it("finds one's running sign-up for an event, never a cancelled one", () => {
    expect(activeSignUpFor(items, 'june')?.id).toBe('b')
    expect(activeSignUpFor([signUp('f', 'cancelled', june)], 'june')).toBeNull()
  })
})
