import { and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm'
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core'
import type { DbOrTx } from '../../db/client.ts'
import { users } from '../identity/identity.tables.ts'
import { organisations } from '../organisations/organisations.tables.ts'
import { cycleDecisions, registrationCredentials, removalRequests } from './register.decisions.tables.ts'
import type { RegistrationListQuery } from './register.registrations.schemas.ts'
import {
  registers,
  registrationCycles,
  registrationStatusChanges,
  registrationSurnames,
  registrations,
} from './register.tables.ts'

// Drizzle queries for the register office's registration pages and the registrant's own page.

const fullName = (table: { givenName: AnyPgColumn; familyName: AnyPgColumn }) =>
  sql<string>`trim(${table.givenName} || ' ' || ${table.familyName})`

const summaryColumns = {
  id: registrations.id,
  registrationNumber: registrations.registrationNumber,
  initials: registrations.initials,
  infix: registrations.infix,
  surname: registrations.surname,
  profession: registrations.profession,
  registerId: registrations.registerId,
  register: registers.name,
  status: registrations.status,
  registeredSince: registrations.registeredSince,
  cycleEnd: sql<string | null>`(
    select coalesce(y.postponed_until, y.end_date)::text from ${registrationCycles} y
    where y.registration_id = ${registrations.id} order by y.number desc limit 1)`,
}

export interface RegistrationFilter extends Omit<RegistrationListQuery, 'surname'> {
  /** normalizeSurname of the searched name. */
  surnameSearch?: string
}

export async function findRegistrations(db: DbOrTx, filter: RegistrationFilter) {
  const conditions: SQL[] = []
  if (filter.registrationNumber)
    conditions.push(sql`${registrations.registrationNumber} ilike ${`%${escapeLike(filter.registrationNumber)}%`}`)
  if (filter.surnameSearch)
    conditions.push(
      // Matched on the short list of distinct surnames (trigram index), then the registrations by their btree index.
      sql`${registrations.surnameSearch} in (select n.surname_search from ${registrationSurnames} n
        where n.surname_search like ${`%${escapeLike(filter.surnameSearch)}%`} or n.surname_search % ${filter.surnameSearch})`,
    )
  if (filter.status) conditions.push(eq(registrations.status, filter.status))
  if (filter.registerId) conditions.push(eq(registrations.registerId, filter.registerId))
  const where = conditions.length ? and(...conditions) : undefined
  const [items, [total]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(registrations)
      .innerJoin(registers, eq(registers.id, registrations.registerId))
      .where(where)
      .orderBy(asc(registrations.surnameSearch), asc(registrations.initials), asc(registrations.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ value: count() }).from(registrations).where(where),
  ])
  return { items, total: total?.value ?? 0 }
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`)

export function findRegistrationsOfUser(db: DbOrTx, userId: string) {
  return db
    .select(summaryColumns)
    .from(registrations)
    .innerJoin(registers, eq(registers.id, registrations.registerId))
    .where(eq(registrations.userId, userId))
    .orderBy(asc(registers.name))
}

export async function findRegistration(db: DbOrTx, registrationId: string) {
  const [row] = await db
    .select({
      id: registrations.id,
      userId: registrations.userId,
      registerId: registrations.registerId,
      register: registers.name,
      status: registrations.status,
      registrationNumber: registrations.registrationNumber,
      registeredSince: registrations.registeredSince,
      reEntry: registrations.reEntry,
      initials: registrations.initials,
      infix: registrations.infix,
      surname: registrations.surname,
      email: users.email,
      profession: registrations.profession,
      employerId: organisations.id,
      employerName: organisations.name,
      selfEmployed: registrations.selfEmployed,
      showEmployerPublicly: registrations.showEmployerPublicly,
    })
    .from(registrations)
    .innerJoin(registers, eq(registers.id, registrations.registerId))
    .innerJoin(users, eq(users.id, registrations.userId))
    .leftJoin(organisations, eq(organisations.id, registrations.employerOrganisationId))
    .where(eq(registrations.id, registrationId))
  return row
}

export function findCycles(db: DbOrTx, registrationId: string) {
  return db
    .select()
    .from(registrationCycles)
    .where(eq(registrationCycles.registrationId, registrationId))
    .orderBy(asc(registrationCycles.number))
}

export function findHistory(db: DbOrTx, registrationId: string) {
  const actor = alias(users, 'actor')
  const confirmer = alias(users, 'confirmer')
  return db
    .select({
      id: registrationStatusChanges.id,
      action: registrationStatusChanges.action,
      fromStatus: registrationStatusChanges.fromStatus,
      toStatus: registrationStatusChanges.toStatus,
      effectiveDate: registrationStatusChanges.effectiveDate,
      reason: registrationStatusChanges.reason,
      decidedAt: registrationStatusChanges.decidedAt,
      decidedBy: sql<string | null>`case when ${actor.id} is null then null else ${fullName(actor)} end`,
      confirmedBy: sql<string | null>`case when ${confirmer.id} is null then null else ${fullName(confirmer)} end`,
      publicUntil: registrationStatusChanges.publicUntil,
    })
    .from(registrationStatusChanges)
    .leftJoin(actor, eq(actor.id, registrationStatusChanges.actorId))
    .leftJoin(confirmer, eq(confirmer.id, registrationStatusChanges.confirmedById))
    .where(eq(registrationStatusChanges.registrationId, registrationId))
    .orderBy(
      asc(registrationStatusChanges.decidedAt),
      asc(registrationStatusChanges.effectiveDate),
      asc(registrationStatusChanges.id),
    )
}

export function findDecisions(db: DbOrTx, registrationId: string) {
  return db
    .select({
      id: cycleDecisions.id,
      cycleId: cycleDecisions.cycleId,
      cycleNumber: registrationCycles.number,
      kind: cycleDecisions.kind,
      reason: cycleDecisions.reason,
      outcome: cycleDecisions.outcome,
      postponedUntil: cycleDecisions.postponedUntil,
      decidedAt: cycleDecisions.decidedAt,
      decidedBy: fullName(users),
    })
    .from(cycleDecisions)
    .innerJoin(registrationCycles, eq(registrationCycles.id, cycleDecisions.cycleId))
    .innerJoin(users, eq(users.id, cycleDecisions.decidedById))
    .where(eq(registrationCycles.registrationId, registrationId))
    .orderBy(asc(cycleDecisions.decidedAt), asc(cycleDecisions.id))
}

export async function findPendingRemoval(db: DbOrTx, registrationId: string) {
  const [row] = await db
    .select({
      id: removalRequests.id,
      state: removalRequests.state,
      reason: removalRequests.reason,
      effectiveDate: removalRequests.effectiveDate,
      publicUntil: removalRequests.publicUntil,
      requestedById: removalRequests.requestedById,
      requestedBy: fullName(users),
      requestedAt: removalRequests.requestedAt,
    })
    .from(removalRequests)
    .innerJoin(users, eq(users.id, removalRequests.requestedById))
    .where(and(eq(removalRequests.registrationId, registrationId), eq(removalRequests.state, 'pending')))
  return row
}

export function findCredentials(db: DbOrTx, registrationId: string) {
  return db
    .select({
      credentialId: registrationCredentials.credentialId,
      validFrom: registrationCredentials.validFrom,
      validUntil: registrationCredentials.validUntil,
      issuedAt: registrationCredentials.issuedAt,
    })
    .from(registrationCredentials)
    .where(eq(registrationCredentials.registrationId, registrationId))
    .orderBy(desc(registrationCredentials.issuedAt))
}

export async function findUserName(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({ name: fullName(users) })
    .from(users)
    .where(eq(users.id, userId))
  return row?.name ?? null
}
