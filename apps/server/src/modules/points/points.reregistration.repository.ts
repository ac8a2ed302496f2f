import { and, asc, count, desc, eq, isNull, lt, sql } from 'drizzle-orm'
import type { DbOrTx, Tx } from '../../db/client.ts'
import { users } from '../identity/identity.tables.ts'
import { registers, registrationCycles, registrations } from '../register/register.tables.ts'
import {
  type ReregistrationKind,
  type ReregistrationState,
  reregistrationRequests,
} from './points.reregistration.tables.ts'

// Drizzle queries of re-registration requests. Registrations, registers, cycles and users are joined read-only for
// lists and mails (decision 006); cycles are changed only through the register module.

const effectiveEnd = sql<string>`coalesce(${registrationCycles.postponedUntil}, ${registrationCycles.endDate})::text`

const summaryColumns = {
  id: reregistrationRequests.id,
  registrationId: reregistrationRequests.registrationId,
  cycleId: reregistrationRequests.cycleId,
  userId: registrations.userId,
  registrationNumber: registrations.registrationNumber,
  initials: registrations.initials,
  infix: registrations.infix,
  surname: registrations.surname,
  register: registers.name,
  kind: reregistrationRequests.kind,
  state: reregistrationRequests.state,
  reason: reregistrationRequests.reason,
  postponedUntil: reregistrationRequests.postponedUntil,
  shiftYears: reregistrationRequests.shiftYears,
  normCheck: reregistrationRequests.normCheck,
  cycleNumber: registrationCycles.number,
  cycleStart: registrationCycles.startDate,
  cycleEnd: effectiveEnd,
  cycleClosedAt: registrationCycles.closedAt,
  submittedAt: reregistrationRequests.submittedAt,
  decidedAt: reregistrationRequests.decidedAt,
  decidedById: reregistrationRequests.decidedById,
  decisionReason: reregistrationRequests.decisionReason,
}

const joined = (db: DbOrTx) =>
  db
    .select(summaryColumns)
    .from(reregistrationRequests)
    .innerJoin(registrations, eq(registrations.id, reregistrationRequests.registrationId))
    .innerJoin(registers, eq(registers.id, registrations.registerId))
    .innerJoin(registrationCycles, eq(registrationCycles.id, reregistrationRequests.cycleId))

export type RequestRow = Awaited<ReturnType<typeof findRequest>> & {}

export async function findRequest(db: DbOrTx, requestId: string) {
  const [row] = await joined(db).where(eq(reregistrationRequests.id, requestId))
  return row ?? null
}

/** The requests about one cycle, newest first. */
export function findRequestsOfCycle(db: DbOrTx, cycleId: string) {
  return joined(db)
    .where(eq(reregistrationRequests.cycleId, cycleId))
    .orderBy(desc(reregistrationRequests.submittedAt), desc(reregistrationRequests.id))
}

/** The register office's queue: oldest first for open requests, newest first for decided ones. */
export async function findQueue(
  db: DbOrTx,
  filter: { state: ReregistrationState; kind?: ReregistrationKind; page: number; pageSize: number },
) {
  const where = and(
    eq(reregistrationRequests.state, filter.state),
    filter.kind ? eq(reregistrationRequests.kind, filter.kind) : undefined,
  )
  const order =
    filter.state === 'submitted'
      ? [asc(reregistrationRequests.submittedAt), asc(reregistrationRequests.id)]
      : [desc(reregistrationRequests.decidedAt), desc(reregistrationRequests.id)]
  const [items, [total]] = await Promise.all([
    joined(db)
      .where(where)
      .orderBy(...order)
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ value: count() }).from(reregistrationRequests).where(where),
  ])
  return { items, total: total?.value ?? 0 }
}

export async function insertRequest(tx: Tx, values: typeof reregistrationRequests.$inferInsert) {
  const [row] = await tx
    .insert(reregistrationRequests)
    .values(values)
    .onConflictDoNothing({
      target: reregistrationRequests.cycleId,
      where: sql`${reregistrationRequests.state} = 'submitted'`,
    })
    .returning({ id: reregistrationRequests.id })
  return row ?? null
}

/** Locks a request row for a decision. */
export async function lockRequest(tx: Tx, requestId: string) {
  const [row] = await tx
    .select({ id: reregistrationRequests.id, state: reregistrationRequests.state })
    .from(reregistrationRequests)
    .where(eq(reregistrationRequests.id, requestId))
    .for('update')
  return row ?? null
}

/** Decides a submitted request; false when it was no longer submitted (a lost race). */
export async function decideRequest(
  tx: Tx,
  requestId: string,
  set: { state: 'approved' | 'rejected'; decidedById: string; decidedAt: Date; decisionReason: string },
) {
  const rows = await tx
    .update(reregistrationRequests)
    .set(set)
    .where(and(eq(reregistrationRequests.id, requestId), eq(reregistrationRequests.state, 'submitted')))
    .returning({ id: reregistrationRequests.id })
  return rows.length === 1
}

/** Whether a cycle has an open (submitted) request, or an approved regular re-registration. */
export async function blockingRequestOf(db: DbOrTx, cycleId: string) {
  const [row] = await db
    .select({ id: reregistrationRequests.id })
    .from(reregistrationRequests)
    .where(
      and(
        eq(reregistrationRequests.cycleId, cycleId),
        sql`(${reregistrationRequests.state} = 'submitted' or (${reregistrationRequests.state} = 'approved' and ${reregistrationRequests.kind} = 'regular'))`,
      ),
    )
    .limit(1)
  return row ?? null
}

export async function findContact(db: DbOrTx, registrationId: string) {
  const [row] = await db
    .select({
      email: users.email,
      givenName: users.givenName,
      locale: users.locale,
      register: registers.name,
      registrationNumber: registrations.registrationNumber,
    })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .innerJoin(registers, eq(registers.id, registrations.registerId))
    .where(eq(registrations.id, registrationId))
  return row ?? null
}

export async function findUserName(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({ givenName: users.givenName, familyName: users.familyName })
    .from(users)
    .where(eq(users.id, userId))
  return row ? `${row.givenName} ${row.familyName}`.trim() : null
}

/**
 * Registered registrations whose open cycle ended before `today` and that have no open request and no approved
 * regular re-registration for it: the ones that lapse.
 */
export function findLapseCandidates(db: DbOrTx, today: string) {
  return db
    .select({ registrationId: registrations.id, cycleId: registrationCycles.id, effectiveEnd })
    .from(registrationCycles)
    .innerJoin(registrations, eq(registrations.id, registrationCycles.registrationId))
    .where(
      and(
        isNull(registrationCycles.closedAt),
        eq(registrations.status, 'registered'),
        lt(sql`coalesce(${registrationCycles.postponedUntil}, ${registrationCycles.endDate})`, sql`${today}::date`),
        sql`not exists (select 1 from ${reregistrationRequests} r where r.cycle_id = ${registrationCycles.id} and (r.state = 'submitted' or (r.state = 'approved' and r.kind = 'regular')))`,
      ),
    )
    .orderBy(asc(registrationCycles.endDate))
}
