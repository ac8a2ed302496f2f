// Drizzle queries of the self-reported activities. Lists join registrations, registers and users read-only
// (decision 006); writes touch only this module's tables.
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { DbOrTx } from '../../db/client.ts'
import { documents } from '../../platform/storage/storage.tables.ts'
import { users } from '../identity/identity.tables.ts'
import { registers, registrations } from '../register/register.tables.ts'
import { REPORTING_STATUSES } from './points.self-reports.policy.ts'
import { type SelfReportState, selfReportedActivities } from './points.self-reports.tables.ts'
import { pointsSettings } from './points.tables.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
export const isUuid = (value: string) => UUID.test(value)

export const DEFAULT_SPOT_CHECK_PERCENT = 10

/** A person's registrations that collect points (registered or suspended), with what the forms show. */
export function findReportingRegistrations(db: DbOrTx, userId: string) {
  return db
    .select({
      id: registrations.id,
      userId: registrations.userId,
      status: registrations.status,
      registerId: registrations.registerId,
      registerName: registers.name,
      registrationNumber: registrations.registrationNumber,
      initials: registrations.initials,
      infix: registrations.infix,
      surname: registrations.surname,
    })
    .from(registrations)
    .innerJoin(registers, eq(registers.id, registrations.registerId))
    .where(and(eq(registrations.userId, userId), inArray(registrations.status, [...REPORTING_STATUSES])))
    .orderBy(asc(registers.name))
}

export type NewSelfReport = typeof selfReportedActivities.$inferInsert

export async function insertSelfReport(tx: DbOrTx, values: NewSelfReport) {
  const [row] = await tx.insert(selfReportedActivities).values(values).returning()
  return row!
}

/** The self-report with its owner and register, locked for the rest of the transaction. */
export async function lockSelfReport(tx: DbOrTx, id: string) {
  if (!isUuid(id)) return undefined
  const [row] = await tx
    .select({
      report: selfReportedActivities,
      ownerUserId: registrations.userId,
      registerId: registrations.registerId,
    })
    .from(selfReportedActivities)
    .innerJoin(registrations, eq(registrations.id, selfReportedActivities.registrationId))
    .where(eq(selfReportedActivities.id, id))
    .for('update', { of: selfReportedActivities })
  return row
}

/** Moves a self-report on only when it is still in one of `from`; false when another change came first. */
export async function updateSelfReport(
  tx: DbOrTx,
  id: string,
  from: SelfReportState[],
  set: Partial<typeof selfReportedActivities.$inferInsert>,
  extra?: SQL,
) {
  const rows = await tx
    .update(selfReportedActivities)
    .set(set)
    .where(and(eq(selfReportedActivities.id, id), inArray(selfReportedActivities.state, from), extra))
    .returning({ id: selfReportedActivities.id })
  return rows.length === 1
}

export const notYetSpotChecked = () => isNull(selfReportedActivities.spotCheckedAt)

const reviewer = alias(users, 'reviewer')

const summary = {
  id: selfReportedActivities.id,
  registrationId: selfReportedActivities.registrationId,
  registrationNumber: registrations.registrationNumber,
  registerName: registers.name,
  initials: registrations.initials,
  infix: registrations.infix,
  surname: registrations.surname,
  kind: selfReportedActivities.kind,
  title: selfReportedActivities.title,
  activityDate: selfReportedActivities.activityDate,
  hours: selfReportedActivities.hours,
  requestedCategory: selfReportedActivities.requestedCategory,
  evidenceKind: selfReportedActivities.evidenceKind,
  state: selfReportedActivities.state,
  submittedAt: selfReportedActivities.submittedAt,
  reviewedAt: selfReportedActivities.reviewedAt,
  pointsGranted: selfReportedActivities.pointsGranted,
  categoryGranted: selfReportedActivities.categoryGranted,
  decisionReason: selfReportedActivities.decisionReason,
  spotCheck: selfReportedActivities.spotCheck,
  spotCheckedAt: selfReportedActivities.spotCheckedAt,
  spotCheckOutcome: selfReportedActivities.spotCheckOutcome,
}

async function page(db: DbOrTx, where: SQL | undefined, order: SQL[], pageNo: number, pageSize: number) {
  const items = await db
    .select(summary)
    .from(selfReportedActivities)
    .innerJoin(registrations, eq(registrations.id, selfReportedActivities.registrationId))
    .innerJoin(registers, eq(registers.id, registrations.registerId))
    .where(where)
    .orderBy(...order)
    .limit(pageSize)
    .offset((pageNo - 1) * pageSize)
  const [total] = await db
    .select({ n: count() })
    .from(selfReportedActivities)
    .innerJoin(registrations, eq(registrations.id, selfReportedActivities.registrationId))
    .where(where)
  return { items, total: total!.n }
}

export type SelfReportSummaryRow = Awaited<ReturnType<typeof page>>['items'][number]

/** The register office's queue: submitted activities, longest waiting first. */
export const findQueue = (db: DbOrTx, pageNo: number, pageSize: number) =>
  page(
    db,
    eq(selfReportedActivities.state, 'submitted'),
    [asc(selfReportedActivities.submittedAt), asc(selfReportedActivities.id)],
    pageNo,
    pageSize,
  )

/** One person's self-reported activities, newest first. */
export const findOfUser = (db: DbOrTx, userId: string, pageNo: number, pageSize: number) =>
  page(
    db,
    eq(registrations.userId, userId),
    [desc(selfReportedActivities.submittedAt), desc(selfReportedActivities.id)],
    pageNo,
    pageSize,
  )

/** Approved activities drawn for the spot check: still to check (`open`) or checked (`done`), oldest first. */
export const findSpotChecks = (db: DbOrTx, status: 'open' | 'done', pageNo: number, pageSize: number) =>
  page(
    db,
    and(
      eq(selfReportedActivities.spotCheck, true),
      eq(selfReportedActivities.state, 'approved'),
      status === 'open'
        ? isNull(selfReportedActivities.spotCheckedAt)
        : isNotNull(selfReportedActivities.spotCheckedAt),
    ),
    [asc(selfReportedActivities.reviewedAt), asc(selfReportedActivities.id)],
    pageNo,
    pageSize,
  )

/** Everything the detail page shows: the activity, whose it is, the evidence and who reviewed it. */
export async function findDetail(db: DbOrTx, id: string) {
  if (!isUuid(id)) return undefined
  const [row] = await db
    .select({
      ...summary,
      description: selfReportedActivities.description,
      ownerUserId: registrations.userId,
      evidenceId: documents.id,
      evidenceName: documents.originalName,
      evidenceMediaType: documents.mediaType,
      evidenceSize: documents.sizeBytes,
      reviewerGivenName: reviewer.givenName,
      reviewerFamilyName: reviewer.familyName,
    })
    .from(selfReportedActivities)
    .innerJoin(registrations, eq(registrations.id, selfReportedActivities.registrationId))
    .innerJoin(registers, eq(registers.id, registrations.registerId))
    .innerJoin(documents, eq(documents.id, selfReportedActivities.evidenceDocumentId))
    .leftJoin(reviewer, eq(reviewer.id, selfReportedActivities.reviewedById))
    .where(eq(selfReportedActivities.id, id))
  return row
}

/** The share of approvals drawn for the spot check in a register (10 % when the register office set none). */
export async function spotCheckPercentOf(db: DbOrTx, registerId: string): Promise<number> {
  const [row] = await db
    .select({ percent: pointsSettings.spotCheckPercent })
    .from(pointsSettings)
    .where(eq(pointsSettings.registerId, registerId))
  return row?.percent ?? DEFAULT_SPOT_CHECK_PERCENT
}

/** Every register with its spot-check share. */
export function findSettings(db: DbOrTx) {
  return db
    .select({
      registerId: registers.id,
      registerName: registers.name,
      spotCheckPercent: pointsSettings.spotCheckPercent,
      updatedAt: pointsSettings.updatedAt,
    })
    .from(registers)
    .leftJoin(pointsSettings, eq(pointsSettings.registerId, registers.id))
    .orderBy(asc(registers.name))
}

export async function findRegisterName(db: DbOrTx, registerId: string) {
  if (!isUuid(registerId)) return undefined
  const [row] = await db.select({ name: registers.name }).from(registers).where(eq(registers.id, registerId))
  return row?.name
}

export async function upsertSettings(tx: DbOrTx, registerId: string, percent: number, userId: string, now: Date) {
  const [before] = await tx
    .select({ percent: pointsSettings.spotCheckPercent })
    .from(pointsSettings)
    .where(eq(pointsSettings.registerId, registerId))
    .for('update')
  await tx
    .insert(pointsSettings)
    .values({ registerId, spotCheckPercent: percent, updatedById: userId, updatedAt: now })
    .onConflictDoUpdate({
      target: pointsSettings.registerId,
      set: { spotCheckPercent: percent, updatedById: userId, updatedAt: now },
    })
  return before?.percent ?? DEFAULT_SPOT_CHECK_PERCENT
}

/** Where the decision mail goes. */
export async function findContact(db: DbOrTx, registrationId: string) {
  const [row] = await db
    .select({ email: users.email, givenName: users.givenName, locale: users.locale })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .where(eq(registrations.id, registrationId))
  return row
}
