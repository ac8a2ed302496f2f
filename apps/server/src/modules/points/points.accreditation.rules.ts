import { badRequest, type FieldError } from '../../platform/http/errors.ts'
import { type Locale, message } from '../../platform/http/messages.ts'
import { addDays } from '../register/register.rules.ts'
import { type AccreditationMessageKey, accreditationMessage } from './points.accreditation.messages.ts'
import type { ActivityFormat } from './points.accreditation.tables.ts'
import { addYears } from './points.rules.ts'
import type { PointCategory } from './points.tables.ts'

// Pure rules of accreditation: what a request must hold, public IDs, validity, the objection period, runs.

export const MAX_HOURS = 1000
/** From this many net hours an activity needs a final test (as does every e-learning). */
export const FINAL_TEST_HOURS = 18
export const OBJECTION_DAYS = 42
export const VALIDITY_YEARS = [1, 3] as const
/** How long a fast-track accreditation (accredited provider) is valid. */
export const FAST_TRACK_YEARS = 1

/** `A-2026-00042`. */
export const formatActivityId = (year: number, n: number) => `A-${year}-${String(n).padStart(5, '0')}`

/** The last day of a validity of `years` starting on `validFrom` (inclusive). */
export const validUntilOf = (validFrom: string, years: number) => addDays(addYears(validFrom, years), -1)

/** The moment the objection period of a decision ends: 6 weeks after it. */
export const objectionDeadline = (decidedAt: Date) => new Date(decidedAt.getTime() + OBJECTION_DAYS * 86_400_000)

export { dateInNetherlands } from '../../platform/dates.ts'

/** "2026-03-01" → "1 maart 2026" (or "1 March 2026"). */
export const displayDate = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  )

export const hasAtMostTwoDecimals = (value: number) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6

export const needsFinalTest = (format: ActivityFormat, netHours: number) =>
  format === 'e-learning' || netHours >= FINAL_TEST_HOURS

/** Collects invalid fields and throws them all at once as one 400 (Dutch or English). */
export class FieldCheck {
  readonly errors: FieldError[] = []
  readonly locale: Locale

  constructor(locale: Locale) {
    this.locale = locale
  }

  add(name: string, code: string, key: AccreditationMessageKey, params: Record<string, string | number> = {}) {
    this.errors.push({ in: 'body', name, code, reason: accreditationMessage(this.locale, key, params) })
  }

  /** Trimmed text; an error when it is required and empty. */
  text(name: string, value: string | undefined, key: AccreditationMessageKey | null) {
    const trimmed = (value ?? '').trim()
    if (key && trimmed === '') this.add(name, 'required', key)
    return trimmed
  }

  /** Trimmed, non-empty, distinct entries; an error when none is left. */
  list(name: string, values: string[] | undefined, key: AccreditationMessageKey) {
    const cleaned = [...new Set((values ?? []).map((v) => v.trim()).filter(Boolean))]
    if (cleaned.length === 0) this.add(name, 'minItems', key)
    return cleaned
  }

  /** Hours or points: more than 0, at most MAX_HOURS, at most 2 decimals. */
  amount(name: string, value: number | null | undefined, kind: 'netHours' | 'points') {
    if (value === undefined || value === null || !Number.isFinite(value) || value <= 0) {
      this.add(name, 'minimum', kind === 'netHours' ? 'netHoursRequired' : 'pointsRequired')
    } else if (value > MAX_HOURS) {
      this.add(name, 'maximum', kind === 'netHours' ? 'netHoursMaximum' : 'pointsMaximum', { max: MAX_HOURS })
    } else if (!hasAtMostTwoDecimals(value)) {
      this.add(name, 'multipleOf', 'netHoursDecimals')
    }
    return Math.round((value ?? 0) * 100) / 100
  }

  throwIfAny() {
    if (this.errors.length) throw badRequest(message(this.locale, 'invalid-input'), this.errors)
  }
}

export interface SubmissionInput {
  title?: string
  description?: string
  learningGoals?: string
  format: ActivityFormat
  netHours?: number | null
  targetProfessions?: string[]
  requestedCategory: PointCategory
  teachers?: string[]
  finalTest?: string
}

/** Checks a request for accreditation; every invalid field at once. Returns the cleaned values. */
export function checkSubmission(input: SubmissionInput, locale: Locale) {
  const check = new FieldCheck(locale)
  const title = check.text('title', input.title, 'titleRequired')
  const description = check.text('description', input.description, 'descriptionRequired')
  const learningGoals = check.text('learningGoals', input.learningGoals, 'learningGoalsRequired')
  const netHours = check.amount('netHours', input.netHours, 'netHours')
  const targetProfessions = check.list('targetProfessions', input.targetProfessions, 'targetProfessionsRequired')
  const teachers = check.list('teachers', input.teachers, 'teachersRequired')
  const finalTest = check.text(
    'finalTest',
    input.finalTest,
    needsFinalTest(input.format, input.netHours ?? 0) ? 'finalTestRequired' : null,
  )
  check.throwIfAny()
  return {
    title,
    description,
    learningGoals,
    format: input.format,
    netHours,
    targetProfessions,
    requestedCategory: input.requestedCategory,
    teachers,
    finalTest,
  }
}

export interface RunInput {
  startsOn: string
  endsOn: string
  location?: string
  online: boolean
}

/** Checks a run: dates in order and within the validity, a place or online. */
export function checkRun(input: RunInput, validity: { validFrom: string; validUntil: string }, locale: Locale) {
  const check = new FieldCheck(locale)
  const location = (input.location ?? '').trim()
  if (input.endsOn < input.startsOn) check.add('endsOn', 'minimum', 'runDates')
  const outside = { from: displayDate(locale, validity.validFrom), until: displayDate(locale, validity.validUntil) }
  if (input.startsOn < validity.validFrom || input.startsOn > validity.validUntil)
    check.add('startsOn', 'range', 'runOutsideValidity', outside)
  if (input.endsOn > validity.validUntil || (input.endsOn < validity.validFrom && input.endsOn >= input.startsOn))
    check.add('endsOn', 'range', 'runOutsideValidity', outside)
  if (!input.online && location === '') check.add('location', 'required', 'runPlace')
  check.throwIfAny()
  return { startsOn: input.startsOn, endsOn: input.endsOn, location, online: input.online }
}
