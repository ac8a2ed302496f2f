import { and, eq } from 'drizzle-orm'
import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { conflict, notFound } from '../../platform/http/errors.ts'
import { authorizeOrAudit, isDbError } from './points.accreditation.common.ts'
import { accreditationMessage } from './points.accreditation.messages.ts'
import * as repo from './points.accreditation.repository.ts'
import { checkRun } from './points.accreditation.rules.ts'
import type { RunBody } from './points.accreditation.schemas.ts'
import { loadOwnActivity } from './points.accreditation.service.ts'
import { activityRuns } from './points.accreditation.tables.ts'

// Runs (uitvoeringen) of an accredited activity, managed by the provider's staff; always within the validity.

interface RunTarget {
  organisationId: string
  activityId: string
}

async function accreditedActivity(deps: AppDeps, ctx: RequestContext, target: RunTarget, auditAction: string) {
  await authorizeOrAudit(
    deps,
    ctx,
    'manageRuns',
    { organisationId: target.organisationId },
    {
      action: auditAction,
      objectType: 'activity',
      objectId: target.activityId,
    },
  )
  const activity = await loadOwnActivity(deps, ctx, target.organisationId, target.activityId)
  if (activity.state !== 'accredited') throw conflict(accreditationMessage(ctx.locale, 'notAccredited'))
  return activity as repo.Activity & { validFrom: string; validUntil: string }
}

async function loadRun(deps: AppDeps, ctx: RequestContext, activityId: string, runId: string) {
  const [run] = await deps.database.db
    .select()
    .from(activityRuns)
    .where(and(eq(activityRuns.id, runId), eq(activityRuns.activityId, activityId)))
  if (!run) throw notFound(accreditationMessage(ctx.locale, 'runNotFound'))
  return run
}

const presentRun = (run: repo.Run) => ({
  id: run.id,
  startsOn: run.startsOn,
  endsOn: run.endsOn,
  location: run.location,
  online: run.online,
})

export async function addRun(deps: AppDeps, ctx: RequestContext, target: RunTarget, body: RunBody) {
  const activity = await accreditedActivity(deps, ctx, target, 'points.run.added')
  const input = checkRun(body, activity, ctx.locale)
  return deps.database.db.transaction(async (tx) => {
    const now = deps.clock()
    const [run] = await tx
      .insert(activityRuns)
      .values({ ...input, activityId: activity.id, createdById: ctx.actor!.userId, createdAt: now })
      .returning()
    await recordAudit(tx, ctx, {
      action: 'points.run.added',
      objectType: 'activity-run',
      objectId: run!.id,
      result: 'success',
      details: { activityId: activity.id, publicId: activity.publicId, ...input },
      occurredAt: now,
    })
    return presentRun(run!)
  })
}

export async function changeRun(
  deps: AppDeps,
  ctx: RequestContext,
  target: RunTarget & { runId: string },
  body: RunBody,
) {
  const activity = await accreditedActivity(deps, ctx, target, 'points.run.changed')
  const before = await loadRun(deps, ctx, activity.id, target.runId)
  const input = checkRun(body, activity, ctx.locale)
  return deps.database.db.transaction(async (tx) => {
    const now = deps.clock()
    const [run] = await tx.update(activityRuns).set(input).where(eq(activityRuns.id, before.id)).returning()
    await recordAudit(tx, ctx, {
      action: 'points.run.changed',
      objectType: 'activity-run',
      objectId: before.id,
      result: 'success',
      details: { activityId: activity.id, before: presentRun(before), after: input },
      occurredAt: now,
    })
    return presentRun(run!)
  })
}

/** Deletes a run that has no attendance (any, also withdrawn); otherwise a Dutch 409. */
export async function deleteRun(deps: AppDeps, ctx: RequestContext, target: RunTarget & { runId: string }) {
  const activity = await accreditedActivity(deps, ctx, target, 'points.run.deleted')
  const run = await loadRun(deps, ctx, activity.id, target.runId)
  const refused = () => conflict(accreditationMessage(ctx.locale, 'runHasAttendance'))
  try {
    await deps.database.db.transaction(async (tx) => {
      const [locked] = await tx.select().from(activityRuns).where(eq(activityRuns.id, run.id)).for('update')
      if (!locked) throw notFound(accreditationMessage(ctx.locale, 'runNotFound'))
      if (await repo.hasAttendance(tx, run.id)) throw refused()
      const now = deps.clock()
      await tx.delete(activityRuns).where(eq(activityRuns.id, run.id))
      await recordAudit(tx, ctx, {
        action: 'points.run.deleted',
        objectType: 'activity-run',
        objectId: run.id,
        result: 'success',
        details: { activityId: activity.id, run: presentRun(run) },
        occurredAt: now,
      })
    })
  } catch (error) {
    // Attendance recorded at the same moment: the foreign key refuses the delete.
    if (isDbError(error, '23503')) throw refused()
    throw error
  }
}
