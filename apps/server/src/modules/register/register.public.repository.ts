import { and, desc, eq, type SQL, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { organisations } from '../organisations/organisations.tables.ts'
import { registers, registrationCycles, registrationStatusChanges, registrations } from './register.tables.ts'

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

/** The latest change into the current status, when it is a suspension or removal still public on `today`. */
const visibleMeasure = (today: string) => sql`(
  select c.id from ${registrationStatusChanges} c
  where c.registration_id = ${registrations.id} and c.to_status = ${registrations.status}
    and c.to_status in ('suspended', 'removed') and c.public_until is not null
    and c.effective_date <= ${today}::date and ${today}::date <= c.public_until
  order by c.decided_at desc limit 1)`

const measureField = (today: string, column: string) =>
  sql`(select m.${sql.raw(column)} from ${registrationStatusChanges} m where m.id = ${visibleMeasure(today)})`

function selectPublic(db: DbOrTx, today: string) {
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
      measureKind: sql<PublicRegistrationRow['measureKind']>`${measureField(today, 'to_status')}`,
      measureEffectiveDate: sql<string | null>`${measureField(today, 'effective_date')}::text`,
      measurePublicUntil: sql<string | null>`${measureField(today, 'public_until')}::text`,
      employer: sql<string | null>`case when ${registrations.showEmployerPublicly} then ${organisations.name} end`,
    })
    .from(registrations)
    .innerJoin(registers, eq(registers.id, registrations.registerId))
    .leftJoin(organisations, eq(organisations.id, registrations.employerOrganisationId))
}

/**
 * Only registrations that were ever approved: never candidates or rejected applications; a removal only
 * while its measure is public.
 */
const publiclyListed = (today: string): SQL =>
  sql`(${registrations.status} in ('registered', 'suspended', 'lapsed')
    or (${registrations.status} = 'removed' and exists ${visibleMeasure(today)}))`

export async function findPublicByNumber(
  db: DbOrTx,
  registrationNumber: string,
  today: string,
): Promise<PublicRegistrationRow | undefined> {
  const [row] = await selectPublic(db, today)
    .where(and(eq(registrations.registrationNumber, registrationNumber), publiclyListed(today)))
    .limit(1)
  return row
}

/**
 * Tolerant name search on the normalised surname (`normalizeSurname`): pg_trgm similarity (`%`, small typos)
 * or word similarity (`<%`, one part of a double name), both served by the trigram index; initials narrow by
 * prefix ("J" finds "J.A."). Best match first, at most 20.
 */
export async function searchPublicBySurname(
  db: DbOrTx,
  surnameSearch: string,
  initialsLetters: string,
  today: string,
): Promise<PublicRegistrationRow[]> {
  const score = sql`greatest(similarity(${registrations.surnameSearch}, ${surnameSearch}),
    word_similarity(${surnameSearch}, ${registrations.surnameSearch}))`
  const conditions = [
    sql`(${registrations.surnameSearch} % ${surnameSearch} or ${surnameSearch} <% ${registrations.surnameSearch})`,
    publiclyListed(today),
  ]
  if (initialsLetters) {
    conditions.push(
      sql`upper(regexp_replace(${registrations.initials}, '[^[:alpha:]]', '', 'g')) like ${`${initialsLetters}%`}`,
    )
  }
  return selectPublic(db, today)
    .where(and(...conditions))
    .orderBy(desc(score), registrations.surnameSearch, registrations.registrationNumber)
    .limit(MAX_PUBLIC_RESULTS)
}
