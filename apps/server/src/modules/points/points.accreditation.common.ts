import { eq } from 'drizzle-orm'
import type { AppDeps } from '../../app.ts'
import type { Tx } from '../../db/client.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { AppError, forbidden } from '../../platform/http/errors.ts'
import type { Locale } from '../../platform/http/messages.ts'
import { accreditationMessage } from './points.accreditation.messages.ts'
import {
  type AccreditationAction,
  type AccreditationResource,
  canAccreditation,
} from './points.accreditation.policy.ts'
import * as repo from './points.accreditation.repository.ts'
import {
  dateInNetherlands,
  type FieldCheck,
  objectionDeadline,
  VALIDITY_YEARS,
  validUntilOf,
} from './points.accreditation.rules.ts'
import type { AccreditFields } from './points.accreditation.schemas.ts'
import { activities } from './points.accreditation.tables.ts'
import type { PointCategory } from './points.tables.ts'

// Shared parts of the accreditation services: authorization with an audited refusal, accrediting, presenting.

/** Authorizes; a refusal (403) is written to the audit trail before it leaves. A specific Dutch text may replace the generic one. */
export async function authorizeOrAudit(
  deps: AppDeps,
  ctx: RequestContext,
  action: AccreditationAction,
  resource: AccreditationResource,
  audit: { action: string; objectType: string; objectId?: string },
  deniedMessage?: string,
) {
  try {
    authorize(canAccreditation, ctx.actor, action, resource)
  } catch (error) {
    if (error instanceof AppError && error.status === 403) {
      await recordAudit(deps.database.db, ctx, { ...audit, result: 'denied', occurredAt: deps.clock() })
      if (deniedMessage) throw forbidden(deniedMessage)
    }
    throw error
  }
}

export interface Accreditation {
  points: number
  category: PointCategory
  validFrom: string
  validUntil: string
  reason: string
}

/** Checks the register office's accreditation fields (defaults: net hours, the requested category, 1 year, today). */
export function checkAccreditation(
  check: FieldCheck,
  body: AccreditFields,
  activity: { netHours: number; requestedCategory: PointCategory },
  today: string,
): Accreditation {
  const points = body.points === undefined ? activity.netHours : check.amount('points', body.points, 'points')
  const years = body.validityYears ?? 1
  if (!(VALIDITY_YEARS as readonly number[]).includes(years)) check.add('validityYears', 'enum', 'validityYears')
  const validFrom = body.validFrom ?? today
  return {
    points,
    category: body.category ?? activity.requestedCategory,
    validFrom,
    validUntil: validUntilOf(validFrom, (VALIDITY_YEARS as readonly number[]).includes(years) ? years : 1),
    reason: (body.reason ?? '').trim(),
  }
}

/** Accredits a (locked) activity: a public ID when it has none yet, points, category, validity, the decider. */
export async function applyAccreditation(
  tx: Tx,
  activity: repo.Activity,
  accreditation: Accreditation,
  decidedById: string | null,
  now: Date,
) {
  const publicId =
    activity.publicId ?? (await repo.allocateActivityPublicId(tx, Number(dateInNetherlands(now).slice(0, 4))))
  const [row] = await tx
    .update(activities)
    .set({
      state: 'accredited',
      publicId,
      points: accreditation.points,
      category: accreditation.category,
      validFrom: accreditation.validFrom,
      validUntil: accreditation.validUntil,
      decidedById,
      decidedAt: now,
      decisionReason: accreditation.reason,
    })
    .where(eq(activities.id, activity.id))
    .returning()
  return row!
}

export const iso = (value: Date | null) => (value ? value.toISOString() : null)

export const presentSummary = (a: repo.Activity) => ({
  id: a.id,
  publicId: a.publicId,
  title: a.title,
  format: a.format,
  netHours: a.netHours,
  requestedCategory: a.requestedCategory,
  state: a.state,
  fastTrack: a.fastTrack,
  submittedAt: a.submittedAt.toISOString(),
  decidedAt: iso(a.decidedAt),
  points: a.state === 'accredited' ? a.points : null,
  category: a.state === 'accredited' ? a.category : null,
  validUntil: a.state === 'accredited' ? a.validUntil : null,
})

/** The fields both the provider and the register office see on an activity's page. */
export async function presentDetail(deps: AppDeps, a: repo.Activity) {
  const db = deps.database.db
  const organisation = await repo.findOrganisation(db, a.providerOrganisationId)
  return {
    ...presentSummary(a),
    providerOrganisationId: a.providerOrganisationId,
    providerName: organisation?.name ?? '',
    description: a.description,
    learningGoals: a.learningGoals,
    targetProfessions: a.targetProfessions,
    teachers: a.teachers,
    finalTest: a.finalTest,
    validFrom: a.state === 'accredited' ? a.validFrom : null,
    decisionReason: a.decisionReason,
    checkedAt: iso(a.checkedAt),
    objectionDeadline: a.decidedAt && a.state !== 'withdrawn' ? objectionDeadline(a.decidedAt).toISOString() : null,
    runs: await repo.runsOf(db, a.id),
  }
}

type ObjectionRow = { state: string; submittedAt: Date; decidedAt: Date | null }

/** Why the provider cannot object (now) to the activity's decision, or null when they can. */
export function objectionBlock(activity: repo.Activity, objections: ObjectionRow[], now: Date) {
  if (!activity.decidedAt || (activity.state !== 'accredited' && activity.state !== 'rejected'))
    return 'notDecided' as const
  if (objections.some((o) => o.state === 'open')) return 'objectionOpen' as const
  const decidedAt = activity.decidedAt.getTime()
  if (objections.some((o) => o.submittedAt.getTime() >= decidedAt || (o.decidedAt?.getTime() ?? 0) >= decidedAt))
    return 'objectionDone' as const
  if (now.getTime() > objectionDeadline(activity.decidedAt).getTime()) return 'objectionDeadline' as const
  return null
}

export const deadlineDate = (locale: Locale, decidedAt: Date) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  }).format(objectionDeadline(decidedAt))

export const notFoundKey = (locale: Locale, key: 'activityNotFound' | 'objectionNotFound' | 'runNotFound') =>
  accreditationMessage(locale, key)

/** True for a PostgreSQL error with this SQLSTATE (also when wrapped by Drizzle). */
export function isDbError(error: unknown, code: string): boolean {
  let current: unknown = error
  for (let i = 0; i < 4 && current; i++) {
    if ((current as { code?: string }).code === code) return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}
