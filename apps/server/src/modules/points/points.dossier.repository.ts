import { eq, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import type { CycleInfo } from '../register/register.cycles.service.ts'
import { registers, registrations } from '../register/register.tables.ts'
import type { CategoryNorms, LedgerSource, PointCategory } from './points.tables.ts'

// Everything a dossier needs in ONE prepared query: the registration and its register, its cycles, its ledger
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

function prepareDossierQuery(db: DbOrTx) {
  return db
    .select({
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
      entries: sql<Json<DossierLedgerRow>[]>`(
        select coalesce(json_agg(json_build_object(
                 'id', l.id, 'category', l.category, 'points', l.points, 'activityDate', l.activity_date,
                 'activityKey', l.activity_key, 'reference', l.reference, 'source', l.source,
                 'bookedAt', l.booked_at, 'reversesEntryId', l.reverses_entry_id, 'note', l.note)
               order by l.booked_at, l.id), '[]'::json)
          from points_ledger l where l.registration_id = ${registrations.id})`,
      normVersions: sql<DossierNormVersion[]>`(
        select coalesce(json_agg(json_build_object(
                 'id', v.id, 'version', v.version, 'validFrom', v.valid_from, 'totalPoints', v.total_points,
                 'categories', v.categories, 'capPerActivity', v.cap_per_activity, 'proRata', v.pro_rata)
               order by v.version), '[]'::json)
          from norm_versions v where v.register_id = ${registrations.registerId})`,
    })
    .from(registrations)
    .innerJoin(registers, eq(registers.id, registrations.registerId))
    .where(eq(registrations.id, sql.placeholder('registrationId')))
    .prepare('vr_dossier')
}

/** One prepared query per database handle (the query, never its results: every read sees the database now). */
const prepared = new WeakMap<object, ReturnType<typeof prepareDossierQuery>>()

/** The registration with its cycles, ledger entries and norm versions, or null when it does not exist. */
export async function loadDossierData(db: DbOrTx, registrationId: string) {
  let query = prepared.get(db)
  if (!query) {
    query = prepareDossierQuery(db)
    prepared.set(db, query)
  }
  const [row] = await query.execute({ registrationId })
  if (!row) return null
  const cycles: CycleInfo[] = row.cycles.map((c) => ({ ...c, closedAt: c.closedAt ? new Date(c.closedAt) : null }))
  const entries: DossierLedgerRow[] = row.entries.map((e) => ({
    ...e,
    points: Number(e.points),
    bookedAt: new Date(e.bookedAt),
  }))
  const normVersions = row.normVersions.map((v) => ({
    ...v,
    totalPoints: Number(v.totalPoints),
    capPerActivity: v.capPerActivity === null ? null : Number(v.capPerActivity),
  }))
  return { ...row, cycles, entries, normVersions }
}
