import { createHash, randomInt, timingSafeEqual } from 'node:crypto'

// When check-in is possible, and the keyword of an online session. Pure functions of the event's times and "now".

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

/** Participants enter the keyword from 15 minutes before the start until 15 minutes after the end. */
export const KEYWORD_MARGIN_MINUTES = 15
/** The organiser checks people in at the door from 2 hours before the start (doors open). */
export const DOORS_OPEN_MINUTES = 120
/** After the event (end + 15 minutes) the organiser can still correct for 30 days, with a reason. */
export const CORRECTION_DAYS = 30

interface Times {
  startsAt: Date
  endsAt: Date
}

/** The window for the keyword: start − 15 min … end + 15 min, both ends included. */
export function keywordWindow(e: Times) {
  return {
    opensAt: new Date(e.startsAt.getTime() - KEYWORD_MARGIN_MINUTES * MINUTE),
    closesAt: new Date(e.endsAt.getTime() + KEYWORD_MARGIN_MINUTES * MINUTE),
  }
}

export function inKeywordWindow(e: Times, now: Date): boolean {
  const { opensAt, closesAt } = keywordWindow(e)
  return opensAt.getTime() <= now.getTime() && now.getTime() <= closesAt.getTime()
}

/**
 * What the organiser may do now: `too-early` before the doors open, `live` until 15 minutes after the end,
 * `correction` (late check-in or undo, with a reason) for 30 days after that, then `closed`.
 */
export function organiserPhase(e: Times, now: Date): 'too-early' | 'live' | 'correction' | 'closed' {
  const t = now.getTime()
  if (t < e.startsAt.getTime() - DOORS_OPEN_MINUTES * MINUTE) return 'too-early'
  const liveUntil = e.endsAt.getTime() + KEYWORD_MARGIN_MINUTES * MINUTE
  if (t <= liveUntil) return 'live'
  if (t <= liveUntil + CORRECTION_DAYS * DAY) return 'correction'
  return 'closed'
}

/** The last moment of the correction period. */
export const correctionEndsAt = (e: Times) =>
  new Date(e.endsAt.getTime() + KEYWORD_MARGIN_MINUTES * MINUTE + CORRECTION_DAYS * DAY)

/** A confirmed sign-up without a check-in once the event has ended is a no-show (computed, decision 014). */
export const hasEnded = (e: Times, now: Date) => now.getTime() > e.endsAt.getTime()

/** How keywords compare: capitals and extra spaces do not matter. */
export const normalizeKeyword = (keyword: string) => keyword.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl')

/** Compares in constant time (over the hashes), so the answer time says nothing about the keyword. */
export function keywordMatches(expected: string, given: string): boolean {
  const digest = (value: string) => createHash('sha256').update(normalizeKeyword(value)).digest()
  return timingSafeEqual(digest(expected), digest(given))
}

/** Easy Dutch words to say aloud in a session; two of them and a number make a keyword that is hard to guess. */
const WORDS = [
  'appel',
  'beurs',
  'boom',
  'brug',
  'dijk',
  'duin',
  'fiets',
  'gracht',
  'haven',
  'hooi',
  'kaas',
  'klomp',
  'kust',
  'molen',
  'polder',
  'regen',
  'schaats',
  'sluis',
  'storm',
  'tulp',
  'veen',
  'vlag',
  'wind',
  'zand',
]

export function newKeyword(): string {
  const word = () => WORDS[randomInt(WORDS.length)]!
  return `${word()}-${word()}-${randomInt(10, 100)}`
}
