import { describe, expect, it } from 'vitest'
import { professionsFromText } from './ProfessionsField.tsx'

describe('the professions textarea', () => {
  it('gives one profession per line, trimmed, without empty lines (also with Windows line ends)', () => {
    expect(professionsFromText(' klantmanager werk \r\n\r\njobcoach\n   \nhandhaver')).toEqual([
      'klantmanager werk',
      'jobcoach',
      'handhaver',
    ])
  })

  it('gives no professions for an empty field, so the API can say at least one is needed', () => {
    expect(professionsFromText('\n  \n')).toEqual([])
  })
})
