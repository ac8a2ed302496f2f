import { and, count, desc, eq, sql } from 'drizzle-orm'
import type { AppDeps } from '../../app.ts'
import type { DbOrTx } from '../../db/client.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { AppError, badRequest, type FieldError, notFound } from '../../platform/http/errors.ts'
import type { Locale } from '../../platform/http/messages.ts'
import { getRegister } from '../register/register.registers.service.ts'
import { todayInNetherlands } from '../register/register.status.ts'
import { type NormMessageKey, normMessage } from './points.norms.messages.ts'
import { canNorms } from './points.norms.policy.ts'
import type { AddNormVersion, NormListQuery } from './points.norms.schemas.ts'
import { type NormVersion, normVersionFor } from './points.standing.ts'
import { type CategoryBounds, type CategoryNorms, normVersions } from './points.tables.ts'

// The norm of a register, versioned: the register office lists the versions and adds one (append-only, audited).

export const NORM_LIMITS = { maxPoints: 10_000, noteMax: 500 } as const
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** The API's category keys (camelCase) and the ledger's. */
const CATEGORY_KEYS = [
  ['training', 'training'],
  ['reflection', 'reflection'],
  ['freeChoice', 'free-choice'],
] as const

export interface NormValues {
  validFrom: string
  totalPoints: number
  categories: CategoryNorms
  capPerActivity: number | null
  proRata: boolean
  note: string
}

export const isIsoDate = (value: unknown): value is string => {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

const isPoints = (value: unknown, allowZero: boolean): value is number =>
  typeof value === 'number' &&
  Number.isFinite(value) &&
  (allowZero ? value >= 0 : value > 0) &&
  value <= NORM_LIMITS.maxPoints &&
  Math.abs(Math.round(value * 100) - value * 100) < 1e-6

/**
 * Checks a new norm version and lists every problem: missing fields, malformed numbers, a minimum above its
 * maximum, a bound above the total, minimums adding up to more than the total, maximums that make the total
 * unreachable, a cap per activity above the total, a start before the latest version's.
 */
export function checkNormInput(
  input: AddNormVersion,
  locale: Locale,
  latestValidFrom: string | null,
): { values: NormValues | null; errors: FieldError[] } {
  const errors: FieldError[] = []
  const fail = (name: string, code: string, key: NormMessageKey, value?: string | number) =>
    errors.push({ in: 'body', name, code, reason: normMessage(locale, key, value) })

  if (input.validFrom === undefined) fail('validFrom', 'required', 'required')
  else if (!isIsoDate(input.validFrom)) fail('validFrom', 'format', 'validFrom')
  else if (latestValidFrom !== null && input.validFrom < latestValidFrom)
    fail('validFrom', 'before-previous', 'validFromBeforeLatest', latestValidFrom)

  const total = input.totalPoints
  const totalValid = isPoints(total, false)
  if (total === undefined) fail('totalPoints', 'required', 'required')
  else if (!totalValid) fail('totalPoints', 'range', 'totalPoints')

  const categories = {} as CategoryNorms
  if (input.categories === undefined) fail('categories', 'required', 'required')
  for (const [key, category] of CATEGORY_KEYS) {
    const given = input.categories?.[key]
    if (input.categories !== undefined && given === undefined) fail(`categories.${key}`, 'required', 'required')
    const bounds: CategoryBounds = { min: null, max: null }
    for (const [field, side] of [
      ['minimum', 'min'],
      ['maximum', 'max'],
    ] as const) {
      const value = given?.[field] ?? null
      if (value === null) continue
      const name = `categories.${key}.${field}`
      if (!isPoints(value, true)) fail(name, 'range', 'points')
      else if (totalValid && value > total) fail(name, 'above-total', 'aboveTotal', total)
      else bounds[side] = value
    }
    if (bounds.min !== null && bounds.max !== null && bounds.min > bounds.max) {
      fail(`categories.${key}.minimum`, 'above-maximum', 'minAboveMax')
    }
    categories[category] = bounds
  }
  const bounds = Object.values(categories)
  if (totalValid && input.categories !== undefined) {
    const minimums = bounds.reduce((sum, b) => sum + Math.round((b.min ?? 0) * 100), 0) / 100
    if (minimums > total) fail('categories', 'sum-of-minimums', 'sumOfMinimums', minimums)
    if (bounds.every((b) => b.max !== null)) {
      const maximums = bounds.reduce((sum, b) => sum + Math.round(b.max! * 100), 0) / 100
      if (maximums < total) fail('categories', 'sum-of-maximums', 'sumOfMaximums', maximums)
    }
  }

  const cap = input.capPerActivity
  if (cap === undefined) fail('capPerActivity', 'required', 'required')
  else if (cap !== null && (!isPoints(cap, false) || (totalValid && cap > total)))
    fail('capPerActivity', 'range', 'capPerActivity')

  if (input.proRata === undefined) fail('proRata', 'required', 'proRata')
  const note = (input.note ?? '').trim()
  if (note.length > NORM_LIMITS.noteMax) fail('note', 'maxLength', 'note')

  if (errors.length > 0) return { values: null, errors }
  return {
    values: {
      validFrom: input.validFrom!,
      totalPoints: total!,
      categories,
      capPerActivity: cap ?? null,
      proRata: input.proRata!,
      note,
    },
    errors,
  }
}

/** A stored version as the API shows it (camelCase category keys, proRata as a boolean). */
export function presentNormVersion(row: NormVersion, currentId: string | null) {
  const bounds = (b: CategoryBounds) => ({ minimum: b.min, maximum: b.max })
  return {
    id: row.id,
    registerId: row.registerId,
    version: row.version,
    validFrom: row.validFrom,
    totalPoints: row.totalPoints,
    categories: {
      training: bounds(row.categories.training),
      reflection: bounds(row.categories.reflection),
      freeChoice: bounds(row.categories['free-choice']),
    },
    capPerActivity: row.capPerActivity,
    proRata: row.proRata === 'yes',
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    current: row.id === currentId,
  }
}

/** The version that applies to a cycle starting today (the norm "now"), or null when the register has none. */
export function currentNormVersion(db: DbOrTx, registerId: string, today: string) {
  return normVersionFor(db, registerId, today)
}

/** Authorizes; a refused change is written to the audit trail before the 403 leaves. */
async function authorizeNorms(
  deps: AppDeps,
  ctx: RequestContext,
  action: 'readNorms' | 'addNormVersion',
  registerId: string,
) {
  try {
    authorize(canNorms, ctx.actor, action, undefined)
  } catch (error) {
    if (action === 'addNormVersion' && error instanceof AppError && error.status === 403) {
      await recordAudit(deps.database.db, ctx, {
        action: 'points.norm.version-added',
        objectType: 'register',
        objectId: registerId,
        result: 'denied',
        occurredAt: deps.clock(),
      })
    }
    throw error
  }
}

async function requireRegister(deps: AppDeps, ctx: RequestContext, registerId: string) {
  try {
    return await getRegister(deps, ctx, registerId)
  } catch (error) {
    if (error instanceof AppError && error.status === 404) throw notFound(normMessage(ctx.locale, 'registerNotFound'))
    throw error
  }
}

/** Every version of a register's norm, newest first, with the one that applies today marked. */
export async function listNormVersions(deps: AppDeps, ctx: RequestContext, registerId: string, query: NormListQuery) {
  await authorizeNorms(deps, ctx, 'readNorms', registerId)
  await requireRegister(deps, ctx, registerId)
  const db = deps.database.db
  const where = eq(normVersions.registerId, registerId)
  const [rows, [total], current] = await Promise.all([
    db
      .select()
      .from(normVersions)
      .where(where)
      .orderBy(desc(normVersions.version))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(normVersions).where(where),
    currentNormVersion(db, registerId, todayInNetherlands(deps)),
  ])
  return {
    items: rows.map((row) => presentNormVersion(row, current?.id ?? null)),
    page: query.page,
    pageSize: query.pageSize,
    total: total?.n ?? 0,
  }
}

/** The version that applies today; 404 when the register has no norm yet. */
export async function getCurrentNorm(deps: AppDeps, ctx: RequestContext, registerId: string) {
  await authorizeNorms(deps, ctx, 'readNorms', registerId)
  await requireRegister(deps, ctx, registerId)
  const current = await currentNormVersion(deps.database.db, registerId, todayInNetherlands(deps))
  if (!current) throw notFound(normMessage(ctx.locale, 'noNorm'))
  return presentNormVersion(current, current.id)
}

/** Adds a version (number = last + 1) under a per-register lock; audited in the same transaction. */
export async function addNormVersion(deps: AppDeps, ctx: RequestContext, registerId: string, input: AddNormVersion) {
  await authorizeNorms(deps, ctx, 'addNormVersion', registerId)
  await requireRegister(deps, ctx, registerId)
  const created = await deps.database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`norm-versions:${registerId}`}))`)
    const [latest] = await tx
      .select({ version: normVersions.version, validFrom: normVersions.validFrom })
      .from(normVersions)
      .where(eq(normVersions.registerId, registerId))
      .orderBy(desc(normVersions.version))
      .limit(1)
    const { values, errors } = checkNormInput(input, ctx.locale, latest?.validFrom ?? null)
    if (!values) throw badRequest(normMessage(ctx.locale, 'invalid'), errors)
    const now = deps.clock()
    const [row] = await tx
      .insert(normVersions)
      .values({
        registerId,
        version: (latest?.version ?? 0) + 1,
        validFrom: values.validFrom,
        totalPoints: values.totalPoints,
        categories: values.categories,
        capPerActivity: values.capPerActivity,
        proRata: values.proRata ? 'yes' : 'no',
        note: values.note,
        createdById: ctx.actor?.userId ?? null,
        createdAt: now,
      })
      .returning()
    await recordAudit(tx, ctx, {
      action: 'points.norm.version-added',
      objectType: 'register',
      objectId: registerId,
      result: 'success',
      details: { normVersionId: row!.id, version: row!.version, ...values },
      occurredAt: now,
    })
    return row!
  })
  const current = await currentNormVersion(deps.database.db, registerId, todayInNetherlands(deps))
  return presentNormVersion(created, current?.id ?? null)
}

/** Inserts a version without a request (the demo seed); the seed's transaction records its own audit entry. */
export async function insertNormVersion(tx: DbOrTx, registerId: string, values: NormValues, now: Date) {
  const [latest] = await tx
    .select({ version: normVersions.version })
    .from(normVersions)
    .where(and(eq(normVersions.registerId, registerId)))
    .orderBy(desc(normVersions.version))
    .limit(1)
  const [row] = await tx
    .insert(normVersions)
    .values({
      registerId,
      version: (latest?.version ?? 0) + 1,
      validFrom: values.validFrom,
      totalPoints: values.totalPoints,
      categories: values.categories,
      capPerActivity: values.capPerActivity,
      proRata: values.proRata ? 'yes' : 'no',
      note: values.note,
      createdAt: now,
    })
    .returning()
  return row!
}
