import { and, count, desc, eq, isNull, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { users } from '../identity/identity.tables.ts'
import { registrationCycles, registrations } from '../register/register.tables.ts'
import { activities, activityRuns } from './points.accreditation.tables.ts'
import {
  type AttendanceMethod,
  attendanceImports,
  attendances,
  type ImportReportRow,
} from './points.attendance.tables.ts'

// Attendance queries. Resolving registration numbers and e-mail addresses reads `registrations`, `users` and
// `registration_cycles` in one read-only query (as decision 006 allows for display lists): a 10,000-row file is one
// round trip, not 10,000 service calls. Nothing of the register or identity module is written here.

/** A run with its activity: what booking needs (points, category, date) and whom it belongs to. */
export async function findRun(db: DbOrTx, runId: string) {
  const [row] = await db
    .select({
      id: activityRuns.id,
      startsOn: activityRuns.startsOn,
      endsOn: activityRuns.endsOn,
      location: activityRuns.location,
      online: activityRuns.online,
      activityId: activities.id,
      publicId: activities.publicId,
      title: activities.title,
      state: activities.state,
      points: activities.points,
      category: activities.category,
      providerOrganisationId: activities.providerOrganisationId,
    })
    .from(activityRuns)
    .innerJoin(activities, eq(activities.id, activityRuns.activityId))
    .where(eq(activityRuns.id, runId))
  return row ?? null
}
export type RunRow = NonNullable<Awaited<ReturnType<typeof findRun>>>

export type RegistrantRow = {
  registrationId: string
  registrationNumber: string | null
  email: string
  status: string
  initials: string
  infix: string
  surname: string
  /** Has a cycle (start through the effective end) on the run's date. */
  inCycle: boolean
  /** Has an attendance at the run that is not withdrawn. */
  present: boolean
}

const asJson = (values: readonly string[]) => JSON.stringify(values)

/**
 * Every registration with one of these numbers, or of a person with one of these e-mail addresses, with whether it
 * has a cycle on the run's date and is already present at the run: one query, whatever the number of values.
 */
export async function findRegistrants(
  db: DbOrTx,
  run: { id: string; endsOn: string },
  numbers: readonly string[],
  emails: readonly string[],
): Promise<RegistrantRow[]> {
  if (numbers.length === 0 && emails.length === 0) return []
  const result = await db.execute<RegistrantRow>(sql`
    select m.id as "registrationId", m.registration_number as "registrationNumber", m.email, m.status, m.initials,
      m.infix, m.surname,
      exists (select 1 from ${registrationCycles} c where c.registration_id = m.id
        and c.start_date <= ${run.endsOn}::date and ${run.endsOn}::date <= coalesce(c.postponed_until, c.end_date))
        as "inCycle",
      exists (select 1 from ${attendances} a where a.registration_id = m.id and a.run_id = ${run.id}::uuid
        and a.withdrawn_at is null) as "present"
    from (
      select r.id, r.registration_number, lower(u.email::text) as email, r.status, r.initials, r.infix, r.surname
      from ${registrations} r join ${users} u on u.id = r.user_id
      where r.registration_number = any(array(select jsonb_array_elements_text(${asJson(numbers)}::jsonb)))
      union
      select r.id, r.registration_number, lower(u.email::text), r.status, r.initials, r.infix, r.surname
      from ${users} u join ${registrations} r on r.user_id = u.id
      where u.email = any(array(select jsonb_array_elements_text(${asJson(emails)}::jsonb))::citext[])
    ) m`)
  return (result as unknown as { rows: RegistrantRow[] }).rows
}

/** Of these registrations, those registered or suspended with a cycle on `date` (re-checked at confirmation). */
export async function eligibleOn(db: DbOrTx, registrationIds: readonly string[], date: string): Promise<Set<string>> {
  if (registrationIds.length === 0) return new Set()
  const result = await db.execute<{ id: string }>(sql`
    select r.id from ${registrations} r
    where r.id = any(array(select jsonb_array_elements_text(${asJson(registrationIds)}::jsonb)::uuid))
      and r.status in ('registered', 'suspended')
      and exists (select 1 from ${registrationCycles} c where c.registration_id = r.id
        and c.start_date <= ${date}::date and ${date}::date <= coalesce(c.postponed_until, c.end_date))`)
  return new Set((result as unknown as { rows: { id: string }[] }).rows.map((r) => r.id))
}

/**
 * Inserts attendance rows; a registrant already present at the run is skipped (`attendances_one_active_uq`).
 * Returns the rows that were inserted.
 */
export async function insertAttendances(
  tx: DbOrTx,
  input: {
    runId: string
    registrationIds: readonly string[]
    method: AttendanceMethod
    importId: string | null
    recordedById: string | null
    now: Date
  },
): Promise<{ id: string; registrationId: string }[]> {
  if (input.registrationIds.length === 0) return []
  // One statement whatever the number of rows: the ids travel as one JSON parameter.
  const result = await tx.execute<{ id: string; registrationId: string }>(sql`
    insert into ${attendances} (run_id, registration_id, method, import_id, recorded_by_id, recorded_at)
    select ${input.runId}::uuid, r.id::uuid, ${input.method}, ${input.importId}::uuid, ${input.recordedById}::uuid,
      ${input.now.toISOString()}::timestamptz
    from jsonb_array_elements_text(${asJson(input.registrationIds)}::jsonb) with ordinality as r(id, n)
    order by r.n
    on conflict (run_id, registration_id) where withdrawn_at is null do nothing
    returning id, registration_id as "registrationId"`)
  return (result as unknown as { rows: { id: string; registrationId: string }[] }).rows
}

const attendanceColumns = {
  id: attendances.id,
  runId: attendances.runId,
  registrationId: attendances.registrationId,
  method: attendances.method,
  importId: attendances.importId,
  recordedAt: attendances.recordedAt,
  withdrawnAt: attendances.withdrawnAt,
  withdrawalReason: attendances.withdrawalReason,
  registrationNumber: registrations.registrationNumber,
  initials: registrations.initials,
  infix: registrations.infix,
  surname: registrations.surname,
}

/** One attendance with the registrant's public name. */
export async function findAttendance(db: DbOrTx, attendanceId: string, forUpdate = false) {
  const query = db
    .select(attendanceColumns)
    .from(attendances)
    .innerJoin(registrations, eq(registrations.id, attendances.registrationId))
    .where(eq(attendances.id, attendanceId))
  const [row] = forUpdate ? await query.for('update', { of: attendances }) : await query
  return row ?? null
}
export type AttendanceRow = NonNullable<Awaited<ReturnType<typeof findAttendance>>>

export async function markWithdrawn(
  tx: DbOrTx,
  attendanceId: string,
  input: { reason: string; by: string | null; now: Date },
) {
  await tx
    .update(attendances)
    .set({ withdrawnAt: input.now, withdrawnById: input.by, withdrawalReason: input.reason })
    .where(and(eq(attendances.id, attendanceId), isNull(attendances.withdrawnAt)))
}

/** The attendance list of a run: present first (by name), then withdrawn ones; one page. */
export async function listAttendances(
  db: DbOrTx,
  runId: string,
  query: { page: number; pageSize: number; includeWithdrawn: boolean },
) {
  const where = query.includeWithdrawn
    ? eq(attendances.runId, runId)
    : and(eq(attendances.runId, runId), isNull(attendances.withdrawnAt))
  const [items, [total]] = await Promise.all([
    db
      .select(attendanceColumns)
      .from(attendances)
      .innerJoin(registrations, eq(registrations.id, attendances.registrationId))
      .where(where)
      .orderBy(
        sql`${attendances.withdrawnAt} is not null`,
        registrations.surnameSearch,
        registrations.registrationNumber,
        attendances.recordedAt,
      )
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(attendances).where(where),
  ])
  return { items, total: total?.total ?? 0 }
}

export async function insertImport(
  tx: DbOrTx,
  input: {
    runId: string
    kind: 'list' | 'file'
    fileName: string
    sha256: string
    report: ImportReportRow[]
    createdById: string
    now: Date
  },
) {
  const [row] = await tx
    .insert(attendanceImports)
    .values({ ...input, createdAt: input.now })
    .returning()
  return row!
}

/** One import; with `forUpdate` the row stays locked until the transaction ends (one confirmation at a time). */
export async function findImport(db: DbOrTx, importId: string, forUpdate = false) {
  const query = db.select().from(attendanceImports).where(eq(attendanceImports.id, importId))
  const [row] = forUpdate ? await query.for('update') : await query
  return row ?? null
}
export type ImportRow = NonNullable<Awaited<ReturnType<typeof findImport>>>

export async function updateImport(
  tx: DbOrTx,
  importId: string,
  values: Partial<Pick<ImportRow, 'state' | 'confirmedAt' | 'bookedCount' | 'report'>>,
) {
  const [row] = await tx.update(attendanceImports).set(values).where(eq(attendanceImports.id, importId)).returning()
  return row!
}

/** The imports of a run, newest first, with the number of rows per outcome (counted in the database). */
export async function listImports(db: DbOrTx, runId: string, query: { page: number; pageSize: number }) {
  const i = attendanceImports
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: i.id,
        runId: i.runId,
        kind: i.kind,
        fileName: i.fileName,
        state: i.state,
        createdAt: i.createdAt,
        confirmedAt: i.confirmedAt,
        bookedCount: i.bookedCount,
        outcomes: sql<Record<string, number>>`(
          select coalesce(jsonb_object_agg(o.outcome, o.n), '{}'::jsonb)
          from (select x.outcome, count(*)::int as n from jsonb_to_recordset(${i.report}) as x(outcome text)
                group by x.outcome) o)`,
      })
      .from(i)
      .where(eq(i.runId, runId))
      .orderBy(desc(i.createdAt), desc(i.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(i).where(eq(i.runId, runId)),
  ])
  return { items, total: total?.total ?? 0 }
}
