import { describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/auth/actor.ts'
import { canPrivacy, type PrivacyAction } from './privacy.policy.ts'

const ME = '11111111-1111-4111-8111-111111111111'
const OTHER = '22222222-2222-4222-8222-222222222222'
const ORG = '33333333-3333-4333-8333-333333333333'

const actor = (staffRoles: Actor['staffRoles'], memberships: Actor['memberships'] = []): Actor => ({
  userId: ME,
  staffRoles,
  memberships,
  sessionId: 's',
})

const ROLES: Record<string, Actor | null> = {
  anonymous: null,
  professional: actor([]),
  member: actor([], [{ organisationId: ORG, role: 'member' }]),
  employer_manager: actor([], [{ organisationId: ORG, role: 'employer_manager' }]),
  editor: actor(['editor']),
  register_office: actor(['register_office']),
  admin: actor(['admin']),
}

// First letter: the actor's own request; second: someone else's.
const MATRIX: Record<PrivacyAction, Record<keyof typeof ROLES, string>> = {
  exportOwn: {
    anonymous: 'NN',
    professional: 'YY',
    member: 'YY',
    employer_manager: 'YY',
    editor: 'YY',
    register_office: 'YY',
    admin: 'YY',
  },
  requestOwn: {
    anonymous: 'NN',
    professional: 'YY',
    member: 'YY',
    employer_manager: 'YY',
    editor: 'YY',
    register_office: 'YY',
    admin: 'YY',
  },
  listOwnRequests: {
    anonymous: 'NN',
    professional: 'YY',
    member: 'YY',
    employer_manager: 'YY',
    editor: 'YY',
    register_office: 'YY',
    admin: 'YY',
  },
  listRequests: {
    anonymous: 'NN',
    professional: 'NN',
    member: 'NN',
    employer_manager: 'NN',
    editor: 'NN',
    register_office: 'YY',
    admin: 'NN',
  },
  decideRequest: {
    anonymous: 'NN',
    professional: 'NN',
    member: 'NN',
    employer_manager: 'NN',
    editor: 'NN',
    register_office: 'NY',
    admin: 'NN',
  },
}

describe('who may do what with personal data and data requests (role matrix)', () => {
  for (const [action, row] of Object.entries(MATRIX)) {
    for (const [role, expected] of Object.entries(row)) {
      it(`${role}: ${action} → ${expected}`, () => {
        expect(canPrivacy(ROLES[role]!, action as PrivacyAction, { userId: ME })).toBe(expected[0] === 'Y')
        expect(canPrivacy(ROLES[role]!, action as PrivacyAction, { userId: OTHER })).toBe(expected[1] === 'Y')
      })
    }
  }

  it('deciding needs to know whose request it is', () => {
    expect(canPrivacy(ROLES.register_office!, 'decideRequest')).toBe(false)
  })
})
