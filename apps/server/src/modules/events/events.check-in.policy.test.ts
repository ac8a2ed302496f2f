import { describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/auth/actor.ts'
import { type CheckInAction, canCheckIn } from './events.check-in.policy.ts'

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
  'API key of the organiser': actor({ userId: 'u-3', apiKey: { id: 'k', organisationId: ORG } }),
}

// action → the roles that may do it (on an event of ORG, and on a sign-up of u-1)
const MATRIX: Record<CheckInAction, string[]> = {
  checkIn: ['provider staff of the organiser'],
  readCheckIns: ['provider staff of the organiser'],
  correctCheckIn: ['provider staff of the organiser'],
  manageKeyword: ['provider staff of the organiser'],
  readOwnTicket: ['the participant'],
  checkInSelf: ['the participant'],
}

describe('who may check in', () => {
  for (const [action, allowed] of Object.entries(MATRIX) as [CheckInAction, string[]][]) {
    for (const [role, who] of Object.entries(roles)) {
      const may = allowed.includes(role)
      it(`${role} ${may ? 'may' : 'may not'} ${action}`, () => {
        expect(canCheckIn(who, action, { organisationId: ORG, ownerId: 'u-1' })).toBe(may)
      })
    }
  }

  it('without a known organiser or owner nobody may', () => {
    const staff = roles['provider staff of the organiser']!
    expect(canCheckIn(staff, 'checkIn', {})).toBe(false)
    expect(canCheckIn(roles['the participant']!, 'checkInSelf', {})).toBe(false)
  })
})
