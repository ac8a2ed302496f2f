import { describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/auth/actor.ts'
import { canEvent, type EventAction } from './events.policy.ts'

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
  professional: actor(),
  'provider staff': actor({ memberships: [{ organisationId: ORG, role: 'provider_staff' }] }),
  'other provider': actor({ memberships: [{ organisationId: 'org-2', role: 'provider_staff' }] }),
  'member of the organiser': actor({ memberships: [{ organisationId: ORG, role: 'member' }] }),
  'register office': actor({ staffRoles: ['register_office'] }),
  'API key': actor({ apiKey: { id: 'k', organisationId: ORG } }),
}

// action → the roles that may do it (on the organiser ORG, and on a sign-up of u-1)
const MATRIX: Record<EventAction, string[]> = {
  readAgenda: Object.keys(roles),
  manage: ['provider staff'],
  readSignUps: ['provider staff'],
  signUp: ['professional', 'provider staff', 'other provider', 'member of the organiser', 'register office'],
  manageFeed: ['professional', 'provider staff', 'other provider', 'member of the organiser', 'register office'],
  manageOwnSignUp: ['professional', 'provider staff', 'other provider', 'member of the organiser', 'register office'],
}

describe('who may do what in the agenda', () => {
  for (const [action, allowed] of Object.entries(MATRIX) as [EventAction, string[]][]) {
    for (const [role, who] of Object.entries(roles)) {
      const may = allowed.includes(role)
      it(`${role} ${may ? 'may' : 'may not'} ${action}`, () => {
        expect(canEvent(who, action, { organisationId: ORG, ownerId: 'u-1' })).toBe(may)
      })
    }
  }

  it('nobody acts on someone else’s sign-up', () => {
    expect(canEvent(actor({ userId: 'u-2' }), 'manageOwnSignUp', { ownerId: 'u-1' })).toBe(false)
    expect(
      canEvent(actor({ staffRoles: ['register_office'], userId: 'u-2' }), 'manageOwnSignUp', { ownerId: 'u-1' }),
    ).toBe(false)
  })
})
