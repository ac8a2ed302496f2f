import { and, eq, isNull, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { cycleOn, cyclesOfRegistrations } from '../register/register.cycles.service.ts'
import { type LedgerSource, type PointCategory, pointsLedger } from './points.tables.ts'

// The one way to write to the points ledger: book (once per source row) and reverse (once per booking), in the
// caller's transaction, audited. The ledger itself refuses updates and deletes (migration 0013).

export interface Booking {
  registrationId: string
  category: PointCategory
  points: number
  /** ISO date of the activity: it decides the cycle the points count in. */
  activityDate: string
  source: LedgerSource
  /** The attendance, self-reported activity or correction row being booked. */
  sourceId: string
  /** `activity:<id>` or `self-report:<id>`: the unit of the cap per activity. */
  activityKey: string
  /** What people read on their dossier. */
  reference: string
  note?: string
}

export type BookingOutcome =
  | { outcome: 'booked'; entryId: string; cycleId: string }
  | { outcome: 'already-booked' }
  | { outcome: 'not-in-cycle' }

/**
 * Books many entries in one statement (an import of 10,000 rows is one insert and one audit entry). Each booking
 * lands in the cycle its activity date falls in; a source row that was booked before is left alone
 * (`already-booked`); a date outside every cycle books nothing (`not-in-cycle`). Results are in input order.
 */
export async function bookPoints(
  tx: DbOrTx,
  ctx: RequestContext,
  bookings: readonly Booking[],
  audit: { action: string; objectType: string; objectId: string; details?: Record<string, unknown> },
  now: Date,
): Promise<BookingOutcome[]> {
  if (bookings.length === 0) return []
  const cycles = await cyclesOfRegistrations(tx, [...new Set(bookings.map((b) => b.registrationId))])
  const cyclesByRegistration = Map.groupBy(cycles, (c) => c.registrationId)
  const rows = bookings.map((b) => ({
    booking: b,
    cycle: cycleOn(cyclesByRegistration.get(b.registrationId) ?? [], b.registrationId, b.activityDate),
  }))
  const insertable = rows.filter((r) => r.cycle !== null)
  const inserted = new Map<string, { id: string; cycleId: string }>()
  if (insertable.length > 0) {
    // One statement for any number of rows: the bookings travel as one JSON parameter (no parameter limit).
    const values = insertable.map(({ booking, cycle }) => ({
      registration_id: booking.registrationId,
      cycle_id: cycle!.id,
      category: booking.category,
      points: booking.points,
      activity_date: booking.activityDate,
      source: booking.source,
      source_id: booking.sourceId,
      activity_key: booking.activityKey,
      reference: booking.reference,
      note: booking.note ?? '',
    }))
    const result = await tx.execute<{ id: string; source_id: string; cycle_id: string }>(sql`
      insert into points_ledger (registration_id, cycle_id, category, points, activity_date, source, source_id,
                                 activity_key, reference, note, booked_by_id, booked_at)
      select registration_id, cycle_id, category, points, activity_date, source, source_id,
             activity_key, reference, note, ${ctx.actor?.userId ?? null}::uuid, ${now.toISOString()}::timestamptz
        from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as b(
          registration_id uuid, cycle_id uuid, category text, points numeric, activity_date date, source text,
          source_id uuid, activity_key text, reference text, note text)
      on conflict (source, source_id) where reverses_entry_id is null do nothing
      returning id, source_id, cycle_id`)
    for (const row of (result as unknown as { rows: { id: string; source_id: string; cycle_id: string }[] }).rows)
      inserted.set(row.source_id, { id: row.id, cycleId: row.cycle_id })
  }
  const outcomes = rows.map(({ booking, cycle }): BookingOutcome => {
    if (!cycle) return { outcome: 'not-in-cycle' }
    const entry = inserted.get(booking.sourceId)
    return entry ? { outcome: 'booked', entryId: entry.id, cycleId: entry.cycleId } : { outcome: 'already-booked' }
  })
  if (inserted.size > 0) {
    const booked = rows.filter((r) => inserted.has(r.booking.sourceId))
    await recordAudit(tx, ctx, {
      ...audit,
      result: 'success',
      occurredAt: now,
      details: {
        ...audit.details,
        entries: inserted.size,
        points: booked.reduce((sum, r) => sum + r.booking.points, 0),
        ...(inserted.size === 1 ? { entryId: [...inserted.values()][0]!.id } : {}),
      },
    })
  }
  return outcomes
}

/**
 * Withdraws the booking of a source row with a reversing entry (negative points, same registration, cycle,
 * category and activity). Returns the reversal's id, or null when there was no booking or it was already reversed.
 */
export async function reverseBooking(
  tx: DbOrTx,
  ctx: RequestContext,
  input: { source: LedgerSource; sourceId: string; note: string },
  audit: { action: string; objectType: string; objectId: string; details?: Record<string, unknown> },
  now: Date,
): Promise<string | null> {
  const [booking] = await tx
    .select()
    .from(pointsLedger)
    .where(
      and(
        eq(pointsLedger.source, input.source),
        eq(pointsLedger.sourceId, input.sourceId),
        isNull(pointsLedger.reversesEntryId),
      ),
    )
  if (!booking) return null
  const [reversal] = await tx
    .insert(pointsLedger)
    .values({
      registrationId: booking.registrationId,
      cycleId: booking.cycleId,
      category: booking.category,
      points: -booking.points,
      activityDate: booking.activityDate,
      source: booking.source,
      sourceId: booking.sourceId,
      activityKey: booking.activityKey,
      reference: booking.reference,
      reversesEntryId: booking.id,
      note: input.note,
      bookedById: ctx.actor?.userId ?? null,
      bookedAt: now,
    })
    .onConflictDoNothing({
      target: pointsLedger.reversesEntryId,
      where: sql`${pointsLedger.reversesEntryId} is not null`,
    })
    .returning({ id: pointsLedger.id })
  if (!reversal) return null
  await recordAudit(tx, ctx, {
    ...audit,
    result: 'success',
    occurredAt: now,
    details: { ...audit.details, entryId: reversal.id, reverses: booking.id, points: -booking.points },
  })
  return reversal.id
}

/** Every ledger entry of a registration (bookings and reversals), oldest first: the input of the standing rules. */
export function ledgerOf(db: DbOrTx, registrationId: string) {
  return db
    .select()
    .from(pointsLedger)
    .where(eq(pointsLedger.registrationId, registrationId))
    .orderBy(pointsLedger.bookedAt, pointsLedger.id)
}
