import type { AppDeps } from '../../app.ts'
import type { DbOrTx } from '../../db/client.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { AppError, badRequest, conflict, invalidField, notFound, unauthenticated } from '../../platform/http/errors.ts'
import { searchPublicRegistrations } from '../register/register.public.service.ts'
import { bookRegistrants, publicName, resolveRegistrants } from './points.attendance.booking.ts'
import { keyOf } from './points.attendance.import.ts'
import { attendanceMessage } from './points.attendance.messages.ts'
import { type AttendanceAction, canAttendance } from './points.attendance.policy.ts'
import * as repo from './points.attendance.repository.ts'
import type { AttendanceListQuery, RegistrantSearchQuery } from './points.attendance.schemas.ts'
import { reverseBooking } from './points.ledger.ts'

// Attendance of a run: find a registrant, record one, withdraw one, the list. Imports: points.attendance.import.service.

/** The run, after checking that someone is logged in (401), that it exists (404) and the policy (403). */
export async function runFor(db: DbOrTx, ctx: RequestContext, runId: string, action: AttendanceAction) {
  if (!ctx.actor) throw unauthenticated()
  const run = await repo.findRun(db, runId)
  if (!run) throw notFound(attendanceMessage(ctx.locale, 'runNotFound'))
  authorize(canAttendance, ctx.actor, action, { organisationId: run.providerOrganisationId })
  return run
}

/** Attendance can only be booked on a run of an accredited activity. */
export function requireAccredited(ctx: RequestContext, run: repo.RunRow) {
  if (run.state !== 'accredited' || run.points === null || run.category === null) {
    throw new AppError(409, 'conflict', attendanceMessage(ctx.locale, 'runNotAccredited'))
  }
}

export const presentRun = (run: repo.RunRow) => ({
  id: run.id,
  activityId: run.activityId,
  activityPublicId: run.publicId,
  activityTitle: run.title,
  startsOn: run.startsOn,
  endsOn: run.endsOn,
  location: run.location,
  online: run.online,
  points: run.points,
  category: run.category,
})

export const presentAttendance = (row: repo.AttendanceRow) => ({
  id: row.id,
  runId: row.runId,
  registrationNumber: row.registrationNumber,
  name: publicName(row),
  method: row.method,
  importId: row.importId,
  recordedAt: row.recordedAt.toISOString(),
  withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
  withdrawalReason: row.withdrawalReason,
})

/** Provider staff look a registrant up by number, or by surname (with initials): public-level fields only. */
export async function searchRegistrants(
  deps: AppDeps,
  ctx: RequestContext,
  runId: string,
  query: RegistrantSearchQuery,
) {
  const db = deps.database.db
  const run = await runFor(db, ctx, runId, 'record')
  const number = query.registrationNumber?.trim()
  let numbers: string[]
  if (number) {
    const key = keyOf(number)
    if (key?.kind !== 'number') {
      throw invalidField('registrationNumber', 'pattern', attendanceMessage(ctx.locale, 'numberFormat'))
    }
    numbers = [key.key]
  } else if (query.surname && query.surname.trim().length >= 2) {
    const { items } = await searchPublicRegistrations(deps, ctx, { surname: query.surname, initials: query.initials })
    numbers = items.map((item) => item.registrationNumber)
  } else {
    const reason = attendanceMessage(ctx.locale, 'searchRequired')
    throw badRequest(reason, [
      { in: 'query', name: 'registrationNumber', code: 'required', reason },
      { in: 'query', name: 'surname', code: 'required', reason },
    ])
  }
  const lookup = await resolveRegistrants(db, run, numbers)
  const items = numbers.flatMap((n) => {
    const facts = lookup('number', n)
    if (!facts) return []
    return [
      {
        name: publicName(facts.row),
        registrationNumber: n,
        status: facts.row.status as 'registered',
        bookable: facts.eligible && !facts.present,
        present: facts.present,
      },
    ]
  })
  return { items }
}

/** Records one registrant's attendance (form): 404 unknown number, 409 not bookable or already present. */
export async function recordAttendance(
  deps: AppDeps,
  ctx: RequestContext,
  runId: string,
  input: { registrationNumber: string },
) {
  const db = deps.database.db
  const run = await runFor(db, ctx, runId, 'record')
  requireAccredited(ctx, run)
  const key = keyOf(input.registrationNumber)
  if (key?.kind !== 'number') {
    throw invalidField('registrationNumber', 'pattern', attendanceMessage(ctx.locale, 'numberFormat'))
  }
  const attendanceId = await db.transaction(async (tx) => {
    const facts = (await resolveRegistrants(tx, run, [key.key]))('number', key.key)
    if (!facts) throw notFound(attendanceMessage(ctx.locale, 'registrantUnknown'))
    if (!facts.eligible) throw conflict(attendanceMessage(ctx.locale, 'notRegistered'))
    if (facts.present) throw conflict(attendanceMessage(ctx.locale, 'alreadyPresent'))
    const booked = await bookRegistrants(tx, ctx, run, {
      registrationIds: [facts.registrationId],
      method: 'form',
      importId: null,
      now: deps.clock(),
    })
    const id = booked.get(facts.registrationId)
    if (!id) throw conflict(attendanceMessage(ctx.locale, 'alreadyPresent'))
    return id
  })
  return presentAttendance((await repo.findAttendance(db, attendanceId))!)
}

/** Withdraws an attendance with a reason: `withdrawnAt` and a reversing ledger entry, audited, in one transaction. */
export async function withdrawAttendance(
  deps: AppDeps,
  ctx: RequestContext,
  attendanceId: string,
  input: { reason: string },
) {
  if (!ctx.actor) throw unauthenticated()
  const db = deps.database.db
  const found = await repo.findAttendance(db, attendanceId)
  if (!found) throw notFound(attendanceMessage(ctx.locale, 'attendanceNotFound'))
  await runFor(db, ctx, found.runId, 'withdraw')
  const reason = input.reason.trim()
  if (reason === '') throw invalidField('reason', 'minLength', attendanceMessage(ctx.locale, 'reasonRequired'))
  await db.transaction(async (tx) => {
    const withdrawn = await withdrawAttendanceIn(tx, ctx, attendanceId, reason, deps.clock())
    if (!withdrawn) throw conflict(attendanceMessage(ctx.locale, 'alreadyWithdrawn'))
  })
  return presentAttendance((await repo.findAttendance(db, attendanceId))!)
}

/**
 * Inside the caller's transaction: locks the attendance, sets `withdrawnAt` and writes the reversing ledger entry,
 * audited. False when it does not exist or was withdrawn before (nothing written).
 */
export async function withdrawAttendanceIn(
  tx: DbOrTx,
  ctx: RequestContext,
  attendanceId: string,
  reason: string,
  now: Date,
): Promise<boolean> {
  const locked = await repo.findAttendance(tx, attendanceId, true)
  if (!locked || locked.withdrawnAt) return false
  await repo.markWithdrawn(tx, attendanceId, { reason, by: ctx.actor?.userId ?? null, now })
  const reversal = await reverseBooking(
    tx,
    ctx,
    { source: 'attendance', sourceId: attendanceId, note: reason },
    { action: 'points.ledger.reversed', objectType: 'attendance', objectId: attendanceId },
    now,
  )
  await recordAudit(tx, ctx, {
    action: 'points.attendance.withdrawn',
    objectType: 'attendance',
    objectId: attendanceId,
    result: 'success',
    occurredAt: now,
    details: { runId: locked.runId, registrationId: locked.registrationId, reason, reversalEntryId: reversal },
  })
  return true
}

/** The attendance list of a run (provider staff of the provider, the register office). */
export async function listAttendances(deps: AppDeps, ctx: RequestContext, runId: string, query: AttendanceListQuery) {
  const db = deps.database.db
  const run = await runFor(db, ctx, runId, 'read')
  const { items, total } = await repo.listAttendances(db, runId, {
    page: query.page,
    pageSize: query.pageSize,
    includeWithdrawn: query.includeWithdrawn ?? false,
  })
  const resource = { organisationId: run.providerOrganisationId }
  const allowedActions = (['record', 'withdraw'] as const).filter((a) => canAttendance(ctx.actor, a, resource))
  return {
    run: presentRun(run),
    allowedActions,
    items: items.map(presentAttendance),
    page: query.page,
    pageSize: query.pageSize,
    total,
  }
}
