import { and, count, desc, eq, gte, inArray, isNotNull, or, type SQL, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { outboxMails } from '../../platform/mail/mail.tables.ts'
import { documents } from '../../platform/storage/storage.tables.ts'
import { cpdSharingConsents, employerInvitations } from '../employers/employers.tables.ts'
import { eventAttendanceCredentials } from '../events/events.certificates.tables.ts'
import { eventCheckIns } from '../events/events.check-in.tables.ts'
import { eventEvaluationSubmissions } from '../events/events.evaluations.tables.ts'
import { calendarFeedTokens, eventReminders, eventSignUps } from '../events/events.tables.ts'
import { eventTickets } from '../events/events.tickets.tables.ts'
import { oneTimeTokens, recoveryCodes, sessions, users } from '../identity/identity.tables.ts'
import { memberships } from '../organisations/organisations.tables.ts'
import { attendanceImports, idempotencyRecords } from '../points/points.attendance.tables.ts'
import { reregistrationRequests } from '../points/points.reregistration.tables.ts'
import { selfReportedActivities } from '../points/points.self-reports.tables.ts'
import { registrationCredentials } from '../register/register.decisions.tables.ts'
import { registrationStatusChanges, registrationSurnames, registrations } from '../register/register.tables.ts'
import { type DataRequestKind, type DataRequestState, dataRequests } from './privacy.tables.ts'

// Data requests, and carrying out an erasure across the modules (inside the register office's transaction).

export function insertDataRequest(tx: DbOrTx, values: typeof dataRequests.$inferInsert) {
  return tx
    .insert(dataRequests)
    .values(values)
    .returning()
    .then((rows) => rows[0]!)
}

export async function findOpenRequest(db: DbOrTx, userId: string, kind: DataRequestKind) {
  const [row] = await db
    .select({ id: dataRequests.id })
    .from(dataRequests)
    .where(and(eq(dataRequests.userId, userId), eq(dataRequests.kind, kind), eq(dataRequests.state, 'open')))
  return row
}

const requestColumns = {
  id: dataRequests.id,
  userId: dataRequests.userId,
  kind: dataRequests.kind,
  details: dataRequests.details,
  state: dataRequests.state,
  createdAt: dataRequests.createdAt,
  handledAt: dataRequests.handledAt,
  resolution: dataRequests.resolution,
  personName: sql<
    string | null
  >`(select trim(u.given_name || ' ' || u.family_name) from ${users} u where u.id = ${dataRequests.userId})`,
  personEmail: sql<string | null>`(select u.email::text from ${users} u where u.id = ${dataRequests.userId})`,
}

export async function findDataRequests(
  db: DbOrTx,
  state: DataRequestState | undefined,
  page: number,
  pageSize: number,
) {
  const where = state ? eq(dataRequests.state, state) : undefined
  const [items, [total]] = await Promise.all([
    db
      .select(requestColumns)
      .from(dataRequests)
      .where(where)
      .orderBy(state === 'open' ? dataRequests.createdAt : desc(dataRequests.createdAt))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ value: count() }).from(dataRequests).where(where),
  ])
  return { items, total: total?.value ?? 0 }
}

export async function findDataRequest(db: DbOrTx, id: string, lock = false) {
  const query = db.select(requestColumns).from(dataRequests).where(eq(dataRequests.id, id))
  const [row] = lock ? await query.for('update', { of: dataRequests }) : await query
  return row
}

export async function resolveDataRequest(
  tx: DbOrTx,
  id: string,
  values: { state: DataRequestState; resolution: string; handledById: string; handledAt: Date },
) {
  await tx.update(dataRequests).set(values).where(eq(dataRequests.id, id))
}

/** The person's registrations, and the last day any measure on them is still shown publicly. */
export async function findRegistrationsForErasure(db: DbOrTx, userId: string, today: string) {
  const rows = await db
    .select({ id: registrations.id, status: registrations.status })
    .from(registrations)
    .where(eq(registrations.userId, userId))
  const [measure] =
    rows.length === 0
      ? []
      : await db
          .select({ until: sql<string | null>`max(${registrationStatusChanges.publicUntil})::text` })
          .from(registrationStatusChanges)
          .where(
            and(
              inArray(
                registrationStatusChanges.registrationId,
                rows.map((r) => r.id),
              ),
              gte(registrationStatusChanges.publicUntil, today),
            ),
          )
  return { registrations: rows, publicMeasureUntil: measure?.until ?? null }
}

export interface ErasureResult {
  registrationIds: string[]
  /** Storage keys of the document bytes to delete once the transaction has committed. */
  documentKeys: string[]
}

/**
 * Erases or pseudonymises the person's personal data, keeping what the register must keep (see docs/privacy.md):
 * the account becomes an unusable, nameless placeholder; sessions, codes, tokens, memberships, consents,
 * invitations and mails to the address are deleted; the names on the registrations are emptied and the employer
 * removed, while number, status, history, cycles and decisions stay; documents keep a nameless row (the
 * applications point at it) and their bytes are deleted after commit; stored credential copies lose their content.
 * CPD points: the ledger is never touched (append-only, kept as proof); self-reported activities lose their title
 * and description and their evidence is erased like any document; re-registration requests lose the person's
 * reason; attendance imports and API answers of providers lose the person's name and e-mail address.
 * Agenda: the events module has already ended the sign-ups for events to come (events.erasure.service.ts); here the
 * calendar link, the tickets, the reminder records and the record of which events the person evaluated go (the
 * answers never had a link to the person); stored certificates of attendance lose their content, like registration
 * credentials. Sign-ups and check-ins stay (the attendance and points hang from them), tied only to the nameless
 * account.
 */
export async function erasePersonalData(tx: DbOrTx, userId: string, email: string, now: Date): Promise<ErasureResult> {
  await tx
    .update(users)
    .set({
      email: `gewist-${userId}@vakregister.invalid`,
      givenName: '',
      familyName: '',
      passwordHash: '!gewist',
      status: 'blocked',
      emailVerifiedAt: null,
      totpSecret: null,
      totpPendingSecret: null,
      totpLastStep: null,
      mfaEnabledAt: null,
      updatedAt: now,
    })
    .where(eq(users.id, userId))
  await tx.delete(sessions).where(eq(sessions.userId, userId))
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId))
  await tx.delete(oneTimeTokens).where(eq(oneTimeTokens.userId, userId))
  await tx.delete(memberships).where(eq(memberships.userId, userId))
  await tx.delete(cpdSharingConsents).where(eq(cpdSharingConsents.userId, userId))
  await tx.delete(employerInvitations).where(eq(employerInvitations.email, email))
  await tx.delete(outboxMails).where(sql`lower(${outboxMails.toAddress}) = lower(${email})`)
  await tx.delete(calendarFeedTokens).where(eq(calendarFeedTokens.userId, userId))
  const ownSignUps = tx.select({ id: eventSignUps.id }).from(eventSignUps).where(eq(eventSignUps.userId, userId))
  await tx.delete(eventTickets).where(inArray(eventTickets.signUpId, ownSignUps))
  await tx.delete(eventReminders).where(inArray(eventReminders.signUpId, ownSignUps))
  await tx.delete(eventEvaluationSubmissions).where(eq(eventEvaluationSubmissions.userId, userId))
  await tx
    .update(eventAttendanceCredentials)
    .set({ document: sql`jsonb_build_object('id', ${eventAttendanceCredentials.credentialId}, 'erased', true)` })
    .where(
      inArray(
        eventAttendanceCredentials.checkInId,
        tx.select({ id: eventCheckIns.id }).from(eventCheckIns).where(inArray(eventCheckIns.signUpId, ownSignUps)),
      ),
    )

  const oldSurnames = await tx
    .select({ name: registrations.surnameSearch })
    .from(registrations)
    .where(eq(registrations.userId, userId))
  const erased = await tx
    .update(registrations)
    .set({
      initials: '',
      infix: '',
      surname: '',
      surnameSearch: '',
      employerOrganisationId: null,
      showEmployerPublicly: false,
      updatedAt: now,
    })
    .where(eq(registrations.userId, userId))
    .returning({ id: registrations.id })
  const registrationIds = erased.map((r) => r.id)
  // The search list of surnames keeps a name only while some registration still has it.
  const names = oldSurnames.map((r) => r.name).filter(Boolean)
  if (names.length > 0) {
    await tx
      .delete(registrationSurnames)
      .where(
        and(
          inArray(registrationSurnames.surnameSearch, names),
          sql`not exists (select 1 from ${registrations} r where r.surname_search = ${registrationSurnames.surnameSearch})`,
        ),
      )
  }
  if (registrationIds.length > 0) {
    await tx
      .update(registrationCredentials)
      .set({ document: sql`jsonb_build_object('id', ${registrationCredentials.credentialId}, 'erased', true)` })
      .where(inArray(registrationCredentials.registrationId, registrationIds))
  }
  let evidence: SQL | undefined
  if (registrationIds.length > 0) {
    const mine = inArray(selfReportedActivities.registrationId, registrationIds)
    await tx.update(selfReportedActivities).set({ title: '', description: '' }).where(mine)
    evidence = inArray(
      documents.id,
      tx.select({ id: selfReportedActivities.evidenceDocumentId }).from(selfReportedActivities).where(mine),
    )
    await tx
      .update(reregistrationRequests)
      .set({ reason: '' })
      .where(inArray(reregistrationRequests.registrationId, registrationIds))
  }
  await eraseFromProviderRecords(tx, registrationIds, email)
  const docs = await tx
    .update(documents)
    .set({ originalName: 'gewist', sha256: '' })
    .where(and(or(eq(documents.ownerUserId, userId), evidence), isNotNull(documents.storagePath)))
    .returning({ storagePath: documents.storagePath })
  await tx.update(dataRequests).set({ details: '' }).where(eq(dataRequests.userId, userId))
  return { registrationIds, documentKeys: docs.map((d) => d.storagePath) }
}

/**
 * Attendance imports keep their check report, and API calls their answer (for replays); the rows about the person
 * lose the name and the value they were found by (an e-mail address). The registration number stays (it is kept).
 */
async function eraseFromProviderRecords(tx: DbOrTx, registrationIds: string[], email: string) {
  const ids =
    registrationIds.length > 0
      ? sql`(${sql.join(
          registrationIds.map((id) => sql`${id}`),
          sql`, `,
        )})`
      : sql`(null)`
  const aboutPerson = (row: SQL) =>
    sql`((${row}->>'registrationId') in ${ids} or lower(${row}->>'value') = lower(${email}::text))`
  const scrubbed = (list: SQL) =>
    sql`(select coalesce(jsonb_agg(case when ${aboutPerson(sql`x.e`)} then (x.e - 'name') || '{"value": ""}'::jsonb else x.e end order by x.n), '[]'::jsonb) from jsonb_array_elements(${list}) with ordinality as x(e, n))`
  const mentions = (list: SQL) =>
    sql`exists (select 1 from jsonb_array_elements(${list}) as y(e) where ${aboutPerson(sql`y.e`)})`
  await tx
    .update(attendanceImports)
    .set({ report: sql`${scrubbed(sql`${attendanceImports.report}`)}` })
    .where(mentions(sql`${attendanceImports.report}`))
  const body = sql`${idempotencyRecords.responseBody}`
  const results = sql`(case when jsonb_typeof(${body}->'results') = 'array' then ${body}->'results' else '[]'::jsonb end)`
  await tx
    .update(idempotencyRecords)
    .set({ responseBody: sql`jsonb_set(${idempotencyRecords.responseBody}, '{results}', ${scrubbed(results)})` })
    .where(mentions(results))
}

/** After the erasure: the requests are kept, without the person. */
export async function detachDataRequests(tx: DbOrTx, userId: string) {
  await tx.update(dataRequests).set({ userId: null }).where(eq(dataRequests.userId, userId))
}
