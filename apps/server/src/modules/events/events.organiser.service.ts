import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { enqueueMail } from '../../platform/mail/mail.service.ts'
import { hasEnded } from './events.check-in.rules.ts'
import { authorizeOrAudit, loadOwnEvent } from './events.common.ts'
import { organiserMail } from './events.mails.ts'
import { EventFieldCheck, toCsv } from './events.rules.ts'
import type { MailingBody } from './events.schemas.ts'
import * as signUps from './events.sign-ups.repository.ts'
import { momentToWallClock } from './events.time.ts'

// The organiser's view of an event's sign-ups: places and the waiting list in order, as JSON or CSV, and a mail to
// everyone who signed up. Names and registration numbers only: no e-mail addresses leave. With each place its check-in
// (not undone) and, once the event has ended, whether it is a no-show (computed, decision 014).

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
  const ended = hasEnded(event, deps.clock())
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
      checkedInAt: r.checkedInAt?.toISOString() ?? null,
      noShow: ended && r.state === 'confirmed' && r.checkedInAt === null,
    })),
  }
}

/** A moment as Dutch wall-clock time that Excel reads as a date and time: `2027-03-28 10:05`. */
const dutchTime = (iso: string) => momentToWallClock(new Date(iso)).replace('T', ' ')

/** Present (a check-in), not present (a no-show after the end), or nothing to say yet. */
const attendanceLabel = (s: { checkedInAt: string | null; noShow: boolean }) =>
  s.checkedInAt ? 'aanwezig' : s.noShow ? 'niet gekomen' : ''

/** The same list as CSV for Excel (UTF-8 with BOM, `;`, Dutch header); every time in Dutch wall-clock time. */
export function signUpsCsv(list: Awaited<ReturnType<typeof listEventSignUps>>) {
  return toCsv(
    ['Naam', 'Registratienummer', 'Stand', 'Plaats op wachtlijst', 'Aangemeld op', 'Aanwezig sinds', 'Aanwezigheid'],
    list.signUps.map((s) => [
      s.name,
      s.registrationNumber,
      STATE_LABELS[s.state as keyof typeof STATE_LABELS] ?? s.state,
      s.position,
      dutchTime(s.signedUpAt),
      s.checkedInAt ? dutchTime(s.checkedInAt) : null,
      attendanceLabel(s),
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
