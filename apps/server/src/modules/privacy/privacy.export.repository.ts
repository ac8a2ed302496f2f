import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { outboxMails } from '../../platform/mail/mail.tables.ts'
import { documents } from '../../platform/storage/storage.tables.ts'
import { cpdSharingConsents, employerInvitations } from '../employers/employers.tables.ts'
import { sessions, users } from '../identity/identity.tables.ts'
import { memberships, organisations } from '../organisations/organisations.tables.ts'
import { activities, activityObjections, activityRuns } from '../points/points.accreditation.tables.ts'
import { attendances, organisationApiKeys } from '../points/points.attendance.tables.ts'
import { reregistrationRequests } from '../points/points.reregistration.tables.ts'
import { selfReportedActivities } from '../points/points.self-reports.tables.ts'
import { pointsLedger } from '../points/points.tables.ts'
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

/** CPD points of the registrations: ledger entries, self-reported activities, attendances, re-registration requests. */
export async function findPoints(db: DbOrTx, registrationIds: string[]) {
  if (registrationIds.length === 0) return { ledger: [], selfReports: [], attendances: [], reregistrations: [] }
  const [ledger, selfReports, attended, reregistrations] = await Promise.all([
    db
      .select({
        registrationId: pointsLedger.registrationId,
        activityDate: pointsLedger.activityDate,
        category: pointsLedger.category,
        points: pointsLedger.points,
        reference: pointsLedger.reference,
        source: pointsLedger.source,
        bookedAt: pointsLedger.bookedAt,
        note: pointsLedger.note,
        reversesEntryId: pointsLedger.reversesEntryId,
      })
      .from(pointsLedger)
      .where(inArray(pointsLedger.registrationId, registrationIds))
      .orderBy(asc(pointsLedger.bookedAt), asc(pointsLedger.id)),
    db
      .select({
        registrationId: selfReportedActivities.registrationId,
        kind: selfReportedActivities.kind,
        title: selfReportedActivities.title,
        description: selfReportedActivities.description,
        activityDate: selfReportedActivities.activityDate,
        hours: selfReportedActivities.hours,
        requestedCategory: selfReportedActivities.requestedCategory,
        evidenceKind: selfReportedActivities.evidenceKind,
        evidenceName: documents.originalName,
        state: selfReportedActivities.state,
        submittedAt: selfReportedActivities.submittedAt,
        pointsGranted: selfReportedActivities.pointsGranted,
        categoryGranted: selfReportedActivities.categoryGranted,
        reviewedAt: selfReportedActivities.reviewedAt,
        decisionReason: selfReportedActivities.decisionReason,
        spotCheck: selfReportedActivities.spotCheck,
        spotCheckedAt: selfReportedActivities.spotCheckedAt,
        spotCheckOutcome: selfReportedActivities.spotCheckOutcome,
      })
      .from(selfReportedActivities)
      .leftJoin(documents, eq(documents.id, selfReportedActivities.evidenceDocumentId))
      .where(inArray(selfReportedActivities.registrationId, registrationIds))
      .orderBy(asc(selfReportedActivities.activityDate), asc(selfReportedActivities.submittedAt)),
    db
      .select({
        registrationId: attendances.registrationId,
        activityPublicId: activities.publicId,
        activityTitle: activities.title,
        providerName: organisations.name,
        startsOn: activityRuns.startsOn,
        endsOn: activityRuns.endsOn,
        online: activityRuns.online,
        method: attendances.method,
        recordedAt: attendances.recordedAt,
        withdrawnAt: attendances.withdrawnAt,
        withdrawalReason: attendances.withdrawalReason,
      })
      .from(attendances)
      .innerJoin(activityRuns, eq(activityRuns.id, attendances.runId))
      .innerJoin(activities, eq(activities.id, activityRuns.activityId))
      .innerJoin(organisations, eq(organisations.id, activities.providerOrganisationId))
      .where(inArray(attendances.registrationId, registrationIds))
      .orderBy(asc(activityRuns.startsOn), asc(attendances.recordedAt)),
    db
      .select({
        registrationId: reregistrationRequests.registrationId,
        cycleNumber: registrationCycles.number,
        kind: reregistrationRequests.kind,
        state: reregistrationRequests.state,
        reason: reregistrationRequests.reason,
        postponedUntil: reregistrationRequests.postponedUntil,
        shiftYears: reregistrationRequests.shiftYears,
        submittedAt: reregistrationRequests.submittedAt,
        decidedAt: reregistrationRequests.decidedAt,
        decisionReason: reregistrationRequests.decisionReason,
      })
      .from(reregistrationRequests)
      .innerJoin(registrationCycles, eq(registrationCycles.id, reregistrationRequests.cycleId))
      .where(inArray(reregistrationRequests.registrationId, registrationIds))
      .orderBy(asc(reregistrationRequests.submittedAt)),
  ])
  return { ledger, selfReports, attendances: attended, reregistrations }
}

/** What the person did for a provider: activities and objections they submitted, API keys they created. */
export async function findProviderWork(db: DbOrTx, userId: string) {
  const [submitted, objections, apiKeys] = await Promise.all([
    db
      .select({
        organisationName: organisations.name,
        publicId: activities.publicId,
        title: activities.title,
        state: activities.state,
        submittedAt: activities.submittedAt,
      })
      .from(activities)
      .innerJoin(organisations, eq(organisations.id, activities.providerOrganisationId))
      .where(eq(activities.submittedById, userId))
      .orderBy(asc(activities.submittedAt)),
    db
      .select({
        activityTitle: activities.title,
        activityPublicId: activities.publicId,
        reason: activityObjections.reason,
        state: activityObjections.state,
        submittedAt: activityObjections.submittedAt,
        decidedAt: activityObjections.decidedAt,
      })
      .from(activityObjections)
      .innerJoin(activities, eq(activities.id, activityObjections.activityId))
      .where(eq(activityObjections.submittedById, userId))
      .orderBy(asc(activityObjections.submittedAt)),
    db
      .select({
        organisationName: organisations.name,
        name: organisationApiKeys.name,
        prefix: organisationApiKeys.prefix,
        createdAt: organisationApiKeys.createdAt,
        revokedAt: organisationApiKeys.revokedAt,
      })
      .from(organisationApiKeys)
      .innerJoin(organisations, eq(organisations.id, organisationApiKeys.organisationId))
      .where(eq(organisationApiKeys.createdById, userId))
      .orderBy(asc(organisationApiKeys.createdAt)),
  ])
  return { submittedActivities: submitted, objections, apiKeys }
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
