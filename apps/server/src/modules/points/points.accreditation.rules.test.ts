import { describe, expect, it } from 'vitest'
import { AppError } from '../../platform/http/errors.ts'
import {
  checkRun,
  checkSubmission,
  formatActivityId,
  objectionDeadline,
  type SubmissionInput,
  validUntilOf,
} from './points.accreditation.rules.ts'

const VALID: SubmissionInput = {
  title: 'Motiverende gespreksvoering',
  description: 'Tweedaagse training',
  learningGoals: 'Je past OARS toe',
  format: 'training',
  netHours: 12.5,
  targetProfessions: ['klantmanager'],
  requestedCategory: 'training',
  teachers: ['Drs. A. Jansen'],
}

const fieldsOf = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    if (error instanceof AppError) return error.errors.map((e) => e.name).sort()
    throw error
  }
  return []
}

describe('accreditation rules', () => {
  it('a public ID is A-<year>-<five digits>', () => {
    expect(formatActivityId(2026, 42)).toBe('A-2026-00042')
    expect(formatActivityId(2027, 12345)).toBe('A-2027-12345')
  })

  it('validity of 1 or 3 years ends the day before the same date', () => {
    expect(validUntilOf('2026-03-01', 1)).toBe('2027-02-28')
    expect(validUntilOf('2026-03-01', 3)).toBe('2029-02-28')
    expect(validUntilOf('2028-02-29', 1)).toBe('2029-02-27')
  })

  it('the objection period is 6 weeks', () => {
    expect(objectionDeadline(new Date('2026-03-01T10:00:00Z')).toISOString()).toBe('2026-04-12T10:00:00.000Z')
  })

  it('a valid request passes, trimmed and without empty or duplicate list entries', () => {
    const result = checkSubmission(
      { ...VALID, title: '  Motiverende gespreksvoering ', teachers: ['A', ' A ', ''], finalTest: '' },
      'nl',
    )
    expect(result.title).toBe('Motiverende gespreksvoering')
    expect(result.teachers).toEqual(['A'])
  })

  it('reports every invalid field at once', () => {
    expect(
      fieldsOf(() =>
        checkSubmission(
          {
            title: ' ',
            description: '',
            learningGoals: '',
            format: 'e-learning',
            netHours: 0,
            targetProfessions: [],
            requestedCategory: 'training',
            teachers: [' '],
          },
          'nl',
        ),
      ),
    ).toEqual(['description', 'finalTest', 'learningGoals', 'netHours', 'targetProfessions', 'teachers', 'title'])
  })

  it('net hours: more than 0, at most 2 decimals, at most 1000', () => {
    expect(fieldsOf(() => checkSubmission({ ...VALID, netHours: 1.255 }, 'nl'))).toEqual(['netHours'])
    expect(fieldsOf(() => checkSubmission({ ...VALID, netHours: -1 }, 'nl'))).toEqual(['netHours'])
    expect(fieldsOf(() => checkSubmission({ ...VALID, netHours: 1000.5, finalTest: 'Toets' }, 'nl'))).toEqual([
      'netHours',
    ])
    expect(fieldsOf(() => checkSubmission({ ...VALID, netHours: null }, 'nl'))).toEqual(['netHours'])
    expect(checkSubmission({ ...VALID, netHours: 0.01 }, 'nl').netHours).toBe(0.01)
  })

  it('a final test is needed for e-learning and from 18 hours, not below', () => {
    expect(fieldsOf(() => checkSubmission({ ...VALID, netHours: 18 }, 'nl'))).toEqual(['finalTest'])
    expect(fieldsOf(() => checkSubmission({ ...VALID, netHours: 17.99 }, 'nl'))).toEqual([])
    expect(fieldsOf(() => checkSubmission({ ...VALID, format: 'e-learning', netHours: 2 }, 'nl'))).toEqual([
      'finalTest',
    ])
    expect(fieldsOf(() => checkSubmission({ ...VALID, netHours: 24, finalTest: 'Casustoets' }, 'nl'))).toEqual([])
  })

  it('a run lies within the validity, in order, with a place or online', () => {
    const validity = { validFrom: '2026-03-01', validUntil: '2027-02-28' }
    const run = { startsOn: '2026-04-01', endsOn: '2026-04-02', location: 'Utrecht', online: false }
    expect(fieldsOf(() => checkRun(run, validity, 'nl'))).toEqual([])
    expect(fieldsOf(() => checkRun({ ...run, endsOn: '2026-03-31' }, validity, 'nl'))).toEqual(['endsOn'])
    expect(fieldsOf(() => checkRun({ ...run, startsOn: '2026-02-28' }, validity, 'nl'))).toEqual(['startsOn'])
    expect(fieldsOf(() => checkRun({ ...run, endsOn: '2027-03-01' }, validity, 'nl'))).toEqual(['endsOn'])
    expect(fieldsOf(() => checkRun({ ...run, location: ' ' }, validity, 'nl'))).toEqual(['location'])
    expect(fieldsOf(() => checkRun({ ...run, location: '', online: true }, validity, 'nl'))).toEqual([])
  })
})
