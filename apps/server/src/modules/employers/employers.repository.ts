import { and, asc, count, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { users } from '../identity/identity.tables.ts'
import { organisations } from '../organisations/organisations.tables.ts'
import { cycleDecisions } from '../register/register.decisions.tables.ts'
import { registers, registrationCycles, registrations } from '../register/register.tables.ts'
import { cpdSharingConsents, employerInvitations } from './employers.tables.ts'

// Drizzle queries of the employers module. The team and standing read the register's tables (read-only).

/** True when a registration of a user with this address names the organisation as employer. */
const registeredWithEmployer = sql<boolean>`exists (
  select 1 from ${registrations} r join ${users} u on u.id = r.user_id
  where u.email = ${employerInvitations.email} and r.employer_organisation_id = ${employerInvitations.organisationId})`

/** Serialises invitation requests of one organisation (transaction-level advisory lock). */
export async function lockOrganisationInvitations(tx: DbOrTx, organisationId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`employer_invitations:${organisationId}`}))`)
}

/** The invitations (not accepted) of these addresses at this organisation, with whether the person applied. */
export function findInvitationsFor(tx: DbOrTx, organisationId: string, emails: string[]) {
  if (emails.length === 0) return Promise.resolve([])
  return tx
    .select({
      id: employerInvitations.id,
      email: employerInvitations.email,
      expiresAt: employerInvitations.expiresAt,
      registered: registeredWithEmployer,
    })
    .from(employerInvitations)
    .where(
      and(
        eq(employerInvitations.organisationId, organisationId),
        inArray(sql`lower(${employerInvitations.email}::text)`, emails),
        isNull(employerInvitations.acceptedAt),
      ),
    )
}

/** Addresses (lower case) of people whose registration already names the organisation. */
export async function findRegisteredEmails(tx: DbOrTx, organisationId: string, emails: string[]) {
  if (emails.length === 0) return new Set<string>()
  const rows = await tx
    .selectDistinct({ email: sql<string>`lower(${users.email}::text)` })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .where(
      and(eq(registrations.employerOrganisationId, organisationId), inArray(sql`lower(${users.email}::text)`, emails)),
    )
  return new Set(rows.map((r) => r.email))
}

export function insertInvitations(tx: DbOrTx, rows: (typeof employerInvitations.$inferInsert)[]) {
  if (rows.length === 0) return Promise.resolve([])
  return tx
    .insert(employerInvitations)
    .values(rows)
    .returning({ id: employerInvitations.id, email: employerInvitations.email })
}

/** Renews an expired invitation: new dates and inviter. */
export async function renewInvitation(
  tx: DbOrTx,
  id: string,
  values: { invitedById: string; createdAt: Date; expiresAt: Date },
) {
  const [row] = await tx
    .update(employerInvitations)
    .set(values)
    .where(eq(employerInvitations.id, id))
    .returning({ id: employerInvitations.id, email: employerInvitations.email })
  return row!
}

/** One page of an organisation's invitations, newest first, with their derived state. */
export async function findInvitations(db: DbOrTx, organisationId: string, now: Date, page: number, pageSize: number) {
  const where = eq(employerInvitations.organisationId, organisationId)
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: employerInvitations.id,
        email: employerInvitations.email,
        createdAt: employerInvitations.createdAt,
        expiresAt: employerInvitations.expiresAt,
        invitedByName: sql<string>`trim(${users.givenName} || ' ' || ${users.familyName})`,
        state: sql<'open' | 'registered' | 'expired'>`case when ${registeredWithEmployer} then 'registered'
          when ${employerInvitations.expiresAt} <= ${now.toISOString()}::timestamptz then 'expired' else 'open' end`,
      })
      .from(employerInvitations)
      .innerJoin(users, eq(users.id, employerInvitations.invitedById))
      .where(where)
      .orderBy(desc(employerInvitations.createdAt), asc(employerInvitations.email))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ value: count() }).from(employerInvitations).where(where),
  ])
  return { items, total: total?.value ?? 0 }
}

/** The latest cycle of the registration `registrations.id` (a correlated subquery). */
const latestCycleEnd = sql<string | null>`(select coalesce(c.postponed_until, c.end_date)::text
  from ${registrationCycles} c where c.registration_id = ${registrations.id} order by c.number desc limit 1)`

const consentedBy = (organisationId: string) => sql<boolean>`exists (select 1 from ${cpdSharingConsents} s
  where s.user_id = ${registrations.userId} and s.organisation_id = ${organisationId} and s.granted_at is not null)`

/** One page of the registrations whose employer is the organisation, by surname. */
export async function findTeam(db: DbOrTx, organisationId: string, page: number, pageSize: number) {
  const where = eq(registrations.employerOrganisationId, organisationId)
  const [items, [total]] = await Promise.all([
    db
      .select({
        registrationId: registrations.id,
        registrationNumber: registrations.registrationNumber,
        initials: registrations.initials,
        infix: registrations.infix,
        surname: registrations.surname,
        registerName: registers.name,
        profession: registrations.profession,
        status: registrations.status,
        cycleEnd: latestCycleEnd,
        sharesStanding: consentedBy(organisationId),
      })
      .from(registrations)
      .innerJoin(registers, eq(registers.id, registrations.registerId))
      .where(where)
      .orderBy(asc(registrations.surname), asc(registrations.initials), asc(registrations.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ value: count() }).from(registrations).where(where),
  ])
  return { items, total: total?.value ?? 0 }
}

/** A registration of the organisation's team (undefined when it is not in the team), with the consent now. */
export async function findTeamMember(db: DbOrTx, organisationId: string, registrationId: string) {
  const [row] = await db
    .select({
      registrationId: registrations.id,
      userId: registrations.userId,
      registrationNumber: registrations.registrationNumber,
      initials: registrations.initials,
      infix: registrations.infix,
      surname: registrations.surname,
      registerName: registers.name,
      profession: registrations.profession,
      status: registrations.status,
      consented: consentedBy(organisationId),
    })
    .from(registrations)
    .innerJoin(registers, eq(registers.id, registrations.registerId))
    .where(and(eq(registrations.id, registrationId), eq(registrations.employerOrganisationId, organisationId)))
  return row
}

/** The cycles of a registration (newest first) and the decisions on them. */
export async function findCyclesWithDecisions(db: DbOrTx, registrationId: string) {
  const cycles = await db
    .select({
      id: registrationCycles.id,
      number: registrationCycles.number,
      startDate: registrationCycles.startDate,
      endDate: registrationCycles.endDate,
      postponedUntil: registrationCycles.postponedUntil,
      closedAt: registrationCycles.closedAt,
    })
    .from(registrationCycles)
    .where(eq(registrationCycles.registrationId, registrationId))
    .orderBy(desc(registrationCycles.number))
  const decisions =
    cycles.length === 0
      ? []
      : await db
          .select({
            cycleId: cycleDecisions.cycleId,
            kind: cycleDecisions.kind,
            outcome: cycleDecisions.outcome,
            postponedUntil: cycleDecisions.postponedUntil,
            decidedAt: cycleDecisions.decidedAt,
          })
          .from(cycleDecisions)
          .where(
            inArray(
              cycleDecisions.cycleId,
              cycles.map((c) => c.id),
            ),
          )
          .orderBy(asc(cycleDecisions.decidedAt))
  return { cycles, decisions }
}

/** The person's consent for one organisation (undefined when never set). */
export async function findConsent(db: DbOrTx, userId: string, organisationId: string) {
  const [row] = await db
    .select()
    .from(cpdSharingConsents)
    .where(and(eq(cpdSharingConsents.userId, userId), eq(cpdSharingConsents.organisationId, organisationId)))
  return row
}

export async function upsertConsent(
  tx: DbOrTx,
  values: { userId: string; organisationId: string; grantedAt: Date | null; updatedAt: Date },
) {
  const [row] = await tx
    .insert(cpdSharingConsents)
    .values(values)
    .onConflictDoUpdate({
      target: [cpdSharingConsents.userId, cpdSharingConsents.organisationId],
      set: { grantedAt: values.grantedAt, updatedAt: values.updatedAt },
    })
    .returning()
  return row!
}

/** Whether the organisation is the employer on one of the person's registrations. */
export async function isEmployerOf(db: DbOrTx, userId: string, organisationId: string) {
  const [row] = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.userId, userId), eq(registrations.employerOrganisationId, organisationId)))
    .limit(1)
  return row !== undefined
}

/** The employers on the person's registrations, plus any organisation they ever consented for, with the consent. */
export function findOwnSharing(db: DbOrTx, userId: string) {
  return db
    .select({
      organisationId: organisations.id,
      organisationName: organisations.name,
      grantedAt: cpdSharingConsents.grantedAt,
      isEmployer: sql<boolean>`exists (select 1 from ${registrations} r
        where r.user_id = ${userId} and r.employer_organisation_id = ${organisations.id})`,
    })
    .from(organisations)
    .leftJoin(
      cpdSharingConsents,
      and(eq(cpdSharingConsents.organisationId, organisations.id), eq(cpdSharingConsents.userId, userId)),
    )
    .where(
      sql`${organisations.id} in (select r.employer_organisation_id from ${registrations} r where r.user_id = ${userId})
        or ${isNotNull(cpdSharingConsents.grantedAt)}`,
    )
    .orderBy(asc(organisations.name))
}

/** "Given Family" of a user, for the invitation mail; empty when unknown. */
export async function findUserName(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({ name: sql<string>`trim(${users.givenName} || ' ' || ${users.familyName})` })
    .from(users)
    .where(eq(users.id, userId))
  return row?.name ?? ''
}
