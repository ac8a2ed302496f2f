import { and, desc, eq, lte } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { type CycleInfo, cyclesOfRegistrations, registrationFacts } from '../register/register.cycles.service.ts'
import { ledgerOf } from './points.ledger.ts'
import { type CycleWindow, computeStanding, type LedgerLine, type Norm, type Standing } from './points.rules.ts'
import { normVersions } from './points.tables.ts'

// The standing of a cycle from the database: the norm version that applies, the ledger lines, the rules.

export type NormVersion = typeof normVersions.$inferSelect

/** The norm version for a cycle starting on `cycleStart`: the latest valid on that day, else the first one. */
export async function normVersionFor(db: DbOrTx, registerId: string, cycleStart: string): Promise<NormVersion | null> {
  const [valid] = await db
    .select()
    .from(normVersions)
    .where(and(eq(normVersions.registerId, registerId), lte(normVersions.validFrom, cycleStart)))
    .orderBy(desc(normVersions.validFrom), desc(normVersions.version))
    .limit(1)
  if (valid) return valid
  const [first] = await db
    .select()
    .from(normVersions)
    .where(eq(normVersions.registerId, registerId))
    .orderBy(normVersions.version)
    .limit(1)
  return first ?? null
}

export const toNorm = (version: NormVersion): Norm => ({
  totalPoints: version.totalPoints,
  categories: version.categories,
  capPerActivity: version.capPerActivity,
  proRata: version.proRata === 'yes',
})

export const windowOf = (cycle: CycleInfo, standardYears: number): CycleWindow => ({
  startDate: cycle.startDate,
  endDate: cycle.effectiveEndDate,
  standardYears,
})

export interface CycleStanding {
  cycle: CycleInfo
  window: CycleWindow
  normVersion: NormVersion
  standing: Standing
  /** Every line of the registration; the rules count those dated inside the cycle. */
  lines: LedgerLine[]
}

/**
 * The standing of every cycle of a registration (oldest first), or null when the registration does not exist or
 * its register has no norm yet. Two queries for the facts and cycles, one for the ledger, one per distinct norm.
 */
export async function standingsOf(db: DbOrTx, registrationId: string): Promise<CycleStanding[] | null> {
  const facts = await registrationFacts(db, registrationId)
  if (!facts) return null
  const [cycles, entries] = await Promise.all([
    cyclesOfRegistrations(db, [registrationId]),
    ledgerOf(db, registrationId),
  ])
  const lines: LedgerLine[] = entries.map((e) => ({
    category: e.category,
    points: e.points,
    activityKey: e.activityKey,
    activityDate: e.activityDate,
  }))
  const result: CycleStanding[] = []
  for (const cycle of cycles) {
    const normVersion = await normVersionFor(db, facts.registerId, cycle.startDate)
    if (!normVersion) return null
    const window = windowOf(cycle, facts.cycleYears)
    // The dates decide, not the cycle an entry was booked in: a shifted (limited-term) cycle keeps what falls inside.
    const standing = computeStanding(toNorm(normVersion), window, lines)
    result.push({ cycle, window, normVersion, standing, lines })
  }
  return result
}
