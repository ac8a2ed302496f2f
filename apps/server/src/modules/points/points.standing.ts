import { eq } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { type CycleInfo, cyclesOfRegistrations, registrationFacts } from '../register/register.cycles.service.ts'
import { ledgerOf } from './points.ledger.ts'
import { type CycleWindow, computeStanding, type LedgerLine, type Norm, type Standing } from './points.rules.ts'
import { normVersions } from './points.tables.ts'

// The standing of a cycle from the database: the norm version that applies, the ledger lines, the rules.

export type NormVersion = typeof normVersions.$inferSelect

/** What the rules and the dossier read of a norm version. */
export type NormFields = Pick<
  NormVersion,
  'id' | 'version' | 'validFrom' | 'totalPoints' | 'categories' | 'capPerActivity' | 'proRata'
>

/**
 * The version that applies to a cycle starting on `cycleStart`: the latest valid on that day (highest validFrom,
 * then version), else the first version; null when the register has none.
 */
export function pickNormVersion<T extends Pick<NormFields, 'version' | 'validFrom'>>(
  versions: readonly T[],
  cycleStart: string,
): T | null {
  let best: T | null = null
  for (const v of versions) {
    if (v.validFrom > cycleStart) continue
    if (!best || v.validFrom > best.validFrom || (v.validFrom === best.validFrom && v.version > best.version)) best = v
  }
  if (best) return best
  return versions.reduce<T | null>((first, v) => (first === null || v.version < first.version ? v : first), null)
}

/** The norm version for a cycle starting on `cycleStart` (see pickNormVersion). */
export async function normVersionFor(db: DbOrTx, registerId: string, cycleStart: string): Promise<NormVersion | null> {
  const versions = await db.select().from(normVersions).where(eq(normVersions.registerId, registerId))
  return pickNormVersion(versions, cycleStart)
}

export const toNorm = (version: NormFields): Norm => ({
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
