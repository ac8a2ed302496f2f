// Cycle changes that follow a re-registration decision (points module): the register module alone writes cycles.
// Each runs in the caller's transaction, locks what it changes and writes an audit entry.
import { and, desc, eq, isNull } from 'drizzle-orm'
import type { AppDeps } from '../../app.ts'
import type { Tx } from '../../db/client.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { cycleDecisions } from './register.decisions.tables.ts'
import { addDays, addMonths, firstCycle } from './register.rules.ts'
import { registers, registrationCycles, registrations } from './register.tables.ts'

/** Locks the registration row (the order every decision about a registration takes locks in) and returns its status. */
export async function lockRegistration(tx: Tx, registrationId: string) {
  const [row] = await tx
    .select({ id: registrations.id, status: registrations.status, cycleYears: registers.cycleYears })
    .from(registrations)
    .innerJoin(registers, eq(registers.id, registrations.registerId))
    .where(eq(registrations.id, registrationId))
    .for('update', { of: registrations })
  return row ?? null
}

/** The open cycle of a registration, locked; null when there is none. */
async function lockOpenCycle(tx: Tx, registrationId: string) {
  const [cycle] = await tx
    .select()
    .from(registrationCycles)
    .where(and(eq(registrationCycles.registrationId, registrationId), isNull(registrationCycles.closedAt)))
    .orderBy(desc(registrationCycles.number))
    .limit(1)
    .for('update')
  return cycle ?? null
}

export class CycleChangeError extends Error {
  readonly code: 'no-open-cycle' | 'other-cycle'
  constructor(code: 'no-open-cycle' | 'other-cycle') {
    super(code)
    this.name = 'CycleChangeError'
    this.code = code
  }
}

export interface NextCycle {
  closedCycleId: string
  id: string
  number: number
  startDate: string
  endDate: string
}

/**
 * Re-registration: closes the open cycle `cycleId` and opens the next one, starting the day after the old one's
 * effective end (its postponed end, if any) and as long as the register's standard cycle — also when the decision
 * comes after that end. Throws CycleChangeError when `cycleId` is not the open cycle.
 */
export async function startNextCycle(
  tx: Tx,
  deps: AppDeps,
  ctx: RequestContext,
  registrationId: string,
  cycleId: string,
): Promise<NextCycle> {
  const registration = await lockRegistration(tx, registrationId)
  const cycle = await lockOpenCycle(tx, registrationId)
  if (!registration || !cycle) throw new CycleChangeError('no-open-cycle')
  if (cycle.id !== cycleId) throw new CycleChangeError('other-cycle')
  const now = deps.clock()
  const effectiveEnd = cycle.postponedUntil ?? cycle.endDate
  const period = firstCycle(addDays(effectiveEnd, 1), registration.cycleYears)
  await tx.update(registrationCycles).set({ closedAt: now }).where(eq(registrationCycles.id, cycle.id))
  const [next] = await tx
    .insert(registrationCycles)
    .values({ registrationId, number: cycle.number + 1, ...period, createdAt: now })
    .returning({ id: registrationCycles.id })
  await recordAudit(tx, ctx, {
    action: 'register.cycle.renewed',
    objectType: 'registration',
    objectId: registrationId,
    result: 'success',
    details: {
      closedCycleId: cycle.id,
      closedCycleNumber: cycle.number,
      cycleId: next!.id,
      cycleNumber: cycle.number + 1,
      startDate: period.startDate,
      endDate: period.endDate,
    },
    occurredAt: now,
  })
  return { closedCycleId: cycle.id, id: next!.id, number: cycle.number + 1, ...period }
}

export interface ShiftedCycle {
  id: string
  number: number
  previousStart: string
  previousEnd: string
  startDate: string
  endDate: string
  decisionId: string
}

/**
 * Limited-term re-registration: moves the open cycle `cycleId` by `shiftYears` whole years (its start and its
 * effective end; a postponement is folded into the new end). Points dated before the new start no longer count (the
 * standing is date-based). Recorded as a cycle decision (hardship kind, with the shift as its outcome) and audited.
 */
export async function shiftCurrentCycle(
  tx: Tx,
  deps: AppDeps,
  ctx: RequestContext,
  registrationId: string,
  cycleId: string,
  shift: { shiftYears: number; reason: string; outcome: string },
): Promise<ShiftedCycle> {
  if (!Number.isInteger(shift.shiftYears) || shift.shiftYears < 1) throw new RangeError('shiftYears must be ≥ 1')
  const registration = await lockRegistration(tx, registrationId)
  const cycle = await lockOpenCycle(tx, registrationId)
  if (!registration || !cycle) throw new CycleChangeError('no-open-cycle')
  if (cycle.id !== cycleId) throw new CycleChangeError('other-cycle')
  const now = deps.clock()
  const previousEnd = cycle.postponedUntil ?? cycle.endDate
  const startDate = addMonths(cycle.startDate, shift.shiftYears * 12)
  const endDate = addMonths(previousEnd, shift.shiftYears * 12)
  await tx
    .update(registrationCycles)
    .set({ startDate, endDate, postponedUntil: null })
    .where(eq(registrationCycles.id, cycle.id))
  const [decision] = await tx
    .insert(cycleDecisions)
    .values({
      cycleId: cycle.id,
      kind: 'hardship',
      reason: shift.reason,
      outcome: shift.outcome,
      postponedUntil: null,
      decidedById: ctx.actor!.userId,
      decidedAt: now,
    })
    .returning({ id: cycleDecisions.id })
  await recordAudit(tx, ctx, {
    action: 'register.cycle.shifted',
    objectType: 'registration',
    objectId: registrationId,
    result: 'success',
    details: {
      cycleId: cycle.id,
      cycleNumber: cycle.number,
      decisionId: decision!.id,
      shiftYears: shift.shiftYears,
      previousStart: cycle.startDate,
      previousEnd,
      startDate,
      endDate,
    },
    occurredAt: now,
  })
  return {
    id: cycle.id,
    number: cycle.number,
    previousStart: cycle.startDate,
    previousEnd,
    startDate,
    endDate,
    decisionId: decision!.id,
  }
}
