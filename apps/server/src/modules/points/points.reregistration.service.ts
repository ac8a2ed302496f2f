// Re-registration at the end of a cycle, the professional's side: the window, the automatic norm check line by line,
// the simulation of a limited-term re-registration, and applying (regular, postponement, limited-term).
import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { badRequest, conflict, type FieldError, notFound, unauthenticated } from '../../platform/http/errors.ts'
import { enqueueMail } from '../../platform/mail/mail.service.ts'
import { lockRegistration } from '../register/register.cycles.changes.ts'
import { registrationFacts } from '../register/register.cycles.service.ts'
import { displayDate } from '../register/register.decisions.checks.ts'
import { addDays } from '../register/register.rules.ts'
import { todayInNetherlands } from '../register/register.status.ts'
import { requestReceivedMail } from './points.reregistration.mails.ts'
import { type ReregistrationMessageKey, reregistrationMessage, statusName } from './points.reregistration.messages.ts'
import { canReregistration, type ReregistrationAction } from './points.reregistration.policy.ts'
import * as repo from './points.reregistration.repository.ts'
import type { ApplyBody } from './points.reregistration.schemas.ts'
import type { ReregistrationKind } from './points.reregistration.tables.ts'
import { type CycleWindow, type ShiftOption, type Standing, simulateShifts } from './points.rules.ts'
import { type CycleStanding, standingsOf, toNorm } from './points.standing.ts'

/** The professional can apply from 12 weeks before the cycle's effective end through that end. */
export const WINDOW_DAYS = 84
/** Statuses that can apply: registered, and suspended (a suspension is temporary; the cycle runs on). */
export const STATUSES_THAT_CAN_APPLY = ['registered', 'suspended'] as const
export const MAX_REASON = 2000

export type WindowState = 'not-yet-open' | 'open' | 'closed'

export function reregistrationWindow(effectiveEnd: string, today: string) {
  const opensOn = addDays(effectiveEnd, -WINDOW_DAYS)
  const state: WindowState = today < opensOn ? 'not-yet-open' : today > effectiveEnd ? 'closed' : 'open'
  return { opensOn, closesOn: effectiveEnd, state }
}

export interface NormCheckLine {
  category: 'training' | 'reflection' | 'free-choice' | 'total'
  required: number
  earned: number
  counted: number
  maximum: number | null
  ok: boolean
  short: number
}
export interface NormCheck {
  startDate: string
  endDate: string
  normVersion: number
  factor: number
  lines: NormCheckLine[]
  meetsNorm: boolean
  checkedOn: string
}

/** The norm check line by line: per category and in total what is required, what counts, ok or short by N. */
export function normCheckLines(standing: Standing): NormCheckLine[] {
  const lines: NormCheckLine[] = standing.categories.map((c) => ({
    category: c.category,
    required: c.required,
    earned: c.earned,
    counted: c.counted,
    maximum: c.maximum,
    ok: c.remaining === 0,
    short: c.remaining,
  }))
  lines.push({
    category: 'total',
    required: standing.required,
    earned: standing.earned,
    counted: standing.counted,
    maximum: null,
    ok: standing.remaining === 0,
    short: standing.remaining,
  })
  return lines
}

export function normCheckOf(
  cs: { window: CycleWindow; normVersion: { version: number }; standing: Standing },
  today: string,
): NormCheck {
  return {
    startDate: cs.window.startDate,
    endDate: cs.window.endDate,
    normVersion: cs.normVersion.version,
    factor: cs.standing.factor,
    lines: normCheckLines(cs.standing),
    meetsNorm: cs.standing.meetsNorm,
    checkedOn: today,
  }
}

export const presentShift = (option: ShiftOption) => ({
  shiftYears: option.shiftYears,
  startDate: option.startDate,
  endDate: option.endDate,
  lapsing: option.lapsing,
  counted: option.standing.counted,
  required: option.standing.required,
  remaining: option.standing.remaining,
  meetsNorm: option.standing.meetsNorm,
  lines: normCheckLines(option.standing),
})

export const fail = (
  ctx: RequestContext,
  key: ReregistrationMessageKey,
  params: Record<string, string | number> = {},
) => reregistrationMessage(ctx.locale, key, params)

/** Loads a registration with the standing of its open cycle, after checking the actor may do `action`. */
export async function loadCurrent(
  deps: AppDeps,
  ctx: RequestContext,
  registrationId: string,
  action: ReregistrationAction,
) {
  if (!ctx.actor) throw unauthenticated()
  const db = deps.database.db
  const facts = await registrationFacts(db, registrationId)
  if (!facts) throw notFound(fail(ctx, 'registrationNotFound'))
  authorize(canReregistration, ctx.actor, action, { userId: facts.userId })
  const standings = await standingsOf(db, registrationId)
  if (!standings) throw conflict(fail(ctx, 'noNorm'))
  const current = standings.findLast((s) => s.cycle.closedAt === null)
  if (!current) throw conflict(fail(ctx, 'noOpenCycle'))
  const today = todayInNetherlands(deps)
  return { facts, current, today, window: reregistrationWindow(current.cycle.effectiveEndDate, today) }
}

type Current = Awaited<ReturnType<typeof loadCurrent>>

const cycleOf = (current: CycleStanding) => ({
  id: current.cycle.id,
  number: current.cycle.number,
  startDate: current.cycle.startDate,
  endDate: current.cycle.effectiveEndDate,
})

/** Why nothing can be asked for now (a Dutch sentence), or null. */
async function refusalOf(deps: AppDeps, ctx: RequestContext, c: Current) {
  const dates = {
    opens: displayDate(ctx.locale, c.window.opensOn),
    closes: displayDate(ctx.locale, c.window.closesOn),
  }
  if (!(STATUSES_THAT_CAN_APPLY as readonly string[]).includes(c.facts.status))
    return fail(ctx, 'notRegistered', { status: statusName(ctx.locale, c.facts.status) })
  if (c.window.state === 'not-yet-open') return fail(ctx, 'windowNotOpen', dates)
  if (c.window.state === 'closed') return fail(ctx, 'windowClosed', dates)
  const requests = await repo.findRequestsOfCycle(deps.database.db, c.current.cycle.id)
  if (requests.some((r) => r.state === 'submitted')) return fail(ctx, 'openRequest')
  return null
}

const kindsFor = (c: Current): ReregistrationKind[] =>
  c.current.standing.meetsNorm
    ? ['regular']
    : c.facts.cycleYears > 1
      ? ['postponement', 'limited-term']
      : ['postponement']

export const presentSummary = (row: repo.RequestRow) => ({
  id: row.id,
  registrationId: row.registrationId,
  registrationNumber: row.registrationNumber,
  initials: row.initials,
  infix: row.infix,
  surname: row.surname,
  register: row.register,
  kind: row.kind,
  state: row.state,
  reason: row.reason,
  postponedUntil: row.postponedUntil,
  shiftYears: row.shiftYears,
  cycleEnd: row.cycleEnd,
  meetsNorm: (row.normCheck as { meetsNorm?: boolean }).meetsNorm === true,
  submittedAt: row.submittedAt.toISOString(),
  decidedAt: row.decidedAt?.toISOString() ?? null,
  decisionReason: row.decisionReason,
})

/** GET the preview: window, the norm check line by line, the requests so far and what can be asked for now. */
export async function previewReregistration(deps: AppDeps, ctx: RequestContext, registrationId: string) {
  const c = await loadCurrent(deps, ctx, registrationId, 'preview')
  const [refusal, requests] = await Promise.all([
    refusalOf(deps, ctx, c),
    repo.findRequestsOfCycle(deps.database.db, c.current.cycle.id),
  ])
  return {
    registrationId,
    registrationNumber: c.facts.registrationNumber,
    register: (await repo.findContact(deps.database.db, registrationId))!.register,
    status: c.facts.status,
    cycle: cycleOf(c.current),
    cycleYears: c.facts.cycleYears,
    window: c.window,
    normCheck: normCheckOf(c.current, c.today),
    requests: requests.map(presentSummary),
    allowedKinds: refusal ? [] : kindsFor(c),
    refusal,
  }
}

/** GET the limited-term simulation: per shift of 1 … cycleYears − 1 years what lapses and where it leads. */
export async function simulateLimitedTerm(deps: AppDeps, ctx: RequestContext, registrationId: string) {
  const c = await loadCurrent(deps, ctx, registrationId, 'preview')
  const options = simulateShifts(toNorm(c.current.normVersion), c.current.window, c.current.lines)
  return {
    registrationId,
    cycle: cycleOf(c.current),
    current: normCheckOf(c.current, c.today),
    items: options.map(presentShift),
  }
}

/** Checks the fields of an application against its kind and the current cycle; every problem at once. */
function checkFields(ctx: RequestContext, c: Current, body: ApplyBody) {
  const errors: FieldError[] = []
  const add = (
    name: string,
    code: string,
    key: ReregistrationMessageKey,
    params: Record<string, string | number> = {},
  ) => errors.push({ in: 'body', name, code, reason: fail(ctx, key, params) })
  const reason = (body.reason ?? '').trim()
  if (reason.length > MAX_REASON) add('reason', 'maxLength', 'reasonTooLong', { limit: MAX_REASON })
  if (body.kind === 'postponement') {
    if (reason === '') add('reason', 'required', 'reasonRequired')
    if (!body.postponedUntil) add('postponedUntil', 'required', 'postponedUntilRequired')
    else if (body.postponedUntil <= c.window.closesOn)
      add('postponedUntil', 'minimum', 'postponedUntilOrder', { date: displayDate(ctx.locale, c.window.closesOn) })
  } else if (body.postponedUntil !== undefined) add('postponedUntil', 'not-allowed', 'postponedUntilNotAllowed')
  const maxShift = c.facts.cycleYears - 1
  if (body.kind === 'limited-term') {
    if (body.shiftYears === undefined) add('shiftYears', 'required', 'shiftYearsRequired')
    else if (body.shiftYears > maxShift) add('shiftYears', 'maximum', 'shiftYearsRange', { max: maxShift })
  } else if (body.shiftYears !== undefined) add('shiftYears', 'not-allowed', 'shiftYearsNotAllowed')
  if (errors.length) throw badRequest(fail(ctx, 'invalid'), errors)
  return reason
}

/** POST an application: checked, the norm check kept as it is now, audited, a receipt mailed. */
export async function applyForReregistration(
  deps: AppDeps,
  ctx: RequestContext,
  registrationId: string,
  body: ApplyBody,
) {
  const c = await loadCurrent(deps, ctx, registrationId, 'apply')
  const reason = checkFields(ctx, c, body)
  const refusal = await refusalOf(deps, ctx, c)
  if (refusal) throw conflict(refusal)
  if (!kindsFor(c).includes(body.kind))
    throw conflict(fail(ctx, c.current.standing.meetsNorm ? 'normMet' : 'normNotMet'))

  const normCheck = normCheckOf(c.current, c.today)
  const shift =
    body.kind === 'limited-term'
      ? simulateShifts(toNorm(c.current.normVersion), c.current.window, c.current.lines).find(
          (o) => o.shiftYears === body.shiftYears,
        )
      : undefined
  const snapshot = { ...normCheck, window: c.window, ...(shift ? { shift: presentShift(shift) } : {}) }
  const now = deps.clock()
  const id = await deps.database.db.transaction(async (tx) => {
    await lockRegistration(tx, registrationId)
    const row = await repo.insertRequest(tx, {
      registrationId,
      cycleId: c.current.cycle.id,
      kind: body.kind,
      reason,
      postponedUntil: body.kind === 'postponement' ? body.postponedUntil! : null,
      shiftYears: body.kind === 'limited-term' ? body.shiftYears! : null,
      normCheck: snapshot,
      submittedById: ctx.actor!.userId,
      submittedAt: now,
    })
    if (!row) throw conflict(fail(ctx, 'openRequest'))
    await recordAudit(tx, ctx, {
      action: 'points.reregistration.requested',
      objectType: 'reregistration-request',
      objectId: row.id,
      result: 'success',
      details: {
        registrationId,
        cycleId: c.current.cycle.id,
        kind: body.kind,
        meetsNorm: normCheck.meetsNorm,
        postponedUntil: body.postponedUntil,
        shiftYears: body.shiftYears,
      },
      occurredAt: now,
    })
    const contact = await repo.findContact(tx, registrationId)
    await enqueueMail(deps, tx, requestReceivedMail(contact!, deps.config.publicUrl, body.kind))
    return row.id
  })
  return presentSummary((await repo.findRequest(deps.database.db, id))!)
}
