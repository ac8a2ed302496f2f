import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { outboxMails } from '../../platform/mail/mail.tables.ts'
import { documents } from '../../platform/storage/storage.tables.ts'
import { cpdSharingConsents, employerInvitations } from '../employers/employers.tables.ts'
import { sessions, users } from '../identity/identity.tables.ts'
import { memberships, organisations } from '../organisations/organisations.tables.ts'
import { applicationMessages, registrationApplications } from '../register/register.applications.tables.ts'
import { cycleDecisions, registrationCredentials } from '../register/register.decisions.tables.ts'
import { registers, registrationCycles, registrationStatusChanges, registrations } from '../register/register.tables.ts'
import { dataRequests } from './privacy.tables.ts'

// Reads every piece of personal data of one person, across the modules (read-only; for the export of AVG art. 15/20).

export async function findAccount(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      givenName: users.givenName,
      familyName: users.familyName,
      locale: users.locale,
      status: users.status,
      staffRoles: users.staffRoles,
      emailVerifiedAt: users.emailVerifiedAt,
      mfaEnabledAt: users.mfaEnabledAt,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
    })
    .from(users)
    .where(eq(users.id, userId))
  return row
}

export const findSessions = (db: DbOrTx, userId: string) =>
  db
    .select({
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      mfaState: sessions.mfaState,
      userAgent: sessions.userAgent,
      ipAddress: sessions.ipAddress,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(desc(sessions.lastSeenAt))

export const findMemberships = (db: DbOrTx, userId: string) =>
  db
    .select({
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      role: memberships.role,
      createdAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name))

/** The person's registrations with everything hanging from them. */
export async function findRegistrations(db: DbOrTx, userId: string) {
  const rows = await db
    .select({
      id: registrations.id,
      registerName: registers.name,
      registrationNumber: registrations.registrationNumber,
      status: registrations.status,
      reEntry: registrations.reEntry,
      profession: registrations.profession,
      employerName: organisations.name,
      selfEmployed: registrations.selfEmployed,
      showEmployerPublicly: registrations.showEmployerPublicly,
      initials: registrations.initials,
      infix: registrations.infix,
      surname: registrations.surname,
      registeredSince: registrations.registeredSince,
      createdAt: registrations.createdAt,
      updatedAt: registrations.updatedAt,
    })
    .from(registrations)
    .innerJoin(registers, eq(registers.id, registrations.registerId))
    .leftJoin(organisations, eq(organisations.id, registrations.employerOrganisationId))
    .where(eq(registrations.userId, userId))
    .orderBy(asc(registrations.createdAt))
  const ids = rows.map((r) => r.id)
  if (ids.length === 0) return []
  const [history, cycles, applications, credentials] = await Promise.all([
    db
      .select()
      .from(registrationStatusChanges)
      .where(inArray(registrationStatusChanges.registrationId, ids))
      .orderBy(asc(registrationStatusChanges.decidedAt)),
    db
      .select()
      .from(registrationCycles)
      .where(inArray(registrationCycles.registrationId, ids))
      .orderBy(asc(registrationCycles.number)),
    db
      .select()
      .from(registrationApplications)
      .where(inArray(registrationApplications.registrationId, ids))
      .orderBy(asc(registrationApplications.submittedAt)),
    db
      .select({
        registrationId: registrationCredentials.registrationId,
        credentialId: registrationCredentials.credentialId,
        validFrom: registrationCredentials.validFrom,
        validUntil: registrationCredentials.validUntil,
        issuedAt: registrationCredentials.issuedAt,
      })
      .from(registrationCredentials)
      .where(inArray(registrationCredentials.registrationId, ids))
      .orderBy(asc(registrationCredentials.issuedAt)),
  ])
  const decisions =
    cycles.length === 0
      ? []
      : await db
          .select()
          .from(cycleDecisions)
          .where(
            inArray(
              cycleDecisions.cycleId,
              cycles.map((c) => c.id),
            ),
          )
          .orderBy(asc(cycleDecisions.decidedAt))
  const messages =
    applications.length === 0
      ? []
      : await db
          .select()
          .from(applicationMessages)
          .where(
            inArray(
              applicationMessages.applicationId,
              applications.map((a) => a.id),
            ),
          )
          .orderBy(asc(applicationMessages.createdAt))
  return rows.map((r) => ({
    ...r,
    history: history.filter((h) => h.registrationId === r.id),
    cycles: cycles
      .filter((c) => c.registrationId === r.id)
      .map((c) => ({ ...c, decisions: decisions.filter((d) => d.cycleId === c.id) })),
    applications: applications
      .filter((a) => a.registrationId === r.id)
      .map((a) => ({ ...a, messages: messages.filter((m) => m.applicationId === a.id) })),
    credentials: credentials.filter((c) => c.registrationId === r.id),
  }))
}

export const findDocuments = (db: DbOrTx, userId: string) =>
  db
    .select({
      id: documents.id,
      purpose: documents.purpose,
      originalName: documents.originalName,
      mediaType: documents.mediaType,
      sizeBytes: documents.sizeBytes,
      createdAt: documents.createdAt,
    })
    .from(documents)
    .where(eq(documents.ownerUserId, userId))
    .orderBy(asc(documents.createdAt))

export const findConsents = (db: DbOrTx, userId: string) =>
  db
    .select({
      organisationId: cpdSharingConsents.organisationId,
      organisationName: organisations.name,
      grantedAt: cpdSharingConsents.grantedAt,
      updatedAt: cpdSharingConsents.updatedAt,
    })
    .from(cpdSharingConsents)
    .innerJoin(organisations, eq(organisations.id, cpdSharingConsents.organisationId))
    .where(eq(cpdSharingConsents.userId, userId))

export const findInvitationsTo = (db: DbOrTx, email: string) =>
  db
    .select({
      organisationName: organisations.name,
      createdAt: employerInvitations.createdAt,
      expiresAt: employerInvitations.expiresAt,
    })
    .from(employerInvitations)
    .innerJoin(organisations, eq(organisations.id, employerInvitations.organisationId))
    .where(eq(employerInvitations.email, email))

export const findMailsTo = (db: DbOrTx, email: string) =>
  db
    .select({
      subject: outboxMails.subject,
      template: outboxMails.template,
      status: outboxMails.status,
      createdAt: outboxMails.createdAt,
      sentAt: outboxMails.sentAt,
    })
    .from(outboxMails)
    .where(sql`lower(${outboxMails.toAddress}) = lower(${email})`)
    .orderBy(asc(outboxMails.createdAt))

export const findOwnDataRequests = (db: DbOrTx, userId: string) =>
  db.select().from(dataRequests).where(eq(dataRequests.userId, userId)).orderBy(desc(dataRequests.createdAt))

/** Audit events by the person, or about them (their account or one of their registrations). */
export function findAuditEventsAbout(db: DbOrTx, userId: string, registrationIds: string[]) {
  const about = [userId, ...registrationIds]
  return db
    .select({
      occurredAt: auditEvents.occurredAt,
      actorId: auditEvents.actorId,
      action: auditEvents.action,
      objectType: auditEvents.objectType,
      objectId: auditEvents.objectId,
      result: auditEvents.result,
      origin: auditEvents.origin,
    })
    .from(auditEvents)
    .where(
      or(
        eq(auditEvents.actorId, userId),
        and(sql`${auditEvents.objectId} is not null`, inArray(auditEvents.objectId, about)),
        sql`${auditEvents.details}->>'userId' = ${userId}`,
      ),
    )
    .orderBy(asc(auditEvents.id))
}
