import { describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/auth/actor.ts'
import { canDossier, canNorms, type NormAction } from './points.norms.policy.ts'

const ME = '11111111-1111-4111-8111-111111111111'
const SOMEONE_ELSE = '22222222-2222-4222-8222-222222222222'
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
  employer_manager: actor([], [{ organisationId: ORG, role: 'employer_manager' }]),
  provider_staff: actor([], [{ organisationId: ORG, role: 'provider_staff' }]),
  researcher: actor([], [{ organisationId: ORG, role: 'researcher' }]),
  editor: actor(['editor']),
  moderator: actor(['moderator']),
  register_office: actor(['register_office']),
  admin: actor(['admin']),
}

const NORMS: Record<NormAction, Record<keyof typeof ROLES, boolean>> = {
  readNorms: {
    anonymous: false,
    professional: false,
    employer_manager: false,
    provider_staff: false,
    researcher: false,
    editor: false,
    moderator: false,
    register_office: true,
    admin: true,
  },
  addNormVersion: {
    anonymous: false,
    professional: false,
    employer_manager: false,
    provider_staff: false,
    researcher: false,
    editor: false,
    moderator: false,
    register_office: true,
    admin: true,
  },
}

// First letter: the actor's own registration; second: someone else's.
const DOSSIER: Record<keyof typeof ROLES, string> = {
  anonymous: 'NN',
  professional: 'YN',
  employer_manager: 'YN',
  provider_staff: 'YN',
  researcher: 'YN',
  editor: 'YN',
  moderator: 'YN',
  register_office: 'YY',
  admin: 'YN',
}

describe('who may read and change norms (role matrix)', () => {
  for (const [action, row] of Object.entries(NORMS)) {
    for (const [role, expected] of Object.entries(row)) {
      it(`${role} ${expected ? 'may' : 'may not'} ${action}`, () => {
        expect(canNorms(ROLES[role]!, action as NormAction)).toBe(expected)
      })
    }
  }
})

describe('who may read a CPD dossier (role matrix)', () => {
  for (const [role, expected] of Object.entries(DOSSIER)) {
    it(`${role} ${expected[0] === 'Y' ? 'may' : 'may not'} read their own, ${expected[1] === 'Y' ? 'may' : 'may not'} read someone else's`, () => {
      expect(canDossier(ROLES[role]!, 'readDossier', { userId: ME })).toBe(expected[0] === 'Y')
      expect(canDossier(ROLES[role]!, 'readDossier', { userId: SOMEONE_ELSE })).toBe(expected[1] === 'Y')
    })
  }
})
