import { describe, expect, it } from 'vitest'
import { changedFields, checkRegisterInput, removedProfessions } from './register.registers.rules.ts'

const valid = {
  name: 'Register Klantmanagers',
  slug: 'register-klantmanagers',
  numberPrefix: 'KM',
  professions: ['klantmanager werk', 'jobcoach'],
  cycleYears: 5,
}

const codesOf = (input: Record<string, unknown>, requireAll = false) =>
  checkRegisterInput(input, 'nl', requireAll).errors.map((e) => `${e.name}:${e.code}`)

describe('checking the settings of a register', () => {
  it('accepts valid settings and trims the text', () => {
    const { values, errors } = checkRegisterInput(
      { ...valid, name: ' Register Klantmanagers ', professions: [' jobcoach ', 'handhaver'] },
      'nl',
      true,
    )
    expect(errors).toEqual([])
    expect(values).toEqual({ ...valid, professions: ['jobcoach', 'handhaver'] })
  })

  it.each([
    [{ name: 'KM' }, ['name:minLength']],
    [{ name: 'x'.repeat(121) }, ['name:maxLength']],
    [{ name: 'x'.repeat(120) }, []],
    [{ slug: 'Register' }, ['slug:pattern']],
    [{ slug: 'register--km' }, ['slug:pattern']],
    [{ slug: '-km' }, ['slug:pattern']],
    [{ slug: 'k' }, ['slug:pattern']],
    [{ slug: 'km2' }, []],
    [{ slug: '3f0c5a52-7d4e-4c1b-9a8e-000000000000' }, ['slug:pattern']],
    [{ numberPrefix: 'km' }, ['numberPrefix:pattern']],
    [{ numberPrefix: 'ABCDEF' }, ['numberPrefix:pattern']],
    [{ numberPrefix: 'K-M' }, ['numberPrefix:pattern']],
    [{ numberPrefix: '' }, ['numberPrefix:pattern']],
    [{ numberPrefix: 'ABCDE' }, []],
    [{ professions: [] }, ['professions:minItems']],
    [{ professions: Array.from({ length: 21 }, (_, i) => `beroep ${i}`) }, ['professions:maxItems']],
    [{ professions: Array.from({ length: 20 }, (_, i) => `beroep ${i}`) }, []],
    [{ professions: ['jobcoach', '  '] }, ['professions:minLength']],
    [{ professions: ['jobcoach', 'JobCoach '] }, ['professions:uniqueItems']],
    [{ professions: ['x'.repeat(101)] }, ['professions:maxLength']],
    [{ cycleYears: 0 }, ['cycleYears:range']],
    [{ cycleYears: 11 }, ['cycleYears:range']],
    [{ cycleYears: 2.5 }, ['cycleYears:range']],
    [{ cycleYears: 10 }, []],
  ] as [Record<string, unknown>, string[]][])('%j gives %j', (input, expected) => {
    expect(codesOf(input)).toEqual(expected)
  })

  it('requires every field of a new register, but none of a change', () => {
    expect(codesOf({}, true)).toEqual([
      'name:required',
      'slug:required',
      'numberPrefix:required',
      'professions:required',
      'cycleYears:required',
    ])
    expect(codesOf({})).toEqual([])
  })

  it('speaks English when asked', () => {
    expect(checkRegisterInput({ numberPrefix: 'k' }, 'en', false).errors[0]!.reason).toBe(
      'Enter 1 to 5 capital letters, like KM. They come before the registration number.',
    )
  })
})

describe('what changed', () => {
  it('lists only the fields whose value differs, with old and new value', () => {
    expect(changedFields(valid, { ...valid, cycleYears: 3, professions: ['jobcoach'] })).toEqual({
      professions: { from: ['klantmanager werk', 'jobcoach'], to: ['jobcoach'] },
      cycleYears: { from: 5, to: 3 },
    })
    expect(changedFields(valid, { name: valid.name })).toEqual({})
  })

  it('finds the professions that were removed', () => {
    expect(removedProfessions(['a', 'b', 'c'], ['c', 'd'])).toEqual(['a', 'b'])
    expect(removedProfessions(['a'], ['a', 'b'])).toEqual([])
  })
})
