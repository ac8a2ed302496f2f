// Attendance from the agenda's check-in: the events module calls these inside its own transaction, so a check-in and
// its attendance and points are one change. The same functions as the provider's one-by-one recording
// (`resolveRegistrants`, `bookRegistrants` → `bookPoints` with its ON CONFLICT) and the same withdrawal, so it is the
// same ledger with the same idempotency. Who may check in is the events module's policy: the organiser of an event is
// the provider of its run (checked when the event was linked), or the participant with the session's keyword.
import type { DbOrTx } from '../../db/client.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { bookRegistrants, resolveRegistrants } from './points.attendance.booking.ts'
import { keyOf } from './points.attendance.import.ts'
import * as repo from './points.attendance.repository.ts'
import { withdrawAttendanceIn } from './points.attendance.service.ts'
import type { PointCategory } from './points.tables.ts'

export type CheckInBooking =
  | { outcome: 'booked'; attendanceId: string; points: number; category: PointCategory }
  | { outcome: 'already-present' | 'no-registration' | 'not-bookable' | 'no-points' }

/**
 * Records the attendance of the person with this account's e-mail address at the run and books the activity's
 * points: `booked`; or says why not. A registration already on the run's list books nothing (`already-present`).
 */
export async function bookCheckInAttendance(
  tx: DbOrTx,
  ctx: RequestContext,
  input: { runId: string; email: string; now: Date },
): Promise<CheckInBooking> {
  const run = await repo.findRun(tx, input.runId)
  if (run?.state !== 'accredited' || run.points === null || run.category === null) return { outcome: 'no-points' }
  const key = keyOf(input.email)
  if (key?.kind !== 'email') return { outcome: 'no-registration' }
  const facts = (await resolveRegistrants(tx, run, [key.key]))('email', key.key)
  if (!facts) return { outcome: 'no-registration' }
  if (!facts.eligible) return { outcome: 'not-bookable' }
  if (facts.present) return { outcome: 'already-present' }
  const booked = await bookRegistrants(tx, ctx, run, {
    registrationIds: [facts.registrationId],
    method: 'check-in',
    importId: null,
    now: input.now,
  })
  const attendanceId = booked.get(facts.registrationId)
  // Recorded by someone else between the read and the insert: the unique index skipped ours, nothing was booked.
  if (!attendanceId) return { outcome: 'already-present' }
  return { outcome: 'booked', attendanceId, points: run.points, category: run.category }
}

/** Withdraws the attendance a check-in booked (reversing ledger entry), with the reason; false if already withdrawn. */
export function withdrawCheckInAttendance(
  tx: DbOrTx,
  ctx: RequestContext,
  input: { attendanceId: string; reason: string; now: Date },
) {
  return withdrawAttendanceIn(tx, ctx, input.attendanceId, input.reason, input.now)
}
