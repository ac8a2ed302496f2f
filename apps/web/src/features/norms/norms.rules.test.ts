import { describe, expect, it } from 'vitest'
import { normInputOf, parsePoints } from './norms.rules.ts'

describe('the norm form', () => {
  it('reads points with a comma or a dot; empty is no bound', () => {
    expect(parsePoints('12,5')).toBe(12.5)
    expect(parsePoints(' 60 ')).toBe(60)
    expect(parsePoints('')).toBeNull()
    expect(parsePoints('veel')).toBeNaN()
  })

  it('builds the request and names the fields that are not numbers', () => {
    const { input, notNumbers } = normInputOf({
      validFrom: '2027-01-01',
      totalPoints: '200',
      trainingMin: '60',
      trainingMax: '',
      reflectionMin: '50',
      reflectionMax: 'x',
      freeChoiceMin: '',
      freeChoiceMax: '60',
      capPerActivity: '40',
      proRata: true,
      note: '',
    })
    expect(notNumbers).toEqual(['categories.reflection.maximum'])
    expect(input).toMatchObject({
      validFrom: '2027-01-01',
      totalPoints: 200,
      categories: { training: { minimum: 60, maximum: null }, freeChoice: { minimum: null, maximum: 60 } },
      capPerActivity: 40,
      proRata: true,
    })
  })
})
