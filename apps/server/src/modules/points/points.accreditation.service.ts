import { eq } from 'drizzle-orm'
import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { conflict, notFound } from '../../platform/http/errors.ts'
import {
  applyAccreditation,
  authorizeOrAudit,
  deadlineDate,
  isDbError,
  objectionBlock,
  presentDetail,
} from './points.accreditation.common.ts'
import { accreditationMessage } from './points.accreditation.messages.ts'
import { canAccreditation } from './points.accreditation.policy.ts'
import * as repo from './points.accreditation.repository.ts'
import {
  checkSubmission,
  dateInNetherlands,
  FAST_TRACK_YEARS,
  FieldCheck,
  validUntilOf,
} from './points.accreditation.rules.ts'
import type { ProviderListQuery, SubmissionBody } from './points.accreditation.schemas.ts'
import { activities, activityObjections } from './points.accreditation.tables.ts'

// The provider's side of accreditation: submit a request, list and read its own activities, withdraw, object.

/** Loads an activity of this provider, or a Dutch 404 (also for another provider's activity). */
export async function loadOwnActivity(deps: AppDeps, ctx: RequestContext, organisationId: string, activityId: string) {
  const activity = await repo.findActivity(deps.database.db, activityId)
  if (!activity || activity.providerOrganisationId !== organisationId)
    throw notFound(accreditationMessage(ctx.locale, 'activityNotFound'))
  return activity
}

/**
 * Submits an activity for accreditation (every invalid field at once). An accredited provider's activity is
 * accredited at once (fast track: points = net hours, the requested category, valid 1 year from today, no decider)
 * and lands on the register office's list to check later.
 */
export async function submitActivity(deps: AppDeps, ctx: RequestContext, organisationId: string, body: SubmissionBody) {
  await authorizeOrAudit(
    deps,
    ctx,
    'submit',
    { organisationId },
    {
      action: 'points.activity.submitted',
      objectType: 'organisation',
      objectId: organisationId,
    },
  )
  const input = checkSubmission(body, ctx.locale)
  const activity = await deps.database.db.transaction(async (tx) => {
    const now = deps.clock()
    const fastTrack = await repo.isAccreditedProvider(tx, organisationId)
    const [row] = await tx
      .insert(activities)
      .values({
        ...input,
        providerOrganisationId: organisationId,
        submittedById: ctx.actor!.userId,
        submittedAt: now,
        fastTrack,
      })
      .returning()
    await recordAudit(tx, ctx, {
      action: 'points.activity.submitted',
      objectType: 'activity',
      objectId: row!.id,
      result: 'success',
      details: { organisationId, title: input.title, netHours: input.netHours, fastTrack },
      occurredAt: now,
    })
    if (!fastTrack) return row!
    const validFrom = dateInNetherlands(now)
    const accredited = await applyAccreditation(
      tx,
      row!,
      {
        points: input.netHours,
        category: input.requestedCategory,
        validFrom,
        validUntil: validUntilOf(validFrom, FAST_TRACK_YEARS),
        reason: '',
      },
      null,
      now,
    )
    await recordAudit(tx, ctx, {
      action: 'points.activity.accredited',
      objectType: 'activity',
      objectId: row!.id,
      result: 'success',
      details: {
        publicId: accredited.publicId,
        fastTrack: true,
        points: accredited.points,
        category: accredited.category,
        validFrom: accredited.validFrom,
        validUntil: accredited.validUntil,
      },
      occurredAt: now,
    })
    return accredited
  })
  return getOwnActivity(deps, ctx, organisationId, activity.id)
}

export async function listOwnActivities(
  deps: AppDeps,
  ctx: RequestContext,
  organisationId: string,
  query: ProviderListQuery,
) {
  authorize(canAccreditation, ctx.actor, 'readOwn', { organisationId })
  const { items, total } = await repo.listProviderActivities(
    deps.database.db,
    organisationId,
    query.state,
    query.page,
    query.pageSize,
  )
  return {
    items: items.map(({ providerName: _p, ...a }) => ({
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

/** The provider's view of one of its activities: the decision, objections, runs and what they may do now. */
export async function getOwnActivity(deps: AppDeps, ctx: RequestContext, organisationId: string, activityId: string) {
  authorize(canAccreditation, ctx.actor, 'readOwn', { organisationId })
  const activity = await loadOwnActivity(deps, ctx, organisationId, activityId)
  const objections = await repo.objectionsOf(deps.database.db, activityId)
  const resource = { organisationId }
  return {
    ...(await presentDetail(deps, activity)),
    objections: objections.map((o) => ({
      id: o.id,
      reason: o.reason,
      state: o.state,
      submittedAt: o.submittedAt.toISOString(),
      decidedAt: o.decidedAt?.toISOString() ?? null,
      decisionReason: o.decisionReason,
    })),
    permissions: {
      withdraw: canAccreditation(ctx.actor, 'withdraw', resource) && activity.state === 'submitted',
      object:
        canAccreditation(ctx.actor, 'object', resource) && objectionBlock(activity, objections, deps.clock()) === null,
      manageRuns: canAccreditation(ctx.actor, 'manageRuns', resource) && activity.state === 'accredited',
    },
  }
}

/** Withdraws a request that has not been decided yet. */
export async function withdrawActivity(deps: AppDeps, ctx: RequestContext, organisationId: string, activityId: string) {
  await authorizeOrAudit(
    deps,
    ctx,
    'withdraw',
    { organisationId },
    {
      action: 'points.activity.withdrawn',
      objectType: 'activity',
      objectId: activityId,
    },
  )
  await loadOwnActivity(deps, ctx, organisationId, activityId)
  await deps.database.db.transaction(async (tx) => {
    const activity = (await repo.lockActivity(tx, activityId))!
    if (activity.state !== 'submitted') throw conflict(accreditationMessage(ctx.locale, 'notSubmitted'))
    const now = deps.clock()
    await tx.update(activities).set({ state: 'withdrawn' }).where(eq(activities.id, activityId))
    await recordAudit(tx, ctx, {
      action: 'points.activity.withdrawn',
      objectType: 'activity',
      objectId: activityId,
      result: 'success',
      details: { organisationId },
      occurredAt: now,
    })
  })
  return getOwnActivity(deps, ctx, organisationId, activityId)
}

/**
 * Objects (bezwaar) to the decision on an activity: within 6 weeks of the decision, one objection per decision and
 * one open at a time. The objection remembers who decided, so someone else decides on it.
 */
export async function objectToDecision(
  deps: AppDeps,
  ctx: RequestContext,
  organisationId: string,
  activityId: string,
  body: { reason: string },
) {
  await authorizeOrAudit(
    deps,
    ctx,
    'object',
    { organisationId },
    {
      action: 'points.activity.objection-submitted',
      objectType: 'activity',
      objectId: activityId,
    },
  )
  await loadOwnActivity(deps, ctx, organisationId, activityId)
  const check = new FieldCheck(ctx.locale)
  const reason = check.text('reason', body.reason, 'reasonRequired')
  check.throwIfAny()
  try {
    await deps.database.db.transaction(async (tx) => {
      const activity = (await repo.lockActivity(tx, activityId))!
      const now = deps.clock()
      const block = objectionBlock(activity, await repo.objectionsOf(tx, activityId), now)
      if (block === 'objectionDeadline')
        throw conflict(accreditationMessage(ctx.locale, block, { date: deadlineDate(ctx.locale, activity.decidedAt!) }))
      if (block) throw conflict(accreditationMessage(ctx.locale, block))
      const [objection] = await tx
        .insert(activityObjections)
        .values({
          activityId,
          reason,
          submittedById: ctx.actor!.userId,
          submittedAt: now,
          originalDeciderId: activity.decidedById,
        })
        .returning({ id: activityObjections.id })
      await recordAudit(tx, ctx, {
        action: 'points.activity.objection-submitted',
        objectType: 'activity',
        objectId: activityId,
        result: 'success',
        details: { objectionId: objection!.id, decisionState: activity.state },
        occurredAt: now,
      })
    })
  } catch (error) {
    if (isDbError(error, '23505')) throw conflict(accreditationMessage(ctx.locale, 'objectionOpen'))
    throw error
  }
  return getOwnActivity(deps, ctx, organisationId, activityId)
}
