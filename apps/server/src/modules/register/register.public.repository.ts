import { and, eq, type SQL, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { organisations } from '../organisations/organisations.tables.ts'
import {
  registers,
  registrationCycles,
  registrationStatusChanges,
  registrationSurnames,
  registrations,
} from './register.tables.ts'

/** At most this many search results; never a listing of the whole register. */
export const MAX_PUBLIC_RESULTS = 20

/** What the public lookup reads from the database (the service maps it onto the allow-listed response). */
export interface PublicRegistrationRow {
  initials: string
  infix: string
  surname: string
  registrationNumber: string
  register: string
  profession: string
  status: 'registered' | 'suspended' | 'lapsed' | 'removed'
  registeredSince: string
  validUntil: string | null
  measureKind: 'suspended' | 'removed' | null
  measureEffectiveDate: string | null
  measurePublicUntil: string | null
  employer: string | null
}

// The lookups are prepared once per database handle (Drizzle builds their SQL once), with `today` as a
// parameter. The number lookup is a named statement that each pooled connection plans once; the name search
// is unnamed, so PostgreSQL plans it with the term (the trigram index is only chosen for a known term).
// Nothing is cached but the queries themselves.

const today = sql.placeholder('today')

/**
 * A suspension or removal into the current status that is public on `today` (the latest), or nothing. A
 * lateral join: looked up once per registration that is shown, not once per field.
 */
function visibleMeasure(db: DbOrTx) {
  const c = registrationStatusChanges
  return db
    .select({ kind: c.toStatus, effectiveDate: c.effectiveDate, publicUntil: c.publicUntil })
    .from(c)
    .where(
      sql`${c.registrationId} = ${registrations.id} and ${c.toStatus} = ${registrations.status}
        and ${c.toStatus} in ('suspended', 'removed') and ${c.publicUntil} is not null
        and ${c.effectiveDate} <= ${today}::date and ${today}::date <= ${c.publicUntil}`,
    )
    .orderBy(sql`${c.decidedAt} desc`)
    .limit(1)
    .as('measure')
}

/** The public fields of `registrations` joined with its register, employer and visible measure. */
function selectPublic(db: DbOrTx) {
  const measure = visibleMeasure(db)
  return db
    .select({
      initials: registrations.initials,
      infix: registrations.infix,
      surname: registrations.surname,
      registrationNumber: sql<string>`${registrations.registrationNumber}`,
      register: registers.name,
      profession: registrations.profession,
      status: sql<PublicRegistrationRow['status']>`${registrations.status}`,
      registeredSince: sql<string>`${registrations.registeredSince}::text`,
      validUntil: sql<string | null>`(
        select coalesce(y.postponed_until, y.end_date)::text from ${registrationCycles} y
        where y.registration_id = ${registrations.id} order by y.number desc limit 1)`,
      measureKind: sql<PublicRegistrationRow['measureKind']>`${measure.kind}`,
      measureEffectiveDate: sql<string | null>`${measure.effectiveDate}::text`,
      measurePublicUntil: sql<string | null>`${measure.publicUntil}::text`,
      employer: sql<string | null>`case when ${registrations.showEmployerPublicly} then ${organisations.name} end`,
    })
    .from(registrations)
    .innerJoin(registers, eq(registers.id, registrations.registerId))
    .leftJoin(organisations, eq(organisations.id, registrations.employerOrganisationId))
    .leftJoinLateral(measure, sql`true`)
}

/**
 * Only registrations that were ever approved: never candidates or rejected applications; a removal only
 * while its measure is public. `offset 0` keeps PostgreSQL from turning the EXISTS into one hashed scan of
 * every status change (it did on a million registrations): it is checked only for removed registrations.
 */
const publiclyListedAs = (r: SQL) => sql`(${r}.status in ('registered', 'suspended', 'lapsed')
  or (${r}.status = 'removed' and exists (
    select 1 from ${registrationStatusChanges} c
    where c.registration_id = ${r}.id and c.to_status = 'removed' and c.public_until is not null
      and c.effective_date <= ${today}::date and ${today}::date <= c.public_until
    offset 0)))`

function prepareByNumber(db: DbOrTx) {
  return selectPublic(db)
    .where(
      and(eq(registrations.registrationNumber, sql.placeholder('number')), publiclyListedAs(sql`${registrations}`)),
    )
    .limit(1)
    .prepare('vr_public_by_number')
}

/**
 * The name search in two steps. First the best 20 (`best`): the term is matched against the short list of
 * distinct surnames (`registration_surnames`, trigram index), best name first, and per name the registrations
 * are read in number order (`registrations_surname_search_idx`; with initials `…_surname_initials_idx`)
 * until 20 are found — a common name costs 20 rows, not the thousands that match. Then the public fields of
 * just those 20.
 */
function prepareSearch(db: DbOrTx, withInitials: boolean) {
  const term = sql.placeholder('surname')
  const initials = withInitials
    ? sql`and (upper(regexp_replace(r.initials, '[^[:alpha:]]', '', 'g')) collate "C") like ${sql.placeholder('initials')}`
    : sql``
  const best = sql`(
    select hit.id, names.name, hit.registration_number, names.score
    from (
      select n.surname_search as name,
        greatest(similarity(n.surname_search, ${term}), word_similarity(${term}, n.surname_search)) as score
      from ${registrationSurnames} n
      where n.surname_search % ${term} or ${term} <% n.surname_search
      order by score desc, name
    ) names
    cross join lateral (
      select r.id, r.registration_number from ${registrations} r
      where r.surname_search = names.name and ${publiclyListedAs(sql`r`)} ${initials}
      order by r.registration_number
      limit ${MAX_PUBLIC_RESULTS}
    ) hit
    order by names.score desc, names.name, hit.registration_number
    limit ${MAX_PUBLIC_RESULTS}) best`
  return selectPublic(db)
    .innerJoin(best, sql`best.id = ${registrations.id}`)
    .orderBy(sql`best.score desc, best.name, best.registration_number`)
    .prepare('') // unnamed: planned for each term; a generic plan cannot see the term and reads every row
}

type Prepared = {
  byNumber: ReturnType<typeof prepareByNumber>
  search: ReturnType<typeof prepareSearch>
  searchWithInitials: ReturnType<typeof prepareSearch>
}
/** One set of prepared lookups per database handle. */
const preparedByDb = new WeakMap<object, Prepared>()

function prepared(db: DbOrTx): Prepared {
  let found = preparedByDb.get(db)
  if (!found) {
    found = {
      byNumber: prepareByNumber(db),
      search: prepareSearch(db, false),
      searchWithInitials: prepareSearch(db, true),
    }
    preparedByDb.set(db, found)
  }
  return found
}

export async function findPublicByNumber(
  db: DbOrTx,
  registrationNumber: string,
  today: string,
): Promise<PublicRegistrationRow | undefined> {
  const [row] = await prepared(db).byNumber.execute({ number: registrationNumber, today })
  return row
}

/**
 * Tolerant name search on the normalised surname (`normalizeSurname`): pg_trgm similarity (`%`, small typos)
 * or word similarity (`<%`, one part of a double name) against the list of surnames; initials narrow by
 * prefix ("J" finds "J.A."). Best match first, at most 20.
 */
export async function searchPublicBySurname(
  db: DbOrTx,
  surnameSearch: string,
  initialsLetters: string,
  today: string,
): Promise<PublicRegistrationRow[]> {
  const { search, searchWithInitials } = prepared(db)
  return initialsLetters
    ? searchWithInitials.execute({ surname: surnameSearch, initials: `${initialsLetters}%`, today })
    : search.execute({ surname: surnameSearch, today })
}
