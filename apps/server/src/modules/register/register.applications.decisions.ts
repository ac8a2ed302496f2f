// The register office's decisions on an application (approve, reject, ask for information) and the applicant's
// answer. Each runs in one transaction on the locked application row: two people deciding at once are served one
// after the other, and the second gets a 409 because the application is no longer in the queue.
import type { AppDeps } from '../../app.ts'
import type { Tx } from '../../db/client.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { authorize } from '../../platform/auth/policy.ts'
import { issuerOf } from '../../platform/credentials/issuer-cache.ts'
import { AppError, badRequest, conflict, forbidden, notFound, unauthenticated } from '../../platform/http/errors.ts'
import { enqueueMail } from '../../platform/mail/mail.service.ts'
import { documentStorage, storeDocument } from '../../platform/storage/storage.service.ts'
import type { DocumentRow } from '../../platform/storage/storage.tables.ts'
import { type ApplicationForm, statusForErrors } from './register.applications.form.ts'
import { type ApplicationMessageKey, applicationMessage } from './register.applications.messages.ts'
import * as repo from './register.applications.repository.ts'
import { type ApplicationState, applicationMessages } from './register.applications.tables.ts'
import { issueRegistrationCredential } from './register.credentials.ts'
import {
  applicationApprovedMail,
  applicationRejectedMail,
  informationRequestedMail,
  type MailPerson,
} from './register.mails.ts'
import { canRegister } from './register.policy.ts'
import { changeStatus, todayInNetherlands } from './register.status.ts'

export const MAX_MESSAGE = 5000
export const ANSWER_FILE_FIELD = 'document'

type Locked = NonNullable<Awaited<ReturnType<typeof repo.lockApplication>>>

/** Loads and locks the application, checks who may decide and that it is in one of `states`, then runs `work`. */
async function decide<T>(
  deps: AppDeps,
  ctx: RequestContext,
  applicationId: string,
  states: ApplicationState[],
  work: (tx: Tx, application: Locked, now: Date) => Promise<T>,
): Promise<T> {
  authorize(canRegister, ctx.actor, 'reviewApplication', undefined)
  const actor = ctx.actor
  return deps.database.db.transaction(async (tx) => {
    const application = await repo.lockApplication(tx, applicationId)
    if (!application) throw notFound(applicationMessage(ctx.locale, 'applicationNotFound'))
    if (!canRegister(actor, 'decideApplication', { userId: application.userId })) {
      throw forbidden(applicationMessage(ctx.locale, 'ownApplication'))
    }
    if (!states.includes(application.state)) {
      const key = application.state === 'info-requested' ? 'waitingForAnswer' : 'alreadyDecided'
      throw conflict(applicationMessage(ctx.locale, key, { state: application.state }))
    }
    return work(tx, application, deps.clock())
  })
}

/** Moves the locked application on; the `where state in (…)` makes a lost race a 409 rather than a double write. */
async function moveState(
  tx: Tx,
  ctx: RequestContext,
  application: Locked,
  from: ApplicationState[],
  set: Parameters<typeof repo.updateApplicationState>[3],
) {
  if (!(await repo.updateApplicationState(tx, application.id, from, set))) {
    throw conflict(applicationMessage(ctx.locale, 'alreadyDecided', { state: application.state }))
  }
}

function requiredText(ctx: RequestContext, value: string | undefined, field: string, key: ApplicationMessageKey) {
  const text = (value ?? '').trim()
  const invalid = applicationMessage(ctx.locale, 'invalid')
  if (text === '') {
    throw badRequest(invalid, [
      { in: 'body', name: field, code: 'required', reason: applicationMessage(ctx.locale, key) },
    ])
  }
  if (text.length > MAX_MESSAGE) {
    const reason = applicationMessage(ctx.locale, 'tooLong', { limit: MAX_MESSAGE })
    throw badRequest(invalid, [{ in: 'body', name: field, code: 'maxLength', reason }])
  }
  return text
}

async function contactOf(tx: Tx, registrationId: string): Promise<MailPerson> {
  const contact = await repo.findRegistrantContact(tx, registrationId)
  return contact!
}

async function audit(tx: Tx, ctx: RequestContext, action: string, application: Locked, now: Date, details = {}) {
  await recordAudit(tx, ctx, {
    action: `register.application.${action}`,
    objectType: 'registration-application',
    objectId: application.id,
    result: 'success',
    details: { registrationId: application.registrationId, ...details },
    occurredAt: now,
  })
}

/** Approves: the registration becomes registered today (number, first cycle), a credential is issued, mail sent. */
export async function approve(deps: AppDeps, ctx: RequestContext, applicationId: string) {
  authorize(canRegister, ctx.actor, 'reviewApplication', undefined)
  const issuer = await issuerOf(deps)
  return decide(deps, ctx, applicationId, ['submitted'], async (tx, application, now) => {
    await moveState(tx, ctx, application, ['submitted'], {
      state: 'approved',
      decidedAt: now,
      decidedById: ctx.actor!.userId,
    })
    const result = await changeStatus(tx, deps, ctx, application.registrationId, {
      action: { type: 'approve' },
      effectiveDate: todayInNetherlands(deps),
      reason: '',
    })
    const cycle = result.openedCycle!
    const { credentialId } = await issueRegistrationCredential(tx, deps, application.registrationId, cycle, issuer)
    await audit(tx, ctx, 'approved', application, now, { registrationNumber: result.registrationNumber, credentialId })
    const detail = await repo.findApplicationDetail(tx, application.id)
    await enqueueMail(
      deps,
      tx,
      applicationApprovedMail(
        await contactOf(tx, application.registrationId),
        deps.config.publicUrl,
        detail!.registerName,
        result.registrationNumber!,
        cycle.endDate,
      ),
    )
    return {
      id: application.id,
      state: 'approved' as const,
      registrationNumber: result.registrationNumber!,
      cycle: { startDate: cycle.startDate, endDate: cycle.endDate },
    }
  })
}

/** Rejects with a reason (shown to the applicant); the registration becomes rejected. */
export function reject(deps: AppDeps, ctx: RequestContext, applicationId: string, body: { reason?: string }) {
  const reason = requiredText(ctx, body.reason, 'reason', 'reasonRequired')
  const open: ApplicationState[] = ['submitted', 'info-requested']
  return decide(deps, ctx, applicationId, open, async (tx, application, now) => {
    await moveState(tx, ctx, application, open, {
      state: 'rejected',
      decidedAt: now,
      decidedById: ctx.actor!.userId,
      decisionReason: reason,
    })
    await changeStatus(tx, deps, ctx, application.registrationId, {
      action: { type: 'reject' },
      effectiveDate: todayInNetherlands(deps),
      reason,
    })
    await audit(tx, ctx, 'rejected', application, now)
    const detail = await repo.findApplicationDetail(tx, application.id)
    await enqueueMail(
      deps,
      tx,
      applicationRejectedMail(
        await contactOf(tx, application.registrationId),
        deps.config.publicUrl,
        application.id,
        detail!.registerName,
        reason,
      ),
    )
    return { id: application.id, state: 'rejected' as const }
  })
}

/** Asks the applicant for more information: the application leaves the queue until the answer arrives. */
export function requestInformation(
  deps: AppDeps,
  ctx: RequestContext,
  applicationId: string,
  body: { question?: string },
) {
  const question = requiredText(ctx, body.question, 'question', 'questionRequired')
  return decide(deps, ctx, applicationId, ['submitted'], async (tx, application, now) => {
    await moveState(tx, ctx, application, ['submitted'], { state: 'info-requested' })
    await tx.insert(applicationMessages).values({
      applicationId: application.id,
      kind: 'info-request',
      authorId: ctx.actor!.userId,
      body: question,
      createdAt: now,
    })
    await audit(tx, ctx, 'information-requested', application, now)
    await enqueueMail(
      deps,
      tx,
      informationRequestedMail(
        await contactOf(tx, application.registrationId),
        deps.config.publicUrl,
        application.id,
        question,
      ),
    )
    return { id: application.id, state: 'info-requested' as const }
  })
}

/** The applicant answers a question (optionally with a file); the application goes back to the end of the queue. */
export async function answer(deps: AppDeps, ctx: RequestContext, applicationId: string, form: ApplicationForm) {
  if (!ctx.actor) throw unauthenticated()
  const actor = ctx.actor
  const locale = ctx.locale
  const errors = [...form.fileErrors]
  const text = (form.fields.body ?? '').trim()
  if (text === '') {
    errors.push({ in: 'body', name: 'body', code: 'required', reason: applicationMessage(locale, 'answerRequired') })
  } else if (text.length > MAX_MESSAGE) {
    const reason = applicationMessage(locale, 'tooLong', { limit: MAX_MESSAGE })
    errors.push({ in: 'body', name: 'body', code: 'maxLength', reason })
  }
  for (const name of Object.keys(form.fields)) {
    if (name !== 'body') {
      const reason = applicationMessage(locale, 'unknownField')
      errors.push({ in: 'body', name, code: 'additionalProperties', reason })
    }
  }
  let stored: DocumentRow | undefined
  try {
    return await deps.database.db.transaction(async (tx) => {
      const application = await repo.lockApplication(tx, applicationId)
      if (!application || !canRegister(actor, 'readApplication', { userId: application.userId })) {
        throw notFound(applicationMessage(locale, 'applicationNotFound'))
      }
      authorize(canRegister, actor, 'answerApplication', { userId: application.userId })
      if (errors.length > 0) {
        const status = statusForErrors(errors)
        const detail = status === 413 ? errors[0]!.reason : applicationMessage(locale, 'invalid')
        throw new AppError(status, status === 413 ? 'file-too-large' : 'invalid-input', detail, errors)
      }
      if (application.state !== 'info-requested') throw conflict(applicationMessage(locale, 'notWaitingForAnswer'))
      const now = deps.clock()
      if (form.file) {
        stored = await storeDocument(deps, tx, {
          ownerUserId: actor.userId,
          purpose: 'application-answer',
          fileName: form.file.fileName,
          buffer: form.file.bytes,
          field: ANSWER_FILE_FIELD,
          locale,
        })
      }
      await tx.insert(applicationMessages).values({
        applicationId: application.id,
        kind: 'answer',
        authorId: actor.userId,
        body: text,
        documentId: stored?.id ?? null,
        createdAt: now,
      })
      await moveState(tx, ctx, application, ['info-requested'], { state: 'submitted', queuedAt: now })
      await audit(tx, ctx, 'answered', application, now, { documentId: stored?.id })
      return { id: application.id, state: 'submitted' as const }
    })
  } catch (error) {
    if (stored)
      await documentStorage(deps)
        .delete(stored.storagePath)
        .catch(() => {})
    throw error
  }
}
