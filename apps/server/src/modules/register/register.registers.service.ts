import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { AppError, badRequest, type FieldError, notFound } from '../../platform/http/errors.ts'
import type { Locale } from '../../platform/http/messages.ts'
import { PROFESSIONAL_CODE_PATH, PROFESSIONAL_CODE_VERSION } from './register.applications.rules.ts'
import { canRegister } from './register.policy.ts'
import * as repo from './register.registers.repository.ts'
import {
  changedFields,
  checkRegisterInput,
  type RegisterSettingsInput,
  registerMessage,
  removedProfessions,
} from './register.registers.rules.ts'
import type { CreateRegister, UpdateRegister } from './register.registers.schemas.ts'

// Configuring registers (name, slug, number prefix, professions, cycle length): the register office and admins.

const OBJECT_TYPE = 'register'

const uniqueViolation = (error: unknown): { constraint: string } | null => {
  for (const candidate of [error, (error as { cause?: unknown })?.cause]) {
    const e = candidate as { code?: string; constraint?: string } | undefined
    if (e?.code === '23505') return { constraint: e.constraint ?? '' }
  }
  return null
}

/** A 409 naming the fields another register already has, so the form can point at them. */
function takenConflict(locale: Locale, taken: { slug: boolean; numberPrefix: boolean }) {
  const errors: FieldError[] = []
  if (taken.slug)
    errors.push({ in: 'body', name: 'slug', code: 'unique', reason: registerMessage(locale, 'slugTaken') })
  if (taken.numberPrefix) {
    errors.push({
      in: 'body',
      name: 'numberPrefix',
      code: 'unique',
      reason: registerMessage(locale, 'numberPrefixTaken'),
    })
  }
  const detail = errors.length === 1 ? errors[0]!.reason : registerMessage(locale, 'taken')
  return new AppError(409, 'conflict', detail, errors)
}

/** The unique constraints decide under concurrent changes: their violation becomes the same 409. */
export function mapUniqueViolation(error: unknown, locale: Locale): never {
  const violation = uniqueViolation(error)
  if (!violation) throw error
  const slug = violation.constraint.includes('slug')
  const numberPrefix = /prefix/i.test(violation.constraint)
  throw takenConflict(locale, slug || numberPrefix ? { slug, numberPrefix } : { slug: true, numberPrefix: true })
}

/** Authorizes a change; a refusal is written to the audit trail before the 403 leaves. */
async function authorizeChange(deps: AppDeps, ctx: RequestContext, auditAction: string, registerId?: string) {
  try {
    authorize(canRegister, ctx.actor, 'configureRegisters', undefined)
  } catch (error) {
    if (error instanceof AppError && error.status === 403) {
      await recordAudit(deps.database.db, ctx, {
        action: auditAction,
        objectType: OBJECT_TYPE,
        objectId: registerId,
        result: 'denied',
        occurredAt: deps.clock(),
      })
    }
    throw error
  }
}

/** The registers one can apply to, with their professions and the professional code to accept (public). */
export async function listRegisters(deps: AppDeps) {
  return {
    items: await repo.findRegisters(deps.database.db),
    professionalCode: { version: PROFESSIONAL_CODE_VERSION, url: `${deps.config.publicUrl}${PROFESSIONAL_CODE_PATH}` },
  }
}

/** One register and its settings; public, like the list of registers. */
export async function getRegister(deps: AppDeps, ctx: RequestContext, registerId: string) {
  authorize(canRegister, ctx.actor ?? null, 'readPublic', undefined)
  const register = await repo.findRegisterSettings(deps.database.db, registerId)
  if (!register) throw notFound(registerMessage(ctx.locale, 'notFound'))
  return register
}

export async function createRegister(deps: AppDeps, ctx: RequestContext, input: CreateRegister) {
  await authorizeChange(deps, ctx, 'register.register.created')
  const locale = ctx.locale
  const { values, errors } = checkRegisterInput(input, locale, true)
  if (errors.length > 0) throw badRequest(registerMessage(locale, 'invalid'), errors)
  const settings = values as RegisterSettingsInput
  let registerId: string
  try {
    registerId = await deps.database.db.transaction(async (tx) => {
      const taken = await repo.findTaken(tx, settings)
      if (taken.slug || taken.numberPrefix) throw takenConflict(locale, taken)
      const now = deps.clock()
      const id = await repo.insertRegister(tx, { ...settings, createdAt: now })
      await recordAudit(tx, ctx, {
        action: 'register.register.created',
        objectType: OBJECT_TYPE,
        objectId: id,
        result: 'success',
        details: { ...settings },
        occurredAt: now,
      })
      return id
    })
  } catch (error) {
    if (error instanceof AppError) throw error
    mapUniqueViolation(error, locale)
  }
  return (await repo.findRegisterSettings(deps.database.db, registerId))!
}

/**
 * Changes the given settings. The prefix stays fixed once a number was handed out; a profession that registrations
 * still carry cannot be removed; a new cycle length applies to cycles opened from now on (existing cycles keep their
 * dates). Nothing changes when anything is refused.
 */
export async function updateRegister(deps: AppDeps, ctx: RequestContext, registerId: string, input: UpdateRegister) {
  await authorizeChange(deps, ctx, 'register.register.updated', registerId)
  const locale = ctx.locale
  const { values, errors } = checkRegisterInput(input, locale, false)
  if (errors.length > 0) throw badRequest(registerMessage(locale, 'invalid'), errors)
  try {
    await deps.database.db.transaction(async (tx) => {
      const current = await repo.lockRegister(tx, registerId)
      if (!current) throw notFound(registerMessage(locale, 'notFound'))
      const changes = changedFields(current, values)
      if (Object.keys(changes).length === 0) return

      const taken = await repo.findTaken(
        tx,
        {
          slug: changes.slug ? values.slug : undefined,
          numberPrefix: changes.numberPrefix ? values.numberPrefix : undefined,
        },
        registerId,
      )
      if (taken.slug || taken.numberPrefix) throw takenConflict(locale, taken)

      const refusals: FieldError[] = []
      if (changes.numberPrefix && (await repo.lockNumberCounterAndCheckIssued(tx, registerId))) {
        refusals.push({
          in: 'body',
          name: 'numberPrefix',
          code: 'locked',
          reason: registerMessage(locale, 'numberPrefixLocked'),
        })
      }
      if (changes.professions) {
        const removed = removedProfessions(current.professions, values.professions!)
        const inUse = await repo.findProfessionsInUse(tx, registerId, removed)
        if (inUse.length > 0) {
          const names = inUse.map((p) => `"${p}"`).join(', ')
          refusals.push({
            in: 'body',
            name: 'professions',
            code: 'in-use',
            reason:
              inUse.length === 1
                ? registerMessage(locale, 'professionInUse', inUse[0])
                : registerMessage(locale, 'professionsInUse', names),
          })
        }
      }
      if (refusals.length > 0) {
        const detail = refusals.length === 1 ? refusals[0]!.reason : refusals.map((r) => r.reason).join(' ')
        throw new AppError(409, 'conflict', detail, refusals)
      }

      const update = Object.fromEntries(
        Object.keys(changes).map((field) => [field, values[field as keyof RegisterSettingsInput]]),
      ) as Partial<RegisterSettingsInput>
      await repo.updateRegister(tx, registerId, update)
      await recordAudit(tx, ctx, {
        action: 'register.register.updated',
        objectType: OBJECT_TYPE,
        objectId: registerId,
        result: 'success',
        details: { changes },
        occurredAt: deps.clock(),
      })
    })
  } catch (error) {
    if (error instanceof AppError) throw error
    mapUniqueViolation(error, locale)
  }
  return (await repo.findRegisterSettings(deps.database.db, registerId))!
}
