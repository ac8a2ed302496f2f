import { describe, expect, it } from 'vitest'
import { canAudit } from '../../platform/audit/audit.policy.ts'
import type { Actor } from '../../platform/auth/actor.ts'
import { canOrganisation, type OrganisationAction } from './organisations.policy.ts'

const OWN = '11111111-1111-4111-8111-111111111111'
const OTHER = '22222222-2222-4222-8222-222222222222'

const staff = (...staffRoles: Actor['staffRoles']): Actor => ({
  userId: 'u',
  staffRoles,
  memberships: [],
  sessionId: 's',
})
const member = (role: Actor['memberships'][number]['role']): Actor => ({
  userId: 'u',
  staffRoles: [],
  memberships: [{ organisationId: OWN, role }],
  sessionId: 's',
})

const ROLES: Record<string, Actor | null> = {
  anonymous: null,
  professional: staff(),
  member: member('member'),
  researcher: member('researcher'),
  employer_manager: member('employer_manager'),
  provider_staff: member('provider_staff'),
  editor: staff('editor'),
  moderator: staff('moderator'),
  register_office: staff('register_office'),
  admin: staff('admin'),
}

// Y = allowed on the own organisation, N = refused; the second letter is the answer for another organisation.
const ORGANISATION_MATRIX: Record<OrganisationAction, Record<keyof typeof ROLES, string>> = {
  list: {
    anonymous: 'NN',
    professional: 'YY',
    member: 'YY',
    researcher: 'YY',
    employer_manager: 'YY',
    provider_staff: 'YY',
    editor: 'YY',
    moderator: 'YY',
    register_office: 'YY',
    admin: 'YY',
  },
  read: {
    anonymous: 'NN',
    professional: 'YY',
    member: 'YY',
    researcher: 'YY',
    employer_manager: 'YY',
    provider_staff: 'YY',
    editor: 'YY',
    moderator: 'YY',
    register_office: 'YY',
    admin: 'YY',
  },
  create: {
    anonymous: 'NN',
    professional: 'NN',
    member: 'NN',
    researcher: 'NN',
    employer_manager: 'NN',
    provider_staff: 'NN',
    editor: 'NN',
    moderator: 'NN',
    register_office: 'YY',
    admin: 'YY',
  },
  update: {
    anonymous: 'NN',
    professional: 'NN',
    member: 'NN',
    researcher: 'NN',
    employer_manager: 'NN',
    provider_staff: 'NN',
    editor: 'NN',
    moderator: 'NN',
    register_office: 'YY',
    admin: 'YY',
  },
  readMemberships: {
    anonymous: 'NN',
    professional: 'NN',
    member: 'NN',
    researcher: 'NN',
    employer_manager: 'YN',
    provider_staff: 'YN',
    editor: 'NN',
    moderator: 'NN',
    register_office: 'YY',
    admin: 'YY',
  },
  manageMemberships: {
    anonymous: 'NN',
    professional: 'NN',
    member: 'NN',
    researcher: 'NN',
    employer_manager: 'NN',
    provider_staff: 'NN',
    editor: 'NN',
    moderator: 'NN',
    register_office: 'YY',
    admin: 'YY',
  },
}

describe('who may do what with organisations (role matrix)', () => {
  for (const [action, row] of Object.entries(ORGANISATION_MATRIX)) {
    for (const [role, expected] of Object.entries(row)) {
      it(`${role} ${expected[0] === 'Y' ? 'may' : 'may not'} ${action} (own organisation), ${expected[1] === 'Y' ? 'may' : 'may not'} for another`, () => {
        expect(canOrganisation(ROLES[role]!, action as OrganisationAction, OWN)).toBe(expected[0] === 'Y')
        expect(canOrganisation(ROLES[role]!, action as OrganisationAction, OTHER)).toBe(expected[1] === 'Y')
      })
    }
  }
})

const AUDIT_READERS = new Set(['register_office', 'admin'])

describe('who may read the audit trail (role matrix)', () => {
  for (const [role, actor] of Object.entries(ROLES)) {
    it(`${role} ${AUDIT_READERS.has(role) ? 'may' : 'may not'} read the audit trail`, () => {
      expect(canAudit(actor, 'read')).toBe(AUDIT_READERS.has(role))
    })
  }
  it('a person with several staff roles may read it when one of them allows it', () => {
    expect(canAudit(staff('editor', 'register_office'), 'read')).toBe(true)
  })
})
