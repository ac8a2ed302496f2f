import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { documents } from '../../platform/storage/storage.tables.ts'
import { users } from '../identity/identity.tables.ts'
import { organisations } from '../organisations/organisations.tables.ts'
import { type ApplicationState, applicationMessages, registrationApplications } from './register.applications.tables.ts'
import { registers, registrationCycles, registrations } from './register.tables.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const OPEN_STATES: ApplicationState[] = ['submitted', 'info-requested']

/** A register by id or slug. */
export async function findRegister(db: DbOrTx, idOrSlug: string) {
  const [row] = await db
    .select()
    .from(registers)
    .where(UUID.test(idOrSlug) ? eq(registers.id, idOrSlug) : eq(registers.slug, idOrSlug))
  return row
}

/** The register's professions, read under a share lock: a concurrent change of the register waits for this apply. */
export async function shareLockRegisterProfessions(db: DbOrTx, registerId: string): Promise<string[]> {
  const [row] = await db
    .select({ professions: registers.professions })
    .from(registers)
    .where(eq(registers.id, registerId))
    .for('share')
  return row?.professions ?? []
}

export async function organisationExists(db: DbOrTx, id: string) {
  const [row] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id))
  return row !== undefined
}

/** The person's registration in a register, locked for the applying transaction. */
export async function lockRegistrationOfUser(tx: DbOrTx, registerId: string, userId: string) {
  const [row] = await tx
    .select({ id: registrations.id, status: registrations.status })
    .from(registrations)
    .where(and(eq(registrations.registerId, registerId), eq(registrations.userId, userId)))
    .for('update')
  return row
}

export async function hasOpenApplication(tx: DbOrTx, registrationId: string) {
  const [row] = await tx
    .select({ id: registrationApplications.id })
    .from(registrationApplications)
    .where(
      and(
        eq(registrationApplications.registrationId, registrationId),
        inArray(registrationApplications.state, OPEN_STATES),
      ),
    )
  return row !== undefined
}

/** The application row, locked: decisions on one application run one after the other. */
export async function lockApplication(tx: DbOrTx, applicationId: string) {
  if (!UUID.test(applicationId)) return undefined
  const [row] = await tx
    .select({
      id: registrationApplications.id,
      state: registrationApplications.state,
      registrationId: registrationApplications.registrationId,
      userId: registrations.userId,
    })
    .from(registrationApplications)
    .innerJoin(registrations, eq(registrations.id, registrationApplications.registrationId))
    .where(eq(registrationApplications.id, applicationId))
    .for('update', { of: registrationApplications })
  return row
}

/** Moves an application from one of `from` to a new state; returns false when its state was not one of `from`. */
export async function updateApplicationState(
  tx: DbOrTx,
  applicationId: string,
  from: ApplicationState[],
  set: Partial<typeof registrationApplications.$inferInsert>,
) {
  const rows = await tx
    .update(registrationApplications)
    .set(set)
    .where(and(eq(registrationApplications.id, applicationId), inArray(registrationApplications.state, from)))
    .returning({ id: registrationApplications.id })
  return rows.length === 1
}

const summary = {
  id: registrationApplications.id,
  state: registrationApplications.state,
  registerName: registers.name,
  profession: registrations.profession,
  initials: registrations.initials,
  infix: registrations.infix,
  surname: registrations.surname,
  submittedAt: registrationApplications.submittedAt,
  queuedAt: registrationApplications.queuedAt,
  decidedAt: registrationApplications.decidedAt,
  kind: sql<'first' | 'reapply' | 're-entry'>`case
    when ${registrations.reEntry} and not exists (select 1 from ${registrationApplications} n
      where n.registration_id = ${registrationApplications.registrationId}
        and n.submitted_at > ${registrationApplications.submittedAt}) then 're-entry'
    when exists (select 1 from ${registrationApplications} p
      where p.registration_id = ${registrationApplications.registrationId} and p.id <> ${registrationApplications.id}
        and p.decided_at <= ${registrationApplications.submittedAt}) then 'reapply'
    else 'first' end`,
}

/** The register office's queue: applications in `state`, longest waiting first. */
export async function findQueue(db: DbOrTx, state: ApplicationState, page: number, pageSize: number) {
  const where = eq(registrationApplications.state, state)
  const items = await db
    .select(summary)
    .from(registrationApplications)
    .innerJoin(registrations, eq(registrations.id, registrationApplications.registrationId))
    .innerJoin(registers, eq(registers.id, registrations.registerId))
    .where(where)
    .orderBy(asc(registrationApplications.queuedAt), asc(registrationApplications.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  const [total] = await db.select({ n: count() }).from(registrationApplications).where(where)
  return { items, total: total!.n }
}

/** One person's applications, newest first. */
export async function findApplicationsOfUser(db: DbOrTx, userId: string, page: number, pageSize: number) {
  const items = await db
    .select(summary)
    .from(registrationApplications)
    .innerJoin(registrations, eq(registrations.id, registrationApplications.registrationId))
    .innerJoin(registers, eq(registers.id, registrations.registerId))
    .where(eq(registrations.userId, userId))
    .orderBy(desc(registrationApplications.submittedAt))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  const [total] = await db
    .select({ n: count() })
    .from(registrationApplications)
    .innerJoin(registrations, eq(registrations.id, registrationApplications.registrationId))
    .where(eq(registrations.userId, userId))
  return { items, total: total!.n }
}

/** Everything the detail page shows about one application (without the messages). */
export async function findApplicationDetail(db: DbOrTx, applicationId: string) {
  if (!UUID.test(applicationId)) return undefined
  const [row] = await db
    .select({
      ...summary,
      userId: registrations.userId,
      registrationId: registrations.id,
      registrationStatus: registrations.status,
      registrationNumber: registrations.registrationNumber,
      registerId: registers.id,
      registerSlug: registers.slug,
      employerOrganisationId: registrations.employerOrganisationId,
      employerName: organisations.name,
      selfEmployed: registrations.selfEmployed,
      educationInstitution: registrationApplications.educationInstitution,
      educationProgramme: registrationApplications.educationProgramme,
      educationDate: sql<string>`${registrationApplications.educationDate}::text`,
      codeVersion: registrationApplications.codeVersion,
      codeAcceptedAt: registrationApplications.codeAcceptedAt,
      decisionReason: registrationApplications.decisionReason,
      diplomaId: documents.id,
      diplomaName: documents.originalName,
      diplomaMediaType: documents.mediaType,
      diplomaSize: documents.sizeBytes,
      applicantEmail: users.email,
      applicantGivenName: users.givenName,
      applicantLocale: users.locale,
    })
    .from(registrationApplications)
    .innerJoin(registrations, eq(registrations.id, registrationApplications.registrationId))
    .innerJoin(registers, eq(registers.id, registrations.registerId))
    .innerJoin(users, eq(users.id, registrations.userId))
    .innerJoin(documents, eq(documents.id, registrationApplications.diplomaDocumentId))
    .leftJoin(organisations, eq(organisations.id, registrations.employerOrganisationId))
    .where(eq(registrationApplications.id, applicationId))
  return row
}

/** The questions and answers on an application, oldest first, with any document sent along. */
export function findMessages(db: DbOrTx, applicationId: string) {
  return db
    .select({
      id: applicationMessages.id,
      kind: applicationMessages.kind,
      body: applicationMessages.body,
      authorId: applicationMessages.authorId,
      createdAt: applicationMessages.createdAt,
      documentId: documents.id,
      documentName: documents.originalName,
      documentMediaType: documents.mediaType,
      documentSize: documents.sizeBytes,
    })
    .from(applicationMessages)
    .leftJoin(documents, eq(documents.id, applicationMessages.documentId))
    .where(eq(applicationMessages.applicationId, applicationId))
    .orderBy(asc(applicationMessages.createdAt), asc(applicationMessages.id))
}

/** The open cycle opened by an approval (for the credential's validity). */
export async function findCycle(db: DbOrTx, cycleId: string) {
  const [row] = await db.select().from(registrationCycles).where(eq(registrationCycles.id, cycleId))
  return row
}

/** Who to mail about a registration: the registrant's address, name and language. */
export async function findRegistrantContact(db: DbOrTx, registrationId: string) {
  const [row] = await db
    .select({ email: users.email, givenName: users.givenName, locale: users.locale })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .where(eq(registrations.id, registrationId))
  return row
}

/** The registration fields a credential needs. */
export async function findRegistrationForCredential(db: DbOrTx, registrationId: string) {
  const [row] = await db
    .select({
      id: registrations.id,
      registrationNumber: registrations.registrationNumber,
      profession: registrations.profession,
      registerName: registers.name,
      registerSlug: registers.slug,
      email: users.email,
    })
    .from(registrations)
    .innerJoin(registers, eq(registers.id, registrations.registerId))
    .innerJoin(users, eq(users.id, registrations.userId))
    .where(eq(registrations.id, registrationId))
  return row
}
