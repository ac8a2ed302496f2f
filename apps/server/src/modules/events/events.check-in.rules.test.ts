import { describe, expect, it } from 'vitest'
import {
  correctionEndsAt,
  hasEnded,
  inKeywordWindow,
  keywordMatches,
  keywordWindow,
  newKeyword,
  organiserPhase,
} from './events.check-in.rules.ts'

const event = { startsAt: new Date('2027-03-28T08:00:00Z'), endsAt: new Date('2027-03-28T10:30:00Z') }
const at = (iso: string) => new Date(iso)
const ms = (d: Date, n: number) => new Date(d.getTime() + n)

describe('the keyword window: 15 minutes before the start to 15 minutes after the end', () => {
  const { opensAt, closesAt } = keywordWindow(event)
  it.each([
    [ms(opensAt, -1), false],
    [opensAt, true],
    [event.startsAt, true],
    [event.endsAt, true],
    [closesAt, true],
    [ms(closesAt, 1), false],
  ])('at %s: %s', (now, open) => {
    expect(inKeywordWindow(event, now)).toBe(open)
  })
  it('opens at 07:45 and closes at 10:45 UTC', () => {
    expect(opensAt.toISOString()).toBe('2027-03-28T07:45:00.000Z')
    expect(closesAt.toISOString()).toBe('2027-03-28T10:45:00.000Z')
  })
})

describe('what the organiser may do when', () => {
  it.each([
    ['2027-03-28T05:59:59.999Z', 'too-early'],
    ['2027-03-28T06:00:00.000Z', 'live'],
    ['2027-03-28T10:45:00.000Z', 'live'],
    ['2027-03-28T10:45:00.001Z', 'correction'],
    ['2027-04-27T10:45:00.000Z', 'correction'],
    ['2027-04-27T10:45:00.001Z', 'closed'],
  ])('at %s: %s', (now, phase) => {
    expect(organiserPhase(event, at(now))).toBe(phase)
  })
  it('the correction period ends 30 days after the end plus 15 minutes', () => {
    expect(correctionEndsAt(event).toISOString()).toBe('2027-04-27T10:45:00.000Z')
  })
  it('an event has ended (no-shows count) only after its end', () => {
    expect(hasEnded(event, event.endsAt)).toBe(false)
    expect(hasEnded(event, ms(event.endsAt, 1))).toBe(true)
  })
})

describe('keywords', () => {
  it('compare without minding capitals and extra spaces, but every letter counts', () => {
    expect(keywordMatches('Molen Tulp', '  molen   TULP ')).toBe(true)
    expect(keywordMatches('Molen Tulp', 'molentulp')).toBe(false)
    expect(keywordMatches('Molen Tulp', 'molen tul')).toBe(false)
  })
  it('made ones are two Dutch words and a number', () => {
    expect(newKeyword()).toMatch(/^[a-z]+-[a-z]+-\d{2}$/)
  })
})
