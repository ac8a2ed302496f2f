import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, firstCycle } from '../register/register.rules.ts'
import {
  addYears,
  type CycleWindow,
  computeStanding,
  forecastStanding,
  type LedgerLine,
  type Norm,
  proRataFactor,
  simulateShifts,
} from './points.rules.ts'
import { POINT_CATEGORIES, type PointCategory } from './points.tables.ts'

// Property tests (fast-check) and examples of the pure norm rules.

const RUNS = { numRuns: 300 }

// ------------------------------------------------------------------ generators

/** Points with at most two decimals, as the ledger stores them. */
const pointsArb = (minCents: number, maxCents: number) =>
  fc.integer({ min: minCents, max: maxCents }).map((c) => c / 100)

const isoArb = fc
  .integer({ min: Date.UTC(2012, 0, 1) / 86_400_000, max: Date.UTC(2035, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10))

const normArb: fc.Arbitrary<Norm> = fc
  .record({
    total: fc.integer({ min: 1, max: 400 }),
    mins: fc.tuple(fc.option(fc.nat(150)), fc.option(fc.nat(150)), fc.option(fc.nat(150))),
    maxExtra: fc.tuple(fc.option(fc.nat(200)), fc.option(fc.nat(200)), fc.option(fc.nat(200))),
    cap: fc.option(pointsArb(1, 8000)),
    proRata: fc.boolean(),
  })
  .map(({ total, mins, maxExtra, cap, proRata }) => ({
    totalPoints: total,
    categories: Object.fromEntries(
      POINT_CATEGORIES.map((category, i) => [
        category,
        { min: mins[i] ?? null, max: maxExtra[i] === null ? null : (mins[i] ?? 0) + maxExtra[i]! },
      ]),
    ) as Norm['categories'],
    capPerActivity: cap,
    proRata,
  }))

/** A cycle of 1–6 standard years: full, cut short (entry mid-cycle) or postponed. */
const cycleArb: fc.Arbitrary<CycleWindow> = fc
  .record({ start: isoArb, years: fc.integer({ min: 1, max: 6 }), endShift: fc.integer({ min: -2000, max: 400 }) })
  .map(({ start, years, endShift }) => {
    const full = firstCycle(start, years).endDate
    const end = addDays(full, endShift)
    return { startDate: start, endDate: end < start ? start : end, standardYears: years }
  })

type Operation =
  | { kind: 'book'; activity: number; category: PointCategory; points: number; offset: number }
  | { kind: 'withdraw'; pick: number }

const operationArb: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('book' as const),
      activity: fc.nat(6),
      category: fc.constantFrom(...POINT_CATEGORIES),
      points: pointsArb(1, 6000),
      offset: fc.integer({ min: -300, max: 2600 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('withdraw' as const), pick: fc.nat() }) },
)

interface Booked extends LedgerLine {
  reversed: boolean
}

/** Plays the operations as the ledger does: a booking adds a line; a withdrawal adds the reversing line of one. */
function play(cycle: CycleWindow, operations: readonly Operation[]) {
  const lines: LedgerLine[] = []
  const bookings: Booked[] = []
  for (const op of operations) {
    if (op.kind === 'book') {
      const line: LedgerLine = {
        category: op.category,
        points: op.points,
        activityKey: `activity:${op.activity}`,
        activityDate: addDays(cycle.startDate, op.offset),
      }
      lines.push(line)
      bookings.push({ ...line, reversed: false })
    } else {
      const open = bookings.filter((b) => !b.reversed)
      if (open.length === 0) continue
      const booking = open[op.pick % open.length]!
      booking.reversed = true
      lines.push({ ...booking, points: -booking.points })
    }
  }
  const remaining: LedgerLine[] = bookings.filter((b) => !b.reversed).map(({ reversed: _r, ...line }) => line)
  return { lines, bookings, remaining }
}

const inside = (cycle: CycleWindow, date: string) => date >= cycle.startDate && date <= cycle.endDate
const cents = (value: number) => Math.round(value * 100)

// ------------------------------------------------------------------ properties

describe('the standing of a cycle (properties)', () => {
  it('no sequence of bookings and withdrawals makes a category negative; a withdrawal is as if never booked', () => {
    fc.assert(
      fc.property(normArb, cycleArb, fc.array(operationArb, { maxLength: 40 }), (norm, cycle, ops) => {
        const { lines, remaining } = play(cycle, ops)
        const standing = computeStanding(norm, cycle, lines)
        for (const c of standing.categories) {
          expect(c.earned).toBeGreaterThanOrEqual(0)
          expect(c.counted).toBeGreaterThanOrEqual(0)
          expect(c.remaining).toBeGreaterThanOrEqual(0)
          expect(c.counted).toBeLessThanOrEqual(c.earned)
        }
        expect(standing.counted).toBeLessThanOrEqual(standing.earned)
        expect(standing).toEqual(computeStanding(norm, cycle, remaining))
      }),
      RUNS,
    )
  })

  it('never counts more than the cap per activity, however often the activity is booked', () => {
    fc.assert(
      fc.property(normArb, cycleArb, fc.array(operationArb, { maxLength: 40 }), (norm, cycle, ops) => {
        const { lines } = play(cycle, ops)
        const activities = new Set(lines.map((l) => l.activityKey))
        // Counted per activity: the standing of that activity's lines alone.
        let sumPerActivity = 0
        for (const key of activities) {
          const alone = computeStanding(
            { ...norm, categories: { training: NONE, reflection: NONE, 'free-choice': NONE } },
            cycle,
            lines.filter((l) => l.activityKey === key),
          )
          if (norm.capPerActivity !== null) expect(cents(alone.counted)).toBeLessThanOrEqual(cents(norm.capPerActivity))
          sumPerActivity += cents(alone.counted)
        }
        expect(cents(computeStanding(norm, cycle, lines).counted)).toBeLessThanOrEqual(sumPerActivity)
      }),
      RUNS,
    )
  })

  it('withdrawing everything returns every category to zero', () => {
    fc.assert(
      fc.property(normArb, cycleArb, fc.array(operationArb, { maxLength: 30 }), (norm, cycle, ops) => {
        const { lines, bookings } = play(cycle, ops)
        const all = [...lines, ...bookings.filter((b) => !b.reversed).map((b) => ({ ...b, points: -b.points }))]
        const standing = computeStanding(norm, cycle, all)
        expect(standing.earned).toBe(0)
        expect(standing.counted).toBe(0)
        for (const c of standing.categories) expect(c.remaining).toBe(c.required)
        expect(standing.remaining).toBe(standing.required)
      }),
      RUNS,
    )
  })

  it('only lines dated inside the cycle count', () => {
    fc.assert(
      fc.property(normArb, cycleArb, fc.array(operationArb, { maxLength: 40 }), (norm, cycle, ops) => {
        const { lines } = play(cycle, ops)
        expect(computeStanding(norm, cycle, lines)).toEqual(
          computeStanding(
            norm,
            cycle,
            lines.filter((l) => inside(cycle, l.activityDate)),
          ),
        )
        const outside = lines.filter((l) => !inside(cycle, l.activityDate))
        expect(computeStanding(norm, cycle, outside).earned).toBe(0)
      }),
      RUNS,
    )
  })

  it('never counts more than a category’s maximum, and booking another activity never lowers what counts', () => {
    fc.assert(
      fc.property(
        normArb,
        cycleArb,
        fc.array(operationArb, { maxLength: 40 }),
        operationArb,
        (norm, cycle, ops, extra) => {
          const { lines } = play(cycle, ops)
          const standing = computeStanding(norm, cycle, lines)
          for (const c of standing.categories) if (c.maximum !== null) expect(c.counted).toBeLessThanOrEqual(c.maximum)
          if (extra.kind === 'book') {
            // A new activity (one activity in two categories shares its cap in a fixed order; not a monotone case).
            const more = play(cycle, [...ops, { ...extra, activity: 99 }]).lines
            expect(computeStanding(norm, cycle, more).counted).toBeGreaterThanOrEqual(standing.counted)
          }
        },
      ),
      RUNS,
    )
  })

  it('meets the norm exactly when nothing remains', () => {
    fc.assert(
      fc.property(normArb, cycleArb, fc.array(operationArb, { maxLength: 40 }), (norm, cycle, ops) => {
        const standing = computeStanding(norm, cycle, play(cycle, ops).lines)
        expect(standing.meetsNorm).toBe(standing.remaining === 0 && standing.categories.every((c) => c.remaining === 0))
        expect(standing.remaining).toBe(Math.max(0, (cents(standing.required) - cents(standing.counted)) / 100))
      }),
      RUNS,
    )
  })
})

const NONE = { min: null, max: null }

describe('pro rata (properties)', () => {
  it('the factor is in (0, 1]; a full cycle and a postponed one have 1; without pro rata always 1', () => {
    fc.assert(
      fc.property(cycleArb, fc.boolean(), (cycle, proRata) => {
        const factor = proRataFactor({ proRata }, cycle)
        expect(factor).toBeGreaterThan(0)
        expect(factor).toBeLessThanOrEqual(1)
        if (!proRata) expect(factor).toBe(1)
        const full = firstCycle(cycle.startDate, cycle.standardYears)
        expect(proRataFactor({ proRata: true }, { ...cycle, endDate: full.endDate })).toBe(1)
        expect(proRataFactor({ proRata: true }, { ...cycle, endDate: addDays(full.endDate, 90) })).toBe(1)
      }),
      RUNS,
    )
  })

  it('a shorter cycle never requires more than the full norm, nor a category more than its full minimum', () => {
    fc.assert(
      fc.property(normArb, cycleArb, (norm, cycle) => {
        const standing = computeStanding(norm, cycle, [])
        expect(standing.required).toBeLessThanOrEqual(norm.totalPoints)
        for (const c of standing.categories) {
          const min = norm.categories[c.category].min
          expect(c.required).toBeLessThanOrEqual(min ?? 0)
          // Rounded up to whole points: never less than the exact share.
          expect(c.required).toBeGreaterThanOrEqual((min ?? 0) * standing.factor - 1e-9)
        }
      }),
      RUNS,
    )
  })
})

describe('pro rata rounding (property)', () => {
  it('a whole-point minimum scales to exactly ⌈minimum × days / standard days⌉', () => {
    fc.assert(
      fc.property(normArb, cycleArb, (norm, cycle) => {
        const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000
        const standard = day(addYears(cycle.startDate, cycle.standardYears)) - day(cycle.startDate)
        const actual = Math.min(standard, day(cycle.endDate) - day(cycle.startDate) + 1)
        const standing = computeStanding({ ...norm, proRata: true }, cycle, [])
        for (const c of standing.categories) {
          const min = norm.categories[c.category].min ?? 0
          expect(c.required).toBe(Math.floor((min * actual + standard - 1) / standard))
        }
      }),
      RUNS,
    )
  })
})

describe('the forecast at the current pace (properties)', () => {
  it('shows no shortfall when the norm is met, on any day', () => {
    fc.assert(
      fc.property(
        normArb,
        cycleArb,
        fc.array(operationArb, { maxLength: 40 }),
        fc.integer({ min: -100, max: 2600 }),
        (norm, cycle, ops, day) => {
          const standing = computeStanding(norm, cycle, play(cycle, ops).lines)
          const forecast = forecastStanding(standing, cycle, addDays(cycle.startDate, day))
          for (const line of forecast.lines) expect(line.shortfall).toBeGreaterThanOrEqual(0)
          if (standing.meetsNorm) {
            expect(forecast.lines.every((l) => l.shortfall === 0)).toBe(true)
            expect(forecast.onTrack).toBe(true)
          }
          expect(forecast.lines.map((l) => l.category)).toEqual([...POINT_CATEGORIES, 'total'])
        },
      ),
      { numRuns: 500 },
    )
  })

  it('after the cycle end the projection is what was counted', () => {
    fc.assert(
      fc.property(normArb, cycleArb, fc.array(operationArb, { maxLength: 30 }), (norm, cycle, ops) => {
        const standing = computeStanding(norm, cycle, play(cycle, ops).lines)
        const forecast = forecastStanding(standing, cycle, addDays(cycle.endDate, 10))
        standing.categories.forEach((c, i) => {
          expect(forecast.lines[i]!.projected).toBeCloseTo(Math.round(c.counted * 10) / 10, 5)
        })
      }),
      RUNS,
    )
  })
})

describe('simulating a limited-term re-registration (properties)', () => {
  it('one option per shift of 1 … standard years − 1; lapsing points are never negative nor more than counted', () => {
    fc.assert(
      fc.property(normArb, cycleArb, fc.array(operationArb, { maxLength: 40 }), (norm, cycle, ops) => {
        const { lines } = play(cycle, ops)
        const now = computeStanding(norm, cycle, lines)
        const options = simulateShifts(norm, cycle, lines)
        expect(options.map((o) => o.shiftYears)).toEqual(
          Array.from({ length: cycle.standardYears - 1 }, (_, i) => i + 1),
        )
        for (const option of options) {
          expect(option.lapsing).toBeGreaterThanOrEqual(0)
          expect(option.lapsing).toBeLessThanOrEqual(now.counted)
          expect(option.startDate).toBe(addYears(cycle.startDate, option.shiftYears))
        }
      }),
      RUNS,
    )
  })
})

// ------------------------------------------------------------------ examples with the demo norm

/** Register Klantmanagers: 200 in 5 years; ≥ 60 training, ≥ 50 reflection, ≤ 60 free choice, ≤ 40 per activity. */
const DEMO: Norm = {
  totalPoints: 200,
  categories: {
    training: { min: 60, max: null },
    reflection: { min: 50, max: null },
    'free-choice': { min: null, max: 60 },
  },
  capPerActivity: 40,
  proRata: true,
}
const CYCLE: CycleWindow = { startDate: '2023-03-02', endDate: '2028-03-01', standardYears: 5 }
let key = 0
const line = (category: PointCategory, points: number, activityDate = '2024-06-01', activityKey = `a${++key}`) => ({
  category,
  points,
  activityDate,
  activityKey,
})
const byCategory = (standing: ReturnType<typeof computeStanding>) =>
  Object.fromEntries(standing.categories.map((c) => [c.category, [c.earned, c.counted, c.required, c.remaining]]))

describe('the demo norm (examples)', () => {
  const cases: {
    name: string
    lines: LedgerLine[]
    cycle?: CycleWindow
    expected: Record<string, number[]>
    total: [number, number, number]
    meets: boolean
  }[] = [
    {
      name: 'nothing booked: everything remains',
      lines: [],
      expected: { training: [0, 0, 60, 60], reflection: [0, 0, 50, 50], 'free-choice': [0, 0, 0, 0] },
      total: [0, 200, 200],
      meets: false,
    },
    {
      name: 'a 45-hour training counts 40 (the cap per activity)',
      lines: [line('training', 45)],
      expected: { training: [45, 40, 60, 20], reflection: [0, 0, 50, 50], 'free-choice': [0, 0, 0, 0] },
      total: [40, 200, 160],
      meets: false,
    },
    {
      name: 'two runs of one activity together count at most 40',
      lines: [line('training', 30, '2024-01-10', 'same'), line('training', 30, '2025-01-10', 'same')],
      expected: { training: [60, 40, 60, 20], reflection: [0, 0, 50, 50], 'free-choice': [0, 0, 0, 0] },
      total: [40, 200, 160],
      meets: false,
    },
    {
      name: 'free choice counts at most 60',
      lines: [line('free-choice', 30), line('free-choice', 30), line('free-choice', 30)],
      expected: { training: [0, 0, 60, 60], reflection: [0, 0, 50, 50], 'free-choice': [90, 60, 0, 0] },
      total: [60, 200, 140],
      meets: false,
    },
    {
      name: 'the minimums met but not the total',
      lines: [line('training', 40), line('training', 20), line('reflection', 40), line('reflection', 10)],
      expected: { training: [60, 60, 60, 0], reflection: [50, 50, 50, 0], 'free-choice': [0, 0, 0, 0] },
      total: [110, 200, 90],
      meets: false,
    },
    {
      name: 'exactly the norm',
      lines: [
        line('training', 40),
        line('training', 40),
        line('training', 10),
        line('reflection', 40),
        line('reflection', 10),
        line('free-choice', 40),
        line('free-choice', 20),
      ],
      expected: { training: [90, 90, 60, 0], reflection: [50, 50, 50, 0], 'free-choice': [60, 60, 0, 0] },
      total: [200, 200, 0],
      meets: true,
    },
    {
      name: 'activities before the start and after the end do not count',
      lines: [
        line('training', 20, '2023-03-01'),
        line('training', 20, '2028-03-02'),
        line('training', 5, '2028-03-01'),
      ],
      expected: { training: [5, 5, 60, 55], reflection: [0, 0, 50, 50], 'free-choice': [0, 0, 0, 0] },
      total: [5, 200, 195],
      meets: false,
    },
    {
      name: 'a withdrawn booking no longer counts',
      lines: [
        line('reflection', 12, '2024-02-02', 'x'),
        line('reflection', -12, '2024-02-02', 'x'),
        line('reflection', 8),
      ],
      expected: { training: [0, 0, 60, 60], reflection: [8, 8, 50, 42], 'free-choice': [0, 0, 0, 0] },
      total: [8, 200, 192],
      meets: false,
    },
    {
      name: 'entering halfway needs half the norm, rounded up to whole points',
      cycle: { startDate: '2025-09-01', endDate: '2028-03-01', standardYears: 5 },
      lines: [line('training', 30, '2026-01-01')],
      // 913 of 1827 days: 200 × 0.4997… → 100; 60 → 30; 50 → 25; free choice max 60 → 30.
      expected: { training: [30, 30, 30, 0], reflection: [0, 0, 25, 25], 'free-choice': [0, 0, 0, 0] },
      total: [30, 100, 70],
      meets: false,
    },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const standing = computeStanding(DEMO, c.cycle ?? CYCLE, c.lines)
      expect(byCategory(standing)).toEqual(c.expected)
      expect([standing.counted, standing.required, standing.remaining]).toEqual(c.total)
      expect(standing.meetsNorm).toBe(c.meets)
    })
  }

  it('forecasts 12 points reflection short on 1 March 2028 at the pace so far', () => {
    const standing = computeStanding(DEMO, CYCLE, [
      line('reflection', 19, '2024-05-01'),
      line('training', 40, '2024-06-01'),
      line('training', 40, '2025-06-01'),
      line('free-choice', 30, '2025-01-01'),
    ])
    // 2023-03-02 up to 2025-09-01 is 914 of 1827 days: 19 × 1827 / 914 ≈ 38 reflection at the end, 12 short.
    const forecast = forecastStanding(standing, CYCLE, '2025-09-01')
    expect(forecast.endDate).toBe('2028-03-01')
    const lines = Object.fromEntries(forecast.lines.map((l) => [l.category, l.shortfall]))
    expect(lines).toEqual({ training: 0, reflection: 12, 'free-choice': 0, total: 0 })
    expect(forecast.onTrack).toBe(false)
  })

  it('a norm that is met shows no shortfall in the total, even when the categories round down (bug fixed)', () => {
    const open: Norm = {
      ...DEMO,
      categories: { training: NONE, reflection: NONE, 'free-choice': NONE },
      capPerActivity: null,
    }
    const standing = computeStanding(open, CYCLE, [
      line('training', 66.64),
      line('reflection', 66.64),
      line('free-choice', 66.72),
    ])
    expect(standing.meetsNorm).toBe(true)
    const forecast = forecastStanding(standing, CYCLE, '2028-03-02')
    expect(forecast.lines.at(-1)).toEqual({ category: 'total', projected: 200, shortfall: 0 })
    expect(forecast.onTrack).toBe(true)
  })

  it('the shifted cycles of a limited-term re-registration drop the points of the first years', () => {
    const lines = [
      line('training', 40, '2023-06-01'),
      line('training', 30, '2025-06-01'),
      line('reflection', 20, '2027-01-01'),
    ]
    const [oneYear, twoYears] = simulateShifts(DEMO, CYCLE, lines)
    expect(oneYear).toMatchObject({ shiftYears: 1, startDate: '2024-03-02', endDate: '2029-03-01', lapsing: 40 })
    expect(oneYear!.standing.counted).toBe(50)
    expect(twoYears).toMatchObject({ shiftYears: 2, lapsing: 40 })
  })
})
