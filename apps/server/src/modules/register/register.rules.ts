// Pure rules of the register: the status state machine, registration numbers, cycles, reminders, name search.
import type { RegistrationStatus } from './register.tables.ts'

export type StatusActionType =
  | 'approve'
  | 'reject'
  | 'reapply'
  | 'suspend'
  | 'lift-suspension'
  | 'lapse'
  | 'remove'
  | 're-enter'

/** A removal carries who asked for it and who confirmed it (four eyes); other actions need no confirmer. */
export type StatusAction =
  | { type: Exclude<StatusActionType, 'remove'> }
  | { type: 'remove'; requestedBy: string; confirmedBy?: string | null }

export type TransitionErrorCode = 'transition-not-allowed' | 'confirmation-required' | 'confirmer-is-requester'

/** A refused transition; the service turns it into a 409 with a Dutch message (register.messages.ts). */
export class StatusTransitionError extends Error {
  readonly code: TransitionErrorCode
  readonly from: RegistrationStatus
  readonly action: StatusActionType

  constructor(code: TransitionErrorCode, from: RegistrationStatus, action: StatusActionType) {
    super(`${code}: ${action} from ${from}`)
    this.name = 'StatusTransitionError'
    this.code = code
    this.from = from
    this.action = action
  }
}

/** Which statuses each action may start from, and where it leads. */
export const TRANSITIONS: Record<StatusActionType, { from: readonly RegistrationStatus[]; to: RegistrationStatus }> = {
  approve: { from: ['candidate'], to: 'registered' },
  reject: { from: ['candidate'], to: 'rejected' },
  reapply: { from: ['rejected'], to: 'candidate' },
  suspend: { from: ['registered'], to: 'suspended' },
  'lift-suspension': { from: ['suspended'], to: 'registered' },
  lapse: { from: ['registered'], to: 'lapsed' },
  remove: { from: ['registered', 'suspended', 'lapsed'], to: 'removed' },
  're-enter': { from: ['lapsed', 'removed'], to: 'candidate' },
}

/** The status after `action`, or a StatusTransitionError when the action is not allowed now. */
export function nextStatus(current: RegistrationStatus, action: StatusAction): RegistrationStatus {
  const rule = TRANSITIONS[action.type]
  if (!rule.from.includes(current)) throw new StatusTransitionError('transition-not-allowed', current, action.type)
  if (action.type === 'remove') {
    if (!action.confirmedBy) throw new StatusTransitionError('confirmation-required', current, action.type)
    if (action.confirmedBy === action.requestedBy)
      throw new StatusTransitionError('confirmer-is-requester', current, action.type)
  }
  return rule.to
}

/** The parts of a registration the state machine looks after. */
export interface RegistrationState {
  status: RegistrationStatus
  hasNumber: boolean
  reEntry: boolean
}

export const INITIAL_STATE: RegistrationState = { status: 'candidate', hasNumber: false, reEntry: false }

/**
 * Applies an action to the whole state: the number is assigned on the first approval only (and kept for good);
 * re-entry marks the registration until the next lapse or removal.
 */
export function applyStatusAction(
  state: RegistrationState,
  action: StatusAction,
): RegistrationState & { assignNumber: boolean } {
  const status = nextStatus(state.status, action)
  const assignNumber = action.type === 'approve' && !state.hasNumber
  const reEntry =
    action.type === 're-enter' ? true : status === 'lapsed' || status === 'removed' ? false : state.reEntry
  return { status, hasNumber: state.hasNumber || assignNumber, reEntry, assignNumber }
}

export const MAX_REGISTRATION_NUMBER = 999_999

/** `formatRegistrationNumber('KM', 123)` → `KM-000123`. */
export function formatRegistrationNumber(prefix: string, n: number): string {
  if (!/^[A-Z]{1,5}$/.test(prefix)) throw new RangeError(`invalid register prefix: ${prefix}`)
  if (!Number.isInteger(n) || n < 1 || n > MAX_REGISTRATION_NUMBER)
    throw new RangeError(`registration number out of range: ${n}`)
  return `${prefix}-${String(n).padStart(6, '0')}`
}

export const REGISTRATION_NUMBER_PATTERN = /^[A-Z]{1,5}-\d{6}$/

// --- Dates (ISO `YYYY-MM-DD`, calendar days, no time zones) ---

const parseDate = (iso: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) throw new RangeError(`not a date: ${iso}`)
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  if (date.toISOString().slice(0, 10) !== iso) throw new RangeError(`not a date: ${iso}`)
  return date
}
const formatDate = (date: Date) => date.toISOString().slice(0, 10)

export function addDays(iso: string, days: number): string {
  const date = parseDate(iso)
  date.setUTCDate(date.getUTCDate() + days)
  return formatDate(date)
}

/** Adds (or with a negative number subtracts) months; the 31st becomes the last day of a shorter month. */
export function addMonths(iso: string, months: number): string {
  const date = parseDate(iso)
  const day = date.getUTCDate()
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(day, lastDay))
  return formatDate(target)
}

/** The first cycle: from the start date through the day before the same date `years` later. */
export function firstCycle(startDate: string, years: number): { startDate: string; endDate: string } {
  if (!Number.isInteger(years) || years < 1 || years > 20) throw new RangeError(`invalid cycle length: ${years}`)
  return { startDate: formatDate(parseDate(startDate)), endDate: addDays(addMonths(startDate, years * 12), -1) }
}

export type ReminderKind = 'six-months' | 'three-months' | 'twelve-weeks'

/** When to remind of a cycle end: 6 months, 3 months and 12 weeks before, earliest first. */
export function reminderDates(cycleEnd: string): { kind: ReminderKind; date: string }[] {
  return [
    { kind: 'six-months', date: addMonths(cycleEnd, -6) },
    { kind: 'three-months', date: addMonths(cycleEnd, -3) },
    { kind: 'twelve-weeks', date: addDays(cycleEnd, -84) },
  ]
}

// --- Name search ---

/** Dutch (and a few Belgian/French) tussenvoegsel words; ignored for search. */
export const INFIX_WORDS = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  't',
  'te',
  'ten',
  'ter',
  'in',
  'op',
  'aan',
  'bij',
  'uit',
  'onder',
  'voor',
  'over',
  'tot',
  'vd',
  'la',
  'le',
  'du',
  'des',
  'di',
  'da',
  'dos',
  'l',
  'd',
])

/** Letters that NFD does not split into base letter + accent. */
const SPECIAL_LETTERS: Record<string, string> = { ı: 'i', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd' }

/**
 * The search key of a surname with its tussenvoegsel: lower case, accents removed, punctuation as spaces,
 * and the tussenvoegsels at the start of each part of a double name dropped ("Smit-de Jong" → "smit jong").
 * The last word of a part is always kept, so a surname that is itself such a word ("Van") still matches.
 */
export function normalizeSurname(surnameWithInfix: string): string {
  const plain = surnameWithInfix
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıßøæœłđð]/g, (c) => SPECIAL_LETTERS[c] ?? c)
  const parts = plain.split(/[-‐–]/)
  const kept = parts.map((part) => {
    const words = part.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
    let first = 0
    while (first < words.length - 1 && INFIX_WORDS.has(words[first]!)) first++
    return words.slice(first).join(' ')
  })
  return kept.filter(Boolean).join(' ')
}

// --- Public measures ---

const MEASURE_STATUSES: readonly RegistrationStatus[] = ['suspended', 'removed']

/** A suspension or removal is shown publicly from its effective date through its `publicUntil` day. */
export function publicMeasureVisible(
  change: { toStatus: RegistrationStatus; effectiveDate: string; publicUntil: string | null },
  today: string,
): boolean {
  if (!MEASURE_STATUSES.includes(change.toStatus) || change.publicUntil === null) return false
  return change.effectiveDate <= today && today <= change.publicUntil
}
