import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { AppError, badRequest, type FieldError } from '../../platform/http/errors.ts'
import { message } from '../../platform/http/messages.ts'
import { type DecisionMessageKey, decisionMessage } from './register.decisions.messages.ts'
import { canRegister, type RegisterAction, type RegistrationResource } from './register.policy.ts'

// Shared checks of the register office's decisions: authorization with an audited refusal, and field errors.

/** Authorizes a change; a refusal (403) is written to the audit trail before it leaves. */
export async function authorizeDecision(
  deps: AppDeps,
  ctx: RequestContext,
  action: RegisterAction,
  registrationId: string,
  auditAction: string,
  resource?: RegistrationResource,
) {
  try {
    authorize(canRegister, ctx.actor, action, resource)
  } catch (error) {
    if (error instanceof AppError && error.status === 403) {
      await recordAudit(deps.database.db, ctx, {
        action: auditAction,
        objectType: 'registration',
        objectId: registrationId,
        result: 'denied',
        occurredAt: deps.clock(),
      })
    }
    throw error
  }
}

/** "2026-03-01" → "1 maart 2026" (or "1 March 2026"). */
export const displayDate = (locale: 'nl' | 'en', iso: string) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  )

/** Collects invalid body fields and throws them all at once as one 400. */
export class FieldErrors {
  readonly errors: FieldError[] = []
  readonly ctx: RequestContext

  constructor(ctx: RequestContext) {
    this.ctx = ctx
  }

  add(name: string, code: string, key: DecisionMessageKey, params: Record<string, string> = {}) {
    this.errors.push({ in: 'body', name, code, reason: decisionMessage(this.ctx.locale, key, params) })
  }

  /** The reason, trimmed; records an error when it is required and empty. */
  reason(value: string | undefined, required: boolean, name = 'reason') {
    const trimmed = (value ?? '').trim()
    if (required && trimmed === '')
      this.add(name, 'required', name === 'outcome' ? 'outcomeRequired' : 'reasonRequired')
    return trimmed
  }

  /** An effective date: default today, not in the future, not before the registration date. */
  effectiveDate(value: string | undefined, today: string, registeredSince: string | null) {
    const date = value ?? today
    if (date > today) this.add('effectiveDate', 'maximum', 'futureDate')
    else if (registeredSince && date < registeredSince)
      this.add('effectiveDate', 'minimum', 'beforeRegistered', {
        date: displayDate(this.ctx.locale, registeredSince),
      })
    return date
  }

  /** A public period that must end after the effective date. */
  publicUntil(value: string | undefined, effectiveDate: string) {
    if (!value) this.add('publicUntil', 'required', 'publicUntilRequired')
    else if (value <= effectiveDate) this.add('publicUntil', 'minimum', 'publicUntilOrder')
    return value ?? null
  }

  throwIfAny() {
    if (this.errors.length) throw badRequest(message(this.ctx.locale, 'invalid-input'), this.errors)
  }
}
