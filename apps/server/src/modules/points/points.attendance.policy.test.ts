import { describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/auth/actor.ts'
import { type AttendanceAction, canAttendance } from './points.attendance.policy.ts'

const PROVIDER = '33333333-3333-4333-8333-333333333333'
const OTHER = '44444444-4444-4444-8444-444444444444'

const actor = (staffRoles: Actor['staffRoles'], memberships: Actor['memberships'] = [], extra = {}): Actor => ({
  userId: '11111111-1111-4111-8111-111111111111',
  staffRoles,
  memberships,
  sessionId: 's',
  ...extra,
})

const ROLES: Record<string, Actor | null> = {
  anonymous: null,
  professional: actor([]),
  member: actor([], [{ organisationId: PROVIDER, role: 'member' }]),
  employer_manager: actor([], [{ organisationId: PROVIDER, role: 'employer_manager' }]),
  provider_staff: actor([], [{ organisationId: PROVIDER, role: 'provider_staff' }]),
  other_provider_staff: actor([], [{ organisationId: OTHER, role: 'provider_staff' }]),
  researcher: actor([], [{ organisationId: PROVIDER, role: 'researcher' }]),
  editor: actor(['editor']),
  moderator: actor(['moderator']),
  register_office: actor(['register_office']),
  admin: actor(['admin']),
  api_key: actor([], [], { sessionId: null, apiKey: { id: 'k', organisationId: PROVIDER } }),
  other_api_key: actor([], [], { sessionId: null, apiKey: { id: 'k', organisationId: OTHER } }),
}

// Y: allowed on a run of PROVIDER (or PROVIDER's API keys).
const MATRIX: Record<AttendanceAction, string[]> = {
  record: ['provider_staff'],
  recordViaApi: ['api_key'],
  read: ['provider_staff', 'register_office'],
  withdraw: ['provider_staff', 'register_office'],
  manageApiKeys: ['provider_staff'],
}

describe('the attendance policy', () => {
  for (const [action, allowed] of Object.entries(MATRIX) as [AttendanceAction, string[]][]) {
    for (const [role, who] of Object.entries(ROLES)) {
      const expected = allowed.includes(role)
      it(`${role} ${expected ? 'may' : 'may not'} ${action}`, () => {
        expect(canAttendance(who, action, { organisationId: PROVIDER })).toBe(expected)
      })
    }
  }

  it('an API key of the provider can do nothing but record through the API, even with a membership', () => {
    const key = actor([], [{ organisationId: PROVIDER, role: 'provider_staff' }], {
      apiKey: { id: 'k', organisationId: PROVIDER },
    })
    for (const action of ['record', 'read', 'withdraw', 'manageApiKeys'] as const) {
      expect(canAttendance(key, action, { organisationId: PROVIDER })).toBe(false)
    }
  })
})
