import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  applyStatusAction,
  firstCycle,
  formatRegistrationNumber,
  INITIAL_STATE,
  nextStatus,
  normalizeSurname,
  publicMeasureVisible,
  type RegistrationState,
  reminderDates,
  type StatusAction,
  StatusTransitionError,
  TRANSITIONS,
} from './register.rules.ts'
import { REGISTRATION_STATUSES, type RegistrationStatus } from './register.tables.ts'

const OFFICE_A = 'office-a'
const OFFICE_B = 'office-b'

const actionArb: fc.Arbitrary<StatusAction> = fc.oneof(
  fc.constantFrom<StatusAction>(
    { type: 'approve' },
    { type: 'reject' },
    { type: 'reapply' },
    { type: 'suspend' },
    { type: 'lift-suspension' },
    { type: 'lapse' },
    { type: 're-enter' },
  ),
  fc.record({
    type: fc.constant('remove' as const),
    requestedBy: fc.constantFrom(OFFICE_A, OFFICE_B),
    confirmedBy: fc.constantFrom(OFFICE_A, OFFICE_B, null, undefined),
  }),
)

/** Runs actions from a fresh application, skipping refused ones, and records every accepted step. */
function run(actions: StatusAction[]) {
  let state: RegistrationState = INITIAL_STATE
  const steps: { before: RegistrationState; action: StatusAction; after: RegistrationState; assignNumber: boolean }[] =
    []
  for (const action of actions) {
    try {
      const { assignNumber, ...after } = applyStatusAction(state, action)
      steps.push({ before: state, action, after, assignNumber })
      state = after
    } catch (error) {
      expect(error).toBeInstanceOf(StatusTransitionError)
    }
  }
  return steps
}

describe('the status state machine', () => {
  it('an approved candidate is registered; a registered person can be suspended and the suspension lifted', () => {
    expect(nextStatus('candidate', { type: 'approve' })).toBe('registered')
    expect(nextStatus('registered', { type: 'suspend' })).toBe('suspended')
    expect(nextStatus('suspended', { type: 'lift-suspension' })).toBe('registered')
    expect(nextStatus('registered', { type: 'lapse' })).toBe('lapsed')
    expect(nextStatus('lapsed', { type: 're-enter' })).toBe('candidate')
  })

  it('a removal needs a second member of the register office to confirm it', () => {
    const attempt = (confirmedBy: string | null) => () =>
      nextStatus('registered', { type: 'remove', requestedBy: OFFICE_A, confirmedBy })
    expect(attempt(null)).toThrow(expect.objectContaining({ code: 'confirmation-required' }))
    expect(attempt(OFFICE_A)).toThrow(expect.objectContaining({ code: 'confirmer-is-requester' }))
    expect(attempt(OFFICE_B)()).toBe('removed')
  })

  it('an action that does not fit the current status is refused with a typed error', () => {
    expect(() => nextStatus('candidate', { type: 'suspend' })).toThrow(StatusTransitionError)
    expect(() => nextStatus('removed', { type: 'lift-suspension' })).toThrow(
      expect.objectContaining({ code: 'transition-not-allowed', from: 'removed', action: 'lift-suspension' }),
    )
  })

  it('every status can be reached from a fresh application, and every action leads to a known status', () => {
    const reachable = new Set<RegistrationStatus>(['candidate'])
    for (let round = 0; round < REGISTRATION_STATUSES.length; round++)
      for (const rule of Object.values(TRANSITIONS)) if (rule.from.some((s) => reachable.has(s))) reachable.add(rule.to)
    expect([...reachable].sort()).toEqual([...REGISTRATION_STATUSES].sort())
  })

  it('no sequence of actions reaches an invalid state', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 40 }), (actions) => {
        for (const { before, action, after, assignNumber } of run(actions)) {
          expect(REGISTRATION_STATUSES).toContain(after.status)
          // A removed registration only comes back through re-entry, as a candidate.
          if (before.status === 'removed') expect(action.type).toBe('re-enter')
          // A suspended registration becomes registered only by lifting the suspension.
          if (before.status === 'suspended' && after.status === 'registered')
            expect(action.type).toBe('lift-suspension')
          // Every step to 'registered' comes from an approval or a lifted suspension.
          if (after.status === 'registered' && before.status !== 'registered')
            expect(['approve', 'lift-suspension']).toContain(action.type)
          // Removal only with a confirmer who is not the requester.
          if (action.type === 'remove')
            expect(action.confirmedBy && action.confirmedBy !== action.requestedBy).toBe(true)
          // A registration beyond the candidate stage always has its number.
          if (!['candidate', 'rejected'].includes(after.status)) expect(after.hasNumber).toBe(true)
          // Once given, a number is never taken away.
          if (before.hasNumber) expect(after.hasNumber).toBe(true)
          // The number is assigned exactly when first registered.
          expect(assignNumber).toBe(!before.hasNumber && after.status === 'registered')
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('a registration number is assigned exactly once, however often a person re-enters', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 60 }), (actions) => {
        const steps = run(actions)
        const assigned = steps.filter((s) => s.assignNumber).length
        const everRegistered = steps.some((s) => s.after.status === 'registered')
        expect(assigned).toBe(everRegistered ? 1 : 0)
      }),
      { numRuns: 1000 },
    )
  })

  it('a re-entered person is marked as re-entry from the re-entry until a next lapse or removal', () => {
    let state = applyStatusAction(INITIAL_STATE, { type: 'approve' })
    state = applyStatusAction(state, { type: 'lapse' })
    state = applyStatusAction(state, { type: 're-enter' })
    expect(state).toMatchObject({ status: 'candidate', reEntry: true, hasNumber: true })
    state = applyStatusAction(state, { type: 'approve' })
    expect(state).toMatchObject({ status: 'registered', reEntry: true, assignNumber: false })
    state = applyStatusAction(state, { type: 'lapse' })
    expect(state.reEntry).toBe(false)
  })
})

describe('registration numbers', () => {
  it('are the prefix and six digits', () => {
    expect(formatRegistrationNumber('KM', 123)).toBe('KM-000123')
    expect(formatRegistrationNumber('KM', 1)).toBe('KM-000001')
    expect(formatRegistrationNumber('SH', 999_999)).toBe('SH-999999')
  })
  it('refuse a number above 999999, zero, a fraction or a bad prefix', () => {
    expect(() => formatRegistrationNumber('KM', 1_000_000)).toThrow(RangeError)
    expect(() => formatRegistrationNumber('KM', 0)).toThrow(RangeError)
    expect(() => formatRegistrationNumber('KM', 1.5)).toThrow(RangeError)
    expect(() => formatRegistrationNumber('km', 1)).toThrow(RangeError)
  })
})

const dateArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

describe('cycles and reminders', () => {
  it('a five-year cycle ends the day before the same date five years later', () => {
    expect(firstCycle('2026-03-01', 5)).toEqual({ startDate: '2026-03-01', endDate: '2031-02-28' })
    expect(firstCycle('2026-01-15', 5).endDate).toBe('2031-01-14')
    expect(firstCycle('2024-02-29', 5).endDate).toBe('2029-02-27')
    expect(() => firstCycle('2026-02-30', 5)).toThrow(RangeError)
  })

  it('the cycle end is always after the start, and the next cycle starts the day after it ends', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 10 }), (start, years) => {
        const cycle = firstCycle(start, years)
        expect(cycle.endDate > cycle.startDate).toBe(true)
        const next = firstCycle(addDays(cycle.endDate, 1), years)
        expect(next.startDate > cycle.endDate).toBe(true)
      }),
    )
  })

  it('reminders come 6 months, 3 months and 12 weeks before the end', () => {
    expect(reminderDates('2031-02-28')).toEqual([
      { kind: 'six-months', date: '2030-08-28' },
      { kind: 'three-months', date: '2030-11-28' },
      { kind: 'twelve-weeks', date: '2030-12-06' },
    ])
    expect(reminderDates('2030-08-31')[0]!.date).toBe('2030-02-28')
  })

  it('reminder dates are strictly increasing and all before the cycle end', () => {
    fc.assert(
      fc.property(dateArb, (end) => {
        const dates = reminderDates(end).map((r) => r.date)
        expect(dates).toHaveLength(3)
        for (let i = 1; i < dates.length; i++) expect(dates[i]! > dates[i - 1]!).toBe(true)
        expect(dates.every((d) => d < end)).toBe(true)
      }),
    )
  })
})

describe('surname search keys', () => {
  it.each([
    ['Van der Berg', 'berg'],
    ['van den Berg', 'berg'],
    ['de Vries', 'vries'],
    ['De Vries', 'vries'],
    ['El Amrani', 'el amrani'],
    ['Çelik', 'celik'],
    ["van 't Hof", 'hof'],
    ['Smit-de Jong', 'smit jong'],
    ['Smit - de Jong', 'smit jong'],
    ['Jansen', 'jansen'],
    ['Müller', 'muller'],
    ['Özdemir', 'ozdemir'],
    ['Yıldız', 'yildiz'],
    ['in ’t Veld', 'veld'],
    ['ter Horst', 'horst'],
    ['Van', 'van'],
    ['Ten Cate-van Dijk', 'cate dijk'],
    ['  de   Graaf ', 'graaf'],
  ])('"%s" is searched as "%s"', (name, key) => {
    expect(normalizeSurname(name)).toBe(key)
  })

  it('a name typed with or without tussenvoegsel and accents gives the same key', () => {
    expect(normalizeSurname('van der Berg')).toBe(normalizeSurname('Berg'))
    expect(normalizeSurname('Celik')).toBe(normalizeSurname('Çelik'))
  })
})

describe('public visibility of measures', () => {
  const suspension = { toStatus: 'suspended' as const, effectiveDate: '2026-04-01', publicUntil: '2026-09-30' }
  it('a suspension shows from its effective date through its last public day', () => {
    expect(publicMeasureVisible(suspension, '2026-03-31')).toBe(false)
    expect(publicMeasureVisible(suspension, '2026-04-01')).toBe(true)
    expect(publicMeasureVisible(suspension, '2026-09-30')).toBe(true)
    expect(publicMeasureVisible(suspension, '2026-10-01')).toBe(false)
  })
  it('a change that is not a measure, or has no public period, is never shown as a measure', () => {
    expect(publicMeasureVisible({ ...suspension, toStatus: 'lapsed' }, '2026-05-01')).toBe(false)
    expect(publicMeasureVisible({ ...suspension, publicUntil: null }, '2026-05-01')).toBe(false)
    expect(publicMeasureVisible({ ...suspension, toStatus: 'removed' }, '2026-05-01')).toBe(true)
  })
})
