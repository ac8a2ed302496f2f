// The set-based core of attendance: resolve many numbers and e-mail addresses at once, build the check report,
// and book many registrants in one go (one insert of attendances, one `bookPoints` batch, one audit entry).
import type { DbOrTx } from '../../db/client.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { AppError } from '../../platform/http/errors.ts'
import { buildReport, keyOf, type ParsedRow, type RegistrantFacts } from './points.attendance.import.ts'
import * as repo from './points.attendance.repository.ts'
import type { AttendanceMethod, ImportReportRow } from './points.attendance.tables.ts'
import { bookPoints } from './points.ledger.ts'

/** Registrations that can get points: registered or suspended (a suspension does not undo earlier learning). */
export const BOOKABLE_STATUSES = new Set(['registered', 'suspended'])

export const publicName = (r: { initials: string; infix: string; surname: string }) =>
  [r.initials, r.infix, r.surname].filter((part) => part !== '').join(' ')

const displayName = (r: repo.RegistrantRow) => `${publicName(r)} (${r.registrationNumber ?? '—'})`

/** The facts of every registrant the values name, in one query whatever the number of values. */
export async function resolveRegistrants(db: DbOrTx, run: repo.RunRow, values: readonly string[]) {
  const numbers = new Set<string>()
  const emails = new Set<string>()
  for (const value of values) {
    const key = keyOf(value)
    if (key?.kind === 'number') numbers.add(key.key)
    else if (key?.kind === 'email') emails.add(key.key)
  }
  const rows = await repo.findRegistrants(db, run, [...numbers], [...emails])
  const facts = (r: repo.RegistrantRow): RegistrantFacts & { row: repo.RegistrantRow } => ({
    registrationId: r.registrationId,
    name: displayName(r),
    eligible: BOOKABLE_STATUSES.has(r.status) && r.inCycle,
    present: r.present,
    row: r,
  })
  const byNumber = new Map<string, ReturnType<typeof facts>>()
  const byEmail = new Map<string, ReturnType<typeof facts>>()
  for (const row of rows) {
    const f = facts(row)
    if (row.registrationNumber && numbers.has(row.registrationNumber)) byNumber.set(row.registrationNumber, f)
    if (!emails.has(row.email)) continue
    // One person in several registers: the registration that can be booked, else the lowest number.
    const current = byEmail.get(row.email)
    const better =
      !current ||
      (f.eligible && !current.eligible) ||
      (f.eligible === current.eligible && (row.registrationNumber ?? '~') < (current.row.registrationNumber ?? '~'))
    if (better) byEmail.set(row.email, f)
  }
  return (kind: 'number' | 'email', key: string) => (kind === 'number' ? byNumber : byEmail).get(key)
}

/** The check report of rows for a run (nothing is written). */
export async function checkRows(db: DbOrTx, run: repo.RunRow, rows: readonly ParsedRow[]): Promise<ImportReportRow[]> {
  const lookup = await resolveRegistrants(
    db,
    run,
    rows.map((r) => r.value),
  )
  return buildReport(rows, lookup)
}

/** The registrations among these that can still be booked on the run's date (status and cycle, re-read now). */
export function stillEligible(db: DbOrTx, run: repo.RunRow, registrationIds: readonly string[]) {
  return repo.eligibleOn(db, registrationIds, run.endsOn)
}

/**
 * Records attendance of these (eligible) registrants at the run and books their points, inside the caller's
 * transaction: one insert of attendances (a registrant already present is skipped) and one `bookPoints` batch.
 * Returns registration id → new attendance id for the registrants booked now. Anything but a booking for a new attendance is an
 * error that rolls the whole transaction back: an import books every row or none.
 */
export async function bookRegistrants(
  tx: DbOrTx,
  ctx: RequestContext,
  run: repo.RunRow,
  input: { registrationIds: readonly string[]; method: AttendanceMethod; importId: string | null; now: Date },
): Promise<Map<string, string>> {
  if (run.state !== 'accredited' || run.points === null || run.category === null) {
    throw new Error(`run ${run.id}: the activity is not accredited`)
  }
  const inserted = await repo.insertAttendances(tx, {
    runId: run.id,
    registrationIds: [...new Set(input.registrationIds)],
    method: input.method,
    importId: input.importId,
    recordedById: ctx.actor?.userId ?? null,
    now: input.now,
  })
  const reference = `${run.publicId} · ${run.title}`
  const outcomes = await bookPoints(
    tx,
    ctx,
    inserted.map((a) => ({
      registrationId: a.registrationId,
      category: run.category!,
      points: run.points!,
      activityDate: run.endsOn,
      source: 'attendance' as const,
      sourceId: a.id,
      activityKey: `activity:${run.activityId}`,
      reference,
    })),
    {
      action: 'points.attendance.booked',
      objectType: 'activity-run',
      objectId: run.id,
      details: {
        method: input.method,
        importId: input.importId ?? undefined,
        apiKeyId: ctx.actor?.apiKey?.id,
        attendances: inserted.length,
      },
    },
    input.now,
  )
  const failed = outcomes.findIndex((o) => o.outcome !== 'booked')
  if (failed >= 0) {
    throw new AppError(500, 'booking-failed', `attendance ${inserted[failed]!.id}: ${outcomes[failed]!.outcome}`)
  }
  return new Map(inserted.map((a) => [a.registrationId, a.id]))
}
