import type { AppDeps } from '../../app.ts'
import type { DbOrTx } from '../../db/client.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { AppError, badRequest, conflict, notFound } from '../../platform/http/errors.ts'
import type { Locale } from '../../platform/http/messages.ts'
import { canOrganisation, type OrganisationAction } from './organisations.policy.ts'
import * as repo from './organisations.repository.ts'
import type { AddMembership, CreateOrganisation, OrganisationListQuery } from './organisations.schemas.ts'

const MESSAGES = {
  nl: {
    organisationNotFound: 'Deze organisatie bestaat niet.',
    membershipNotFound: 'Dit lidmaatschap bestaat niet.',
    invalid: 'Niet alle gegevens zijn goed ingevuld. Verbeter de velden hieronder.',
    unknownAccount: 'Er is geen account met dit e-mailadres. Vraag de persoon eerst een account te maken.',
    duplicate: 'Deze persoon heeft deze rol al bij deze organisatie.',
  },
  en: {
    organisationNotFound: 'This organisation does not exist.',
    membershipNotFound: 'This membership does not exist.',
    invalid: 'Some fields are not filled in correctly. Please correct the fields below.',
    unknownAccount: 'There is no account with this email address. Ask the person to create an account first.',
    duplicate: 'This person already has this role in this organisation.',
  },
} satisfies Record<Locale, Record<string, string>>

/** The organisations a user belongs to and their role in each (used to build the Actor at each request). */
export function membershipsOfUser(db: DbOrTx, userId: string) {
  return repo.findMembershipsOfUser(db, userId)
}

/**
 * The same memberships as a SQL expression for the user in the column `userId`, for a query that already reads
 * that user (the session lookup at each request): one round trip instead of two.
 */
export const membershipsOfUserSql = repo.membershipsOfUserJson

/** Authorizes; a refused change is written to the audit trail before the 403 leaves. */
async function authorizeChange(
  deps: AppDeps,
  ctx: RequestContext,
  action: OrganisationAction,
  organisationId: string | undefined,
  auditAction: string,
) {
  try {
    authorize(canOrganisation, ctx.actor, action, organisationId)
  } catch (error) {
    if (error instanceof AppError && error.status === 403) {
      await recordAudit(deps.database.db, ctx, {
        action: auditAction,
        objectType: 'organisation',
        objectId: organisationId,
        result: 'denied',
        occurredAt: deps.clock(),
      })
    }
    throw error
  }
}

export async function listOrganisations(deps: AppDeps, ctx: RequestContext, query: OrganisationListQuery) {
  authorize(canOrganisation, ctx.actor, 'list', undefined)
  const { items, total } = await repo.findOrganisations(deps.database.db, query.kind, query.page, query.pageSize)
  return { items, page: query.page, pageSize: query.pageSize, total }
}

export async function getOrganisation(deps: AppDeps, ctx: RequestContext, organisationId: string) {
  authorize(canOrganisation, ctx.actor, 'read', organisationId)
  const organisation = await repo.findOrganisation(deps.database.db, organisationId)
  if (!organisation) throw notFound(MESSAGES[ctx.locale].organisationNotFound)
  return organisation
}

export async function createOrganisation(deps: AppDeps, ctx: RequestContext, input: CreateOrganisation) {
  await authorizeChange(deps, ctx, 'create', undefined, 'organisations.organisation.created')
  return deps.database.db.transaction(async (tx) => {
    const now = deps.clock()
    const organisation = await repo.insertOrganisation(tx, {
      name: input.name.trim(),
      kind: input.kind,
      city: input.city.trim(),
      createdAt: now,
    })
    await recordAudit(tx, ctx, {
      action: 'organisations.organisation.created',
      objectType: 'organisation',
      objectId: organisation.id,
      result: 'success',
      details: { name: organisation.name, kind: organisation.kind, city: organisation.city },
      occurredAt: now,
    })
    return organisation
  })
}

export async function listMemberships(
  deps: AppDeps,
  ctx: RequestContext,
  organisationId: string,
  page: { page: number; pageSize: number },
) {
  authorize(canOrganisation, ctx.actor, 'readMemberships', organisationId)
  await getOrganisation(deps, ctx, organisationId)
  const { items, total } = await repo.findMemberships(deps.database.db, organisationId, page.page, page.pageSize)
  return {
    items: items.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
    page: page.page,
    pageSize: page.pageSize,
    total,
  }
}

export async function addMembership(deps: AppDeps, ctx: RequestContext, organisationId: string, input: AddMembership) {
  await authorizeChange(deps, ctx, 'manageMemberships', organisationId, 'organisations.membership.added')
  const text = MESSAGES[ctx.locale]
  await getOrganisation(deps, ctx, organisationId)
  return deps.database.db.transaction(async (tx) => {
    const userId = await repo.findUserIdByEmail(tx, input.email)
    if (!userId) {
      throw badRequest(text.invalid, [
        { in: 'body', name: 'email', code: 'unknown-account', reason: text.unknownAccount },
      ])
    }
    const now = deps.clock()
    const row = await repo.insertMembership(tx, { userId, organisationId, role: input.role, createdAt: now })
    if (!row) throw conflict(text.duplicate)
    await recordAudit(tx, ctx, {
      action: 'organisations.membership.added',
      objectType: 'membership',
      objectId: row.id,
      result: 'success',
      details: { organisationId, userId, role: input.role },
      occurredAt: now,
    })
    const membership = await repo.findMembership(tx, organisationId, row.id)
    return { ...membership!, createdAt: membership!.createdAt.toISOString() }
  })
}

export async function removeMembership(
  deps: AppDeps,
  ctx: RequestContext,
  organisationId: string,
  membershipId: string,
): Promise<void> {
  await authorizeChange(deps, ctx, 'manageMemberships', organisationId, 'organisations.membership.removed')
  await deps.database.db.transaction(async (tx) => {
    const membership = await repo.findMembership(tx, organisationId, membershipId)
    if (!membership) throw notFound(MESSAGES[ctx.locale].membershipNotFound)
    await repo.deleteMembership(tx, membershipId)
    await recordAudit(tx, ctx, {
      action: 'organisations.membership.removed',
      objectType: 'membership',
      objectId: membershipId,
      result: 'success',
      details: { organisationId, userId: membership.userId, role: membership.role },
      occurredAt: deps.clock(),
    })
  })
}
