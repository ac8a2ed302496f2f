import { describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/auth/actor.ts'
import { type AccreditationAction, canAccreditation } from './points.accreditation.policy.ts'

const ME = '11111111-1111-4111-8111-111111111111'
const SOMEONE_ELSE = '22222222-2222-4222-8222-222222222222'
const OUR_ORG = '33333333-3333-4333-8333-333333333333'
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
  member: actor([], [{ organisationId: OUR_ORG, role: 'member' }]),
  employer_manager: actor([], [{ organisationId: OUR_ORG, role: 'employer_manager' }]),
  provider_staff: actor([], [{ organisationId: OUR_ORG, role: 'provider_staff' }]),
  researcher: actor([], [{ organisationId: OUR_ORG, role: 'researcher' }]),
  editor: actor(['editor']),
  moderator: actor(['moderator']),
  register_office: actor(['register_office']),
  admin: actor(['admin']),
}

// First letter: our organisation's activity (for decideObjection: a decision someone else took);
// second letter: another organisation's activity (for decideObjection: a decision the actor took).
const row = (yes: string[], value: string, rest = 'NN') =>
  Object.fromEntries(Object.keys(ROLES).map((role) => [role, yes.includes(role) ? value : rest]))
const MATRIX: Record<AccreditationAction, Record<string, string>> = {
  readCatalogue: row(Object.keys(ROLES), 'YY'),
  actAsProvider: row(['provider_staff'], 'YY'),
  submit: row(['provider_staff'], 'YN'),
  readOwn: row(['provider_staff'], 'YN'),
  withdraw: row(['provider_staff'], 'YN'),
  object: row(['provider_staff'], 'YN'),
  manageRuns: row(['provider_staff'], 'YN'),
  review: row(['register_office'], 'YY'),
  decide: row(['register_office'], 'YY'),
  check: row(['register_office'], 'YY'),
  manageAccreditedProviders: row(['register_office'], 'YY'),
  decideObjection: row(['register_office'], 'YN'),
}

const ours = { organisationId: OUR_ORG, originalDeciderId: SOMEONE_ELSE }
const theirs = { organisationId: OTHER_ORG, originalDeciderId: ME }

describe('who may do what in accreditation (role matrix)', () => {
  for (const [action, roles] of Object.entries(MATRIX)) {
    for (const [role, expected] of Object.entries(roles)) {
      it(`${role} ${expected[0] === 'Y' ? 'may' : 'may not'} ${action} (ours), ${expected[1] === 'Y' ? 'may' : 'may not'} (theirs)`, () => {
        expect(canAccreditation(ROLES[role]!, action as AccreditationAction, ours)).toBe(expected[0] === 'Y')
        expect(canAccreditation(ROLES[role]!, action as AccreditationAction, theirs)).toBe(expected[1] === 'Y')
      })
    }
  }

  it('an objection to an automatic (fast-track) decision may be decided by any member of the register office', () => {
    expect(canAccreditation(ROLES.register_office!, 'decideObjection', { originalDeciderId: null })).toBe(true)
  })

  it('without knowing the objection, nobody decides it; without an organisation, nobody submits', () => {
    expect(canAccreditation(ROLES.register_office!, 'decideObjection', {})).toBe(false)
    expect(canAccreditation(ROLES.provider_staff!, 'submit', {})).toBe(false)
  })
})
