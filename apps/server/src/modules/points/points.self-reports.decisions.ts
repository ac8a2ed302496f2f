// The register office's decisions on self-reported activities: approve (books the points through the ledger and
// draws the spot check), reject with a reason, record the spot check's outcome, and the spot-check share per
// register. Each decision runs in one transaction on the locked row: of two people deciding at once one wins, the
// other gets a 409.
import { randomInt } from 'node:crypto'
import type { AppDeps } from '../../app.ts'
import type { Tx } from '../../db/client.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { badRequest, conflict, forbidden, notFound } from '../../platform/http/errors.ts'
import { enqueueMail } from '../../platform/mail/mail.service.ts'
import { bookPoints, reverseBooking } from './points.ledger.ts'
import {
  KIND_NAMES,
  type MailPerson,
  selfReportApprovedMail,
  selfReportCorrectedMail,
  selfReportMessage,
  selfReportRejectedMail,
} from './points.self-reports.messages.ts'
import { canSelfReport } from './points.self-reports.policy.ts'
import * as repo from './points.self-reports.repository.ts'
import { hasTwoDecimals } from './points.self-reports.service.ts'
import type { PointCategory } from './points.tables.ts'

export const MAX_REASON = 5000

/** A number in [0, 1); the default draws from the operating system's cryptographic randomness. */
export type RandomSource = () => number
export const cryptoRandom: RandomSource = () => randomInt(0, 1_000_000) / 1_000_000

/** Whether an approval is drawn for the spot check: with probability `percent` / 100. */
export const drawsSpotCheck = (percent: number, random: RandomSource) => random() * 100 < percent

type Locked = NonNullable<Awaited<ReturnType<typeof repo.lockSelfReport>>>
const OBJECT = 'self-reported-activity'

/** Loads and locks the activity, checks who may decide and that it is still submitted, then runs `work`. */
function decide<T>(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  work: (tx: Tx, row: Locked, now: Date) => Promise<T>,
): Promise<T> {
  authorize(canSelfReport, ctx.actor, 'review', undefined)
  const actor = ctx.actor
  return deps.database.db.transaction(async (tx) => {
    const row = await repo.lockSelfReport(tx, id)
    if (!row) throw notFound(selfReportMessage(ctx.locale, 'notFound'))
    if (!canSelfReport(actor, 'decide', { ownerUserId: row.ownerUserId }))
      throw forbidden(selfReportMessage(ctx.locale, 'ownActivity'))
    if (row.report.state !== 'submitted')
      throw conflict(selfReportMessage(ctx.locale, 'alreadyDecided', { state: row.report.state }))
    return work(tx, row, deps.clock())
  })
}

function requiredReason(
  ctx: RequestContext,
  value: string | undefined,
  key: 'reasonRequired' | 'correctionReasonRequired',
) {
  const text = (value ?? '').trim()
  const invalid = selfReportMessage(ctx.locale, 'invalid')
  if (text === '')
    throw badRequest(invalid, [
      { in: 'body', name: 'reason', code: 'required', reason: selfReportMessage(ctx.locale, key) },
    ])
  if (text.length > MAX_REASON) {
    const reason = selfReportMessage(ctx.locale, 'tooLong', { limit: MAX_REASON })
    throw badRequest(invalid, [{ in: 'body', name: 'reason', code: 'maxLength', reason }])
  }
  return text
}

async function contactOf(tx: Tx, registrationId: string): Promise<MailPerson> {
  return (await repo.findContact(tx, registrationId))!
}

export interface ApproveBody {
  pointsGranted?: number
  categoryGranted?: PointCategory
}

/**
 * Approves: books `pointsGranted` (default: the hours) in `categoryGranted` (default: the requested category) on the
 * activity date, and draws the spot check with the register's share. `random` is injectable for tests.
 */
export function approve(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  body: ApproveBody,
  random: RandomSource = cryptoRandom,
) {
  authorize(canSelfReport, ctx.actor, 'review', undefined)
  if (body.pointsGranted !== undefined && !hasTwoDecimals(body.pointsGranted)) {
    const reason = selfReportMessage(ctx.locale, 'hoursFormat')
    throw badRequest(selfReportMessage(ctx.locale, 'invalid'), [
      { in: 'body', name: 'pointsGranted', code: 'multipleOf', reason },
    ])
  }
  return decide(deps, ctx, id, async (tx, row, now) => {
    const report = row.report
    const points = body.pointsGranted ?? report.hours
    const category = body.categoryGranted ?? report.requestedCategory
    const percent = await repo.spotCheckPercentOf(tx, row.registerId)
    const drawn = drawsSpotCheck(percent, random)
    const moved = await repo.updateSelfReport(tx, id, ['submitted'], {
      state: 'approved',
      pointsGranted: points,
      categoryGranted: category,
      reviewedById: ctx.actor!.userId,
      reviewedAt: now,
      spotCheck: drawn,
    })
    if (!moved) throw conflict(selfReportMessage(ctx.locale, 'alreadyDecided', { state: report.state }))
    const [outcome] = await bookPoints(
      tx,
      ctx,
      [
        {
          registrationId: report.registrationId,
          category,
          points,
          activityDate: report.activityDate,
          source: 'self-report',
          sourceId: id,
          activityKey: `self-report:${id}`,
          // No free text in the append-only ledger: the title stays on the activity, where an erasure can empty it.
          reference: `${KIND_NAMES.nl[report.kind]} (zelf ingebracht)`,
        },
      ],
      { action: 'points.ledger.booked', objectType: OBJECT, objectId: id },
      now,
    )
    if (outcome!.outcome === 'not-in-cycle') throw conflict(selfReportMessage(ctx.locale, 'notInCycle'))
    await recordAudit(tx, ctx, {
      action: 'points.self-report.approved',
      objectType: OBJECT,
      objectId: id,
      result: 'success',
      details: {
        registrationId: report.registrationId,
        pointsGranted: points,
        categoryGranted: category,
        spotCheck: drawn,
        spotCheckPercent: percent,
        ...(outcome!.outcome === 'booked' ? { entryId: outcome!.entryId } : {}),
      },
      occurredAt: now,
    })
    const contact = await contactOf(tx, report.registrationId)
    await enqueueMail(deps, tx, selfReportApprovedMail(contact, deps.config.publicUrl, report.title, points, category))
    return { id, state: 'approved' as const, pointsGranted: points, categoryGranted: category, spotCheck: drawn }
  })
}

/** Rejects with a reason (the professional sees it and gets a mail). */
export function reject(deps: AppDeps, ctx: RequestContext, id: string, body: { reason?: string }) {
  authorize(canSelfReport, ctx.actor, 'review', undefined)
  const reason = requiredReason(ctx, body.reason, 'reasonRequired')
  return decide(deps, ctx, id, async (tx, row, now) => {
    const report = row.report
    const moved = await repo.updateSelfReport(tx, id, ['submitted'], {
      state: 'rejected',
      decisionReason: reason,
      reviewedById: ctx.actor!.userId,
      reviewedAt: now,
    })
    if (!moved) throw conflict(selfReportMessage(ctx.locale, 'alreadyDecided', { state: report.state }))
    await recordAudit(tx, ctx, {
      action: 'points.self-report.rejected',
      objectType: OBJECT,
      objectId: id,
      result: 'success',
      details: { registrationId: report.registrationId },
      occurredAt: now,
    })
    const contact = await contactOf(tx, report.registrationId)
    await enqueueMail(deps, tx, selfReportRejectedMail(contact, deps.config.publicUrl, report.title, reason))
    return { id, state: 'rejected' as const }
  })
}

/** The register office's list of activities drawn for the spot check. */
export async function listSpotChecks(
  deps: AppDeps,
  ctx: RequestContext,
  query: { status: 'open' | 'done'; page: number; pageSize: number },
) {
  authorize(canSelfReport, ctx.actor, 'review', undefined)
  const result = await repo.findSpotChecks(deps.database.db, query.status, query.page, query.pageSize)
  return {
    items: result.items.map((row) => ({
      id: row.id,
      registrationNumber: row.registrationNumber,
      registerName: row.registerName,
      initials: row.initials,
      infix: row.infix,
      surname: row.surname,
      kind: row.kind,
      title: row.title,
      activityDate: row.activityDate,
      pointsGranted: row.pointsGranted!,
      categoryGranted: row.categoryGranted!,
      evidenceKind: row.evidenceKind,
      reviewedAt: row.reviewedAt!.toISOString(),
      spotCheckedAt: row.spotCheckedAt?.toISOString() ?? null,
      spotCheckOutcome: row.spotCheckOutcome,
    })),
    page: query.page,
    pageSize: query.pageSize,
    total: result.total,
  }
}

/**
 * Records the spot check of a drawn activity: `confirmed`, or `corrected` — the points are withdrawn with a
 * reversing ledger entry and the reason, and the professional gets a mail.
 */
export function recordSpotCheck(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  body: { outcome: 'confirmed' | 'corrected'; reason?: string },
) {
  authorize(canSelfReport, ctx.actor, 'review', undefined)
  const actor = ctx.actor
  const reason = body.outcome === 'corrected' ? requiredReason(ctx, body.reason, 'correctionReasonRequired') : ''
  return deps.database.db.transaction(async (tx) => {
    const row = await repo.lockSelfReport(tx, id)
    if (!row) throw notFound(selfReportMessage(ctx.locale, 'notFound'))
    if (!canSelfReport(actor, 'spotCheck', { ownerUserId: row.ownerUserId }))
      throw forbidden(selfReportMessage(ctx.locale, 'ownActivity'))
    const report = row.report
    if (report.state !== 'approved' || !report.spotCheck) throw conflict(selfReportMessage(ctx.locale, 'notDrawn'))
    const now = deps.clock()
    const moved = await repo.updateSelfReport(
      tx,
      id,
      ['approved'],
      {
        spotCheckedById: actor.userId,
        spotCheckedAt: now,
        spotCheckOutcome: body.outcome,
        ...(body.outcome === 'corrected' ? { decisionReason: reason } : {}),
      },
      repo.notYetSpotChecked(),
    )
    if (!moved) throw conflict(selfReportMessage(ctx.locale, 'alreadyChecked'))
    let reversalId: string | null = null
    if (body.outcome === 'corrected') {
      reversalId = await reverseBooking(
        tx,
        ctx,
        { source: 'self-report', sourceId: id, note: reason },
        { action: 'points.ledger.reversed', objectType: OBJECT, objectId: id },
        now,
      )
      const contact = await contactOf(tx, report.registrationId)
      await enqueueMail(deps, tx, selfReportCorrectedMail(contact, deps.config.publicUrl, report.title, reason))
    }
    await recordAudit(tx, ctx, {
      action: 'points.self-report.spot-checked',
      objectType: OBJECT,
      objectId: id,
      result: 'success',
      details: { registrationId: report.registrationId, outcome: body.outcome, reversalId },
      occurredAt: now,
    })
    return { id, spotCheckOutcome: body.outcome, pointsWithdrawn: reversalId !== null }
  })
}

/** Every register with the share of approvals drawn for the spot check. */
export async function listSettings(deps: AppDeps, ctx: RequestContext) {
  authorize(canSelfReport, ctx.actor, 'configure', undefined)
  const rows = await repo.findSettings(deps.database.db)
  return {
    items: rows.map((r) => ({
      registerId: r.registerId,
      registerName: r.registerName,
      spotCheckPercent: r.spotCheckPercent ?? repo.DEFAULT_SPOT_CHECK_PERCENT,
      updatedAt: r.updatedAt?.toISOString() ?? null,
    })),
  }
}

/** Sets a register's spot-check share (0–100 %), audited with the old and the new value. */
export async function updateSettings(
  deps: AppDeps,
  ctx: RequestContext,
  registerId: string,
  body: { spotCheckPercent: number },
) {
  authorize(canSelfReport, ctx.actor, 'configure', undefined)
  const actor = ctx.actor
  return deps.database.db.transaction(async (tx) => {
    const name = await repo.findRegisterName(tx, registerId)
    if (name === undefined) throw notFound(selfReportMessage(ctx.locale, 'registerUnknown'))
    const now = deps.clock()
    const before = await repo.upsertSettings(tx, registerId, body.spotCheckPercent, actor.userId, now)
    await recordAudit(tx, ctx, {
      action: 'points.settings.updated',
      objectType: 'register',
      objectId: registerId,
      result: 'success',
      details: { spotCheckPercent: { from: before, to: body.spotCheckPercent } },
      occurredAt: now,
    })
    return { registerId, registerName: name, spotCheckPercent: body.spotCheckPercent, updatedAt: now.toISOString() }
  })
}
