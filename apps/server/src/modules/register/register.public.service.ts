import { createHash } from 'node:crypto'
import type { AppDeps } from '../../app.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { badRequest, notFound } from '../../platform/http/errors.ts'
import type { Locale } from '../../platform/http/messages.ts'
import { BufferedRateLimiter } from '../../platform/rate-limit/buffered.ts'
import { type RateRule, rateLimitError } from '../../platform/rate-limit/rate-limit.ts'
import { canRegister } from './register.policy.ts'
import * as repo from './register.public.repository.ts'
import type { PublicRegistration, PublicRegistrationQuery } from './register.public.schemas.ts'
import { normalizeSurname } from './register.rules.ts'
import { todayInNetherlands } from './register.status.ts'

/**
 * Per IP address: enough for a person checking a few names, too few to scrape the register. The limit is
 * `config.publicLookupLimitPerMinute` (60 unless a benchmark raises it).
 */
export const PUBLIC_LOOKUP_LIMIT: RateRule = { name: 'public-lookup-ip', limit: 60, windowSeconds: 60 }

const MESSAGES = {
  nl: {
    searchRequired: 'Zoek op registratienummer of op achternaam.',
    surnameRequired: 'Vul een achternaam in van minimaal 2 letters, of een registratienummer.',
    numberRequired: 'Vul een registratienummer in, zoals KM-000123, of zoek op achternaam.',
    notFound: 'Er is geen openbare registratie met dit nummer.',
  },
  en: {
    searchRequired: 'Search by registration number or by surname.',
    surnameRequired: 'Enter a surname of at least 2 letters, or a registration number.',
    numberRequired: 'Enter a registration number, like KM-000123, or search by surname.',
    notFound: 'There is no public registration with this number.',
  },
} satisfies Record<Locale, Record<string, string>>

const MEASURE_KIND = { suspended: 'suspension', removed: 'removal' } as const

/** The allow-list, field by field: nothing else from the row can reach the response. */
export function toPublic(row: repo.PublicRegistrationRow): PublicRegistration {
  const item: PublicRegistration = {
    initials: row.initials,
    infix: row.infix,
    surname: row.surname,
    registrationNumber: row.registrationNumber,
    register: row.register,
    profession: row.profession,
    status: row.status,
    registeredSince: row.registeredSince,
    validUntil: row.validUntil,
  }
  if (row.measureKind && row.measureEffectiveDate && row.measurePublicUntil) {
    item.measure = {
      kind: MEASURE_KIND[row.measureKind],
      effectiveDate: row.measureEffectiveDate,
      publicUntil: row.measurePublicUntil,
    }
  }
  if (row.employer) item.employer = row.employer
  return item
}

/** Today in the Netherlands: a measure that takes effect today shows from Dutch midnight, not an hour or two later. */
const todayOf = (deps: AppDeps) => todayInNetherlands(deps)

const limiters = new WeakMap<AppDeps, BufferedRateLimiter>()

/**
 * The lookup limit of this app instance: counted in memory, added to the shared table every second (no database
 * write per lookup); the routes plugin starts and stops its flushing.
 */
export function lookupLimiter(deps: AppDeps): BufferedRateLimiter {
  let limiter = limiters.get(deps)
  if (!limiter) {
    const rule = { ...PUBLIC_LOOKUP_LIMIT, limit: deps.config.publicLookupLimitPerMinute }
    limiter = new BufferedRateLimiter(deps.database.db, rule)
    limiters.set(deps, limiter)
  }
  return limiter
}

async function countLookup(deps: AppDeps, ctx: RequestContext) {
  authorize(canRegister, ctx.actor, 'readPublic', undefined)
  const result = lookupLimiter(deps).hit(ctx.origin, deps.clock())
  if (!result.allowed) throw rateLimitError(ctx.locale, result.retryAfterSeconds)
}

/** Search by exact number or tolerant surname (+ initials); a search without a name or number is refused. */
export async function searchPublicRegistrations(
  deps: AppDeps,
  ctx: RequestContext,
  query: PublicRegistrationQuery,
): Promise<{ items: PublicRegistration[] }> {
  const texts = MESSAGES[ctx.locale]
  const number = query.registrationNumber?.trim().toUpperCase()
  const surname = normalizeSurname(query.surname ?? '')
  if (!number && surname.replace(/\s/g, '').length < 2) {
    throw badRequest(texts.searchRequired, [
      { in: 'query', name: 'surname', code: 'required', reason: texts.surnameRequired },
      { in: 'query', name: 'registrationNumber', code: 'required', reason: texts.numberRequired },
    ])
  }
  await countLookup(deps, ctx)
  const today = todayOf(deps)
  if (number) {
    const row = await repo.findPublicByNumber(deps.database.db, number, today)
    return { items: row ? [toPublic(row)] : [] }
  }
  const initials = (query.initials ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}]/gu, '')
    .toUpperCase()
  const rows = await repo.searchPublicBySurname(deps.database.db, surname, initials, today)
  return { items: rows.map(toPublic) }
}

/** One registration by number, with a strong ETag of its public content. */
export async function getPublicRegistration(deps: AppDeps, ctx: RequestContext, registrationNumber: string) {
  await countLookup(deps, ctx)
  const row = await repo.findPublicByNumber(deps.database.db, registrationNumber.toUpperCase(), todayOf(deps))
  if (!row) throw notFound(MESSAGES[ctx.locale].notFound)
  const registration = toPublic(row)
  const etag = `"${createHash('sha256').update(JSON.stringify(registration)).digest('base64url').slice(0, 27)}"`
  return { registration, etag }
}
