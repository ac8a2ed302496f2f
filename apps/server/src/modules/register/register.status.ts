// The one way to change a registration's status: state machine, history, number, cycle, credential status, audit.

import { and, desc, eq, isNull } from 'drizzle-orm'
import type { AppDeps } from '../../app.ts'
import type { Tx } from '../../db/client.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { credentialStatusAllocations } from '../../platform/credentials/credentials.tables.ts'
import { clearStatusBit, type StatusPurpose, setStatusBit } from '../../platform/credentials/status-list.ts'
import { dateInNetherlands } from '../../platform/dates.ts'
import { conflict, notFound } from '../../platform/http/errors.ts'
import { registrationCredentials } from './register.decisions.tables.ts'
import { transitionErrorMessage } from './register.messages.ts'
import { allocateRegistrationNumber } from './register.repository.ts'
import { applyStatusAction, firstCycle, type StatusAction, StatusTransitionError } from './register.rules.ts'
import {
  type RegistrationStatus,
  registers,
  registrationCycles,
  registrationStatusChanges,
  registrations,
} from './register.tables.ts'

export interface StatusChangeRequest {
  action: StatusAction
  /** The day the new status takes effect (ISO date). */
  effectiveDate: string
  reason: string
  /** For a suspension or removal: the last day the measure is shown publicly. */
  publicUntil?: string | null
}

export interface StatusChangeResult {
  registrationId: string
  registrationNumber: string | null
  from: RegistrationStatus
  to: RegistrationStatus
  changeId: string
  /** The cycle opened by an approval, if any. */
  openedCycle: { id: string; number: number; startDate: string; endDate: string } | null
}

/** Audit action names: `register.registration.<past tense>`. */
const AUDIT_ACTIONS: Record<StatusAction['type'], string> = {
  approve: 'register.registration.approved',
  reject: 'register.registration.rejected',
  reapply: 'register.registration.reapplied',
  suspend: 'register.registration.suspended',
  'lift-suspension': 'register.registration.suspension-lifted',
  lapse: 'register.registration.lapsed',
  remove: 'register.registration.removed',
  're-enter': 'register.registration.re-entered',
}

/** Which credential status bits a transition into a status sets or clears. */
const STATUS_BITS: Partial<Record<RegistrationStatus, { set: StatusPurpose[]; clear: StatusPurpose[] }>> = {
  suspended: { set: ['suspension'], clear: [] },
  lapsed: { set: ['suspension'], clear: [] },
  removed: { set: ['suspension', 'revocation'], clear: [] },
  registered: { set: [], clear: ['suspension'] },
}

/**
 * Changes the status of a registration inside the caller's transaction. The registration row is locked first, so
 * concurrent decisions on the same registration run one after the other and the second sees the first's result: a
 * refused transition (e.g. a second approval) is a 409 with a Dutch message and changes nothing.
 *
 * An approval hands out the registration number (the first time only) and opens a cycle; a lapse or removal closes
 * the open cycle; suspension, lapse and removal set the status bits of the registration's credentials (lifting a
 * suspension clears them). The history row and the audit entry are written in the same transaction.
 */
export async function changeStatus(
  tx: Tx,
  deps: AppDeps,
  ctx: RequestContext,
  registrationId: string,
  request: StatusChangeRequest,
): Promise<StatusChangeResult> {
  const [current] = await tx
    .select({
      status: registrations.status,
      registrationNumber: registrations.registrationNumber,
      registeredSince: registrations.registeredSince,
      reEntry: registrations.reEntry,
      registerId: registers.id,
      numberPrefix: registers.numberPrefix,
      cycleYears: registers.cycleYears,
    })
    .from(registrations)
    .innerJoin(registers, eq(registers.id, registrations.registerId))
    .where(eq(registrations.id, registrationId))
    .for('update', { of: registrations })
  if (!current)
    throw notFound(ctx.locale === 'en' ? 'This registration does not exist.' : 'Deze registratie bestaat niet.')

  let next: ReturnType<typeof applyStatusAction>
  try {
    next = applyStatusAction(
      { status: current.status, hasNumber: current.registrationNumber !== null, reEntry: current.reEntry },
      request.action,
    )
  } catch (error) {
    if (error instanceof StatusTransitionError) throw conflict(transitionErrorMessage(ctx.locale, error))
    throw error
  }

  const now = deps.clock()
  const registrationNumber = next.assignNumber
    ? await allocateRegistrationNumber(tx, { id: current.registerId, numberPrefix: current.numberPrefix })
    : current.registrationNumber
  await tx
    .update(registrations)
    .set({
      status: next.status,
      reEntry: next.reEntry,
      registrationNumber,
      registeredSince: current.registeredSince ?? (next.status === 'registered' ? request.effectiveDate : null),
      updatedAt: now,
    })
    .where(eq(registrations.id, registrationId))

  const measure = next.status === 'suspended' || next.status === 'removed'
  const [change] = await tx
    .insert(registrationStatusChanges)
    .values({
      registrationId,
      action: request.action.type,
      fromStatus: current.status,
      toStatus: next.status,
      effectiveDate: request.effectiveDate,
      reason: request.reason,
      actorId: ctx.actor?.userId ?? null,
      confirmedById: request.action.type === 'remove' ? (request.action.confirmedBy ?? null) : null,
      decidedAt: now,
      publicUntil: measure ? (request.publicUntil ?? null) : null,
    })
    .returning({ id: registrationStatusChanges.id })

  const openedCycle =
    request.action.type === 'approve'
      ? await openCycle(tx, registrationId, request.effectiveDate, current.cycleYears)
      : null
  if (next.status === 'lapsed' || next.status === 'removed') {
    await tx
      .update(registrationCycles)
      .set({ closedAt: now })
      .where(and(eq(registrationCycles.registrationId, registrationId), isNull(registrationCycles.closedAt)))
  }
  await updateCredentialStatus(tx, registrationId, next.status, now)

  await recordAudit(tx, ctx, {
    action: AUDIT_ACTIONS[request.action.type],
    objectType: 'registration',
    objectId: registrationId,
    result: 'success',
    details: {
      from: current.status,
      to: next.status,
      effectiveDate: request.effectiveDate,
      registrationNumber,
      publicUntil: measure ? (request.publicUntil ?? null) : undefined,
      confirmedBy: request.action.type === 'remove' ? request.action.confirmedBy : undefined,
    },
    occurredAt: now,
  })

  return {
    registrationId,
    registrationNumber,
    from: current.status,
    to: next.status,
    changeId: change!.id,
    openedCycle,
  }
}

/** Opens the next cycle from `startDate` (the first, or a new one after re-entry). */
async function openCycle(tx: Tx, registrationId: string, startDate: string, cycleYears: number) {
  const [last] = await tx
    .select({ number: registrationCycles.number })
    .from(registrationCycles)
    .where(eq(registrationCycles.registrationId, registrationId))
    .orderBy(desc(registrationCycles.number))
    .limit(1)
  const period = firstCycle(startDate, cycleYears)
  const number = (last?.number ?? 0) + 1
  const [row] = await tx
    .insert(registrationCycles)
    .values({ registrationId, number, ...period })
    .returning({ id: registrationCycles.id })
  return { id: row!.id, number, ...period }
}

/** Sets or clears the status bits of every credential issued for the registration. */
async function updateCredentialStatus(tx: Tx, registrationId: string, status: RegistrationStatus, now: Date) {
  const bits = STATUS_BITS[status]
  if (!bits) return
  const allocations = await tx
    .select({ listId: credentialStatusAllocations.listId, index: credentialStatusAllocations.statusIndex })
    .from(credentialStatusAllocations)
    .innerJoin(
      registrationCredentials,
      eq(registrationCredentials.credentialId, credentialStatusAllocations.credentialId),
    )
    .where(eq(registrationCredentials.registrationId, registrationId))
  for (const allocation of allocations) {
    for (const purpose of bits.set) await setStatusBit(tx, allocation, purpose, now)
    for (const purpose of bits.clear) await clearStatusBit(tx, allocation, purpose)
  }
}

/** Today's date in the Netherlands (ISO), for effective dates and public visibility. */
export const todayInNetherlands = (deps: Pick<AppDeps, 'clock'>) => dateInNetherlands(deps.clock())
