import { and, eq } from 'drizzle-orm'
import type { AppDeps } from '../../app.ts'
import type { Tx } from '../../db/client.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { conflict, notFound } from '../../platform/http/errors.ts'
import { authorizeDecision, FieldErrors } from './register.decisions.checks.ts'
import { decisionMessage } from './register.decisions.messages.ts'
import { loadRegistration } from './register.decisions.service.ts'
import { removalRequests } from './register.decisions.tables.ts'
import { transitionErrorMessage } from './register.messages.ts'
import { canRegister } from './register.policy.ts'
import * as repo from './register.registrations.repository.ts'
import type { RemovalRequestBody } from './register.registrations.schemas.ts'
import { StatusTransitionError, TRANSITIONS } from './register.rules.ts'
import { changeStatus, todayInNetherlands } from './register.status.ts'
import { registrations } from './register.tables.ts'

// Removal (doorhaling) with four eyes: one member of the register office asks, another confirms or anyone cancels.

/** Postgres unique violation: a second pending request raced the first past the check. */
const isUniqueViolation = (error: unknown) =>
  (error as { code?: string })?.code === '23505' || (error as { cause?: { code?: string } })?.cause?.code === '23505'

export async function requestRemoval(
  deps: AppDeps,
  ctx: RequestContext,
  registrationId: string,
  body: RemovalRequestBody,
) {
  await authorizeDecision(deps, ctx, 'requestRemoval', registrationId, 'register.removal.requested')
  const registration = await loadRegistration(deps, ctx, registrationId)
  const check = new FieldErrors(ctx)
  const reason = check.reason(body.reason, true)
  const effectiveDate = check.effectiveDate(body.effectiveDate, todayInNetherlands(deps), registration.registeredSince)
  const publicUntil = check.publicUntil(body.publicUntil, effectiveDate)
  check.throwIfAny()

  try {
    return await deps.database.db.transaction(async (tx) => {
      const status = await lockRegistration(tx, registrationId)
      if (!TRANSITIONS.remove.from.includes(status)) {
        throw conflict(
          transitionErrorMessage(ctx.locale, new StatusTransitionError('transition-not-allowed', status, 'remove')),
        )
      }
      if (await repo.findPendingRemoval(tx, registrationId))
        throw conflict(decisionMessage(ctx.locale, 'removalPending'))
      const now = deps.clock()
      const [row] = await tx
        .insert(removalRequests)
        .values({
          registrationId,
          reason,
          effectiveDate,
          publicUntil,
          requestedById: ctx.actor!.userId,
          requestedAt: now,
        })
        .returning({ id: removalRequests.id })
      await recordAudit(tx, ctx, {
        action: 'register.removal.requested',
        objectType: 'registration',
        objectId: registrationId,
        result: 'success',
        details: { removalRequestId: row!.id, effectiveDate, publicUntil },
        occurredAt: now,
      })
      const pending = await repo.findPendingRemoval(tx, registrationId)
      return { ...pending!, requestedAt: pending!.requestedAt.toISOString() }
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(decisionMessage(ctx.locale, 'removalPending'))
    throw error
  }
}

async function lockRegistration(tx: Tx, registrationId: string) {
  const [row] = await tx
    .select({ status: registrations.status })
    .from(registrations)
    .where(eq(registrations.id, registrationId))
    .for('update')
  return row!.status
}

/** The pending request, locked; a 404 when it does not exist and a 409 when it was already handled. */
async function lockPendingRequest(tx: Tx, ctx: RequestContext, registrationId: string, requestId: string) {
  const [request] = await tx
    .select()
    .from(removalRequests)
    .where(and(eq(removalRequests.id, requestId), eq(removalRequests.registrationId, registrationId)))
    .for('update')
  if (!request) throw notFound(decisionMessage(ctx.locale, 'removalNotFound'))
  if (request.state !== 'pending') throw conflict(decisionMessage(ctx.locale, 'removalResolved'))
  return request
}

/**
 * A second member confirms: the removal is written through changeStatus with the requester as the one who decided
 * and the confirmer as `confirmedBy`. The request row is locked, so of two simultaneous confirmations one wins.
 */
export async function confirmRemoval(deps: AppDeps, ctx: RequestContext, registrationId: string, requestId: string) {
  await authorizeDecision(deps, ctx, 'decideStatus', registrationId, 'register.removal.confirmed')
  const registration = await loadRegistration(deps, ctx, registrationId)
  const confirmerId = ctx.actor!.userId
  return deps.database.db.transaction(async (tx) => {
    const request = await lockPendingRequest(tx, ctx, registrationId, requestId)
    const status = await lockRegistration(tx, registrationId)
    if (request.requestedById === confirmerId) {
      throw conflict(
        transitionErrorMessage(ctx.locale, new StatusTransitionError('confirmer-is-requester', status, 'remove')),
      )
    }
    authorize(canRegister, ctx.actor, 'confirmRemoval', {
      userId: registration.userId,
      removalRequestedBy: request.requestedById,
    })
    const requesterCtx: RequestContext = {
      ...ctx,
      actor: { userId: request.requestedById, staffRoles: ['register_office'], memberships: [], sessionId: null },
    }
    const result = await changeStatus(tx, deps, requesterCtx, registrationId, {
      action: { type: 'remove', requestedBy: request.requestedById, confirmedBy: confirmerId },
      effectiveDate: request.effectiveDate,
      reason: request.reason,
      publicUntil: request.publicUntil,
    })
    const now = deps.clock()
    await tx
      .update(removalRequests)
      .set({ state: 'confirmed', resolvedById: confirmerId, resolvedAt: now })
      .where(eq(removalRequests.id, requestId))
    await recordAudit(tx, ctx, {
      action: 'register.removal.confirmed',
      objectType: 'registration',
      objectId: registrationId,
      result: 'success',
      details: { removalRequestId: requestId, requestedBy: request.requestedById, changeId: result.changeId },
      occurredAt: now,
    })
    return {
      changeId: result.changeId,
      registrationId,
      fromStatus: result.from,
      toStatus: result.to,
      effectiveDate: request.effectiveDate,
    }
  })
}

/** Any member of the register office (the requester too) withdraws a pending request. */
export async function cancelRemoval(deps: AppDeps, ctx: RequestContext, registrationId: string, requestId: string) {
  await authorizeDecision(deps, ctx, 'cancelRemoval', registrationId, 'register.removal.cancelled')
  await loadRegistration(deps, ctx, registrationId)
  await deps.database.db.transaction(async (tx) => {
    await lockPendingRequest(tx, ctx, registrationId, requestId)
    const now = deps.clock()
    await tx
      .update(removalRequests)
      .set({ state: 'cancelled', resolvedById: ctx.actor!.userId, resolvedAt: now })
      .where(eq(removalRequests.id, requestId))
    await recordAudit(tx, ctx, {
      action: 'register.removal.cancelled',
      objectType: 'registration',
      objectId: registrationId,
      result: 'success',
      details: { removalRequestId: requestId },
      occurredAt: now,
    })
  })
}
