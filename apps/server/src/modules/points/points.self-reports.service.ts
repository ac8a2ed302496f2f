// Self-reported activities (zelf ingebrachte activiteiten): a professional reports an activity that was not
// accredited, with evidence; lists, one activity, withdrawing, and the declaration form to have signed.
// The register office's decisions live in points.self-reports.decisions.ts.
import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import {
  AppError,
  conflict,
  type FieldError,
  forbidden,
  notFound,
  unauthenticated,
} from '../../platform/http/errors.ts'
import { documentStorage, storeDocument } from '../../platform/storage/storage.service.ts'
import type { DocumentRow } from '../../platform/storage/storage.tables.ts'
import { type ApplicationForm, statusForErrors } from '../register/register.applications.form.ts'
import { cycleOn, cyclesOfRegistrations } from '../register/register.cycles.service.ts'
import { todayInNetherlands } from '../register/register.status.ts'
import { renderDeclarationForm } from './points.self-reports.declaration.ts'
import { selfReportMessage } from './points.self-reports.messages.ts'
import { canSelfReport } from './points.self-reports.policy.ts'
import * as repo from './points.self-reports.repository.ts'
import { SELF_REPORT_KINDS, type SelfReportKind } from './points.self-reports.tables.ts'
import { POINT_CATEGORIES, type PointCategory } from './points.tables.ts'

export const EVIDENCE_FIELD = 'evidence'
export const MAX_HOURS = 200
export const MAX_TITLE = 200
export const MAX_DESCRIPTION = 5000
const FIELDS = [
  'registrationId',
  'kind',
  'title',
  'description',
  'activityDate',
  'hours',
  'requestedCategory',
  'evidenceKind',
  EVIDENCE_FIELD,
]
const order = (name: string) => (FIELDS.includes(name) ? FIELDS.indexOf(name) : FIELDS.length)
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const isDate = (value: string) => ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)

/** Hours (and points) as typed: `1.5` or `1,5`, more than 0, at most two decimals. Null when not a number. */
export function parseHours(value: string): number | null {
  const text = value.trim().replace(',', '.')
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(text)) return null
  return Number(text)
}

/** True when the number has at most two decimals (e.g. 1.25, not 1.255). */
export const hasTwoDecimals = (value: number) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6

type Registration = Awaited<ReturnType<typeof repo.findReportingRegistrations>>[number]

export const fullName = (r: { initials: string; infix: string; surname: string }) =>
  [r.initials, r.infix, r.surname].filter((part) => part.trim() !== '').join(' ')

/** Which of the person's registrations: the one asked for, or the only one. */
function chooseRegistration(registrations: Registration[], requested: string | undefined) {
  if (requested !== undefined && requested !== '') return registrations.find((r) => r.id === requested) ?? 'unknown'
  return registrations.length === 1 ? registrations[0]! : 'required'
}

/** Every problem with the form at once, in the order of the form; throws one 400 (or 413) listing them all. */
async function checkForm(deps: AppDeps, ctx: RequestContext, registrations: Registration[], form: ApplicationForm) {
  const locale = ctx.locale
  const errors: FieldError[] = [...form.fileErrors]
  const add = (name: string, code: string, key: Parameters<typeof selfReportMessage>[1], limit?: number) =>
    errors.push({ in: 'body', name, code, reason: selfReportMessage(locale, key, { limit }) })
  const f = form.fields
  for (const name of Object.keys(f)) if (!FIELDS.includes(name)) add(name, 'additionalProperties', 'unknownField')

  const registration = chooseRegistration(registrations, f.registrationId)
  if (registration === 'unknown') add('registrationId', 'unknown', 'registrationUnknown')
  if (registration === 'required') add('registrationId', 'required', 'registrationRequired')

  const kind = (f.kind ?? '').trim()
  if (kind === '') add('kind', 'required', 'kindRequired')
  else if (!(SELF_REPORT_KINDS as readonly string[]).includes(kind)) add('kind', 'enum', 'kindUnknown')

  const title = (f.title ?? '').trim()
  if (title === '') add('title', 'required', 'titleRequired')
  else if (title.length > MAX_TITLE) add('title', 'maxLength', 'tooLong', MAX_TITLE)
  const description = (f.description ?? '').trim()
  if (description.length > MAX_DESCRIPTION) add('description', 'maxLength', 'tooLong', MAX_DESCRIPTION)

  const activityDate = (f.activityDate ?? '').trim()
  if (activityDate === '') add('activityDate', 'required', 'dateRequired')
  else if (!isDate(activityDate)) add('activityDate', 'format', 'dateFormat')
  else if (activityDate > todayInNetherlands(deps)) add('activityDate', 'maximum', 'dateInFuture')
  else if (typeof registration === 'object') {
    const cycles = await cyclesOfRegistrations(deps.database.db, [registration.id])
    if (!cycleOn(cycles, registration.id, activityDate)) add('activityDate', 'outsideCycle', 'dateOutsideCycle')
  }

  const hoursText = (f.hours ?? '').trim()
  const hours = parseHours(hoursText)
  if (hoursText === '') add('hours', 'required', 'hoursRequired')
  else if (hours === null) add('hours', 'format', 'hoursFormat')
  else if (hours <= 0) add('hours', 'exclusiveMinimum', 'hoursPositive')
  else if (hours > MAX_HOURS) add('hours', 'maximum', 'hoursTooMany', MAX_HOURS)

  const category = (f.requestedCategory ?? '').trim()
  if (category === '') add('requestedCategory', 'required', 'categoryRequired')
  else if (!(POINT_CATEGORIES as readonly string[]).includes(category))
    add('requestedCategory', 'enum', 'categoryUnknown')

  const evidenceKind = (f.evidenceKind ?? '').trim()
  if (evidenceKind === '') add('evidenceKind', 'required', 'evidenceKindRequired')
  else if (evidenceKind !== 'upload' && evidenceKind !== 'declaration')
    add('evidenceKind', 'enum', 'evidenceKindUnknown')

  if (!form.file && !form.fileErrors.some((e) => e.name === EVIDENCE_FIELD))
    add(EVIDENCE_FIELD, 'required', 'evidenceRequired')

  if (errors.length > 0 || typeof registration !== 'object' || !form.file) {
    const sorted = [...errors].sort((a, b) => order(a.name) - order(b.name))
    const status = statusForErrors(sorted)
    const detail = status === 413 ? sorted[0]!.reason : selfReportMessage(locale, 'invalid')
    throw new AppError(status, status === 413 ? 'file-too-large' : 'invalid-input', detail, sorted)
  }
  return {
    registration,
    file: form.file,
    values: {
      kind: kind as SelfReportKind,
      title,
      description,
      activityDate,
      hours: hours!,
      requestedCategory: category as PointCategory,
      evidenceKind: evidenceKind as 'upload' | 'declaration',
    },
  }
}

/**
 * Reports an activity with its evidence. Bad input stores nothing: the file is kept only after every check, and
 * removed again when the transaction fails.
 */
export async function submit(deps: AppDeps, ctx: RequestContext, form: ApplicationForm) {
  if (!ctx.actor) throw unauthenticated()
  const actor = ctx.actor
  const registrations = await repo.findReportingRegistrations(deps.database.db, actor.userId)
  if (registrations.length === 0) throw forbidden(selfReportMessage(ctx.locale, 'notRegistered'))
  const { registration, file, values } = await checkForm(deps, ctx, registrations, form)
  authorize(canSelfReport, actor, 'submit', {
    ownerUserId: registration.userId,
    registrationStatus: registration.status,
  })
  let stored: DocumentRow | undefined
  try {
    return await deps.database.db.transaction(async (tx) => {
      const now = deps.clock()
      stored = await storeDocument(deps, tx, {
        ownerUserId: actor.userId,
        purpose: 'self-report-evidence',
        fileName: file.fileName,
        buffer: file.bytes,
        field: EVIDENCE_FIELD,
        locale: ctx.locale,
      })
      const row = await repo.insertSelfReport(tx, {
        registrationId: registration.id,
        ...values,
        evidenceDocumentId: stored.id,
        state: 'submitted',
        submittedAt: now,
      })
      await recordAudit(tx, ctx, {
        action: 'points.self-report.submitted',
        objectType: 'self-reported-activity',
        objectId: row.id,
        result: 'success',
        details: {
          registrationId: registration.id,
          kind: values.kind,
          hours: values.hours,
          requestedCategory: values.requestedCategory,
          evidenceKind: values.evidenceKind,
          evidenceDocumentId: stored.id,
        },
        occurredAt: now,
      })
      return { id: row.id, state: row.state }
    })
  } catch (error) {
    if (stored)
      await documentStorage(deps)
        .delete(stored.storagePath)
        .catch(() => {})
    throw error
  }
}

/** Withdraws an activity that was not decided yet; only its owner may. */
export async function withdraw(deps: AppDeps, ctx: RequestContext, id: string) {
  if (!ctx.actor) throw unauthenticated()
  const actor = ctx.actor
  return deps.database.db.transaction(async (tx) => {
    const row = await repo.lockSelfReport(tx, id)
    if (!row || !canSelfReport(actor, 'read', { ownerUserId: row.ownerUserId }))
      throw notFound(selfReportMessage(ctx.locale, 'notFound'))
    authorize(canSelfReport, actor, 'withdraw', { ownerUserId: row.ownerUserId })
    const state = row.report.state
    if (state !== 'submitted' || !(await repo.updateSelfReport(tx, id, ['submitted'], { state: 'withdrawn' })))
      throw conflict(selfReportMessage(ctx.locale, 'notSubmitted', { state }))
    const now = deps.clock()
    await recordAudit(tx, ctx, {
      action: 'points.self-report.withdrawn',
      objectType: 'self-reported-activity',
      objectId: id,
      result: 'success',
      details: { registrationId: row.report.registrationId },
      occurredAt: now,
    })
    return { id, state: 'withdrawn' as const }
  })
}

const iso = (date: Date | null) => date?.toISOString() ?? null

/** A list row as the API shows it; the spot-check draw is not part of it (the professional does not see it). */
export const toSummary = (row: repo.SelfReportSummaryRow) => ({
  id: row.id,
  registrationId: row.registrationId,
  registrationNumber: row.registrationNumber,
  registerName: row.registerName,
  initials: row.initials,
  infix: row.infix,
  surname: row.surname,
  kind: row.kind,
  title: row.title,
  activityDate: row.activityDate,
  hours: row.hours,
  requestedCategory: row.requestedCategory,
  evidenceKind: row.evidenceKind,
  state: row.state,
  submittedAt: row.submittedAt.toISOString(),
  reviewedAt: iso(row.reviewedAt),
  pointsGranted: row.pointsGranted,
  categoryGranted: row.categoryGranted,
  decisionReason: row.decisionReason,
  pointsWithdrawn: row.spotCheckOutcome === 'corrected',
})

type Paging = { page: number; pageSize: number }
const paged = <T>(query: Paging, result: { items: T[]; total: number }) => ({
  items: result.items,
  page: query.page,
  pageSize: query.pageSize,
  total: result.total,
})

/** The activities of the person logged in (every registration), newest first. */
export async function listMine(deps: AppDeps, ctx: RequestContext, query: Paging) {
  if (!ctx.actor) throw unauthenticated()
  const result = await repo.findOfUser(deps.database.db, ctx.actor.userId, query.page, query.pageSize)
  return paged(query, { items: result.items.map(toSummary), total: result.total })
}

/** The register office's queue: submitted activities, longest waiting first. */
export async function listQueue(deps: AppDeps, ctx: RequestContext, query: Paging) {
  authorize(canSelfReport, ctx.actor, 'review', undefined)
  const result = await repo.findQueue(deps.database.db, query.page, query.pageSize)
  return paged(query, { items: result.items.map(toSummary), total: result.total })
}

/**
 * One activity for its owner or the register office; anyone else gets the same 404 as for one that does not
 * exist. `permissions` tells the UI what this person may do now; `spotCheck` is only for the register office.
 */
export async function getSelfReport(deps: AppDeps, ctx: RequestContext, id: string) {
  if (!ctx.actor) throw unauthenticated()
  const actor = ctx.actor
  const row = await repo.findDetail(deps.database.db, id)
  const owner = row ? { ownerUserId: row.ownerUserId } : undefined
  if (!row || !canSelfReport(actor, 'read', owner)) throw notFound(selfReportMessage(ctx.locale, 'notFound'))
  const decide = canSelfReport(actor, 'decide', owner)
  const office = canSelfReport(actor, 'review', undefined)
  return {
    ...toSummary(row),
    description: row.description,
    evidence: {
      id: row.evidenceId,
      fileName: row.evidenceName,
      mediaType: row.evidenceMediaType,
      sizeBytes: row.evidenceSize,
    },
    reviewedBy: office && row.reviewerFamilyName !== null ? `${row.reviewerGivenName} ${row.reviewerFamilyName}` : null,
    spotCheck: office
      ? { drawn: row.spotCheck, checkedAt: iso(row.spotCheckedAt), outcome: row.spotCheckOutcome }
      : null,
    permissions: {
      withdraw: canSelfReport(actor, 'withdraw', owner) && row.state === 'submitted',
      approve: decide && row.state === 'submitted',
      reject: decide && row.state === 'submitted',
      spotCheck:
        canSelfReport(actor, 'spotCheck', owner) && row.state === 'approved' && row.spotCheck && !row.spotCheckedAt,
    },
  }
}

export interface DeclarationQuery {
  kind?: SelfReportKind
  registrationId?: string
  title?: string
  activityDate?: string
  hours?: string
}

/** The declaration form, pre-filled with the professional's name and number (and what they typed already). */
export async function declarationForm(deps: AppDeps, ctx: RequestContext, query: DeclarationQuery) {
  if (!ctx.actor) throw unauthenticated()
  const registrations = await repo.findReportingRegistrations(deps.database.db, ctx.actor.userId)
  if (registrations.length === 0) throw forbidden(selfReportMessage(ctx.locale, 'notRegistered'))
  const registration = chooseRegistration(registrations, query.registrationId)
  if (typeof registration !== 'object') {
    const key = registration === 'unknown' ? 'registrationUnknown' : 'registrationRequired'
    throw new AppError(400, 'invalid-input', selfReportMessage(ctx.locale, 'invalid'), [
      { in: 'query', name: 'registrationId', code: registration, reason: selfReportMessage(ctx.locale, key) },
    ])
  }
  authorize(canSelfReport, ctx.actor, 'submit', {
    ownerUserId: registration.userId,
    registrationStatus: registration.status,
  })
  const pdf = await renderDeclarationForm({
    locale: ctx.locale,
    registerName: registration.registerName,
    fullName: fullName(registration),
    registrationNumber: registration.registrationNumber ?? '',
    kind: query.kind ?? null,
    title: query.title?.trim(),
    activityDate: query.activityDate,
    hours: query.hours?.trim(),
  })
  const base = ctx.locale === 'en' ? 'declaration' : 'verklaring'
  return { pdf, fileName: `${base}-${registration.registrationNumber ?? 'activiteit'}.pdf` }
}
