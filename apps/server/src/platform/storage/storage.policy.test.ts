import { describe, expect, it } from 'vitest'
import type { Actor } from '../auth/actor.ts'
import { canDocument } from './storage.policy.ts'

const ME = '11111111-1111-4111-8111-111111111111'
const SOMEONE_ELSE = '22222222-2222-4222-8222-222222222222'
const ORG = '33333333-3333-4333-8333-333333333333'

const person = (staffRoles: Actor['staffRoles'], role?: Actor['memberships'][number]['role']): Actor => ({
  userId: ME,
  staffRoles,
  memberships: role ? [{ organisationId: ORG, role }] : [],
  sessionId: 's',
})

const ROLES: Record<string, Actor | null> = {
  anonymous: null,
  professional: person([]),
  member: person([], 'member'),
  researcher: person([], 'researcher'),
  employer_manager: person([], 'employer_manager'),
  provider_staff: person([], 'provider_staff'),
  editor: person(['editor']),
  moderator: person(['moderator']),
  register_office: person(['register_office']),
  admin: person(['admin']),
}

// First letter: may read a document of their own; second: a document of someone else.
const READ: Record<keyof typeof ROLES, string> = {
  anonymous: 'NN',
  professional: 'YN',
  member: 'YN',
  researcher: 'YN',
  employer_manager: 'YN',
  provider_staff: 'YN',
  editor: 'YN',
  moderator: 'YN',
  register_office: 'YY',
  admin: 'YN',
}

describe('who may open an uploaded document (role matrix)', () => {
  for (const [role, expected] of Object.entries(READ)) {
    it(`${role} ${expected[0] === 'Y' ? 'may' : 'may not'} open their own document and ${expected[1] === 'Y' ? 'may' : 'may not'} open someone else's`, () => {
      expect(canDocument(ROLES[role]!, 'read', { ownerUserId: ME })).toBe(expected[0] === 'Y')
      expect(canDocument(ROLES[role]!, 'read', { ownerUserId: SOMEONE_ELSE })).toBe(expected[1] === 'Y')
    })
  }
})
