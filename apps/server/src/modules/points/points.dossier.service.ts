import type { AppDeps } from '../../app.ts'
import type { DbOrTx } from '../../db/client.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { conflict, notFound, unauthenticated } from '../../platform/http/errors.ts'
import type { CycleInfo } from '../register/register.cycles.service.ts'
import { todayInNetherlands } from '../register/register.status.ts'
import { type DossierLedgerRow, loadDossierData, loadStandingData } from './points.dossier.repository.ts'
import { normMessage } from './points.norms.messages.ts'
import { canDossier } from './points.norms.policy.ts'
import {
  type CategoryStanding,
  computeStanding,
  type Forecast,
  forecastStanding,
  type LedgerLine,
  type Standing,
} from './points.rules.ts'
import { type NormFields, pickNormVersion, toNorm, windowOf } from './points.standing.ts'
import type { LedgerSource, PointCategory } from './points.tables.ts'

// The professional's CPD dossier (PE-dossier): per cycle the norm, the standing per category, the forecast at the
// current pace and the ledger entries. Read by the owner and the register office; the exports render this object.

export interface DossierEntry {
  id: string
  activityDate: string
  reference: string
  category: PointCategory
  points: number
  source: LedgerSource
  bookedAt: string
  /** Set on a reversal: the booking it withdraws. */
  reversesEntryId: string | null
  /** Set on a booking that was withdrawn: when. */
  reversedAt: string | null
  note: string
}

export interface StandingCycle {
  id: string
  number: number
  startDate: string
  endDate: string
  postponedUntil: string | null
  effectiveEndDate: string
  closed: boolean
  /** current: today falls in it; past: it has ended; future: it has not begun. */
  state: 'current' | 'past' | 'future'
  norm: {
    versionId: string
    version: number
    validFrom: string
    totalPoints: number
    capPerActivity: number | null
    proRata: boolean
    /** 1 for a full cycle; less when the norm is scaled pro rata. */
    factor: number
  }
  categories: CategoryStanding[]
  totals: { earned: number; counted: number; required: number; remaining: number }
  meetsNorm: boolean
  /** Where the current pace leads at the cycle end; only for the current cycle. */
  forecast: Forecast | null
}

export interface DossierCycle extends StandingCycle {
  entries: DossierEntry[]
}

/** The standing of every cycle without the entries: what a progress view, a mail or an employer needs. */
export interface PointsStanding {
  registrationId: string
  registrationNumber: string | null
  name: string
  registerName: string
  profession: string
  status: string
  today: string
  cycles: StandingCycle[]
}

export interface Dossier {
  registrationId: string
  registrationNumber: string | null
  name: string
  registerName: string
  profession: string
  status: string
  today: string
  cycles: DossierCycle[]
}

const stateOf = (cycle: CycleInfo, today: string): StandingCycle['state'] =>
  today < cycle.startDate ? 'future' : today > cycle.effectiveEndDate ? 'past' : 'current'

/** Current first, then the others newest first. */
const byRelevance = (a: StandingCycle, b: StandingCycle) =>
  Number(b.state === 'current') - Number(a.state === 'current') || b.number - a.number

function entriesOf(
  rows: readonly DossierLedgerRow[],
  cycle: { startDate: string; effectiveEndDate: string },
): DossierEntry[] {
  const reversedAt = new Map(rows.filter((r) => r.reversesEntryId).map((r) => [r.reversesEntryId!, r.bookedAt]))
  return rows
    .filter((r) => r.activityDate >= cycle.startDate && r.activityDate <= cycle.effectiveEndDate)
    .map((r) => ({
      id: r.id,
      activityDate: r.activityDate,
      reference: r.reference,
      category: r.category,
      points: r.points,
      source: r.source,
      bookedAt: r.bookedAt.toISOString(),
      reversesEntryId: r.reversesEntryId,
      reversedAt: reversedAt.get(r.id)?.toISOString() ?? null,
      note: r.note,
    }))
    .sort(
      (a, b) =>
        b.activityDate.localeCompare(a.activityDate) ||
        b.bookedAt.localeCompare(a.bookedAt) ||
        Number(b.reversesEntryId !== null) - Number(a.reversesEntryId !== null),
    )
}

type Loaded = NonNullable<Awaited<ReturnType<typeof loadStandingData>>>

/**
 * The rules per cycle on loaded data: `{ noNorm }` (with the owner, for the access check) when the register has no
 * norm yet; otherwise the header and each cycle's standing, with `extra(cycle)` added to each cycle.
 */
function evaluate<X extends object>(data: Loaded, today: string, extra: (cycle: CycleInfo) => X) {
  const { cycles, lines, normVersions, ...header } = data
  const presented: (StandingCycle & X)[] = []
  for (const cycle of cycles) {
    const version = pickNormVersion(normVersions, cycle.startDate)
    if (!version) return { noNorm: true as const, userId: header.userId }
    const window = windowOf(cycle, header.cycleYears)
    const standing = computeStanding(toNorm(version), window, lines)
    const state = stateOf(cycle, today)
    presented.push({
      id: cycle.id,
      number: cycle.number,
      startDate: cycle.startDate,
      endDate: cycle.endDate,
      postponedUntil: cycle.postponedUntil,
      effectiveEndDate: cycle.effectiveEndDate,
      closed: cycle.closedAt !== null,
      state,
      norm: presentNorm(version, standing),
      categories: standing.categories,
      totals: {
        earned: standing.earned,
        counted: standing.counted,
        required: standing.required,
        remaining: standing.remaining,
      },
      meetsNorm: standing.meetsNorm,
      forecast: state === 'current' ? forecastStanding(standing, window, today) : null,
      ...extra(cycle),
    })
  }
  const name = [header.initials, header.infix, header.surname].filter((part) => part.trim() !== '').join(' ')
  return {
    registrationId: header.id,
    registrationNumber: header.registrationNumber,
    name,
    registerName: header.registerName,
    profession: header.profession,
    status: header.status,
    today,
    cycles: presented.sort(byRelevance),
    userId: header.userId,
  }
}

/**
 * The whole dossier of a registration on `today`: 'missing' when the registration does not exist, `{ noNorm }` when
 * its register has no norm yet. One prepared query (points.dossier.repository.ts), then the rules per cycle.
 */
export async function buildDossier(db: DbOrTx, registrationId: string, today: string) {
  const data = await loadDossierData(db, registrationId)
  if (!data) return 'missing' as const
  const { entries, ...rest } = data
  return evaluate(rest, today, (cycle) => ({ entries: entriesOf(entries, cycle) }))
}

/** The standing of every cycle without the entries (a lighter query that PostgreSQL answers from an index). */
export async function buildStanding(db: DbOrTx, registrationId: string, today: string) {
  const data = await loadStandingData(db, registrationId)
  if (!data) return 'missing' as const
  return evaluate(data, today, () => ({}))
}

const presentNorm = (version: NormFields, standing: Standing): StandingCycle['norm'] => ({
  versionId: version.id,
  version: version.version,
  validFrom: version.validFrom,
  totalPoints: version.totalPoints,
  capPerActivity: version.capPerActivity,
  proRata: version.proRata === 'yes',
  factor: Math.round(standing.factor * 10_000) / 10_000,
})

/**
 * The dossier for the owner or the register office. Anyone else gets the same 404 as for a registration that does
 * not exist (so the answer does not tell whether it exists); no log-in: 401; a register without a norm: 409.
 */
export async function getDossier(deps: AppDeps, ctx: RequestContext, registrationId: string): Promise<Dossier> {
  return readable(ctx, await buildDossier(deps.database.db, registrationId, readerToday(deps, ctx)))
}

/** The standing of every cycle (no entries), with the same access rules as the dossier. */
export async function getStanding(deps: AppDeps, ctx: RequestContext, registrationId: string): Promise<PointsStanding> {
  return readable(ctx, await buildStanding(deps.database.db, registrationId, readerToday(deps, ctx)))
}

function readerToday(deps: AppDeps, ctx: RequestContext) {
  if (ctx.actor === null) throw unauthenticated()
  return todayInNetherlands(deps)
}

function readable<R extends 'missing' | { userId: string }>(
  ctx: RequestContext,
  result: R,
): Omit<Exclude<R, 'missing' | { noNorm: true }>, 'userId'> {
  // Anyone who may not read it learns nothing, not even whether the register has a norm.
  if (result === 'missing' || !canDossier(ctx.actor!, 'readDossier', result)) {
    throw notFound(normMessage(ctx.locale, 'dossierNotFound'))
  }
  const found = result as { userId: string }
  if ('noNorm' in found) throw conflict(normMessage(ctx.locale, 'noNorm'))
  const { userId: _owner, ...rest } = found
  return rest as Omit<Exclude<R, 'missing' | { noNorm: true }>, 'userId'>
}

/** Per cycle id the standing (no forecast, no entries), for another module's view; empty without a norm. */
export async function standingPerCycle(db: DbOrTx, registrationId: string, today: string) {
  const dossier = await buildStanding(db, registrationId, today)
  const result = new Map<string, Pick<StandingCycle, 'categories' | 'totals' | 'meetsNorm'>>()
  if (dossier === 'missing' || 'noNorm' in dossier) return result
  for (const cycle of dossier.cycles) {
    result.set(cycle.id, { categories: cycle.categories, totals: cycle.totals, meetsNorm: cycle.meetsNorm })
  }
  return result
}
