import { describe, expect, it } from 'vitest'
import { amsterdamOffsetHours, lastSunday, momentToWallClock, monthRange, wallClockToMoment } from './events.time.ts'

const at = (local: string) => {
  const result = wallClockToMoment(local)
  if (!result.ok) throw new Error(`${local}: ${result.reason}`)
  return result
}

describe('Dutch wall-clock time', () => {
  it('finds the last Sunday of March and October', () => {
    expect(lastSunday(2027, 3)).toBe(28)
    expect(lastSunday(2027, 10)).toBe(31)
    expect(lastSunday(2026, 3)).toBe(29)
    expect(lastSunday(2026, 10)).toBe(25)
  })

  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(at('2027-01-15T10:00').moment.toISOString()).toBe('2027-01-15T09:00:00.000Z')
    expect(at('2027-07-15T10:00').moment.toISOString()).toBe('2027-07-15T08:00:00.000Z')
  })

  it('moves to summer time on the last Sunday of March: 02:00–02:59 does not exist', () => {
    expect(at('2027-03-28T01:59').moment.toISOString()).toBe('2027-03-28T00:59:00.000Z')
    expect(wallClockToMoment('2027-03-28T02:00')).toEqual({ ok: false, reason: 'nonexistent' })
    expect(wallClockToMoment('2027-03-28T02:30')).toEqual({ ok: false, reason: 'nonexistent' })
    expect(at('2027-03-28T03:00').moment.toISOString()).toBe('2027-03-28T01:00:00.000Z')
    // the Saturday before and the Sunday a week earlier are still winter time
    expect(at('2027-03-27T10:00').moment.toISOString()).toBe('2027-03-27T09:00:00.000Z')
    expect(at('2027-03-21T02:30').moment.toISOString()).toBe('2027-03-21T01:30:00.000Z')
  })

  it('moves to winter time on the last Sunday of October: 02:00–02:59 happens twice, the first one counts', () => {
    const first = at('2027-10-31T02:30')
    expect(first.moment.toISOString()).toBe('2027-10-31T00:30:00.000Z')
    expect(first.ambiguous).toBe(true)
    expect(at('2027-10-31T01:59').moment.toISOString()).toBe('2027-10-30T23:59:00.000Z')
    expect(at('2027-10-31T03:00').moment.toISOString()).toBe('2027-10-31T02:00:00.000Z')
    expect(at('2027-10-31T03:00').ambiguous).toBe(false)
  })

  it('an event over the change in October lasts an hour longer on the clock', () => {
    const start = at('2027-10-30T22:00').moment
    const end = at('2027-10-31T06:00').moment
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(9)
  })

  it('refuses what is not a date and time', () => {
    for (const bad of ['2027-02-29T10:00', '2027-13-01T10:00', '2027-01-01T24:00', '2027-01-01 10:00', '10:00'])
      expect(wallClockToMoment(bad)).toEqual({ ok: false, reason: 'format' })
  })

  it('agrees with the time-zone database every 30 minutes around both changes, 2025–2030', () => {
    const intl = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
    for (let year = 2025; year <= 2030; year++) {
      for (const month of [3, 10]) {
        const base = Date.UTC(year, month - 1, lastSunday(year, month)) - 86_400_000
        for (let t = base; t < base + 3 * 86_400_000; t += 1_800_000) {
          const moment = new Date(t)
          const expected = intl.format(moment).replace(' ', 'T')
          expect(momentToWallClock(moment)).toBe(expected)
          const back = wallClockToMoment(expected)
          expect(back.ok).toBe(true)
          // an ambiguous time maps to its first occurrence
          if (back.ok && !back.ambiguous) expect(back.moment.getTime()).toBe(t)
          expect(amsterdamOffsetHours(moment)).toBe(
            month === 3
              ? t >= Date.UTC(year, 2, lastSunday(year, 3), 1)
                ? 2
                : 1
              : t >= Date.UTC(year, 9, lastSunday(year, 10), 1)
                ? 1
                : 2,
          )
        }
      }
    }
  })

  it('gives a month its days and Dutch boundaries', () => {
    const march = monthRange('2027-03')
    expect(march.days).toHaveLength(31)
    expect(march.from.toISOString()).toBe('2027-02-28T23:00:00.000Z')
    expect(march.to.toISOString()).toBe('2027-03-31T22:00:00.000Z')
    expect(monthRange('2028-02').days).toHaveLength(29)
  })
})
