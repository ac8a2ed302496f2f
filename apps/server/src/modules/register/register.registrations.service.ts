import type { AppDeps } from '../../app.ts'
import type { Actor, RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { forbidden, notFound, unauthenticated } from '../../platform/http/errors.ts'
import type { Locale } from '../../platform/http/messages.ts'
import { canRegister } from './register.policy.ts'
import * as repo from './register.registrations.repository.ts'
import type { AllowedAction, RegistrationListQuery } from './register.registrations.schemas.ts'
import { normalizeSurname, TRANSITIONS } from './register.rules.ts'
import type { RegistrationStatus } from './register.tables.ts'

// Reading registrations: the register office's list and detail, and the registrant's own.

export const READ_MESSAGES = {
  nl: { notFound: 'Deze registratie bestaat niet.' },
  en: { notFound: 'This registration does not exist.' },
} satisfies Record<Locale, Record<string, string>>

export async function listRegistrations(deps: AppDeps, ctx: RequestContext, query: RegistrationListQuery) {
  authorize(canRegister, ctx.actor, 'readAny', undefined)
  const surnameSearch = query.surname ? normalizeSurname(query.surname) : undefined
  const { items, total } = await repo.findRegistrations(deps.database.db, {
    ...query,
    registrationNumber: query.registrationNumber?.trim() || undefined,
    surnameSearch: surnameSearch || undefined,
  })
  return { items, page: query.page, pageSize: query.pageSize, total }
}

export async function listMyRegistrations(deps: AppDeps, ctx: RequestContext) {
  if (!ctx.actor) throw unauthenticated()
  return { items: await repo.findRegistrationsOfUser(deps.database.db, ctx.actor.userId) }
}

/** Loads a registration and checks the actor may read it (the registrant, or the register office). */
export async function loadReadable(deps: AppDeps, ctx: RequestContext, registrationId: string) {
  if (!ctx.actor) throw unauthenticated()
  const registration = await repo.findRegistration(deps.database.db, registrationId)
  if (!registration) throw notFound(READ_MESSAGES[ctx.locale].notFound)
  const staff = canRegister(ctx.actor, 'readAny', registration)
  if (!staff && !canRegister(ctx.actor, 'readOwn', registration)) throw forbidden()
  return { registration, staff }
}

const effectiveEnd = (cycle: { endDate: string; postponedUntil: string | null }) =>
  cycle.postponedUntil ?? cycle.endDate

export async function getRegistration(deps: AppDeps, ctx: RequestContext, registrationId: string) {
  const { registration: r, staff } = await loadReadable(deps, ctx, registrationId)
  const db = deps.database.db
  const [cycleRows, history, decisions, pending, credentials] = await Promise.all([
    repo.findCycles(db, registrationId),
    repo.findHistory(db, registrationId),
    repo.findDecisions(db, registrationId),
    staff ? repo.findPendingRemoval(db, registrationId) : Promise.resolve(undefined),
    repo.findCredentials(db, registrationId),
  ])
  const cycles = cycleRows.map((c) => ({
    id: c.id,
    number: c.number,
    startDate: c.startDate,
    endDate: c.endDate,
    postponedUntil: c.postponedUntil,
    effectiveEnd: effectiveEnd(c),
    closed: c.closedAt !== null,
  }))
  const currentCycle = [...cycles].reverse().find((c) => !c.closed) ?? null
  return {
    id: r.id,
    registerId: r.registerId,
    register: r.register,
    status: r.status,
    registrationNumber: r.registrationNumber,
    registeredSince: r.registeredSince,
    reEntry: r.reEntry,
    initials: r.initials,
    infix: r.infix,
    surname: r.surname,
    email: r.email,
    profession: r.profession,
    employer: r.employerId && r.employerName ? { id: r.employerId, name: r.employerName } : null,
    selfEmployed: r.selfEmployed,
    showEmployerPublicly: r.showEmployerPublicly,
    currentCycle,
    cycles,
    history: history.map((h) => ({
      ...h,
      decidedAt: h.decidedAt.toISOString(),
      decidedBy: staff ? h.decidedBy : null,
      confirmedBy: staff ? h.confirmedBy : null,
    })),
    decisions: decisions.map((d) => ({
      ...d,
      decidedAt: d.decidedAt.toISOString(),
      decidedBy: staff ? d.decidedBy : null,
    })),
    pendingRemoval: pending ? { ...pending, requestedAt: pending.requestedAt.toISOString() } : null,
    credentials: credentials.map((c) => ({ ...c, issuedAt: c.issuedAt.toISOString() })),
    allowedActions: allowedActions(ctx.actor!, r, currentCycle !== null, pending),
  }
}

const can = (status: RegistrationStatus, type: keyof typeof TRANSITIONS) => TRANSITIONS[type].from.includes(status)

/** What the actor may do now, so the web app shows only the forms that can succeed. */
export function allowedActions(
  actor: Actor,
  registration: { userId: string; status: RegistrationStatus },
  hasOpenCycle: boolean,
  pending: { requestedById: string } | undefined,
): AllowedAction[] {
  const actions: AllowedAction[] = []
  const { status } = registration
  if (canRegister(actor, 'decideStatus', registration)) {
    if (can(status, 'suspend')) actions.push('suspend')
    if (can(status, 'lift-suspension')) actions.push('lift-suspension')
    if (can(status, 'lapse')) actions.push('lapse')
  }
  if (pending) {
    const resource = { ...registration, removalRequestedBy: pending.requestedById }
    if (canRegister(actor, 'confirmRemoval', resource)) actions.push('confirm-removal')
    if (canRegister(actor, 'cancelRemoval', resource)) actions.push('cancel-removal')
  } else if (can(status, 'remove') && canRegister(actor, 'requestRemoval', registration)) {
    actions.push('request-removal')
  }
  if (hasOpenCycle && canRegister(actor, 'decideCycle', registration)) actions.push('postpone', 'hardship')
  return actions
}
