import { eq } from 'drizzle-orm'
import type { TestApp } from '../../../test/app.ts'
import { systemContext } from '../../platform/auth/actor.ts'
import { issuerOf } from '../../platform/credentials/issuer-cache.ts'
import { issueCertification } from '../../platform/credentials/open-badges.ts'
import { users } from '../identity/identity.tables.ts'
import { registrationCredentials } from './register.decisions.tables.ts'
import { normalizeSurname } from './register.rules.ts'
import { changeStatus } from './register.status.ts'
import { registers, registrations } from './register.tables.ts'

// Test data for the register module's service and HTTP tests (not a test file itself).

let counter = 0

export async function createRegister(t: TestApp, prefix = 'KM') {
  const [row] = await t.database.db
    .insert(registers)
    .values({
      name: `Register ${prefix}`,
      slug: prefix.toLowerCase(),
      numberPrefix: prefix,
      professions: ['jobcoach'],
      cycleYears: 5,
    })
    .returning()
  return row!
}

async function systemUser(t: TestApp) {
  const [row] = await t.database.db
    .insert(users)
    .values({
      email: `medewerker-${++counter}@test.vakregister.nl`,
      passwordHash: 'x',
      givenName: 'Marieke',
      familyName: 'de Boer',
      staffRoles: ['register_office'],
    })
    .returning({ id: users.id })
  return row!.id
}

/**
 * A registration for `userId` (a new user when absent), approved on `approvedOn` unless `candidate` is asked for.
 */
export async function createRegistration(
  t: TestApp,
  registerId: string,
  options: { userId?: string; surname?: string; infix?: string; approvedOn?: string | null } = {},
) {
  const db = t.database.db
  const userId = options.userId ?? (await systemUser(t))
  const surname = options.surname ?? 'Jansen'
  const infix = options.infix ?? ''
  const [row] = await db
    .insert(registrations)
    .values({
      registerId,
      userId,
      profession: 'jobcoach',
      initials: 'J.',
      infix,
      surname,
      surnameSearch: normalizeSurname(`${infix} ${surname}`),
    })
    .returning({ id: registrations.id })
  const id = row!.id
  const approvedOn = options.approvedOn === undefined ? '2026-01-05' : options.approvedOn
  if (approvedOn) {
    const approver = await systemUser(t)
    const ctx = {
      ...systemContext('test'),
      actor: { userId: approver, staffRoles: ['register_office' as const], memberships: [], sessionId: null },
    }
    await db.transaction((tx) =>
      changeStatus(tx, t.app.deps, ctx, id, { action: { type: 'approve' }, effectiveDate: approvedOn, reason: '' }),
    )
  }
  const [saved] = await db.select().from(registrations).where(eq(registrations.id, id))
  return saved!
}

/** Issues a credential for a registration directly (as the APPLY flow does on approval). */
export async function issueCredentialFor(t: TestApp, registrationId: string, licenseNumber: string) {
  const deps = t.app.deps
  const issuer = await issuerOf(deps)
  return deps.database.db.transaction(async (tx) => {
    const issued = await issueCertification(
      tx,
      issuer,
      {
        recipientEmail: 'jansen@voorbeeld.nl',
        licenseNumber,
        achievement: { id: 'https://example.nl/klantmanager', name: 'Klantmanager', description: 'd', criteria: 'c' },
        validFrom: new Date('2026-01-05T00:00:00Z'),
      },
      deps.clock(),
    )
    await tx.insert(registrationCredentials).values({
      credentialId: issued.credentialId,
      registrationId,
      validFrom: '2026-01-05',
      validUntil: '2031-01-04',
      document: issued.credential,
    })
    return issued
  })
}
