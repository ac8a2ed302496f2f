import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { AppError, conflict, notFound } from '../../platform/http/errors.ts'
import type { Locale } from '../../platform/http/messages.ts'
import { canIdentity } from './identity.policy.ts'
import { STAFF_ROLES, type StaffRole } from './identity.tables.ts'
import * as repo from './identity-admin.repository.ts'
import type { StaffRolesBody, UserListQuery } from './identity-admin.schemas.ts'

const MESSAGES = {
  nl: {
    userNotFound: 'Dit account bestaat niet.',
    lastAdmin:
      'Deze wijziging kan niet: dan heeft niemand meer de rol beheerder. Geef eerst iemand anders de rol beheerder.',
  },
  en: {
    userNotFound: 'This account does not exist.',
    lastAdmin: 'This change is not possible: nobody would have the admin role. First give someone else the admin role.',
  },
} satisfies Record<Locale, Record<string, string>>

const AUDIT_ACTION = 'identity.staff-roles.changed'

/** Staff roles in one fixed order (as STAFF_ROLES lists them), without duplicates. */
export const normalizeStaffRoles = (roles: readonly StaffRole[]): StaffRole[] =>
  STAFF_ROLES.filter((role) => roles.includes(role))

/** True when removing roles would leave the register without any admin who can log in. */
export const leavesNoAdmin = (before: readonly StaffRole[], after: readonly StaffRole[], otherAdmins: number) =>
  before.includes('admin') && !after.includes('admin') && otherAdmins === 0

function presentUser(row: repo.AdminUserRow) {
  return {
    id: row.id,
    email: row.email,
    givenName: row.givenName,
    familyName: row.familyName,
    staffRoles: normalizeStaffRoles(row.staffRoles),
    mfaEnabled: row.mfaEnabledAt !== null && row.totpSecret !== null,
    createdAt: row.createdAt.toISOString(),
  }
}

/** Finds accounts by (part of) their e-mail address and by staff role; admin and register office only. */
export async function listUsers(deps: AppDeps, ctx: RequestContext, query: UserListQuery) {
  authorize(canIdentity, ctx.actor, 'listUsers', undefined)
  const { items, total } = await repo.findUsers(
    deps.database.db,
    { email: query.email, staffRole: query.staffRole },
    query.page,
    query.pageSize,
  )
  return { items: items.map(presentUser), page: query.page, pageSize: query.pageSize, total }
}

/** One account with its staff roles; admin and register office only. */
export async function getUser(deps: AppDeps, ctx: RequestContext, userId: string) {
  authorize(canIdentity, ctx.actor, 'listUsers', undefined)
  const user = await repo.findUser(deps.database.db, userId)
  if (!user) throw notFound(MESSAGES[ctx.locale].userNotFound)
  return presentUser(user)
}

/**
 * Replaces a person's staff roles (admin only), audited with the roles before and after in the same transaction.
 * The change counts from the person's next request: the actor is built from the database on every request, and a
 * new role that needs MFA sends a person without MFA to set-up. Refused (409) when no admin would be left.
 */
export async function setStaffRoles(deps: AppDeps, ctx: RequestContext, userId: string, input: StaffRolesBody) {
  try {
    authorize(canIdentity, ctx.actor, 'manageStaffRoles', undefined)
  } catch (error) {
    if (error instanceof AppError && error.status === 403) await audit(deps, ctx, userId, 'denied')
    throw error
  }
  const text = MESSAGES[ctx.locale]
  const after = normalizeStaffRoles(input.staffRoles)
  let refused: { before: StaffRole[]; after: StaffRole[] } | null = null
  const result = await deps.database.db.transaction(async (tx) => {
    await repo.lockStaffRoles(tx)
    const user = await repo.findUserForUpdate(tx, userId)
    if (!user) throw notFound(text.userNotFound)
    const before = normalizeStaffRoles(user.staffRoles)
    if (before.join() === after.join()) return user
    if (leavesNoAdmin(before, after, await repo.countOtherActiveAdmins(tx, userId))) {
      refused = { before, after }
      return null
    }
    const now = deps.clock()
    const updated = await repo.setStaffRoles(tx, userId, after, now)
    await recordAudit(tx, ctx, {
      action: AUDIT_ACTION,
      objectType: 'user',
      objectId: userId,
      result: 'success',
      details: { before, after },
      occurredAt: now,
    })
    return updated
  })
  if (result === null) {
    await audit(deps, ctx, userId, 'failure', { ...refused!, reason: 'last-admin' })
    throw conflict(text.lastAdmin)
  }
  return presentUser(result)
}

function audit(
  deps: AppDeps,
  ctx: RequestContext,
  userId: string,
  result: 'denied' | 'failure',
  details?: Record<string, unknown>,
) {
  return recordAudit(deps.database.db, ctx, {
    action: AUDIT_ACTION,
    objectType: 'user',
    objectId: userId,
    result,
    details,
    occurredAt: deps.clock(),
  })
}
