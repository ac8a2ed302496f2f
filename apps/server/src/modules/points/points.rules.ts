import { addMonths } from '../register/register.rules.ts'
import type { CategoryNorms, PointCategory } from './points.tables.ts'
import { POINT_CATEGORIES } from './points.tables.ts'

// Pure rules of the CPD norm: what counts in a cycle, what is required, what remains and where the pace leads.
// No database, no clock: every input is passed in. Points are handled in hundredths to stay exact.

export interface Norm {
  /** Points required in a whole cycle of the register's standard length. */
  totalPoints: number
  categories: CategoryNorms
  /** At most this many points count per activity; null for no cap. */
  capPerActivity: number | null
  /** Scale the norm to a cycle shorter than the standard one (entry mid-cycle, limited term). */
  proRata: boolean
}

/** One ledger entry as the rules see it: a booking (positive) or a reversal (negative). */
export interface LedgerLine {
  category: PointCategory
  points: number
  activityKey: string
  /** ISO date (yyyy-mm-dd). */
  activityDate: string
}

export interface CycleWindow {
  /** First day (ISO). */
  startDate: string
  /** Last day that counts (ISO, inclusive): the end, or the postponed end. */
  endDate: string
  /** The register's standard cycle length; a shorter cycle gets a pro-rata norm when the norm says so. */
  standardYears: number
}

export interface CategoryStanding {
  category: PointCategory
  /** Net points booked in this category within the cycle. */
  earned: number
  /** What counts after the cap per activity and the category maximum. */
  counted: number
  /** The minimum (pro rata); 0 when the category has none. */
  required: number
  /** The maximum that counts (pro rata); null for none. */
  maximum: number | null
  remaining: number
}

export interface Standing {
  categories: CategoryStanding[]
  earned: number
  counted: number
  required: number
  remaining: number
  /** 1 for a full cycle; less for a pro-rata norm. */
  factor: number
  meetsNorm: boolean
}

const cents = (points: number) => Math.round(points * 100)
const fromCents = (value: number) => value / 100

const DAY_MS = 86_400_000
export const toDay = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS)

/** Adds whole years to an ISO date (29 February becomes 28 February in a year without it). */
export const addYears = (iso: string, years: number) => addMonths(iso, years * 12)

/** Days in [start, end], both inclusive. */
const daysBetween = (startIso: string, endIso: string) => toDay(endIso) - toDay(startIso) + 1

/**
 * The share of the full norm that applies to a cycle: 1 for a cycle of the standard length or longer (a postponed
 * cycle keeps its norm), the cycle's share of the standard length for a shorter one when the norm is pro rata.
 */
export function proRataFactor(norm: Pick<Norm, 'proRata'>, cycle: CycleWindow): number {
  if (!norm.proRata) return 1
  const standard = daysBetween(cycle.startDate, addYears(cycle.startDate, cycle.standardYears)) - 1
  const actual = daysBetween(cycle.startDate, cycle.endDate)
  return Math.min(1, Math.max(0, actual / standard))
}

/** A pro-rata requirement is rounded up to whole points, so a part never asks less than its share. */
const scaleUp = (points: number, factor: number) => (factor === 1 ? cents(points) : Math.ceil(points * factor) * 100)

/**
 * The standing of one cycle: only entries dated inside the cycle count; per activity at most the cap; per
 * category at most its maximum; required the (pro-rata) minimum per category and the total.
 */
export function computeStanding(norm: Norm, cycle: CycleWindow, lines: readonly LedgerLine[]): Standing {
  const start = toDay(cycle.startDate)
  const end = toDay(cycle.endDate)
  const factor = proRataFactor(norm, cycle)

  // Net points per activity and category (a reversal cancels its booking; never below zero).
  const perActivity = new Map<string, Map<PointCategory, number>>()
  for (const line of lines) {
    const day = toDay(line.activityDate)
    if (day < start || day > end) continue
    const byCategory = perActivity.get(line.activityKey) ?? new Map<PointCategory, number>()
    byCategory.set(line.category, (byCategory.get(line.category) ?? 0) + cents(line.points))
    perActivity.set(line.activityKey, byCategory)
  }

  const earned = new Map<PointCategory, number>(POINT_CATEGORIES.map((c) => [c, 0]))
  const capped = new Map<PointCategory, number>(POINT_CATEGORIES.map((c) => [c, 0]))
  const cap = norm.capPerActivity === null ? Number.POSITIVE_INFINITY : cents(norm.capPerActivity)
  for (const byCategory of perActivity.values()) {
    let left = cap
    for (const category of POINT_CATEGORIES) {
      const net = Math.max(0, byCategory.get(category) ?? 0)
      earned.set(category, earned.get(category)! + net)
      const counts = Math.min(net, left)
      left -= counts
      capped.set(category, capped.get(category)! + counts)
    }
  }

  const categories = POINT_CATEGORIES.map((category): CategoryStanding => {
    const bounds = norm.categories[category]
    const required = bounds.min === null ? 0 : scaleUp(bounds.min, factor)
    const maximum = bounds.max === null ? null : scaleUp(bounds.max, factor)
    const counted = maximum === null ? capped.get(category)! : Math.min(capped.get(category)!, maximum)
    return {
      category,
      earned: fromCents(earned.get(category)!),
      counted: fromCents(counted),
      required: fromCents(required),
      maximum: maximum === null ? null : fromCents(maximum),
      remaining: fromCents(Math.max(0, required - counted)),
    }
  })
  const sum = (pick: (c: CategoryStanding) => number) => categories.reduce((total, c) => total + cents(pick(c)), 0)
  const counted = sum((c) => c.counted)
  const required = scaleUp(norm.totalPoints, factor)
  const remaining = Math.max(0, required - counted)
  return {
    categories,
    earned: fromCents(sum((c) => c.earned)),
    counted: fromCents(counted),
    required: fromCents(required),
    remaining: fromCents(remaining),
    factor,
    meetsNorm: remaining === 0 && categories.every((c) => c.remaining === 0),
  }
}

export interface ForecastLine {
  /** A category, or `total`. */
  category: PointCategory | 'total'
  /** Points expected at the cycle end at the pace so far. */
  projected: number
  /** Points short at the end at this pace (0 when on track). */
  shortfall: number
}

export interface Forecast {
  /** The cycle's last day, the date the projection is for. */
  endDate: string
  lines: ForecastLine[]
  onTrack: boolean
}

/**
 * Where the current pace leads: points counted per day so far, carried on to the cycle end; a category's
 * projection never exceeds its maximum. Before the cycle starts (or on its first day) the pace is zero.
 */
export function forecastStanding(standing: Standing, cycle: CycleWindow, today: string): Forecast {
  const start = toDay(cycle.startDate)
  const end = toDay(cycle.endDate)
  const now = Math.min(Math.max(toDay(today), start), end + 1)
  const elapsed = now - start
  const total = end - start + 1
  const project = (counted: number) => (elapsed <= 0 || elapsed >= total ? counted : (counted * total) / elapsed)
  const projections = standing.categories.map((c) =>
    Math.min(project(c.counted), c.maximum ?? Number.POSITIVE_INFINITY),
  )
  const lines: ForecastLine[] = standing.categories.map((c, i) => ({
    category: c.category,
    projected: round1(projections[i]!),
    shortfall: round1(Math.max(0, c.required - projections[i]!)),
  }))
  // The total from the unrounded projections: rounding each category first could show a shortfall of 0.1 for a
  // norm that is met (found by the property test in points.rules.test.ts).
  const projectedTotal = projections.reduce((sum, p) => sum + p, 0)
  lines.push({
    category: 'total',
    projected: round1(projectedTotal),
    shortfall: round1(Math.max(0, standing.required - projectedTotal)),
  })
  return { endDate: cycle.endDate, lines, onTrack: lines.every((l) => l.shortfall === 0) }
}

const round1 = (value: number) => Math.round(value * 10) / 10

export interface ShiftOption {
  shiftYears: number
  /** The shifted cycle. */
  startDate: string
  endDate: string
  /** Points that lapse: counted now, dated before the shifted start. */
  lapsing: number
  standing: Standing
}

/**
 * A limited-term re-registration shifts the cycle by whole years: the same length, starting later, so points dated
 * before the new start lapse. One option per shift of 1 … standardYears − 1 years, for the simulation shown before
 * the professional chooses.
 */
export function simulateShifts(norm: Norm, cycle: CycleWindow, lines: readonly LedgerLine[]): ShiftOption[] {
  const now = computeStanding(norm, cycle, lines)
  const options: ShiftOption[] = []
  for (let shiftYears = 1; shiftYears < cycle.standardYears; shiftYears++) {
    const shifted: CycleWindow = {
      ...cycle,
      startDate: addYears(cycle.startDate, shiftYears),
      endDate: addYears(cycle.endDate, shiftYears),
    }
    const standing = computeStanding(norm, shifted, lines)
    options.push({
      shiftYears,
      startDate: shifted.startDate,
      endDate: shifted.endDate,
      lapsing: fromCents(Math.max(0, cents(now.counted) - cents(keptFromBefore(norm, cycle, shifted, lines)))),
      standing,
    })
  }
  return options
}

/** Points of the current cycle that remain inside the shifted one (dated on or after its start). */
function keptFromBefore(norm: Norm, cycle: CycleWindow, shifted: CycleWindow, lines: readonly LedgerLine[]) {
  const overlap: CycleWindow = { ...cycle, startDate: shifted.startDate }
  return computeStanding({ ...norm, proRata: false }, overlap, lines).counted
}
