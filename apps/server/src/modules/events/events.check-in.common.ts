import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { AppError, notFound, unauthenticated } from '../../platform/http/errors.ts'
import type { Locale } from '../../platform/http/messages.ts'
import { type CheckInMessageKey, checkInMessage } from './events.check-in.messages.ts'
import { type CheckInAction, type CheckInResource, canCheckIn } from './events.check-in.policy.ts'
import type { CheckInRow } from './events.check-in.repository.ts'
import type { PointsOutcome } from './events.check-in.tables.ts'
import * as signUps from './events.sign-ups.repository.ts'

// Shared parts of tickets and check-in: audited authorization, one's own sign-up, presenting a check-in.

/** Authorizes; a refusal (401/403) of a logged-in person is written to the audit trail before it leaves. */
export async function authorizeCheckIn(
  deps: AppDeps,
  ctx: RequestContext,
  action: CheckInAction,
  resource: CheckInResource,
  audit: { action: string; objectType: string; objectId?: string },
) {
  try {
    authorize(canCheckIn, ctx.actor, action, resource)
  } catch (error) {
    if (error instanceof AppError && error.status === 403)
      await recordAudit(deps.database.db, ctx, { ...audit, result: 'denied', occurredAt: deps.clock() })
    throw error
  }
}

/** One's own sign-up (someone else's answers 404: it does not exist for them; the refusal is audited). */
export async function ownSignUpFor(
  deps: AppDeps,
  ctx: RequestContext,
  signUpId: string,
  action: 'readOwnTicket' | 'checkInSelf',
  auditAction: string,
) {
  if (!ctx.actor) throw unauthenticated()
  const signUp = await signUps.findSignUp(deps.database.db, signUpId)
  if (!signUp) throw notFound(checkInMessage(ctx.locale, 'signUpNotFound'))
  try {
    await authorizeCheckIn(
      deps,
      ctx,
      action,
      { ownerId: signUp.userId },
      { action: auditAction, objectType: 'event-sign-up', objectId: signUpId },
    )
  } catch {
    throw notFound(checkInMessage(ctx.locale, 'signUpNotFound'))
  }
  return signUp
}

const OUTCOME_MESSAGES: Record<PointsOutcome, CheckInMessageKey> = {
  booked: 'pointsBooked',
  'already-present': 'pointsAlreadyPresent',
  'no-registration': 'pointsNoRegistration',
  'not-bookable': 'pointsNotBookable',
  'no-points': 'pointsNone',
}
const CATEGORY_KEYS = {
  training: 'categoryTraining',
  reflection: 'categoryReflection',
  'free-choice': 'categoryFreeChoice',
} as const

/** What the check-in did for the points, in words. */
export function presentPoints(
  locale: Locale,
  outcome: PointsOutcome,
  activity: { points: number | null; category: string | null },
) {
  const booked = outcome === 'booked' && activity.points !== null && activity.category !== null
  const category = booked ? checkInMessage(locale, CATEGORY_KEYS[activity.category as keyof typeof CATEGORY_KEYS]) : ''
  return {
    outcome,
    points: booked ? activity.points : null,
    category: booked ? activity.category : null,
    message: checkInMessage(locale, OUTCOME_MESSAGES[outcome], {
      points: String(activity.points ?? '').replace('.', ','),
      category,
    }),
  }
}

export const presentCheckIn = (
  locale: Locale,
  row: CheckInRow,
  person: { givenName: string; familyName: string; registrationNumber: string | null },
  activity: { points: number | null; category: string | null },
) => ({
  id: row.id,
  eventId: row.eventId,
  signUpId: row.signUpId,
  name: `${person.givenName} ${person.familyName}`.trim(),
  registrationNumber: person.registrationNumber,
  method: row.method,
  checkedInAt: row.checkedInAt.toISOString(),
  late: row.late,
  reason: row.reason,
  undoneAt: row.undoneAt?.toISOString() ?? null,
  undoReason: row.undoReason,
  points: presentPoints(locale, row.pointsOutcome, activity),
})
