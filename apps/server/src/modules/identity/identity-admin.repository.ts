import { and, arrayContains, asc, count, eq, ilike, isNotNull, ne, type SQL, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { type StaffRole, users } from './identity.tables.ts'

/** An arbitrary constant: the transaction-level advisory lock that serialises staff-role changes. */
export const STAFF_ROLES_LOCK = 7_202_613

const adminColumns = {
  id: users.id,
  email: users.email,
  givenName: users.givenName,
  familyName: users.familyName,
  staffRoles: users.staffRoles,
  mfaEnabledAt: users.mfaEnabledAt,
  totpSecret: users.totpSecret,
  createdAt: users.createdAt,
}
export type AdminUserRow = { [K in keyof typeof adminColumns]: (typeof users.$inferSelect)[K] }

/** `%`, `_` and `\` typed by a person are literal characters, not LIKE wildcards. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

export async function findUsers(
  db: DbOrTx,
  filter: { email?: string; staffRole?: StaffRole },
  page: number,
  pageSize: number,
) {
  const conditions: SQL[] = []
  const email = filter.email?.trim()
  if (email) conditions.push(ilike(users.email, `%${escapeLike(email)}%`))
  if (filter.staffRole) conditions.push(arrayContains(users.staffRoles, [filter.staffRole]))
  const where = conditions.length > 0 ? and(...conditions) : undefined
  const [items, [total]] = await Promise.all([
    db
      .select(adminColumns)
      .from(users)
      .where(where)
      .orderBy(asc(users.email), asc(users.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ value: count() }).from(users).where(where),
  ])
  return { items, total: total?.value ?? 0 }
}

/** One account, for staff. */
export async function findUser(db: DbOrTx, id: string): Promise<AdminUserRow | undefined> {
  const [row] = await db.select(adminColumns).from(users).where(eq(users.id, id))
  return row
}

/** One account, its row locked until the transaction ends. */
export async function findUserForUpdate(db: DbOrTx, id: string): Promise<AdminUserRow | undefined> {
  const [row] = await db.select(adminColumns).from(users).where(eq(users.id, id)).for('update')
  return row
}

/** Waits for any other staff-role change to finish (held until commit), so two admins cannot both step down. */
export async function lockStaffRoles(db: DbOrTx) {
  await db.execute(sql`select pg_advisory_xact_lock(${STAFF_ROLES_LOCK})`)
}

/** Admins other than this user who can still log in (active, e-mail verified). */
export async function countOtherActiveAdmins(db: DbOrTx, exceptUserId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(users)
    .where(
      and(
        arrayContains(users.staffRoles, ['admin']),
        eq(users.status, 'active'),
        isNotNull(users.emailVerifiedAt),
        ne(users.id, exceptUserId),
      ),
    )
  return row?.value ?? 0
}

export async function setStaffRoles(db: DbOrTx, id: string, staffRoles: StaffRole[], now: Date): Promise<AdminUserRow> {
  const [row] = await db
    .update(users)
    .set({ staffRoles, updatedAt: now })
    .where(eq(users.id, id))
    .returning(adminColumns)
  return row!
}
