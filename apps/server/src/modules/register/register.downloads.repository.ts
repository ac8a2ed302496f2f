import { desc, eq, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { registrationCredentials } from './register.decisions.tables.ts'
import { registers, registrationCycles, registrations } from './register.tables.ts'

// Queries for the registrant's downloads and own settings.

/** A registration with what a certificate needs, and the effective end of its newest open cycle. */
export async function findRegistrationForDownload(db: DbOrTx, registrationId: string) {
  const [row] = await db
    .select({
      id: registrations.id,
      userId: registrations.userId,
      status: registrations.status,
      registrationNumber: registrations.registrationNumber,
      initials: registrations.initials,
      infix: registrations.infix,
      surname: registrations.surname,
      profession: registrations.profession,
      registeredSince: registrations.registeredSince,
      showEmployerPublicly: registrations.showEmployerPublicly,
      employerOrganisationId: registrations.employerOrganisationId,
      registerName: registers.name,
      validUntil: sql<string | null>`(select coalesce(c.postponed_until, c.end_date)::text from ${registrationCycles} c
        where c.registration_id = ${registrations.id} and c.closed_at is null order by c.number desc limit 1)`,
    })
    .from(registrations)
    .innerJoin(registers, eq(registers.id, registrations.registerId))
    .where(eq(registrations.id, registrationId))
  return row
}

/** The newest stored credential of a registration. */
export async function findLatestCredential(db: DbOrTx, registrationId: string) {
  const [row] = await db
    .select({ credentialId: registrationCredentials.credentialId, document: registrationCredentials.document })
    .from(registrationCredentials)
    .where(eq(registrationCredentials.registrationId, registrationId))
    .orderBy(desc(registrationCredentials.issuedAt))
    .limit(1)
  return row
}

export async function updateEmployerVisibility(db: DbOrTx, registrationId: string, show: boolean, now: Date) {
  await db
    .update(registrations)
    .set({ showEmployerPublicly: show, updatedAt: now })
    .where(eq(registrations.id, registrationId))
}
