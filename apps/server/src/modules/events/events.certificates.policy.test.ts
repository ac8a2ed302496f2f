import { describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/auth/actor.ts'
import { type AttendanceAction, canAttendance } from './events.certificates.policy.ts'

const ORG = 'org-1'
const actor = (overrides: Partial<Actor> = {}): Actor => ({
  userId: 'u-1',
  staffRoles: [],
  memberships: [],
  sessionId: 's',
  ...overrides,
})
const roles: Record<string, Actor | null> = {
  public: null,
  'the participant': actor(),
  'another professional': actor({ userId: 'u-2' }),
  'provider staff of the organiser': actor({
    userId: 'u-3',
    memberships: [{ organisationId: ORG, role: 'provider_staff' }],
  }),
  'provider staff elsewhere': actor({
    userId: 'u-4',
    memberships: [{ organisationId: 'org-2', role: 'provider_staff' }],
  }),
  'member of the organiser': actor({ userId: 'u-5', memberships: [{ organisationId: ORG, role: 'member' }] }),
  'register office': actor({ userId: 'u-6', staffRoles: ['register_office'] }),
  admin: actor({ userId: 'u-7', staffRoles: ['admin'] }),
  'API key of the participant': actor({ apiKey: { id: 'k', organisationId: ORG } }),
}

// action → the roles that may do it (on an event of ORG, a sign-up of u-1 who was checked in)
const MATRIX: Record<AttendanceAction, string[]> = {
  readOwnCertificate: ['the participant'],
  submitEvaluation: ['the participant'],
  readEvaluationSummary: ['provider staff of the organiser'],
}

describe('who may read a certificate of attendance, evaluate and read the summary', () => {
  for (const [action, allowed] of Object.entries(MATRIX) as [AttendanceAction, string[]][]) {
    for (const [role, who] of Object.entries(roles)) {
      const may = allowed.includes(role)
      it(`${role} ${may ? 'may' : 'may not'} ${action}`, () => {
        expect(canAttendance(who, action, { organisationId: ORG, ownerId: 'u-1', attended: true })).toBe(may)
      })
    }
  }

  it('a participant who was not checked in may not evaluate; without an owner or organiser nobody may', () => {
    const participant = roles['the participant']!
    expect(canAttendance(participant, 'submitEvaluation', { ownerId: 'u-1', attended: false })).toBe(false)
    expect(canAttendance(participant, 'readOwnCertificate', {})).toBe(false)
    expect(canAttendance(roles['provider staff of the organiser']!, 'readEvaluationSummary', {})).toBe(false)
  })
})
