// Dutch wall-clock time ↔ UTC, by the EU rule for Europe/Amsterdam (pure, no time-zone database): summer time
// (CEST, UTC+2) from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, otherwise CET (UTC+1).

const HOUR = 3_600_000
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

/** The day of the month of the last Sunday of `month` (1–12). */
export function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0))
  return last.getUTCDate() - last.getUTCDay()
}

/** UTC offset in hours of Dutch time at this moment: 2 in summer time, 1 otherwise. */
export function amsterdamOffsetHours(moment: Date): 1 | 2 {
  const year = moment.getUTCFullYear()
  const start = Date.UTC(year, 2, lastSunday(year, 3), 1)
  const end = Date.UTC(year, 9, lastSunday(year, 10), 1)
  const t = moment.getTime()
  return t >= start && t < end ? 2 : 1
}

export type WallClockResult =
  | { ok: true; moment: Date; ambiguous: boolean }
  | { ok: false; reason: 'format' | 'nonexistent' }

/**
 * `2027-03-28T10:00` (Dutch time) → the moment. A time in the hour skipped when summer time starts (02:00–02:59 on the
 * last Sunday of March) does not exist; a time in the hour that occurs twice in October is taken the first time
 * (still summer time) and reported as ambiguous.
 */
export function wallClockToMoment(local: string): WallClockResult {
  const m = WALL_CLOCK.exec(local)
  if (!m) return { ok: false, reason: 'format' }
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number]
  const naive = Date.UTC(y, mo - 1, d, h, mi)
  const check = new Date(naive)
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59)
    return { ok: false, reason: 'format' }
  const candidates = [2, 1]
    .map((offset) => new Date(naive - offset * HOUR))
    .filter((moment) => amsterdamOffsetHours(moment) * HOUR === naive - moment.getTime())
  if (candidates.length === 0) return { ok: false, reason: 'nonexistent' }
  return { ok: true, moment: candidates[0]!, ambiguous: candidates.length > 1 }
}

/** The moment as Dutch wall-clock time, `2027-03-28T10:00`. */
export function momentToWallClock(moment: Date): string {
  const shifted = new Date(moment.getTime() + amsterdamOffsetHours(moment) * HOUR)
  return shifted.toISOString().slice(0, 16)
}

/** The Dutch calendar day (`2027-03-28`) of a moment. */
export const dutchDay = (moment: Date) => momentToWallClock(moment).slice(0, 10)

/** The first moment of a Dutch calendar day (midnight is never in a DST gap in the Netherlands). */
export function startOfDutchDay(day: string): Date {
  const result = wallClockToMoment(`${day}T00:00`)
  if (!result.ok) throw new Error(`not a day: ${day}`)
  return result.moment
}

/** The next calendar day of `2027-03-28` (pure date arithmetic). */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10)
}

/** The days of a month `2027-03`, and the moments it starts and ends (the next month's first moment) in Dutch time. */
export function monthRange(month: string): { days: string[]; from: Date; to: Date } {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const count = new Date(Date.UTC(y, m, 0)).getUTCDate()
  const days = Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`)
  return { days, from: startOfDutchDay(days[0]!), to: startOfDutchDay(nextDay(days.at(-1)!)) }
}
