import { describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/auth/actor.ts'
import { canIdentity, type IdentityAction } from './identity.policy.ts'
import {
  commonPasswordList,
  effectiveMfaState,
  hashRecoveryCode,
  idleExpiresAt,
  initialMfaState,
  isCommonPassword,
  isMfaRequired,
  isSessionExpired,
  newRecoveryCode,
  passwordProblem,
  shouldRefreshLastSeen,
} from './identity.rules.ts'

const ORG = '00000000-0000-4000-8000-000000000001'
const ROLES = {
  professional: { staffRoles: [], memberships: [] },
  member: { staffRoles: [], memberships: [{ organisationId: ORG, role: 'member' }] },
  researcher: { staffRoles: [], memberships: [{ organisationId: ORG, role: 'researcher' }] },
  provider_staff: { staffRoles: [], memberships: [{ organisationId: ORG, role: 'provider_staff' }] },
  employer_manager: { staffRoles: [], memberships: [{ organisationId: ORG, role: 'employer_manager' }] },
  register_office: { staffRoles: ['register_office'], memberships: [] },
  editor: { staffRoles: ['editor'], memberships: [] },
  moderator: { staffRoles: ['moderator'], memberships: [] },
  admin: { staffRoles: ['admin'], memberships: [] },
} as const satisfies Record<string, Pick<Actor, 'staffRoles' | 'memberships'>>
type Role = keyof typeof ROLES

const actorOf = (role: Role): Actor => ({
  userId: '00000000-0000-4000-8000-0000000000aa',
  staffRoles: [...ROLES[role].staffRoles],
  memberships: [...ROLES[role].memberships],
  sessionId: 'x',
})

const MFA_REQUIRED: Record<Role, boolean> = {
  professional: false,
  member: false,
  researcher: false,
  provider_staff: true,
  employer_manager: true,
  register_office: true,
  editor: true,
  moderator: true,
  admin: true,
}

describe('who must use MFA', () => {
  it.each(Object.entries(MFA_REQUIRED))('%s: required = %s', (role, required) => {
    const { staffRoles, memberships } = ROLES[role as Role]
    expect(isMfaRequired(staffRoles, memberships)).toBe(required)
  })

  it('a new session waits for the code when MFA is on, must set it up when required, else is complete', () => {
    expect(initialMfaState(true, true)).toBe('pending')
    expect(initialMfaState(true, false)).toBe('pending')
    expect(initialMfaState(false, true)).toBe('setup_required')
    expect(initialMfaState(false, false)).toBe('complete')
  })

  it('someone who gets a role that needs MFA is sent to set-up on their next request', () => {
    expect(effectiveMfaState('complete', false, true)).toBe('setup_required')
    expect(effectiveMfaState('complete', true, true)).toBe('complete')
    expect(effectiveMfaState('pending', true, true)).toBe('pending')
  })
})

describe('identity policy (role matrix)', () => {
  const ACTIONS: IdentityAction[] = [
    'readOwnAccount',
    'updateOwnProfile',
    'changeOwnPassword',
    'manageOwnSessions',
    'setUpMfa',
    'disableMfa',
  ]
  const ADMIN_ACTIONS: IdentityAction[] = ['listUsers', 'manageStaffRoles']
  it('nobody acts without a log-in', () => {
    for (const action of [...ACTIONS, ...ADMIN_ACTIONS]) expect(canIdentity(null, action)).toBe(false)
  })
  const MAY_MANAGE_USERS: Record<Role, { listUsers: boolean; manageStaffRoles: boolean }> = {
    professional: { listUsers: false, manageStaffRoles: false },
    member: { listUsers: false, manageStaffRoles: false },
    researcher: { listUsers: false, manageStaffRoles: false },
    provider_staff: { listUsers: false, manageStaffRoles: false },
    employer_manager: { listUsers: false, manageStaffRoles: false },
    register_office: { listUsers: true, manageStaffRoles: false },
    editor: { listUsers: false, manageStaffRoles: false },
    moderator: { listUsers: false, manageStaffRoles: false },
    admin: { listUsers: true, manageStaffRoles: true },
  }
  it.each(Object.entries(MAY_MANAGE_USERS))(
    '%s: finds other accounts and changes staff roles = %o',
    (role, expected) => {
      const actor = actorOf(role as Role)
      expect({
        listUsers: canIdentity(actor, 'listUsers'),
        manageStaffRoles: canIdentity(actor, 'manageStaffRoles'),
      }).toEqual(expected)
    },
  )
  it.each(Object.keys(ROLES))(
    '%s manages their own account, and may turn MFA off only when no role requires it',
    (role) => {
      const actor = actorOf(role as Role)
      for (const action of ACTIONS) {
        const expected = action === 'disableMfa' ? !MFA_REQUIRED[role as Role] : true
        expect({ action, allowed: canIdentity(actor, action) }).toEqual({ action, allowed: expected })
      }
    },
  )
})

describe('password rules', () => {
  it('a password has 12 to 128 characters', () => {
    expect(passwordProblem('Kort-1', 'a@b.nl')).toBe('minLength')
    expect(passwordProblem('x'.repeat(129), 'a@b.nl')).toBe('maxLength')
    expect(passwordProblem('Fietsbel-Zonnebloem-7', 'a@b.nl')).toBeNull()
  })
  it('the bundled list has at least 10,000 common passwords', () => {
    expect(commonPasswordList().size).toBeGreaterThanOrEqual(10_000)
  })
  it.each([
    'password1234',
    'Wachtwoord123',
    'qwertyuiop123',
    'Welkom2024!!!',
    'iloveyou1234',
    'abcabcabcabc',
    '123456789012',
  ])('%s is refused as common', (password) => {
    expect(isCommonPassword(password)).toBe(true)
    expect(passwordProblem(password, 'a@b.nl')).toBe('common')
  })
  it('the e-mail address (or its name part) is not a password', () => {
    expect(passwordProblem('jan.de.vries@gemeente.nl', 'Jan.de.Vries@gemeente.nl')).toBe('email')
    expect(passwordProblem('jan.de.vries.utrecht', 'jan.de.vries.utrecht@gemeente.nl')).toBe('email')
  })
})

describe('session timeouts', () => {
  const start = new Date('2025-03-01T09:00:00Z')
  const session = { lastSeenAt: start, expiresAt: new Date(start.getTime() + 12 * 3600_000) }
  it('ends after 30 minutes idle', () => {
    expect(isSessionExpired(session, new Date(start.getTime() + 29 * 60_000))).toBe(false)
    expect(isSessionExpired(session, new Date(start.getTime() + 30 * 60_000))).toBe(true)
  })
  it('never lives past its absolute end', () => {
    const late = { lastSeenAt: new Date(session.expiresAt.getTime() - 60_000), expiresAt: session.expiresAt }
    expect(idleExpiresAt(late)).toEqual(session.expiresAt)
    expect(isSessionExpired(late, session.expiresAt)).toBe(true)
  })
  it('lastSeenAt is written at most once a minute', () => {
    expect(shouldRefreshLastSeen(start, new Date(start.getTime() + 59_000))).toBe(false)
    expect(shouldRefreshLastSeen(start, new Date(start.getTime() + 60_000))).toBe(true)
  })
})

describe('recovery codes', () => {
  it('look like XXXX-XXXX-XXXX and are different each time', () => {
    const codes = Array.from({ length: 50 }, newRecoveryCode)
    for (const code of codes) expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/)
    expect(new Set(codes).size).toBe(50)
  })
  it('match whatever the case, spaces or dashes', () => {
    expect(hashRecoveryCode('abcd efgh-jkmn')).toBe(hashRecoveryCode('ABCD-EFGH-JKMN'))
    expect(hashRecoveryCode('ABCD-EFGH-JKMN')).not.toBe(hashRecoveryCode('ABCD-EFGH-JKMP'))
  })
})
