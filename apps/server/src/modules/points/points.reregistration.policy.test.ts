import { describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/auth/actor.ts'
import { canReregistration, type ReregistrationAction } from './points.reregistration.policy.ts'

const ME = '11111111-1111-4111-8111-111111111111'
const SOMEONE_ELSE = '22222222-2222-4222-8222-222222222222'
const ORG = '33333333-3333-4333-8333-333333333333'

const actor = (staffRoles: Actor['staffRoles'], memberships: Actor['memberships'] = []): Actor => ({
  userId: ME,
  staffRoles,
  memberships,
  sessionId: 's',
})

const ROLES = {
  anonymous: null,
  professional: actor([]),
  employer_manager: actor([], [{ organisationId: ORG, role: 'employer_manager' }]),
  provider_staff: actor([], [{ organisationId: ORG, role: 'provider_staff' }]),
  editor: actor(['editor']),
  moderator: actor(['moderator']),
  register_office: actor(['register_office']),
  admin: actor(['admin']),
} satisfies Record<string, Actor | null>
type Role = keyof typeof ROLES

/** Per action: who may do it on their own registration, and on someone else's. */
const MATRIX: Record<ReregistrationAction, Record<Role, [own: boolean, others: boolean]>> = {
  preview: {
    anonymous: [false, false],
    professional: [true, false],
    employer_manager: [true, false],
    provider_staff: [true, false],
    editor: [true, false],
    moderator: [true, false],
    register_office: [true, true],
    admin: [true, false],
  },
  apply: {
    anonymous: [false, false],
    professional: [true, false],
    employer_manager: [true, false],
    provider_staff: [true, false],
    editor: [true, false],
    moderator: [true, false],
    register_office: [true, false],
    admin: [true, false],
  },
  readRequest: {
    anonymous: [false, false],
    professional: [true, false],
    employer_manager: [true, false],
    provider_staff: [true, false],
    editor: [true, false],
    moderator: [true, false],
    register_office: [true, true],
    admin: [true, false],
  },
  listRequests: {
    anonymous: [false, false],
    professional: [false, false],
    employer_manager: [false, false],
    provider_staff: [false, false],
    editor: [false, false],
    moderator: [false, false],
    register_office: [true, true],
    admin: [false, false],
  },
  decide: {
    anonymous: [false, false],
    professional: [false, false],
    employer_manager: [false, false],
    provider_staff: [false, false],
    editor: [false, false],
    moderator: [false, false],
    register_office: [false, true],
    admin: [false, false],
  },
}

describe('who may do what with re-registration', () => {
  for (const [action, roles] of Object.entries(MATRIX) as [ReregistrationAction, Record<Role, [boolean, boolean]>][]) {
    for (const [role, [own, others]] of Object.entries(roles) as [Role, [boolean, boolean]][]) {
      it(`${role} ${own ? 'may' : 'may not'} ${action} for their own registration, ${others ? 'may' : 'may not'} for someone else's`, () => {
        const subject = ROLES[role]
        expect(canReregistration(subject, action, { userId: ME })).toBe(own)
        expect(canReregistration(subject, action, { userId: SOMEONE_ELSE })).toBe(others)
      })
    }
  }
  it('nobody previews, applies or decides without a registration to act on', () => {
    for (const action of ['preview', 'apply', 'readRequest', 'decide'] as const)
      expect(canReregistration(ROLES.register_office, action, undefined)).toBe(false)
  })
})
