import { and, asc, desc, eq, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { registers, registrationCycles, registrations } from './register.tables.ts'

// Cycles as other modules (points) read them: which cycle a date falls in, a registration's cycles, the register's
// standard length. Read-only; the register module alone creates, postpones and closes cycles.

export interface CycleInfo {
  id: string
  registrationId: string
  number: number
  startDate: string
  endDate: string
  postponedUntil: string | null
  /** The last day that counts: the postponed end, or the end. */
  effectiveEndDate: string
  closedAt: Date | null
}

const cycleColumns = {
  id: registrationCycles.id,
  registrationId: registrationCycles.registrationId,
  number: registrationCycles.number,
  startDate: registrationCycles.startDate,
  endDate: registrationCycles.endDate,
  postponedUntil: registrationCycles.postponedUntil,
  effectiveEndDate: sql<string>`coalesce(${registrationCycles.postponedUntil}, ${registrationCycles.endDate})::text`,
  closedAt: registrationCycles.closedAt,
}

/** A PostgreSQL array literal of uuids: one parameter, however many ids (an IN list would need one each). */
const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`

/** Every cycle of the given registrations, oldest first. */
export function cyclesOfRegistrations(db: DbOrTx, registrationIds: readonly string[]): Promise<CycleInfo[]> {
  if (registrationIds.length === 0) return Promise.resolve([])
  return db
    .select(cycleColumns)
    .from(registrationCycles)
    .where(sql`${registrationCycles.registrationId} = any(${uuidArray(registrationIds)}::uuid[])`)
    .orderBy(asc(registrationCycles.registrationId), asc(registrationCycles.number))
}

/** The cycle whose days (start through effective end) include `date`, or null. */
export function cycleOn(cycles: readonly CycleInfo[], registrationId: string, date: string): CycleInfo | null {
  return (
    cycles.find((c) => c.registrationId === registrationId && c.startDate <= date && date <= c.effectiveEndDate) ?? null
  )
}

/** The newest cycle of a registration (the current one, or the last one when the registration ended). */
export async function latestCycle(db: DbOrTx, registrationId: string): Promise<CycleInfo | null> {
  const [row] = await db
    .select(cycleColumns)
    .from(registrationCycles)
    .where(eq(registrationCycles.registrationId, registrationId))
    .orderBy(desc(registrationCycles.number))
    .limit(1)
  return row ?? null
}

/** A registration's register (id and standard cycle length), status and owner. */
export async function registrationFacts(db: DbOrTx, registrationId: string) {
  const [row] = await db
    .select({
      id: registrations.id,
      userId: registrations.userId,
      registerId: registrations.registerId,
      status: registrations.status,
      registrationNumber: registrations.registrationNumber,
      profession: registrations.profession,
      cycleYears: registers.cycleYears,
    })
    .from(registrations)
    .innerJoin(registers, eq(registers.id, registrations.registerId))
    .where(and(eq(registrations.id, registrationId)))
  return row ?? null
}
