import { eq } from 'drizzle-orm'
import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { conflict, forbidden, notFound } from '../../platform/http/errors.ts'
import { todayInNetherlands } from '../register/register.status.ts'
import {
  applyAccreditation,
  authorizeOrAudit,
  checkAccreditation,
  isDbError,
  presentDetail,
} from './points.accreditation.common.ts'
import { accreditationMessage } from './points.accreditation.messages.ts'
import { canAccreditation } from './points.accreditation.policy.ts'
import * as repo from './points.accreditation.repository.ts'
import { FieldCheck } from './points.accreditation.rules.ts'
import type {
  CheckBody,
  DecisionBody,
  ObjectionDecisionBody,
  ObjectionListQuery,
  ReviewListQuery,
} from './points.accreditation.schemas.ts'
import { activities, activityObjections } from './points.accreditation.tables.ts'

// The register office's side: the queue, decisions, fast-track checks and objections.

async function loadActivity(deps: AppDeps, ctx: RequestContext, activityId: string) {
  const activity = await repo.findActivity(deps.database.db, activityId)
  if (!activity) throw notFound(accreditationMessage(ctx.locale, 'activityNotFound'))
  return activity
}

export async function listReviews(deps: AppDeps, ctx: RequestContext, query: ReviewListQuery) {
  authorize(canAccreditation, ctx.actor, 'review', {})
  const { items, total } = await repo.listReviews(
    deps.database.db,
    query.queue ?? 'submitted',
    query.page,
    query.pageSize,
  )
  return {
    items: items.map((a) => ({
      ...a,
      submittedAt: a.submittedAt.toISOString(),
      decidedAt: a.decidedAt?.toISOString() ?? null,
      points: a.state === 'accredited' ? a.points : null,
      category: a.state === 'accredited' ? a.category : null,
      validUntil: a.state === 'accredited' ? a.validUntil : null,
    })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  }
}

/** The register office's page of an activity: the request, who submitted and decided, objections and runs. */
export async function getReview(deps: AppDeps, ctx: RequestContext, activityId: string) {
  authorize(canAccreditation, ctx.actor, 'review', {})
  const db = deps.database.db
  const activity = await loadActivity(deps, ctx, activityId)
  const objections = await repo.objectionsOf(db, activityId)
  const open = objections.find((o) => o.state === 'open')
  return {
    ...(await presentDetail(deps, activity)),
    submittedBy: (await repo.findUserName(db, activity.submittedById)) ?? '',
    decidedBy: await repo.findUserName(db, activity.decidedById),
    checkedBy: await repo.findUserName(db, activity.checkedById),
    objections: objections.map(({ originalDeciderId: _o, ...o }) => ({
      ...o,
      submittedAt: o.submittedAt.toISOString(),
      decidedAt: o.decidedAt?.toISOString() ?? null,
    })),
    permissions: {
      decide: canAccreditation(ctx.actor, 'decide') && activity.state === 'submitted',
      check:
        canAccreditation(ctx.actor, 'check') &&
        activity.state === 'accredited' &&
        activity.fastTrack &&
        activity.checkedAt === null,
      decideObjection:
        open !== undefined &&
        canAccreditation(ctx.actor, 'decideObjection', { originalDeciderId: open.originalDeciderId }),
    },
  }
}

/**
 * Accredits (points: default the net hours; category: default the requested one; valid 1 or 3 years from today or
 * `validFrom`) or rejects (with a reason) a submitted activity. Of two simultaneous decisions one succeeds; the
 * other finds the activity decided and gets a 409.
 */
export async function decideActivity(deps: AppDeps, ctx: RequestContext, activityId: string, body: DecisionBody) {
  const auditAction = body.outcome === 'accredit' ? 'points.activity.accredited' : 'points.activity.rejected'
  await authorizeOrAudit(deps, ctx, 'decide', {}, { action: auditAction, objectType: 'activity', objectId: activityId })
  const loaded = await loadActivity(deps, ctx, activityId)
  const check = new FieldCheck(ctx.locale)
  const accreditation =
    body.outcome === 'accredit' ? checkAccreditation(check, body, loaded, todayInNetherlands(deps)) : null
  const reason = body.outcome === 'reject' ? check.text('reason', body.reason, 'reasonRequired') : ''
  check.throwIfAny()

  await deps.database.db.transaction(async (tx) => {
    const activity = (await repo.lockActivity(tx, activityId))!
    if (activity.state !== 'submitted') throw conflict(accreditationMessage(ctx.locale, 'alreadyDecided'))
    const now = deps.clock()
    let details: Record<string, unknown>
    if (accreditation) {
      const row = await applyAccreditation(tx, activity, accreditation, ctx.actor!.userId, now)
      details = {
        publicId: row.publicId,
        points: row.points,
        category: row.category,
        validFrom: row.validFrom,
        validUntil: row.validUntil,
      }
    } else {
      await tx
        .update(activities)
        .set({ state: 'rejected', decidedById: ctx.actor!.userId, decidedAt: now, decisionReason: reason })
        .where(eq(activities.id, activityId))
      details = { reason }
    }
    await recordAudit(tx, ctx, {
      action: auditAction,
      objectType: 'activity',
      objectId: activityId,
      result: 'success',
      details,
      occurredAt: now,
    })
  })
  return getReview(deps, ctx, activityId)
}

/** Records the later check of a fast-track accreditation: approved, or revoked (rejected with a reason). */
export async function checkFastTrack(deps: AppDeps, ctx: RequestContext, activityId: string, body: CheckBody) {
  const auditAction = body.outcome === 'approve' ? 'points.activity.checked' : 'points.activity.rejected'
  await authorizeOrAudit(deps, ctx, 'check', {}, { action: auditAction, objectType: 'activity', objectId: activityId })
  await loadActivity(deps, ctx, activityId)
  const check = new FieldCheck(ctx.locale)
  const reason = check.text('reason', body.reason, body.outcome === 'revoke' ? 'reasonRequired' : null)
  check.throwIfAny()
  await deps.database.db.transaction(async (tx) => {
    const activity = (await repo.lockActivity(tx, activityId))!
    if (activity.state !== 'accredited' || !activity.fastTrack || activity.checkedAt !== null)
      throw conflict(accreditationMessage(ctx.locale, 'notToCheck'))
    const now = deps.clock()
    const checked = { checkedById: ctx.actor!.userId, checkedAt: now }
    await tx
      .update(activities)
      .set(
        body.outcome === 'approve'
          ? checked
          : { ...checked, state: 'rejected', decidedById: ctx.actor!.userId, decidedAt: now, decisionReason: reason },
      )
      .where(eq(activities.id, activityId))
    await recordAudit(tx, ctx, {
      action: auditAction,
      objectType: 'activity',
      objectId: activityId,
      result: 'success',
      details: { publicId: activity.publicId, fastTrack: true, revoked: body.outcome === 'revoke', reason },
      occurredAt: now,
    })
  })
  return getReview(deps, ctx, activityId)
}

export async function listObjections(deps: AppDeps, ctx: RequestContext, query: ObjectionListQuery) {
  authorize(canAccreditation, ctx.actor, 'review', {})
  const { items, total } = await repo.listObjections(
    deps.database.db,
    query.state ?? 'open',
    query.page,
    query.pageSize,
  )
  return {
    items: items.map(({ originalDeciderId, ...o }) => ({
      ...o,
      submittedAt: o.submittedAt.toISOString(),
      mayDecide: o.state === 'open' && canAccreditation(ctx.actor, 'decideObjection', { originalDeciderId }),
    })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  }
}

/**
 * Decides an objection: upheld (the activity is accredited with the given points, category and validity; it keeps
 * its public ID when it had one) or dismissed (with a reason). Only a member of the register office other than the
 * one who took the decision objected to (403; the table's check constraint holds the same rule).
 */
export async function decideObjection(
  deps: AppDeps,
  ctx: RequestContext,
  objectionId: string,
  body: ObjectionDecisionBody,
) {
  const auditAction =
    body.outcome === 'uphold' ? 'points.activity.objection-upheld' : 'points.activity.objection-dismissed'
  const audit = { action: auditAction, objectType: 'activity-objection', objectId: objectionId }
  await authorizeOrAudit(deps, ctx, 'review', {}, audit)
  const objection = await repo.findObjection(deps.database.db, objectionId)
  if (!objection) throw notFound(accreditationMessage(ctx.locale, 'objectionNotFound'))
  await authorizeOrAudit(
    deps,
    ctx,
    'decideObjection',
    { originalDeciderId: objection.originalDeciderId },
    audit,
    accreditationMessage(ctx.locale, 'objectionSameDecider'),
  )
  const loaded = (await repo.findActivity(deps.database.db, objection.activityId))!
  const check = new FieldCheck(ctx.locale)
  const accreditation =
    body.outcome === 'uphold' ? checkAccreditation(check, body, loaded, todayInNetherlands(deps)) : null
  const reason = check.text('reason', body.reason, body.outcome === 'dismiss' ? 'reasonRequired' : null)
  check.throwIfAny()

  try {
    await deps.database.db.transaction(async (tx) => {
      const locked = (await repo.lockObjection(tx, objectionId))!
      if (locked.state !== 'open') throw conflict(accreditationMessage(ctx.locale, 'objectionClosed'))
      const activity = (await repo.lockActivity(tx, locked.activityId))!
      const now = deps.clock()
      let details: Record<string, unknown> = { activityId: activity.id, reason }
      if (accreditation) {
        const row = await applyAccreditation(tx, activity, { ...accreditation, reason }, ctx.actor!.userId, now)
        details = { ...details, publicId: row.publicId, points: row.points, category: row.category }
      }
      await tx
        .update(activityObjections)
        .set({
          state: body.outcome === 'uphold' ? 'upheld' : 'dismissed',
          decidedById: ctx.actor!.userId,
          decidedAt: now,
          decisionReason: reason,
        })
        .where(eq(activityObjections.id, objectionId))
      await recordAudit(tx, ctx, {
        action: auditAction,
        objectType: 'activity',
        objectId: activity.id,
        result: 'success',
        details: { ...details, objectionId },
        occurredAt: now,
      })
    })
  } catch (error) {
    if (isDbError(error, '23514')) throw forbidden(accreditationMessage(ctx.locale, 'objectionSameDecider'))
    throw error
  }
  return getReview(deps, ctx, objection.activityId)
}
