import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { badRequest, conflict, forbidden, notFound } from '../../platform/http/errors.ts'
import { enqueueMail } from '../../platform/mail/mail.service.ts'
import { documentStorage } from '../../platform/storage/storage.service.ts'
import { endUpcomingSignUpsOf } from '../events/events.erasure.service.ts'
import { todayInNetherlands } from '../register/register.status.ts'
import { exportAgenda } from './privacy.events.export.ts'
import * as exportRepo from './privacy.export.repository.ts'
import { dataRequestDecidedMail } from './privacy.mails.ts'
import { privacyMessage } from './privacy.messages.ts'
import { canPrivacy } from './privacy.policy.ts'
import * as repo from './privacy.repository.ts'
import type { CreateDataRequest, DataRequestDecision, DataRequestQuery } from './privacy.schemas.ts'

const iso = (date: Date | null) => date?.toISOString() ?? null

/** Everything Vakregister holds about the caller, across the modules (AVG art. 15 and 20). The export is audited. */
export async function exportPersonalData(deps: AppDeps, ctx: RequestContext) {
  authorize(canPrivacy, ctx.actor, 'exportOwn', undefined)
  const db = deps.database.db
  const userId = ctx.actor.userId
  const account = (await exportRepo.findAccount(db, userId))!
  const [sessions, memberships, registrations, documents, consents, invitations, mails, requests] = await Promise.all([
    exportRepo.findSessions(db, userId),
    exportRepo.findMemberships(db, userId),
    exportRepo.findRegistrations(db, userId),
    exportRepo.findDocuments(db, userId),
    exportRepo.findConsents(db, userId),
    exportRepo.findInvitationsTo(db, account.email),
    exportRepo.findMailsTo(db, account.email),
    exportRepo.findOwnDataRequests(db, userId),
  ])
  const registrationIds = registrations.map((r) => r.id)
  const [audit, points, providerWork, agenda] = await Promise.all([
    exportRepo.findAuditEventsAbout(db, userId, registrationIds),
    exportRepo.findPoints(db, registrationIds),
    exportRepo.findProviderWork(db, userId),
    exportAgenda(db, userId),
  ])
  const now = deps.clock()
  await recordAudit(db, ctx, {
    action: 'privacy.personal-data.exported',
    objectType: 'user',
    objectId: userId,
    result: 'success',
    occurredAt: now,
  })
  return {
    exportedAt: now.toISOString(),
    account: {
      id: account.id,
      email: account.email,
      givenName: account.givenName,
      familyName: account.familyName,
      locale: account.locale,
      status: account.status,
      staffRoles: account.staffRoles,
      emailVerifiedAt: iso(account.emailVerifiedAt),
      mfaEnabled: account.mfaEnabledAt !== null,
      createdAt: account.createdAt.toISOString(),
      updatedAt: account.updatedAt.toISOString(),
    },
    sessions: sessions.map((s) => ({
      ...s,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      expiresAt: s.expiresAt.toISOString(),
    })),
    memberships: memberships.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
    registrations: registrations.map((r) => ({
      id: r.id,
      registerName: r.registerName,
      registrationNumber: r.registrationNumber,
      status: r.status,
      reEntry: r.reEntry,
      profession: r.profession,
      employerName: r.employerName,
      selfEmployed: r.selfEmployed,
      showEmployerPublicly: r.showEmployerPublicly,
      initials: r.initials,
      infix: r.infix,
      surname: r.surname,
      registeredSince: r.registeredSince,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      statusHistory: r.history.map((h) => ({
        action: h.action,
        fromStatus: h.fromStatus,
        toStatus: h.toStatus,
        effectiveDate: h.effectiveDate,
        reason: h.reason,
        decidedAt: h.decidedAt.toISOString(),
        publicUntil: h.publicUntil,
      })),
      cycles: r.cycles.map((c) => ({
        number: c.number,
        startDate: c.startDate,
        endDate: c.endDate,
        postponedUntil: c.postponedUntil,
        closedAt: iso(c.closedAt),
        decisions: c.decisions.map((d) => ({
          kind: d.kind,
          reason: d.reason,
          outcome: d.outcome,
          postponedUntil: d.postponedUntil,
          decidedAt: d.decidedAt.toISOString(),
        })),
      })),
      applications: r.applications.map((a) => ({
        id: a.id,
        state: a.state,
        educationInstitution: a.educationInstitution,
        educationProgramme: a.educationProgramme,
        educationDate: a.educationDate,
        diplomaDocumentId: a.diplomaDocumentId,
        codeVersion: a.codeVersion,
        codeAcceptedAt: a.codeAcceptedAt.toISOString(),
        submittedAt: a.submittedAt.toISOString(),
        decidedAt: iso(a.decidedAt),
        decisionReason: a.decisionReason,
        messages: a.messages.map((m) => ({
          kind: m.kind,
          fromMe: m.authorId === userId,
          body: m.body,
          documentId: m.documentId,
          createdAt: m.createdAt.toISOString(),
        })),
      })),
      credentials: r.credentials.map((c) => ({
        credentialId: c.credentialId,
        validFrom: c.validFrom,
        validUntil: c.validUntil,
        issuedAt: c.issuedAt.toISOString(),
      })),
      pointsLedger: points.ledger
        .filter((e) => e.registrationId === r.id)
        .map((e) => ({
          activityDate: e.activityDate,
          category: e.category,
          points: e.points,
          reference: e.reference,
          source: e.source,
          bookedAt: e.bookedAt.toISOString(),
          note: e.note,
          reversal: e.reversesEntryId !== null,
        })),
      selfReportedActivities: points.selfReports
        .filter((s) => s.registrationId === r.id)
        .map((s) => ({
          kind: s.kind,
          title: s.title,
          description: s.description,
          activityDate: s.activityDate,
          hours: s.hours,
          requestedCategory: s.requestedCategory,
          evidenceKind: s.evidenceKind,
          evidenceDocumentName: s.evidenceName,
          state: s.state,
          submittedAt: s.submittedAt.toISOString(),
          pointsGranted: s.pointsGranted,
          categoryGranted: s.categoryGranted,
          reviewedAt: iso(s.reviewedAt),
          decisionReason: s.decisionReason,
          spotCheck: s.spotCheck,
          spotCheckedAt: iso(s.spotCheckedAt),
          spotCheckOutcome: s.spotCheckOutcome,
        })),
      attendances: points.attendances
        .filter((a) => a.registrationId === r.id)
        .map((a) => ({
          activityPublicId: a.activityPublicId,
          activityTitle: a.activityTitle,
          providerName: a.providerName,
          startsOn: a.startsOn,
          endsOn: a.endsOn,
          online: a.online,
          method: a.method,
          recordedAt: a.recordedAt.toISOString(),
          withdrawnAt: iso(a.withdrawnAt),
          withdrawalReason: a.withdrawalReason,
        })),
      reregistrationRequests: points.reregistrations
        .filter((q) => q.registrationId === r.id)
        .map((q) => ({
          cycleNumber: q.cycleNumber,
          kind: q.kind,
          state: q.state,
          reason: q.reason,
          postponedUntil: q.postponedUntil,
          shiftYears: q.shiftYears,
          submittedAt: q.submittedAt.toISOString(),
          decidedAt: iso(q.decidedAt),
          decisionReason: q.decisionReason,
        })),
    })),
    documents: documents.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() })),
    providerWork: {
      submittedActivities: providerWork.submittedActivities.map((a) => ({
        ...a,
        submittedAt: a.submittedAt.toISOString(),
      })),
      objections: providerWork.objections.map((o) => ({
        ...o,
        submittedAt: o.submittedAt.toISOString(),
        decidedAt: iso(o.decidedAt),
      })),
      apiKeys: providerWork.apiKeys.map((k) => ({
        ...k,
        createdAt: k.createdAt.toISOString(),
        revokedAt: iso(k.revokedAt),
      })),
    },
    agenda,
    cpdSharing: consents.map((c) => ({
      organisationId: c.organisationId,
      organisationName: c.organisationName,
      granted: c.grantedAt !== null,
      grantedAt: iso(c.grantedAt),
      updatedAt: c.updatedAt.toISOString(),
    })),
    invitations: invitations.map((i) => ({
      organisationName: i.organisationName,
      createdAt: i.createdAt.toISOString(),
      expiresAt: i.expiresAt.toISOString(),
    })),
    mails: mails.map((m) => ({ ...m, createdAt: m.createdAt.toISOString(), sentAt: iso(m.sentAt) })),
    dataRequests: requests.map(presentRequest),
    auditEvents: audit.map((e) => ({
      occurredAt: e.occurredAt.toISOString(),
      action: e.action,
      objectType: e.objectType,
      objectId: e.objectId,
      result: e.result,
      byMe: e.actorId === userId,
      origin: e.actorId === userId ? e.origin : null,
    })),
  }
}

function presentRequest(r: {
  id: string
  kind: 'correction' | 'erasure'
  details: string
  state: 'open' | 'completed' | 'declined'
  createdAt: Date
  handledAt: Date | null
  resolution: string
}) {
  return {
    id: r.id,
    kind: r.kind,
    details: r.details,
    state: r.state,
    createdAt: r.createdAt.toISOString(),
    handledAt: iso(r.handledAt),
    resolution: r.resolution,
  }
}

/** A person asks to correct or erase their data. One open request per kind. Audited. */
export async function createDataRequest(deps: AppDeps, ctx: RequestContext, input: CreateDataRequest) {
  authorize(canPrivacy, ctx.actor, 'requestOwn', undefined)
  const userId = ctx.actor.userId
  const details = input.details.trim()
  if (input.kind === 'correction' && details === '') {
    const reason = privacyMessage(ctx.locale, 'detailsRequired')
    throw badRequest(privacyMessage(ctx.locale, 'invalid'), [{ in: 'body', name: 'details', code: 'required', reason }])
  }
  return deps.database.db.transaction(async (tx) => {
    if (await repo.findOpenRequest(tx, userId, input.kind)) throw conflict(privacyMessage(ctx.locale, 'alreadyOpen'))
    const now = deps.clock()
    const row = await repo.insertDataRequest(tx, { userId, kind: input.kind, details, createdAt: now })
    await recordAudit(tx, ctx, {
      action: 'privacy.data-request.created',
      objectType: 'data-request',
      objectId: row.id,
      result: 'success',
      details: { kind: input.kind, userId },
      occurredAt: now,
    })
    return presentRequest(row)
  })
}

export async function listOwnDataRequests(deps: AppDeps, ctx: RequestContext) {
  authorize(canPrivacy, ctx.actor, 'listOwnRequests', undefined)
  const rows = await exportRepo.findOwnDataRequests(deps.database.db, ctx.actor.userId)
  return { items: rows.map(presentRequest) }
}

type OfficeRow = Awaited<ReturnType<typeof repo.findDataRequests>>['items'][number]
const presentOfficeRequest = (r: OfficeRow) => ({
  ...presentRequest(r),
  person: r.userId ? { userId: r.userId, name: r.personName ?? '', email: r.personEmail ?? '' } : null,
})

export async function listDataRequests(deps: AppDeps, ctx: RequestContext, query: DataRequestQuery) {
  authorize(canPrivacy, ctx.actor, 'listRequests', undefined)
  const { items, total } = await repo.findDataRequests(deps.database.db, query.state, query.page, query.pageSize)
  return { items: items.map(presentOfficeRequest), page: query.page, pageSize: query.pageSize, total }
}

/**
 * The register office completes or declines a request and the person is mailed the answer. Completing an erasure
 * carries it out (privacy.repository.ts erasePersonalData), refused while the person still has a running
 * registration or a measure is still public. Document bytes are deleted once the transaction has committed.
 */
export async function decideDataRequest(
  deps: AppDeps,
  ctx: RequestContext,
  requestId: string,
  input: DataRequestDecision,
) {
  authorize(canPrivacy, ctx.actor, 'listRequests', undefined)
  const text = (key: Parameters<typeof privacyMessage>[1], params?: Record<string, string>) =>
    privacyMessage(ctx.locale, key, params)
  const actor = ctx.actor
  const result = await deps.database.db.transaction(async (tx) => {
    const request = await repo.findDataRequest(tx, requestId, true)
    if (!request) throw notFound(text('notFound'))
    if (!canPrivacy(actor, 'decideRequest', request)) throw forbidden(text('ownRequest'))
    if (request.state !== 'open') throw conflict(text('notOpen'))
    if (!request.userId) throw conflict(text('personGone'))
    const now = deps.clock()
    const userId = request.userId
    const account = (await exportRepo.findAccount(tx, userId))!
    const erase = input.decision === 'completed' && request.kind === 'erasure'
    let erasure: repo.ErasureResult | null = null
    let signUpsEnded = 0
    if (erase) {
      const found = await repo.findRegistrationsForErasure(tx, userId, todayInNetherlands(deps))
      if (found.registrations.some((r) => ['candidate', 'registered', 'suspended'].includes(r.status))) {
        throw conflict(text('stillRegistered'))
      }
      if (found.publicMeasureUntil) throw conflict(text('publicMeasure', { date: found.publicMeasureUntil }))
      // First (before any audit of this transaction): the agenda frees the person's places under each event's lock.
      signUpsEnded = await endUpcomingSignUpsOf(deps, tx, ctx, userId)
      erasure = await repo.erasePersonalData(tx, userId, account.email, now)
    }
    await repo.resolveDataRequest(tx, requestId, {
      state: input.decision,
      resolution: input.resolution.trim(),
      handledById: actor.userId,
      handledAt: now,
    })
    await enqueueMail(
      deps,
      tx,
      dataRequestDecidedMail({
        to: account.email,
        givenName: account.givenName,
        locale: account.locale,
        kind: request.kind,
        decision: input.decision,
        resolution: input.resolution.trim(),
        publicUrl: deps.config.publicUrl,
      }),
    )
    await recordAudit(tx, ctx, {
      action: `privacy.data-request.${input.decision}`,
      objectType: 'data-request',
      objectId: requestId,
      result: 'success',
      details: { kind: request.kind, userId },
      occurredAt: now,
    })
    if (erasure) {
      await repo.detachDataRequests(tx, userId)
      await recordAudit(tx, ctx, {
        action: 'privacy.personal-data.erased',
        objectType: 'user',
        objectId: userId,
        result: 'success',
        details: {
          registrationIds: erasure.registrationIds,
          documents: erasure.documentKeys.length,
          eventSignUpsEnded: signUpsEnded,
        },
        occurredAt: now,
      })
    }
    const updated = (await repo.findDataRequest(tx, requestId))!
    return { request: presentOfficeRequest(updated), documentKeys: erasure?.documentKeys ?? [] }
  })
  const storage = documentStorage(deps)
  for (const key of result.documentKeys) await storage.delete(key).catch(() => {})
  return result.request
}
