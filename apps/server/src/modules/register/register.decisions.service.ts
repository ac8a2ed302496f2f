import { and, desc, eq, isNull } from 'drizzle-orm'
import type { AppDeps } from '../../app.ts'
import type { Tx } from '../../db/client.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { conflict, notFound } from '../../platform/http/errors.ts'
import { authorizeDecision, displayDate, FieldErrors } from './register.decisions.checks.ts'
import { decisionMessage } from './register.decisions.messages.ts'
import { cycleDecisions } from './register.decisions.tables.ts'
import * as repo from './register.registrations.repository.ts'
import type { CycleDecisionBody, StatusChangeBody } from './register.registrations.schemas.ts'
import { READ_MESSAGES } from './register.registrations.service.ts'
import { changeStatus, todayInNetherlands } from './register.status.ts'
import { registrationCycles } from './register.tables.ts'

// The register office's decisions on a registration: suspend, lift a suspension, lapse; postponement and hardship.

const STATUS_AUDIT = {
  suspend: 'register.registration.suspended',
  'lift-suspension': 'register.registration.suspension-lifted',
  lapse: 'register.registration.lapsed',
} as const

/** Loads the registration the decision is about, or a Dutch 404. */
export async function loadRegistration(deps: AppDeps, ctx: RequestContext, registrationId: string) {
  const registration = await repo.findRegistration(deps.database.db, registrationId)
  if (!registration) throw notFound(READ_MESSAGES[ctx.locale].notFound)
  return registration
}

/**
 * Suspends, lifts a suspension or lapses a registration through changeStatus (the one way). A suspension needs a
 * reason and a public period; the effective date defaults to today and lies between the registration date and today.
 */
export async function changeRegistrationStatus(
  deps: AppDeps,
  ctx: RequestContext,
  registrationId: string,
  body: StatusChangeBody,
) {
  await authorizeDecision(deps, ctx, 'decideStatus', registrationId, STATUS_AUDIT[body.action])
  const registration = await loadRegistration(deps, ctx, registrationId)
  const check = new FieldErrors(ctx)
  const reason = check.reason(body.reason, body.action !== 'lift-suspension')
  const effectiveDate = check.effectiveDate(body.effectiveDate, todayInNetherlands(deps), registration.registeredSince)
  let publicUntil: string | null = null
  if (body.action === 'suspend') publicUntil = check.publicUntil(body.publicUntil, effectiveDate)
  else if (body.publicUntil) check.add('publicUntil', 'not-allowed', 'publicUntilNotAllowed')
  check.throwIfAny()

  const result = await deps.database.db.transaction((tx) =>
    changeStatus(tx, deps, ctx, registrationId, {
      action: { type: body.action },
      effectiveDate,
      reason,
      publicUntil,
    }),
  )
  return {
    changeId: result.changeId,
    registrationId,
    fromStatus: result.from,
    toStatus: result.to,
    effectiveDate,
  }
}

/**
 * Records a postponement (moves the current cycle's end to `postponedUntil`) or a hardship decision (reason and
 * outcome) on the current cycle, audited in the same transaction.
 */
export async function decideCycle(deps: AppDeps, ctx: RequestContext, registrationId: string, body: CycleDecisionBody) {
  const auditAction = body.kind === 'postponement' ? 'register.cycle.postponed' : 'register.cycle.hardship-decided'
  await authorizeDecision(deps, ctx, 'decideCycle', registrationId, auditAction)
  await loadRegistration(deps, ctx, registrationId)
  const check = new FieldErrors(ctx)
  const reason = check.reason(body.reason, true)
  const outcome = check.reason(body.outcome, body.kind === 'hardship', 'outcome')
  if (body.kind === 'postponement' && !body.postponedUntil)
    check.add('postponedUntil', 'required', 'postponedUntilRequired')
  if (body.kind === 'hardship' && body.postponedUntil)
    check.add('postponedUntil', 'not-allowed', 'postponedUntilNotAllowed')
  check.throwIfAny()

  return deps.database.db.transaction((tx) =>
    recordCycleDecision(tx, deps, ctx, registrationId, {
      kind: body.kind,
      reason,
      outcome,
      postponedUntil: body.kind === 'postponement' ? body.postponedUntil! : null,
    }),
  )
}

/**
 * Records a checked cycle decision on the registration's open cycle inside the caller's transaction (the register
 * office's own route above, and an approved postponement request from the points module): locks the cycle, moves
 * its end for a postponement, writes the decision and the audit entry.
 */
export async function recordCycleDecision(
  tx: Tx,
  deps: AppDeps,
  ctx: RequestContext,
  registrationId: string,
  input: { kind: CycleDecisionBody['kind']; reason: string; outcome: string; postponedUntil: string | null },
) {
  const check = new FieldErrors(ctx)
  const auditAction = input.kind === 'postponement' ? 'register.cycle.postponed' : 'register.cycle.hardship-decided'
  const { reason, outcome } = input
  const [cycle] = await tx
    .select()
    .from(registrationCycles)
    .where(and(eq(registrationCycles.registrationId, registrationId), isNull(registrationCycles.closedAt)))
    .orderBy(desc(registrationCycles.number))
    .limit(1)
    .for('update')
  if (!cycle) throw conflict(decisionMessage(ctx.locale, 'noOpenCycle'))
  const postponedUntil = input.postponedUntil
  if (postponedUntil && postponedUntil <= cycle.endDate) {
    check.add('postponedUntil', 'minimum', 'postponedUntilOrder', { date: displayDate(ctx.locale, cycle.endDate) })
    check.throwIfAny()
  }
  const now = deps.clock()
  const [decision] = await tx
    .insert(cycleDecisions)
    .values({
      cycleId: cycle.id,
      kind: input.kind,
      reason,
      outcome,
      postponedUntil,
      decidedById: ctx.actor!.userId,
      decidedAt: now,
    })
    .returning()
  if (postponedUntil) {
    await tx.update(registrationCycles).set({ postponedUntil }).where(eq(registrationCycles.id, cycle.id))
  }
  await recordAudit(tx, ctx, {
    action: auditAction,
    objectType: 'registration',
    objectId: registrationId,
    result: 'success',
    details: {
      cycleId: cycle.id,
      cycleNumber: cycle.number,
      decisionId: decision!.id,
      previousEnd: cycle.postponedUntil ?? cycle.endDate,
      postponedUntil: postponedUntil ?? undefined,
    },
    occurredAt: now,
  })
  return {
    id: decision!.id,
    cycleId: cycle.id,
    cycleNumber: cycle.number,
    kind: decision!.kind,
    reason: decision!.reason,
    outcome: decision!.outcome,
    postponedUntil: decision!.postponedUntil,
    decidedAt: decision!.decidedAt.toISOString(),
    decidedBy: await repo.findUserName(tx, ctx.actor!.userId),
  }
}
