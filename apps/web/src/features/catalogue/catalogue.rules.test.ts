import { describe, expect, it } from 'vitest'
import { catalogueQuery } from './api/catalogue-api.ts'
import { filtersToSearch, readFilters } from './catalogue.rules.ts'

describe('the catalogue address', () => {
  it('keeps the filters in Dutch search parameters and reads them back', () => {
    const filters = readFilters(new URLSearchParams('zoek=schuld&waar=location&plaats=Utrecht&minPunten=4&pagina=2'))
    expect(filters).toMatchObject({ q: 'schuld', place: 'location', location: 'Utrecht', minPoints: '4', page: 2 })
    expect(filtersToSearch(filters)).toBe('?zoek=schuld&waar=location&plaats=Utrecht&minPunten=4&pagina=2')
    expect(filtersToSearch(readFilters(new URLSearchParams('waar=ergens&pagina=-1')))).toBe('')
  })

  it('turns the filters into the API query: online or a place, points with a comma', () => {
    const base = readFilters(new URLSearchParams(''))
    expect(catalogueQuery({ ...base, place: 'online', location: 'Utrecht' })).toMatchObject({
      online: 'true',
      location: undefined,
    })
    expect(catalogueQuery({ ...base, place: 'location', location: ' Utrecht ', minPoints: '2,5' })).toMatchObject({
      online: 'false',
      location: 'Utrecht',
      minPoints: '2.5',
    })
  })
})
