// Re-registration, the register office's side: the queue of requests, one request with its norm check, and the
// decision. A decision locks the registration and then the request: of two people deciding at once one wins, the
// other gets a Dutch 409. Approving changes the cycle through the register module only.
import type { AppDeps } from '../../app.ts'
import type { Tx } from '../../db/client.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { issuerOf } from '../../platform/credentials/issuer-cache.ts'
import { badRequest, conflict, forbidden, notFound, unauthenticated } from '../../platform/http/errors.ts'
import { enqueueMail } from '../../platform/mail/mail.service.ts'
import { issueRegistrationCredential } from '../register/register.credentials.ts'
import {
  CycleChangeError,
  lockRegistration,
  shiftCurrentCycle,
  startNextCycle,
} from '../register/register.cycles.changes.ts'
import { latestCycle } from '../register/register.cycles.service.ts'
import { displayDate } from '../register/register.decisions.checks.ts'
import { recordCycleDecision } from '../register/register.decisions.service.ts'
import { todayInNetherlands } from '../register/register.status.ts'
import { requestApprovedMail, requestRejectedMail } from './points.reregistration.mails.ts'
import { canReregistration } from './points.reregistration.policy.ts'
import * as repo from './points.reregistration.repository.ts'
import type { DecisionBody, QueueQuery } from './points.reregistration.schemas.ts'
import {
  fail,
  MAX_REASON,
  type NormCheck,
  normCheckOf,
  presentShift,
  presentSummary,
} from './points.reregistration.service.ts'
import { addYears, simulateShifts } from './points.rules.ts'
import { standingsOf, toNorm } from './points.standing.ts'

export async function listRequests(deps: AppDeps, ctx: RequestContext, query: QueueQuery) {
  authorize(canReregistration, ctx.actor, 'listRequests', undefined)
  const { items, total } = await repo.findQueue(deps.database.db, { ...query, state: query.state ?? 'submitted' })
  return { items: items.map(presentSummary), page: query.page, pageSize: query.pageSize, total }
}

async function loadRequest(deps: AppDeps, ctx: RequestContext, requestId: string) {
  const row = await repo.findRequest(deps.database.db, requestId)
  if (!row) throw notFound(fail(ctx, 'requestNotFound'))
  return row
}

/** One request for the register office (or its owner): the norm check then and now, and the chosen shift now. */
export async function getRequest(deps: AppDeps, ctx: RequestContext, requestId: string) {
  if (!ctx.actor) throw unauthenticated()
  const row = await loadRequest(deps, ctx, requestId)
  authorize(canReregistration, ctx.actor, 'readRequest', { userId: row.userId })
  const staff = canReregistration(ctx.actor, 'listRequests')
  const db = deps.database.db
  const standings = await standingsOf(db, row.registrationId)
  const standing = standings?.find((s) => s.cycle.id === row.cycleId)
  const today = todayInNetherlands(deps)
  const shiftOption =
    standing && row.kind === 'limited-term' && row.state === 'submitted'
      ? simulateShifts(toNorm(standing.normVersion), standing.window, standing.lines).find(
          (o) => o.shiftYears === row.shiftYears,
        )
      : undefined
  const snapshot = row.normCheck as unknown as NormCheck & { lines?: unknown }
  return {
    ...presentSummary(row),
    cycle: { id: row.cycleId, number: row.cycleNumber, startDate: row.cycleStart, endDate: row.cycleEnd },
    normCheck: Array.isArray(snapshot.lines)
      ? {
          startDate: snapshot.startDate,
          endDate: snapshot.endDate,
          normVersion: snapshot.normVersion,
          factor: snapshot.factor,
          lines: snapshot.lines,
          meetsNorm: snapshot.meetsNorm,
          checkedOn: snapshot.checkedOn,
        }
      : null,
    currentCheck: standing ? normCheckOf(standing, today) : null,
    shift: shiftOption ? presentShift(shiftOption) : null,
    // Names of the register office's staff are for the register office only.
    decidedBy: staff && row.decidedById ? await repo.findUserName(db, row.decidedById) : null,
    permissions: {
      decide: row.state === 'submitted' && canReregistration(ctx.actor, 'decide', { userId: row.userId }),
    },
  }
}

type Row = NonNullable<Awaited<ReturnType<typeof repo.findRequest>>>

/** Carries out an approval on the cycle; returns the cycle as it is afterwards. */
async function applyApproval(
  tx: Tx,
  deps: AppDeps,
  ctx: RequestContext,
  row: Row,
  decisionReason: string,
  issuer: Awaited<ReturnType<typeof issuerOf>> | null,
) {
  try {
    if (row.kind === 'regular') {
      const next = await startNextCycle(tx, deps, ctx, row.registrationId, row.cycleId)
      await issueRegistrationCredential(tx, deps, row.registrationId, next, issuer ?? undefined)
      return { id: next.id, number: next.number, startDate: next.startDate, endDate: next.endDate }
    }
    if (row.kind === 'limited-term') {
      const years = row.shiftYears!
      const outcome = fail({ ...ctx, locale: 'nl' }, 'shiftOutcome', {
        years,
        start: displayDate('nl', addYears(row.cycleStart, years)),
        end: displayDate('nl', addYears(row.cycleEnd, years)),
      })
      const shifted = await shiftCurrentCycle(tx, deps, ctx, row.registrationId, row.cycleId, {
        shiftYears: years,
        reason: decisionReason || row.reason || outcome,
        outcome,
      })
      return { id: shifted.id, number: shifted.number, startDate: shifted.startDate, endDate: shifted.endDate }
    }
    const open = await latestCycle(tx, row.registrationId)
    if (!open || open.closedAt !== null || open.id !== row.cycleId) throw new CycleChangeError('other-cycle')
    const decided = await recordCycleDecision(tx, deps, ctx, row.registrationId, {
      kind: 'postponement',
      reason: row.reason,
      outcome: fail({ ...ctx, locale: 'nl' }, 'postponementOutcome', { date: displayDate('nl', row.postponedUntil!) }),
      postponedUntil: row.postponedUntil!,
    })
    return { id: decided.cycleId, number: decided.cycleNumber, startDate: open.startDate, endDate: row.postponedUntil! }
  } catch (error) {
    if (error instanceof CycleChangeError)
      throw conflict(fail(ctx, error.code === 'no-open-cycle' ? 'noOpenCycle' : 'cycleChanged'))
    throw error
  }
}

/** Approves or rejects a submitted request (a rejection needs a reason), audited, the professional mailed. */
export async function decideRequest(deps: AppDeps, ctx: RequestContext, requestId: string, body: DecisionBody) {
  const denied = (detail?: string) =>
    recordAudit(deps.database.db, ctx, {
      action: `points.reregistration.${body.outcome}`,
      objectType: 'reregistration-request',
      objectId: requestId,
      result: 'denied',
      occurredAt: deps.clock(),
    }).then(() => forbidden(detail))
  if (!ctx.actor) throw unauthenticated()
  if (!canReregistration(ctx.actor, 'listRequests')) throw await denied()
  const row = await loadRequest(deps, ctx, requestId)
  if (!canReregistration(ctx.actor, 'decide', { userId: row.userId })) throw await denied(fail(ctx, 'ownRequest'))
  const reason = (body.reason ?? '').trim()
  if (body.outcome === 'rejected' && reason === '')
    throw badRequest(fail(ctx, 'invalid'), [
      { in: 'body', name: 'reason', code: 'required', reason: fail(ctx, 'reasonRequired') },
    ])
  if (reason.length > MAX_REASON)
    throw badRequest(fail(ctx, 'invalid'), [
      { in: 'body', name: 'reason', code: 'maxLength', reason: fail(ctx, 'reasonTooLong', { limit: MAX_REASON }) },
    ])
  // Loading the issuer the first time writes its key: before the transaction (PGlite has one connection).
  const issuer = body.outcome === 'approved' && row.kind === 'regular' ? await issuerOf(deps) : null

  return deps.database.db.transaction(async (tx) => {
    await lockRegistration(tx, row.registrationId)
    const locked = await repo.lockRequest(tx, requestId)
    if (locked?.state !== 'submitted') throw conflict(fail(ctx, 'alreadyDecided'))
    const now = deps.clock()
    if (
      !(await repo.decideRequest(tx, requestId, {
        state: body.outcome,
        decidedById: ctx.actor!.userId,
        decidedAt: now,
        decisionReason: reason,
      }))
    )
      throw conflict(fail(ctx, 'alreadyDecided'))
    const cycle = body.outcome === 'approved' ? await applyApproval(tx, deps, ctx, row, reason, issuer) : null
    await recordAudit(tx, ctx, {
      action: `points.reregistration.${body.outcome}`,
      objectType: 'reregistration-request',
      objectId: requestId,
      result: 'success',
      details: {
        registrationId: row.registrationId,
        kind: row.kind,
        cycle: cycle ?? undefined,
        reason: reason || undefined,
      },
      occurredAt: now,
    })
    const contact = (await repo.findContact(tx, row.registrationId))!
    await enqueueMail(
      deps,
      tx,
      cycle
        ? requestApprovedMail(contact, deps.config.publicUrl, row.kind, cycle)
        : requestRejectedMail(contact, deps.config.publicUrl, row.kind, reason, row.cycleEnd),
    )
    return { id: requestId, state: body.outcome, kind: row.kind, decidedAt: now.toISOString(), cycle }
  })
}
