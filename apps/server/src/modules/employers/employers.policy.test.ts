import { describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/auth/actor.ts'
import { canEmployer, type EmployerAction } from './employers.policy.ts'

const ME = '11111111-1111-4111-8111-111111111111'
const OTHER_PERSON = '22222222-2222-4222-8222-222222222222'
const ORG = '33333333-3333-4333-8333-333333333333'
const OTHER_ORG = '44444444-4444-4444-8444-444444444444'

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
  managerOfThisOrg: actor([], [{ organisationId: ORG, role: 'employer_manager' }]),
  managerOfOtherOrg: actor([], [{ organisationId: OTHER_ORG, role: 'employer_manager' }]),
  providerStaff: actor([], [{ organisationId: ORG, role: 'provider_staff' }]),
  register_office: actor(['register_office']),
  admin: actor(['admin']),
}

// Letters: first for the resource as the row says (consent given / own consent), second for the other case
// (no consent / someone else's consent).
const MATRIX: Record<EmployerAction, Record<keyof typeof ROLES, string>> = {
  invite: {
    anonymous: 'NN',
    professional: 'NN',
    member: 'NN',
    managerOfThisOrg: 'YY',
    managerOfOtherOrg: 'NN',
    providerStaff: 'NN',
    register_office: 'NN',
    admin: 'NN',
  },
  listInvitations: {
    anonymous: 'NN',
    professional: 'NN',
    member: 'NN',
    managerOfThisOrg: 'YY',
    managerOfOtherOrg: 'NN',
    providerStaff: 'NN',
    register_office: 'NN',
    admin: 'NN',
  },
  readTeam: {
    anonymous: 'NN',
    professional: 'NN',
    member: 'NN',
    managerOfThisOrg: 'YY',
    managerOfOtherOrg: 'NN',
    providerStaff: 'NN',
    register_office: 'NN',
    admin: 'NN',
  },
  readStanding: {
    anonymous: 'NN',
    professional: 'NN',
    member: 'NN',
    managerOfThisOrg: 'YN',
    managerOfOtherOrg: 'NN',
    providerStaff: 'NN',
    register_office: 'NN',
    admin: 'NN',
  },
  manageOwnConsent: {
    anonymous: 'NN',
    professional: 'YN',
    member: 'YN',
    managerOfThisOrg: 'YN',
    managerOfOtherOrg: 'YN',
    providerStaff: 'YN',
    register_office: 'YN',
    admin: 'YN',
  },
}

const first = { organisationId: ORG, consented: true, userId: ME }
const second = { organisationId: ORG, consented: false, userId: OTHER_PERSON }

describe('who may do what for an employer (role matrix)', () => {
  for (const [action, row] of Object.entries(MATRIX)) {
    for (const [role, expected] of Object.entries(row)) {
      it(`${role}: ${action} → ${expected}`, () => {
        expect(canEmployer(ROLES[role]!, action as EmployerAction, first)).toBe(expected[0] === 'Y')
        expect(canEmployer(ROLES[role]!, action as EmployerAction, second)).toBe(expected[1] === 'Y')
      })
    }
  }

  it('a standing needs consent that is explicitly true', () => {
    expect(canEmployer(ROLES.managerOfThisOrg!, 'readStanding', { organisationId: ORG })).toBe(false)
  })
})
