import { describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/auth/actor.ts'
import { canRegister, type RegisterAction } from './register.policy.ts'

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

// First letter: the actor's own registration (and, for confirmRemoval, a removal the actor asked for);
// second letter: someone else's registration (a removal someone else asked for).
const MATRIX: Record<RegisterAction, Record<keyof typeof ROLES, string>> = {
  apply: {
    anonymous: 'NN',
    professional: 'YY',
    employer_manager: 'YY',
    provider_staff: 'YY',
    researcher: 'YY',
    editor: 'YY',
    moderator: 'YY',
    register_office: 'YY',
    admin: 'YY',
  },
  reviewApplication: {
    anonymous: 'NN',
    professional: 'NN',
    employer_manager: 'NN',
    provider_staff: 'NN',
    researcher: 'NN',
    editor: 'NN',
    moderator: 'NN',
    register_office: 'YY',
    admin: 'NN',
  },
  decideApplication: {
    anonymous: 'NN',
    professional: 'NN',
    employer_manager: 'NN',
    provider_staff: 'NN',
    researcher: 'NN',
    editor: 'NN',
    moderator: 'NN',
    register_office: 'NY',
    admin: 'NN',
  },
  readApplication: {
    anonymous: 'NN',
    professional: 'YN',
    employer_manager: 'YN',
    provider_staff: 'YN',
    researcher: 'YN',
    editor: 'YN',
    moderator: 'YN',
    register_office: 'YY',
    admin: 'YN',
  },
  answerApplication: {
    anonymous: 'NN',
    professional: 'YN',
    employer_manager: 'YN',
    provider_staff: 'YN',
    researcher: 'YN',
    editor: 'YN',
    moderator: 'YN',
    register_office: 'YN',
    admin: 'YN',
  },
  decideStatus: {
    anonymous: 'NN',
    professional: 'NN',
    employer_manager: 'NN',
    provider_staff: 'NN',
    researcher: 'NN',
    editor: 'NN',
    moderator: 'NN',
    register_office: 'YY',
    admin: 'NN',
  },
  confirmRemoval: {
    anonymous: 'NN',
    professional: 'NN',
    employer_manager: 'NN',
    provider_staff: 'NN',
    researcher: 'NN',
    editor: 'NN',
    moderator: 'NN',
    register_office: 'NY',
    admin: 'NN',
  },
  requestRemoval: {
    anonymous: 'NN',
    professional: 'NN',
    employer_manager: 'NN',
    provider_staff: 'NN',
    researcher: 'NN',
    editor: 'NN',
    moderator: 'NN',
    register_office: 'YY',
    admin: 'NN',
  },
  cancelRemoval: {
    anonymous: 'NN',
    professional: 'NN',
    employer_manager: 'NN',
    provider_staff: 'NN',
    researcher: 'NN',
    editor: 'NN',
    moderator: 'NN',
    register_office: 'YY',
    admin: 'NN',
  },
  decideCycle: {
    anonymous: 'NN',
    professional: 'NN',
    employer_manager: 'NN',
    provider_staff: 'NN',
    researcher: 'NN',
    editor: 'NN',
    moderator: 'NN',
    register_office: 'YY',
    admin: 'NN',
  },
  readOwn: {
    anonymous: 'NN',
    professional: 'YN',
    employer_manager: 'YN',
    provider_staff: 'YN',
    researcher: 'YN',
    editor: 'YN',
    moderator: 'YN',
    register_office: 'YN',
    admin: 'YN',
  },
  changeOwnVisibility: {
    anonymous: 'NN',
    professional: 'YN',
    employer_manager: 'YN',
    provider_staff: 'YN',
    researcher: 'YN',
    editor: 'YN',
    moderator: 'YN',
    register_office: 'YN',
    admin: 'YN',
  },
  readAny: {
    anonymous: 'NN',
    professional: 'NN',
    employer_manager: 'NN',
    provider_staff: 'NN',
    researcher: 'NN',
    editor: 'NN',
    moderator: 'NN',
    register_office: 'YY',
    admin: 'NN',
  },
  configureRegisters: {
    anonymous: 'NN',
    professional: 'NN',
    employer_manager: 'NN',
    provider_staff: 'NN',
    researcher: 'NN',
    editor: 'NN',
    moderator: 'NN',
    register_office: 'YY',
    admin: 'YY',
  },
  readPublic: {
    anonymous: 'YY',
    professional: 'YY',
    employer_manager: 'YY',
    provider_staff: 'YY',
    researcher: 'YY',
    editor: 'YY',
    moderator: 'YY',
    register_office: 'YY',
    admin: 'YY',
  },
}

const own = { userId: ME, removalRequestedBy: ME }
const others = { userId: SOMEONE_ELSE, removalRequestedBy: SOMEONE_ELSE }

describe('who may do what in the register (role matrix)', () => {
  for (const [action, row] of Object.entries(MATRIX)) {
    for (const [role, expected] of Object.entries(row)) {
      it(`${role} ${expected[0] === 'Y' ? 'may' : 'may not'} ${action} (own), ${expected[1] === 'Y' ? 'may' : 'may not'} (someone else's)`, () => {
        expect(canRegister(ROLES[role]!, action as RegisterAction, own)).toBe(expected[0] === 'Y')
        expect(canRegister(ROLES[role]!, action as RegisterAction, others)).toBe(expected[1] === 'Y')
      })
    }
  }

  it('a removal nobody has asked for yet cannot be confirmed', () => {
    expect(
      canRegister(ROLES.register_office!, 'confirmRemoval', { userId: SOMEONE_ELSE, removalRequestedBy: null }),
    ).toBe(false)
    expect(canRegister(ROLES.register_office!, 'confirmRemoval')).toBe(false)
  })

  it('reading one’s own registration needs to know whose registration it is', () => {
    expect(canRegister(ROLES.professional!, 'readOwn')).toBe(false)
  })
})
