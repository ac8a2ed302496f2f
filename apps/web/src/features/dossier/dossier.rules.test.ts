import { describe, expect, it } from 'vitest'
import { barOf, formatLongDate, formatPoints, shortLines } from './dossier.rules.ts'

describe('the dossier helpers', () => {
  it('formats points and dates the Dutch way', () => {
    expect(formatPoints(12.5, 'nl')).toBe('12,5')
    expect(formatPoints(12.5, 'en')).toBe('12.5')
    expect(formatLongDate('2028-03-01', 'nl')).toBe('1 maart 2028')
  })

  it('names the categories that fall short, and the total only with them or on its own', () => {
    const line = (category: 'training' | 'reflection' | 'free-choice' | 'total', shortfall: number) => ({
      category,
      projected: 0,
      shortfall,
    })
    expect(shortLines([line('training', 0), line('reflection', 12), line('total', 0)]).map((l) => l.category)).toEqual([
      'reflection',
    ])
    expect(shortLines([line('training', 0), line('total', 30)]).map((l) => l.category)).toEqual(['total'])
    expect(shortLines([line('training', 0), line('total', 0)])).toEqual([])
  })

  it('draws a bar towards the minimum, else towards the maximum, else none', () => {
    const c = { category: 'training' as const, earned: 45, counted: 40, remaining: 20 }
    expect(barOf({ ...c, required: 60, maximum: null })).toEqual({ value: 40, max: 60 })
    expect(barOf({ ...c, required: 30, maximum: null })).toEqual({ value: 30, max: 30 })
    expect(barOf({ ...c, required: 0, maximum: 60 })).toEqual({ value: 40, max: 60 })
    expect(barOf({ ...c, required: 0, maximum: null })).toBeNull()
  })
})
