import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { enqueueMail } from '../../platform/mail/mail.service.ts'
import { authorizeOrAudit, loadOwnEvent } from './events.common.ts'
import { organiserMail } from './events.mails.ts'
import { EventFieldCheck, toCsv } from './events.rules.ts'
import type { MailingBody } from './events.schemas.ts'
import * as signUps from './events.sign-ups.repository.ts'

// The organiser's view of an event's sign-ups: places and the waiting list in order, as JSON or CSV, and a mail to
// everyone who signed up. Names and registration numbers only: no e-mail addresses leave.

const STATE_LABELS = { confirmed: 'aangemeld', offered: 'plaats aangeboden', waiting: 'wachtlijst' } as const

export async function listEventSignUps(deps: AppDeps, ctx: RequestContext, organisationId: string, eventId: string) {
  await authorizeOrAudit(
    deps,
    ctx,
    'readSignUps',
    { organisationId },
    {
      action: 'events.sign-ups.read',
      objectType: 'event',
      objectId: eventId,
    },
  )
  const event = await loadOwnEvent(deps, ctx, organisationId, eventId)
  const rows = await signUps.organiserSignUps(deps.database.db, eventId)
  let position = 0
  return {
    eventId,
    capacity: event.capacity,
    placesTaken: event.placesTaken,
    signUps: rows.map((r) => ({
      id: r.id,
      state: r.state,
      position: r.state === 'waiting' ? ++position : null,
      name: `${r.givenName} ${r.familyName}`.trim(),
      registrationNumber: r.registrationNumber,
      signedUpAt: r.signedUpAt.toISOString(),
      offerExpiresAt: r.offerExpiresAt?.toISOString() ?? null,
    })),
  }
}

/** The same list as CSV for Excel (UTF-8 with BOM, `;`, Dutch header). */
export function signUpsCsv(list: Awaited<ReturnType<typeof listEventSignUps>>) {
  return toCsv(
    ['Naam', 'Registratienummer', 'Stand', 'Plaats op wachtlijst', 'Aangemeld op'],
    list.signUps.map((s) => [
      s.name,
      s.registrationNumber,
      STATE_LABELS[s.state as keyof typeof STATE_LABELS] ?? s.state,
      s.position,
      s.signedUpAt,
    ]),
  )
}

/** Mails everyone with a place (and, when asked, the waiting list); audited with the subject, not the text. */
export async function mailSignUps(
  deps: AppDeps,
  ctx: RequestContext,
  organisationId: string,
  eventId: string,
  body: MailingBody,
) {
  await authorizeOrAudit(
    deps,
    ctx,
    'readSignUps',
    { organisationId },
    {
      action: 'events.sign-ups.mailed',
      objectType: 'event',
      objectId: eventId,
    },
  )
  const event = await loadOwnEvent(deps, ctx, organisationId, eventId)
  const check = new EventFieldCheck(ctx.locale)
  const subject = check.text('subject', body.subject, 'subjectRequired')
  const text = check.text('text', body.text, 'textRequired')
  check.throwIfAny()
  const states = body.includeWaitingList ? signUps.ACTIVE_STATES : (['confirmed', 'offered'] as const).slice()
  return deps.database.db.transaction(async (tx) => {
    const now = deps.clock()
    const active = await signUps.activeSignUpsOf(tx, eventId, states)
    const people = await signUps.recipients(
      tx,
      active.map((s) => s.userId),
    )
    for (const person of people)
      await enqueueMail(deps, tx, organiserMail(person, event, event.organiserName, subject, text))
    await recordAudit(tx, ctx, {
      action: 'events.sign-ups.mailed',
      objectType: 'event',
      objectId: eventId,
      result: 'success',
      details: { subject, recipients: people.length, includeWaitingList: body.includeWaitingList ?? false },
      occurredAt: now,
    })
    return { recipients: people.length }
  })
}
