import { and, asc, count, eq, type SQL, sql } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'
import type { DbOrTx } from '../../db/client.ts'
import { users } from '../identity/identity.tables.ts'
import { type MembershipRole, memberships, type OrganisationKind, organisations } from './organisations.tables.ts'

export function findMembershipsOfUser(db: DbOrTx, userId: string) {
  return db
    .select({
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(organisations.name)
}

export type MembershipOfUser = Awaited<ReturnType<typeof findMembershipsOfUser>>[number]

/**
 * The same list as `findMembershipsOfUser`, as a correlated subquery giving one JSON array (same fields, same
 * order) for the user in `userId` — so another query (the session lookup) gets it without a second round trip.
 */
export function membershipsOfUserJson(userId: AnyPgColumn): SQL<MembershipOfUser[]> {
  return sql`(select coalesce(json_agg(json_build_object(
      'organisationId', ${memberships.organisationId}, 'organisationName', ${organisations.name},
      'organisationKind', ${organisations.kind}, 'role', ${memberships.role}) order by ${organisations.name}), '[]'::json)
    from ${memberships} inner join ${organisations} on ${organisations.id} = ${memberships.organisationId}
    where ${memberships.userId} = ${userId})`.mapWith((value: unknown): MembershipOfUser[] =>
    typeof value === 'string' ? JSON.parse(value) : (value as MembershipOfUser[]),
  )
}

const organisationColumns = {
  id: organisations.id,
  name: organisations.name,
  kind: organisations.kind,
  city: organisations.city,
}

export async function findOrganisations(
  db: DbOrTx,
  kind: OrganisationKind | undefined,
  page: number,
  pageSize: number,
) {
  const where: SQL | undefined = kind ? eq(organisations.kind, kind) : undefined
  const [items, [total]] = await Promise.all([
    db
      .select(organisationColumns)
      .from(organisations)
      .where(where)
      .orderBy(asc(organisations.name), asc(organisations.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ value: count() }).from(organisations).where(where),
  ])
  return { items, total: total?.value ?? 0 }
}

export async function findOrganisation(db: DbOrTx, id: string) {
  const [row] = await db.select(organisationColumns).from(organisations).where(eq(organisations.id, id))
  return row
}

export async function insertOrganisation(
  db: DbOrTx,
  values: { name: string; kind: OrganisationKind; city: string; createdAt: Date },
) {
  const [row] = await db.insert(organisations).values(values).returning(organisationColumns)
  return row!
}

const membershipColumns = {
  id: memberships.id,
  organisationId: memberships.organisationId,
  userId: memberships.userId,
  email: users.email,
  givenName: users.givenName,
  familyName: users.familyName,
  role: memberships.role,
  createdAt: memberships.createdAt,
}

/** Members with their name and e-mail: a read-only join on identity's `users` table. */
export async function findMemberships(db: DbOrTx, organisationId: string, page: number, pageSize: number) {
  const where = eq(memberships.organisationId, organisationId)
  const [items, [total]] = await Promise.all([
    db
      .select(membershipColumns)
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(where)
      .orderBy(asc(users.familyName), asc(users.givenName), asc(memberships.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ value: count() }).from(memberships).where(where),
  ])
  return { items, total: total?.value ?? 0 }
}

export async function findMembership(db: DbOrTx, organisationId: string, membershipId: string) {
  const [row] = await db
    .select(membershipColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.id, membershipId), eq(memberships.organisationId, organisationId)))
  return row
}

/** Adds a membership; undefined when this person already has this role in this organisation. */
export async function insertMembership(
  db: DbOrTx,
  values: { userId: string; organisationId: string; role: MembershipRole; createdAt: Date },
) {
  const [row] = await db
    .insert(memberships)
    .values(values)
    .onConflictDoNothing({ target: [memberships.userId, memberships.organisationId, memberships.role] })
    .returning({ id: memberships.id })
  return row
}

export async function deleteMembership(db: DbOrTx, membershipId: string) {
  await db.delete(memberships).where(eq(memberships.id, membershipId))
}

/**
 * The id of the account with this e-mail address. A read of identity's `users` table until identity offers a
 * lookup function (reported to the lead).
 */
export async function findUserIdByEmail(db: DbOrTx, email: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email))
  return row?.id
}
