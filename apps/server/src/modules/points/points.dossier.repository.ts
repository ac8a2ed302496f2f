import { eq, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import type { CycleInfo } from '../register/register.cycles.service.ts'
import { registers, registrations } from '../register/register.tables.ts'
import type { LedgerLine } from './points.rules.ts'
import type { CategoryNorms, LedgerSource, PointCategory } from './points.tables.ts'

// Everything a dossier (or its standing) needs in ONE prepared query: the registration and its register, its cycles, its ledger
// entries and the register's norm versions (each as a JSON array). A read-only join across the register module's
// tables (decision 006) on the hottest read path of the points module: one database round trip instead of eight.

export interface DossierLedgerRow {
  id: string
  category: PointCategory
  points: number
  activityDate: string
  activityKey: string
  reference: string
  source: LedgerSource
  bookedAt: Date
  reversesEntryId: string | null
  note: string
}

export interface DossierNormVersion {
  id: string
  version: number
  validFrom: string
  totalPoints: number
  categories: CategoryNorms
  capPerActivity: number | null
  proRata: 'yes' | 'no'
}

type Json<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] }

/** The registration, its register, cycles and norm versions: what the dossier and the standing both read. */
const headerColumns = {
  id: registrations.id,
  userId: registrations.userId,
  registerId: registrations.registerId,
  registrationNumber: registrations.registrationNumber,
  status: registrations.status,
  profession: registrations.profession,
  initials: registrations.initials,
  infix: registrations.infix,
  surname: registrations.surname,
  registerName: registers.name,
  cycleYears: registers.cycleYears,
  cycles: sql<Json<CycleInfo>[]>`(
    select coalesce(json_agg(json_build_object(
             'id', c.id, 'registrationId', c.registration_id, 'number', c.number, 'startDate', c.start_date,
             'endDate', c.end_date, 'postponedUntil', c.postponed_until,
             'effectiveEndDate', coalesce(c.postponed_until, c.end_date), 'closedAt', c.closed_at)
           order by c.number), '[]'::json)
      from registration_cycles c where c.registration_id = ${registrations.id})`,
  normVersions: sql<DossierNormVersion[]>`(
    select coalesce(json_agg(json_build_object(
             'id', v.id, 'version', v.version, 'validFrom', v.valid_from, 'totalPoints', v.total_points,
             'categories', v.categories, 'capPerActivity', v.cap_per_activity, 'proRata', v.pro_rata)
           order by v.version), '[]'::json)
      from norm_versions v where v.register_id = ${registrations.registerId})`,
}

function prepareDossierQuery(db: DbOrTx) {
  return db
    .select({
      ...headerColumns,
      entries: sql<Json<DossierLedgerRow>[]>`(
        select coalesce(json_agg(json_build_object(
                 'id', l.id, 'category', l.category, 'points', l.points, 'activityDate', l.activity_date,
                 'activityKey', l.activity_key, 'reference', l.reference, 'source', l.source,
                 'bookedAt', l.booked_at, 'reversesEntryId', l.reverses_entry_id, 'note', l.note)
               order by l.booked_at, l.id), '[]'::json)
          from points_ledger l where l.registration_id = ${registrations.id})`,
    })
    .from(registrations)
    .innerJoin(registers, eq(registers.id, registrations.registerId))
    .where(eq(registrations.id, sql.placeholder('registrationId')))
    .prepare('vr_dossier')
}

/**
 * The standing needs of each entry only what the rules read, all four in `points_ledger_standing_idx`: PostgreSQL
 * answers from the index (an index-only scan, a few adjacent pages) instead of one heap page per entry. Each line is
 * a JSON array [category, points, activityKey, activityDate] — a third of the bytes of the dossier's objects.
 */
function prepareStandingQuery(db: DbOrTx) {
  return db
    .select({
      ...headerColumns,
      lines: sql<[PointCategory, string | number, string, string][]>`(
        select coalesce(json_agg(json_build_array(l.category, l.points, l.activity_key, l.activity_date)), '[]'::json)
          from points_ledger l where l.registration_id = ${registrations.id})`,
    })
    .from(registrations)
    .innerJoin(registers, eq(registers.id, registrations.registerId))
    .where(eq(registrations.id, sql.placeholder('registrationId')))
    .prepare('vr_standing')
}

/** One prepared query per database handle (the query, never its results: every read sees the database now). */
const preparedDossier = new WeakMap<object, ReturnType<typeof prepareDossierQuery>>()
const preparedStanding = new WeakMap<object, ReturnType<typeof prepareStandingQuery>>()

function preparedFor<Q>(cache: WeakMap<object, Q>, db: DbOrTx, prepare: (db: DbOrTx) => Q): Q {
  let query = cache.get(db)
  if (!query) {
    query = prepare(db)
    cache.set(db, query)
  }
  return query
}

function parseHeader<T extends { cycles: Json<CycleInfo>[]; normVersions: DossierNormVersion[] }>(row: T) {
  const cycles: CycleInfo[] = row.cycles.map((c) => ({ ...c, closedAt: c.closedAt ? new Date(c.closedAt) : null }))
  const normVersions = row.normVersions.map((v) => ({
    ...v,
    totalPoints: Number(v.totalPoints),
    capPerActivity: v.capPerActivity === null ? null : Number(v.capPerActivity),
  }))
  return { ...row, cycles, normVersions }
}

/** The registration with its cycles, ledger entries and norm versions, or null when it does not exist. */
export async function loadDossierData(db: DbOrTx, registrationId: string) {
  const [row] = await preparedFor(preparedDossier, db, prepareDossierQuery).execute({ registrationId })
  if (!row) return null
  const entries: DossierLedgerRow[] = row.entries.map((e) => ({
    ...e,
    points: Number(e.points),
    bookedAt: new Date(e.bookedAt),
  }))
  const lines: LedgerLine[] = entries.map((e) => ({
    category: e.category,
    points: e.points,
    activityKey: e.activityKey,
    activityDate: e.activityDate,
  }))
  return { ...parseHeader(row), entries, lines }
}

/** The registration with its cycles, the ledger as the rules read it and the norm versions; null when missing. */
export async function loadStandingData(db: DbOrTx, registrationId: string) {
  const [row] = await preparedFor(preparedStanding, db, prepareStandingQuery).execute({ registrationId })
  if (!row) return null
  const lines: LedgerLine[] = row.lines.map(([category, points, activityKey, activityDate]) => ({
    category,
    points: Number(points),
    activityKey,
    activityDate,
  }))
  return { ...parseHeader(row), lines }
}
