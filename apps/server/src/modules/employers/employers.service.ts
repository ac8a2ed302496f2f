import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { badRequest, conflict, forbidden, notFound } from '../../platform/http/errors.ts'
import { enqueueMail } from '../../platform/mail/mail.service.ts'
import { getOrganisation } from '../organisations/organisations.service.ts'
import { standingPerCycle } from '../points/points.dossier.service.ts'
import { todayInNetherlands } from '../register/register.status.ts'
import { invitationMail } from './employers.mails.ts'
import { employerMessage } from './employers.messages.ts'
import { canEmployer } from './employers.policy.ts'
import * as repo from './employers.repository.ts'
import {
  type AddressLine,
  addressesFromList,
  checkAddresses,
  INVITATION_DAYS,
  MAX_INVITATIONS,
  parseInvitationCsv,
} from './employers.rules.ts'

type Page = { page: number; pageSize: number }
type Skipped = { email: string; line: number; reason: 'duplicate' | 'already-invited' | 'already-registered' }

/** Authorizes; a refusal is written to the audit trail before the 403 leaves. */
async function authorizeOrAudit(
  deps: AppDeps,
  ctx: RequestContext,
  action: 'invite' | 'listInvitations' | 'readTeam',
  organisationId: string,
) {
  if (ctx.actor !== null && !canEmployer(ctx.actor, action, { organisationId })) {
    await recordAudit(deps.database.db, ctx, {
      action: `employers.${action}`,
      objectType: 'organisation',
      objectId: organisationId,
      result: 'denied',
      occurredAt: deps.clock(),
    })
  }
  authorize(canEmployer, ctx.actor, action, { organisationId })
}

/** The addresses of a request: a JSON list or the text of a CSV file. */
export function invitationLines(input: { emails: string[] } | { csv: string }): AddressLine[] {
  return 'csv' in input ? parseInvitationCsv(input.csv) : addressesFromList(input.emails)
}

/**
 * Invites people to apply with the organisation filled in as employer. Every address is checked first: one bad line
 * and nobody is invited (400 listing every bad line). Duplicates in the list, addresses with an invitation that is
 * still open and people already registered with this employer are skipped and reported; an expired invitation is
 * renewed. Each invitation is mailed (outbox) in the same transaction.
 */
export async function inviteStaff(
  deps: AppDeps,
  ctx: RequestContext,
  organisationId: string,
  input: { emails: string[] } | { csv: string },
) {
  await authorizeOrAudit(deps, ctx, 'invite', organisationId)
  const organisation = await getOrganisation(deps, ctx, organisationId)
  const locale = ctx.locale
  const lines = invitationLines(input)
  const field = 'csv' in input ? 'csv' : 'emails'
  if (lines.length === 0) {
    throw badRequest(employerMessage(locale, 'emptyList'), [
      { in: 'body', name: field, code: 'minItems', reason: employerMessage(locale, 'emptyList') },
    ])
  }
  if (lines.length > MAX_INVITATIONS) {
    const reason = employerMessage(locale, 'tooMany', { max: MAX_INVITATIONS })
    throw badRequest(reason, [{ in: 'body', name: field, code: 'maxItems', reason }])
  }
  const checked = checkAddresses(lines)
  if (checked.invalid.length > 0) {
    throw badRequest(
      employerMessage(locale, 'invalidList'),
      checked.invalid.map((l) => ({
        in: 'body' as const,
        name: `${field}.${l.line}`,
        code: 'format',
        reason: employerMessage(locale, 'invalidAddress', { line: l.line, value: l.value.slice(0, 120) }),
      })),
    )
  }

  const actor = ctx.actor!
  return deps.database.db.transaction(async (tx) => {
    await repo.lockOrganisationInvitations(tx, organisationId)
    const now = deps.clock()
    const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000)
    const emails = checked.unique.map((l) => l.value)
    const existing = new Map(
      (await repo.findInvitationsFor(tx, organisationId, emails)).map((i) => [i.email.toLowerCase(), i]),
    )
    const registered = await repo.findRegisteredEmails(tx, organisationId, emails)
    const skipped: Skipped[] = checked.duplicates.map((l) => ({ email: l.value, line: l.line, reason: 'duplicate' }))
    const fresh: AddressLine[] = []
    const renew: { id: string; line: AddressLine }[] = []
    for (const line of checked.unique) {
      const invitation = existing.get(line.value)
      if (registered.has(line.value)) skipped.push({ email: line.value, line: line.line, reason: 'already-registered' })
      else if (invitation && invitation.expiresAt > now)
        skipped.push({ email: line.value, line: line.line, reason: 'already-invited' })
      else if (invitation) renew.push({ id: invitation.id, line })
      else fresh.push(line)
    }
    const invited = [
      ...(await repo.insertInvitations(
        tx,
        fresh.map((l) => ({ organisationId, email: l.value, invitedById: actor.userId, createdAt: now, expiresAt })),
      )),
    ]
    for (const r of renew) {
      invited.push(await repo.renewInvitation(tx, r.id, { invitedById: actor.userId, createdAt: now, expiresAt }))
    }
    const inviterName = await repo.findUserName(tx, actor.userId)
    for (const invitation of invited) {
      await enqueueMail(
        deps,
        tx,
        invitationMail({
          to: invitation.email,
          organisationId,
          organisationName: organisation.name,
          inviterName,
          expiresAt,
          publicUrl: deps.config.publicUrl,
        }),
      )
    }
    if (invited.length > 0) {
      await recordAudit(tx, ctx, {
        action: 'employers.invitations.sent',
        objectType: 'organisation',
        objectId: organisationId,
        result: 'success',
        details: { invitationIds: invited.map((i) => i.id), renewed: renew.length, skipped: skipped.length },
        occurredAt: now,
      })
    }
    skipped.sort((a, b) => a.line - b.line)
    return { invited: invited.map((i) => ({ id: i.id, email: i.email.toLowerCase() })), skipped }
  })
}

export async function listInvitations(deps: AppDeps, ctx: RequestContext, organisationId: string, page: Page) {
  await authorizeOrAudit(deps, ctx, 'listInvitations', organisationId)
  await getOrganisation(deps, ctx, organisationId)
  const { items, total } = await repo.findInvitations(
    deps.database.db,
    organisationId,
    deps.clock(),
    page.page,
    page.pageSize,
  )
  return {
    items: items.map((i) => ({
      ...i,
      email: i.email.toLowerCase(),
      createdAt: i.createdAt.toISOString(),
      expiresAt: i.expiresAt.toISOString(),
    })),
    ...page,
    total,
  }
}

export const displayName = (r: { initials: string; infix: string; surname: string }) =>
  [r.initials, r.infix, r.surname].filter(Boolean).join(' ')

export async function getTeam(deps: AppDeps, ctx: RequestContext, organisationId: string, page: Page) {
  await authorizeOrAudit(deps, ctx, 'readTeam', organisationId)
  await getOrganisation(deps, ctx, organisationId)
  const { items, total } = await repo.findTeam(deps.database.db, organisationId, page.page, page.pageSize)
  return {
    items: items.map(({ initials, infix, surname, ...rest }) => ({
      ...rest,
      name: displayName({ initials, infix, surname }),
      sharesStanding: Boolean(rest.sharesStanding),
    })),
    ...page,
    total,
  }
}

/**
 * A team member's CPD standing, only while that person consents (checked at every request, so a revoked consent
 * works at once). The reasons of cycle decisions stay with the register office (they may be about health).
 * Every look is audited.
 */
export async function getStanding(deps: AppDeps, ctx: RequestContext, organisationId: string, registrationId: string) {
  await authorizeOrAudit(deps, ctx, 'readTeam', organisationId)
  const member = await repo.findTeamMember(deps.database.db, organisationId, registrationId)
  if (!member) throw notFound(employerMessage(ctx.locale, 'notInTeam'))
  if (!canEmployer(ctx.actor, 'readStanding', { organisationId, consented: Boolean(member.consented) })) {
    await recordAudit(deps.database.db, ctx, {
      action: 'employers.standing.viewed',
      objectType: 'registration',
      objectId: registrationId,
      result: 'denied',
      details: { organisationId },
      occurredAt: deps.clock(),
    })
    throw forbidden(employerMessage(ctx.locale, 'noConsent'))
  }
  const { cycles, decisions } = await repo.findCyclesWithDecisions(deps.database.db, registrationId)
  const points = await standingPerCycle(deps.database.db, registrationId, todayInNetherlands(deps))
  const presented = cycles.map((c) => ({
    number: c.number,
    startDate: c.startDate,
    endDate: c.endDate,
    postponedUntil: c.postponedUntil,
    effectiveEndDate: c.postponedUntil ?? c.endDate,
    closed: c.closedAt !== null,
    decisions: decisions
      .filter((d) => d.cycleId === c.id)
      .map((d) => ({
        kind: d.kind,
        outcome: d.outcome,
        postponedUntil: d.postponedUntil,
        decidedAt: d.decidedAt.toISOString(),
      })),
    points: points.get(c.id) ?? null,
  }))
  await recordAudit(deps.database.db, ctx, {
    action: 'employers.standing.viewed',
    objectType: 'registration',
    objectId: registrationId,
    result: 'success',
    details: { organisationId },
    occurredAt: deps.clock(),
  })
  return {
    registrationId,
    registrationNumber: member.registrationNumber,
    name: displayName(member),
    registerName: member.registerName,
    profession: member.profession,
    status: member.status,
    currentCycle: presented[0] ?? null,
    cycles: presented,
  }
}

const presentConsent = (row: {
  organisationId: string
  organisationName: string
  grantedAt: Date | null
  isEmployer: boolean
}) => ({
  organisationId: row.organisationId,
  organisationName: row.organisationName,
  granted: row.grantedAt !== null,
  grantedAt: row.grantedAt?.toISOString() ?? null,
  isEmployer: Boolean(row.isEmployer),
})

/** The caller's employers and whether they share their CPD standing with each. */
export async function listOwnSharing(deps: AppDeps, ctx: RequestContext) {
  authorize(canEmployer, ctx.actor, 'manageOwnConsent', { organisationId: '', userId: ctx.actor?.userId })
  const rows = await repo.findOwnSharing(deps.database.db, ctx.actor.userId)
  return { items: rows.map(presentConsent) }
}

/**
 * Switches sharing the CPD standing with one employer on or off. Turning it on needs the organisation to be the
 * employer on one of the caller's registrations; turning it off always works. Audited; takes effect at once.
 */
export async function setSharing(deps: AppDeps, ctx: RequestContext, organisationId: string, granted: boolean) {
  authorize(canEmployer, ctx.actor, 'manageOwnConsent', { organisationId, userId: ctx.actor?.userId })
  const userId = ctx.actor.userId
  const organisation = await getOrganisation(deps, ctx, organisationId)
  const isEmployer = await repo.isEmployerOf(deps.database.db, userId, organisationId)
  if (granted && !isEmployer) throw conflict(employerMessage(ctx.locale, 'notEmployer'))
  return deps.database.db.transaction(async (tx) => {
    const now = deps.clock()
    const before = await repo.findConsent(tx, userId, organisationId)
    const wasGranted = before?.grantedAt != null
    const row =
      wasGranted === granted && before
        ? before
        : await repo.upsertConsent(tx, { userId, organisationId, grantedAt: granted ? now : null, updatedAt: now })
    if (wasGranted !== granted) {
      await recordAudit(tx, ctx, {
        action: granted ? 'employers.cpd-sharing.granted' : 'employers.cpd-sharing.revoked',
        objectType: 'organisation',
        objectId: organisationId,
        result: 'success',
        details: { userId },
        occurredAt: now,
      })
    }
    return presentConsent({ organisationId, organisationName: organisation.name, grantedAt: row.grantedAt, isEmployer })
  })
}
