import { describe, expect, it } from 'vitest'
import {
  attendanceText,
  fromWallClock,
  linesOf,
  parseCapacity,
  ticketTokenFrom,
  toWallClock,
} from './organiser-events.rules.ts'

describe('Dutch date and time fields → the API wall-clock value', () => {
  it.each([
    ['28-3-2027', '10:00', '2027-03-28T10:00'],
    ['28-03-2027', '9.30', '2027-03-28T09:30'],
    ['2027-03-28', '23:59', '2027-03-28T23:59'],
    [' 1/12/2026 ', ' 00:00 ', '2026-12-01T00:00'],
  ])('%s %s → %s', (date, time, expected) => expect(toWallClock(date, time)).toBe(expected))

  it.each([
    ['31-02-2027', '10:00'],
    ['28-13-2027', '10:00'],
    ['28-03-2027', '24:00'],
    ['28-03-2027', '10:60'],
    ['28 maart 2027', '10:00'],
    ['', '10:00'],
    ['28-03-2027', ''],
  ])('%s %s is not a date and time: empty, so the API names the field', (date, time) =>
    expect(toWallClock(date, time)).toBe(''),
  )

  it('a stored value comes back as the Dutch fields', () => {
    expect(fromWallClock('2027-03-28T10:00')).toEqual({ date: '28-03-2027', time: '10:00' })
    expect(fromWallClock(toWallClock(fromWallClock('2026-12-03T09:05').date, '09:05'))).toEqual({
      date: '03-12-2026',
      time: '09:05',
    })
    expect(fromWallClock('')).toEqual({ date: '', time: '' })
  })
})

describe('lists and numbers', () => {
  it('one entry per line without empty lines', () => expect(linesOf(' a \n\n b\n')).toEqual(['a', 'b']))
  it('capacity is a whole number, otherwise 0', () => {
    expect(parseCapacity(' 25 ')).toBe(25)
    expect(parseCapacity('2,5')).toBe(0)
    expect(parseCapacity('')).toBe(0)
  })
})

describe('the ticket token from a scanned QR code', () => {
  const token = 't1.eyJzIjoiYSJ9.abc_DEF-123'
  it('takes the token from the ticket URL', () =>
    expect(ticketTokenFrom(`https://vakregister.example/agenda/ticket?ticket=${token}`)).toBe(token))
  it('accepts the bare token', () => expect(ticketTokenFrom(`  ${token}\n`)).toBe(token))
  it('refuses another QR code', () => {
    expect(ticketTokenFrom('https://example.org/?ticket=abc')).toBeNull()
    expect(ticketTokenFrom(`https://example.org/other?ticket=${token}`)).toBeNull()
    expect(ticketTokenFrom('hello')).toBeNull()
  })
})

describe('the attendance of a sign-up', () => {
  const noShow = 'Niet gekomen'
  it('a check-in shows its date and time in Dutch time', () => {
    // 08:05 UTC on 28 March 2027 is 10:05 in the Netherlands (summer time began that night)
    const text = attendanceText({ checkedInAt: '2027-03-28T08:05:00.000Z', noShow: false }, 'nl', noShow)
    expect(text).toContain('28')
    expect(text).toContain('2027')
    expect(text).toContain('10:05')
  })
  it('a place without a check-in after the end is a no-show', () =>
    expect(attendanceText({ checkedInAt: null, noShow: true }, 'nl', noShow)).toBe('Niet gekomen'))
  it('before the end, without a check-in, there is nothing to say', () =>
    expect(attendanceText({ checkedInAt: null, noShow: false }, 'nl', noShow)).toBe(''))
})
