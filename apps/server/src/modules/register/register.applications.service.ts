// Applying for a registration (first time, after a rejection, or re-entry) and reading applications.
import { eq } from 'drizzle-orm'
import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { AppError, conflict, type FieldError, notFound, unauthenticated } from '../../platform/http/errors.ts'
import { enqueueMail } from '../../platform/mail/mail.service.ts'
import { documentStorage, storeDocument } from '../../platform/storage/storage.service.ts'
import type { DocumentRow } from '../../platform/storage/storage.tables.ts'
import { type ApplicationForm, statusForErrors } from './register.applications.form.ts'
import { applicationMessage } from './register.applications.messages.ts'
import * as repo from './register.applications.repository.ts'
import { APPLY_FIELDS, type ApplyInput, checkApplyFields } from './register.applications.rules.ts'
import { type ApplicationState, registrationApplications } from './register.applications.tables.ts'
import { applicationReceivedMail } from './register.mails.ts'
import { canRegister } from './register.policy.ts'
import { normalizeSurname } from './register.rules.ts'
import { changeStatus, todayInNetherlands } from './register.status.ts'
import { registrationStatusChanges, registrations } from './register.tables.ts'

export const DIPLOMA_FIELD = 'diploma'
const FIELD_ORDER = [...APPLY_FIELDS.slice(0, 10), DIPLOMA_FIELD, ...APPLY_FIELDS.slice(10)] as string[]
const order = (name: string) => (FIELD_ORDER.includes(name) ? FIELD_ORDER.indexOf(name) : FIELD_ORDER.length)

const isUniqueViolation = (error: unknown) =>
  (error as { code?: string })?.code === '23505' || (error as { cause?: { code?: string } })?.cause?.code === '23505'

/** Every problem with the form, in the order of the form; throws one 400 (or 413) listing them all. */
async function checkApplication(deps: AppDeps, ctx: RequestContext, form: ApplicationForm) {
  const locale = ctx.locale
  const { input, errors } = checkApplyFields(form.fields, locale, todayInNetherlands(deps))
  const add = (name: string, code: string, reason: string) => errors.push({ in: 'body', name, code, reason })
  errors.push(...form.fileErrors)
  if (!form.file && !form.fileErrors.some((e) => e.name === DIPLOMA_FIELD)) {
    add(DIPLOMA_FIELD, 'required', applicationMessage(locale, 'diplomaRequired'))
  }
  const db = deps.database.db
  const register = input.register === '' ? undefined : await repo.findRegister(db, input.register)
  if (input.register !== '' && !register) add('registerId', 'unknown', applicationMessage(locale, 'registerUnknown'))
  if (register && input.profession !== '' && !register.professions.includes(input.profession)) {
    add('profession', 'enum', applicationMessage(locale, 'professionUnknown'))
  }
  const employer = input.employerOrganisationId
  if (employer && !errors.some((e) => e.name === 'employerOrganisationId')) {
    if (!(await repo.organisationExists(db, employer))) {
      add('employerOrganisationId', 'unknown', applicationMessage(locale, 'employerUnknown'))
    }
  }
  if (errors.length > 0 || !register || !form.file) {
    const sorted: FieldError[] = [...errors].sort((a, b) => order(a.name) - order(b.name))
    const status = statusForErrors(sorted)
    const detail = status === 413 ? sorted[0]!.reason : applicationMessage(locale, 'invalid')
    throw new AppError(status, status === 413 ? 'file-too-large' : 'invalid-input', detail, sorted)
  }
  return { input, register, file: form.file }
}

/**
 * Applies for a registration: a new candidate registration, or a rejected one again (`reapply`), or a lapsed or
 * removed one again (`re-enter`, keeping the number); plus the application with the diploma. Bad input changes
 * nothing: the file is stored only after every check, and removed again when the transaction fails.
 */
export async function apply(deps: AppDeps, ctx: RequestContext, form: ApplicationForm) {
  authorize(canRegister, ctx.actor, 'apply', undefined)
  const actor = ctx.actor
  const { input, register, file } = await checkApplication(deps, ctx, form)
  const text = (key: 'openApplication' | 'alreadyRegistered') => applicationMessage(ctx.locale, key)
  let stored: DocumentRow | undefined
  try {
    return await deps.database.db.transaction(async (tx) => {
      const now = deps.clock()
      const today = todayInNetherlands(deps)
      const details = registrationDetails(input, now)
      // A profession removed from the register meanwhile (that change locks the register row for update).
      const professions = await repo.shareLockRegisterProfessions(tx, register.id)
      if (!professions.includes(input.profession)) {
        const reason = applicationMessage(ctx.locale, 'professionUnknown')
        throw new AppError(400, 'invalid-input', applicationMessage(ctx.locale, 'invalid'), [
          { in: 'body', name: 'profession', code: 'enum', reason },
        ])
      }
      const existing = await repo.lockRegistrationOfUser(tx, register.id, actor.userId)
      let registrationId: string
      let kind: 'first' | 'reapply' | 're-entry' = 'first'
      if (!existing) {
        const [row] = await tx
          .insert(registrations)
          .values({ registerId: register.id, userId: actor.userId, status: 'candidate', ...details, createdAt: now })
          .returning({ id: registrations.id })
        registrationId = row!.id
        await tx.insert(registrationStatusChanges).values({
          registrationId,
          action: 'apply',
          fromStatus: null,
          toStatus: 'candidate',
          effectiveDate: today,
          actorId: actor.userId,
          decidedAt: now,
        })
        await recordAudit(tx, ctx, {
          action: 'register.registration.applied',
          objectType: 'registration',
          objectId: registrationId,
          result: 'success',
          details: { registerId: register.id, profession: input.profession },
          occurredAt: now,
        })
      } else {
        registrationId = existing.id
        if (existing.status === 'registered' || existing.status === 'suspended')
          throw conflict(text('alreadyRegistered'))
        if (await repo.hasOpenApplication(tx, registrationId)) throw conflict(text('openApplication'))
        await tx.update(registrations).set(details).where(eqId(registrationId))
        if (existing.status !== 'candidate') {
          kind = existing.status === 'rejected' ? 'reapply' : 're-entry'
          const action = existing.status === 'rejected' ? 'reapply' : 're-enter'
          await changeStatus(tx, deps, ctx, registrationId, {
            action: { type: action },
            effectiveDate: today,
            reason: '',
          })
        }
      }
      stored = await storeDocument(deps, tx, {
        ownerUserId: actor.userId,
        purpose: 'diploma',
        fileName: file.fileName,
        buffer: file.bytes,
        field: DIPLOMA_FIELD,
        locale: ctx.locale,
      })
      const [application] = await tx
        .insert(registrationApplications)
        .values({
          registrationId,
          state: 'submitted',
          educationInstitution: input.educationInstitution,
          educationProgramme: input.educationProgramme,
          educationDate: input.educationDate,
          diplomaDocumentId: stored.id,
          codeVersion: input.codeVersion,
          codeAcceptedAt: now,
          submittedAt: now,
          queuedAt: now,
        })
        .returning({ id: registrationApplications.id })
      const applicationId = application!.id
      await recordAudit(tx, ctx, {
        action: 'register.application.submitted',
        objectType: 'registration-application',
        objectId: applicationId,
        result: 'success',
        details: { registrationId, registerId: register.id, kind, diplomaDocumentId: stored.id },
        occurredAt: now,
      })
      const contact = await repo.findRegistrantContact(tx, registrationId)
      if (contact) {
        await enqueueMail(
          deps,
          tx,
          applicationReceivedMail(contact, deps.config.publicUrl, applicationId, register.name),
        )
      }
      return { id: applicationId, registrationId, kind }
    })
  } catch (error) {
    if (stored)
      await documentStorage(deps)
        .delete(stored.storagePath)
        .catch(() => {})
    if (isUniqueViolation(error)) throw conflict(text('openApplication'))
    throw error
  }
}

function registrationDetails(input: ApplyInput, now: Date) {
  return {
    profession: input.profession,
    employerOrganisationId: input.selfEmployed ? null : input.employerOrganisationId,
    selfEmployed: input.selfEmployed,
    initials: input.initials,
    infix: input.infix,
    surname: input.surname,
    surnameSearch: normalizeSurname(`${input.infix} ${input.surname}`),
    updatedAt: now,
  }
}

const eqId = (id: string) => eq(registrations.id, id)

type Summary = Awaited<ReturnType<typeof repo.findQueue>>['items'][number]

const toSummary = (row: Summary) => ({
  id: row.id,
  state: row.state,
  kind: row.kind,
  registerName: row.registerName,
  profession: row.profession,
  initials: row.initials,
  infix: row.infix,
  surname: row.surname,
  submittedAt: row.submittedAt.toISOString(),
  queuedAt: row.queuedAt.toISOString(),
  decidedAt: row.decidedAt?.toISOString() ?? null,
})

/** The register office's queue (oldest in the queue first). */
export async function listQueue(
  deps: AppDeps,
  ctx: RequestContext,
  query: { state: ApplicationState; page: number; pageSize: number },
) {
  authorize(canRegister, ctx.actor, 'reviewApplication', undefined)
  const { items, total } = await repo.findQueue(deps.database.db, query.state, query.page, query.pageSize)
  return { items: items.map(toSummary), page: query.page, pageSize: query.pageSize, total }
}

/** The applications of the person logged in, newest first. */
export async function listMine(deps: AppDeps, ctx: RequestContext, query: { page: number; pageSize: number }) {
  authorize(canRegister, ctx.actor, 'apply', undefined)
  const { items, total } = await repo.findApplicationsOfUser(
    deps.database.db,
    ctx.actor.userId,
    query.page,
    query.pageSize,
  )
  return { items: items.map(toSummary), page: query.page, pageSize: query.pageSize, total }
}

const documentOf = (id: string | null, fileName: string | null, mediaType: string | null, size: number | null) =>
  id === null ? null : { id, fileName: fileName!, mediaType: mediaType!, sizeBytes: size! }

/**
 * One application with its questions and answers, for the applicant or the register office; anyone else gets the
 * same 404 as for an application that does not exist. `permissions` tells the UI what this person may do now.
 */
export async function getApplication(deps: AppDeps, ctx: RequestContext, applicationId: string) {
  if (!ctx.actor) throw unauthenticated()
  const db = deps.database.db
  const row = await repo.findApplicationDetail(db, applicationId)
  if (!row || !canRegister(ctx.actor, 'readApplication', { userId: row.userId })) {
    throw notFound(applicationMessage(ctx.locale, 'applicationNotFound'))
  }
  const messages = await repo.findMessages(db, row.id)
  const decide = canRegister(ctx.actor, 'decideApplication', { userId: row.userId })
  const isOffice = canRegister(ctx.actor, 'reviewApplication', undefined)
  return {
    ...toSummary(row),
    registrationStatus: row.registrationStatus,
    registrationNumber: row.registrationNumber,
    registerId: row.registerId,
    employerOrganisationId: row.employerOrganisationId,
    employerName: row.employerName,
    selfEmployed: row.selfEmployed,
    educationInstitution: row.educationInstitution,
    educationProgramme: row.educationProgramme,
    educationDate: row.educationDate,
    codeVersion: row.codeVersion,
    codeAcceptedAt: row.codeAcceptedAt.toISOString(),
    decisionReason: row.decisionReason,
    applicantEmail: isOffice || row.userId === ctx.actor.userId ? row.applicantEmail : null,
    diploma: documentOf(row.diplomaId, row.diplomaName, row.diplomaMediaType, row.diplomaSize)!,
    messages: messages.map((m) => ({
      id: m.id,
      kind: m.kind,
      body: m.body,
      createdAt: m.createdAt.toISOString(),
      document: documentOf(m.documentId, m.documentName, m.documentMediaType, m.documentSize),
    })),
    permissions: {
      approve: decide && row.state === 'submitted',
      reject: decide && (row.state === 'submitted' || row.state === 'info-requested'),
      requestInformation: decide && row.state === 'submitted',
      answer: canRegister(ctx.actor, 'answerApplication', { userId: row.userId }) && row.state === 'info-requested',
    },
  }
}
