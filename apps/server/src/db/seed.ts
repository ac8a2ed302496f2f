import { eq, sql } from 'drizzle-orm'
import { TOTP } from 'otpauth'
import type { AppDeps } from '../app.ts'
import { seedEventsDemo } from '../modules/events/events.seed.ts'
import { createSeedUser } from '../modules/identity/identity.service.ts'
import { memberships, organisations } from '../modules/organisations/organisations.tables.ts'
import { seedAccreditationDemo } from '../modules/points/points.accreditation.seed.ts'
import { seedAttendanceDemo } from '../modules/points/points.attendance.seed.ts'
import { seedPointsHistoryDemo } from '../modules/points/points.history.seed.ts'
import { seedNormsDemo } from '../modules/points/points.norms.seed.ts'
import { seedSelfReportsDemo } from '../modules/points/points.self-reports.seed.ts'
import { seedPrivacyDemo } from '../modules/privacy/privacy.seed.ts'
import { seedApplicationsDemo } from '../modules/register/register.applications.seed.ts'
import { type SeedPerson, seedRegisterDemo } from '../modules/register/register.seed.ts'
import { recordAudit } from '../platform/audit/audit.service.ts'
import { systemContext } from '../platform/auth/actor.ts'
import {
  DEMO_ACCOUNTS,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_PROFESSIONALS,
  DEMO_REGISTERS,
  DEMO_REGISTRATIONS,
  DEMO_TOTP_SECRET,
  type DemoAccount,
} from './seed-data.ts'

export { DEMO_PASSWORD, DEMO_TOTP_SECRET } from './seed-data.ts'

/** An arbitrary constant: two instances starting at once seed only once. */
const SEED_LOCK = 7_202_613
const MARKER = 'Registerbureau Vakregister'

export interface DemoLogin {
  role: string
  email: string
  password: string
  /** Base32 TOTP secret and otpauth URI, for the roles that require MFA. */
  totpSecret?: string
  otpauthUri?: string
}

/** Where to log in as each role (printed by server.ts). */
export function demoLogins(): DemoLogin[] {
  return DEMO_ACCOUNTS.map((account) => ({
    role: account.role,
    email: account.email,
    password: DEMO_PASSWORD,
    ...(account.mfa
      ? {
          totpSecret: DEMO_TOTP_SECRET,
          otpauthUri: new TOTP({ issuer: 'Vakregister', label: account.email, secret: DEMO_TOTP_SECRET }).toString(),
        }
      : {}),
  }))
}

/** True when the demo data is there (the register office organisation is its marker). */
export async function hasDemoData(deps: AppDeps): Promise<boolean> {
  const [row] = await deps.database.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.name, MARKER))
  return row !== undefined
}

/**
 * Fills an empty database with demo organisations and one account per role. Refuses in production; does
 * nothing when the demo data is already there. Returns whether it seeded.
 */
export async function seedDemoData(deps: AppDeps): Promise<boolean> {
  if (deps.config.nodeEnv === 'production' || process.env.NODE_ENV === 'production') {
    throw new Error('De demodata wordt nooit in productie geladen (NODE_ENV=production).')
  }
  return deps.database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`)
    const [existing] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.name, MARKER))
    if (existing) return false
    const now = deps.clock()
    const orgIds = new Map<string, string>()
    for (const org of DEMO_ORGANISATIONS) {
      const [row] = await tx
        .insert(organisations)
        .values({ name: org.name, kind: org.kind, city: org.city, createdAt: now })
        .returning({ id: organisations.id })
      orgIds.set(org.key, row!.id)
    }
    const accounts: DemoAccount[] = [...DEMO_ACCOUNTS, ...DEMO_PROFESSIONALS]
    const people = new Map<string, SeedPerson>()
    // A few at a time: hashing (argon2id) runs on the thread pool while the inserts wait their turn.
    for (let i = 0; i < accounts.length; i += 4) {
      await Promise.all(
        accounts.slice(i, i + 4).map(async (account) => {
          const { id } = await createSeedUser(deps, tx, {
            email: account.email,
            password: DEMO_PASSWORD,
            givenName: account.givenName,
            familyName: account.familyName,
            staffRoles: account.staffRoles,
            totpSecret: account.mfa ? DEMO_TOTP_SECRET : undefined,
          })
          const employer = account.membership?.role === 'member' ? account.membership.organisation : null
          people.set(account.email, {
            id,
            givenName: account.givenName,
            familyName: account.familyName,
            organisationId: employer ? orgIds.get(employer)! : null,
          })
          if (account.membership) {
            await tx.insert(memberships).values({
              userId: id,
              organisationId: orgIds.get(account.membership.organisation)!,
              role: account.membership.role,
              createdAt: now,
            })
          }
        }),
      )
    }
    const register = await seedRegisterDemo(tx, now, DEMO_REGISTERS, DEMO_REGISTRATIONS, people)
    const accreditation = await seedAccreditationDemo(tx, now)
    const norms = await seedNormsDemo(tx, now) // before any other points seed: they book against these norms
    const attendance = await seedAttendanceDemo(tx, now)
    const history = await seedPointsHistoryDemo(tx, now)
    const review = await seedApplicationsDemo(deps, tx, now)
    const privacy = await seedPrivacyDemo(tx, now, people.get(DEMO_PROFESSIONALS[20]!.email))
    const selfReports = await seedSelfReportsDemo(deps, tx, now)
    const agenda = await seedEventsDemo(tx, now)
    await recordAudit(tx, systemContext('seed'), {
      action: 'system.demo-data.seeded',
      result: 'success',
      details: {
        organisations: DEMO_ORGANISATIONS.length,
        accounts: accounts.length,
        ...register,
        ...review,
        ...privacy,
        ...accreditation,
        ...selfReports,
        ...norms,
        ...attendance,
        ...history,
        ...agenda,
      },
      occurredAt: now,
    })
    return true
  })
}
