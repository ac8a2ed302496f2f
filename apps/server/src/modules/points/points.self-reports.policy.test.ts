import { describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/auth/actor.ts'
import { canSelfReport, type SelfReportAction } from './points.self-reports.policy.ts'

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
type Role = keyof typeof ROLES

// First letter: the actor's own activity (for submit: their own registered registration); second: someone else's.
const everyone = (value: string): Record<Role, string> =>
  Object.fromEntries(Object.keys(ROLES).map((role) => [role, role === 'anonymous' ? 'NN' : value]))
const officeOnly = (value: string): Record<Role, string> => ({ ...everyone('NN'), register_office: value })

const MATRIX: Record<SelfReportAction, Record<Role, string>> = {
  submit: everyone('YN'),
  read: { ...everyone('YN'), register_office: 'YY' },
  withdraw: everyone('YN'),
  review: officeOnly('YY'),
  configure: officeOnly('YY'),
  decide: { ...officeOnly('NY') },
  spotCheck: { ...officeOnly('NY') },
}

describe('who may do what with self-reported activities (role matrix)', () => {
  for (const [action, row] of Object.entries(MATRIX) as [SelfReportAction, Record<Role, string>][]) {
    for (const [role, expected] of Object.entries(row)) {
      it(`${role}: ${action} on their own ${expected[0] === 'Y' ? 'allowed' : 'refused'}, on someone else's ${expected[1] === 'Y' ? 'allowed' : 'refused'}`, () => {
        const resource = (ownerUserId: string) => ({ ownerUserId, registrationStatus: 'registered' })
        expect(canSelfReport(ROLES[role]!, action, resource(ME))).toBe(expected[0] === 'Y')
        expect(canSelfReport(ROLES[role]!, action, resource(SOMEONE_ELSE))).toBe(expected[1] === 'Y')
      })
    }
  }

  it('only a registered or suspended registration may report activities', () => {
    const me = ROLES.professional!
    for (const status of ['registered', 'suspended'])
      expect(canSelfReport(me, 'submit', { ownerUserId: ME, registrationStatus: status })).toBe(true)
    for (const status of ['candidate', 'lapsed', 'removed', 'rejected', undefined])
      expect(canSelfReport(me, 'submit', { ownerUserId: ME, registrationStatus: status })).toBe(false)
  })

  it('the register office may read nothing without a resource, and review without one', () => {
    expect(canSelfReport(ROLES.register_office!, 'read', undefined)).toBe(false)
    expect(canSelfReport(ROLES.register_office!, 'review', undefined)).toBe(true)
    expect(canSelfReport(ROLES.admin!, 'review', undefined)).toBe(false)
  })
})
