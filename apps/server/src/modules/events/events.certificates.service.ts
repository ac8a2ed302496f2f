import type { AppDeps } from '../../app.ts'
import type { DbOrTx } from '../../db/client.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import type { CredentialState } from '../../platform/credentials/credential-kinds.ts'
import { issuerOf } from '../../platform/credentials/issuer-cache.ts'
import { issueCourseCompletion } from '../../platform/credentials/open-badges.ts'
import { findStatusAllocation, setStatusBit } from '../../platform/credentials/status-list.ts'
import { conflict, notFound, unauthenticated } from '../../platform/http/errors.ts'
import type { Locale } from '../../platform/http/messages.ts'
import { certificateMessage } from './events.certificates.messages.ts'
import { formatEventDates, renderAttendanceCertificate } from './events.certificates.pdf.ts'
import { canAttendance } from './events.certificates.policy.ts'
import * as repo from './events.certificates.repository.ts'
import type { CheckInRow } from './events.check-in.repository.ts'
import * as checkIns from './events.check-in.repository.ts'
import { eventTypeLabel } from './events.messages.ts'
import { findListedEvent, type ListedEvent } from './events.repository.ts'
import { findSignUp } from './events.sign-ups.repository.ts'

// The certificate of attendance of a check-in that stands: a PDF and a signed Open Badges 3.0 credential
// (achievementType Course, creditsEarned when points were booked), verifiable with POST /credential-verifications.

export const ATTENDANCE_KIND = 'attendance'
const URN = 'urn:uuid:'

/** The page that checks a certificate of attendance: the web verification page with the credential's id. */
export const verificationUrl = (publicUrl: string, credentialId: string) =>
  `${publicUrl}/controleren?certificaat=${encodeURIComponent(credentialId.replace(URN, ''))}`

/** The stable id of what is certified: attendance of one event (its public page). */
export const attendanceAchievementId = (publicUrl: string, eventId: string) => `${publicUrl}/agenda/${eventId}`

/** The event type as a word in a sentence ("de lezing", but "de Dag van de Uitvoering"). */
const typeWord = (locale: Locale, type: ListedEvent['type']) =>
  type === 'service-delivery-day' ? eventTypeLabel(locale, type) : eventTypeLabel(locale, type).toLowerCase()

/** The owner's sign-up with its check-in that stands; someone else gets 404 (audited), no check-in 409. */
async function loadAttendance(deps: AppDeps, ctx: RequestContext, signUpId: string, auditAction: string) {
  if (!ctx.actor) throw unauthenticated()
  const db = deps.database.db
  const signUp = await findSignUp(db, signUpId)
  if (!signUp) throw notFound(certificateMessage(ctx.locale, 'signUpNotFound'))
  if (!canAttendance(ctx.actor, 'readOwnCertificate', { ownerId: signUp.userId })) {
    await recordAudit(db, ctx, {
      action: auditAction,
      objectType: 'event-sign-up',
      objectId: signUpId,
      result: 'denied',
      occurredAt: deps.clock(),
    })
    throw notFound(certificateMessage(ctx.locale, 'signUpNotFound'))
  }
  const checkIn = await checkIns.activeCheckIn(db, signUpId)
  if (!checkIn) throw conflict(certificateMessage(ctx.locale, 'notCheckedIn'))
  const event = (await findListedEvent(db, signUp.eventId))!
  const person = (await checkIns.personOf(db, signUpId))!
  return { checkIn, event, person }
}

/** The points the check-in booked (as the check-in answer shows them), or null. */
const bookedPoints = (checkIn: CheckInRow, event: ListedEvent) =>
  checkIn.pointsOutcome === 'booked' && event.activityPublicId && event.points !== null && event.category !== null
    ? { activityPublicId: event.activityPublicId, points: event.points, category: event.category }
    : null

/** The credential of the check-in: the kept one, or signed now (once, under the check-in's row lock) and kept. */
async function credentialOfCheckIn(
  deps: AppDeps,
  ctx: RequestContext,
  attendance: Awaited<ReturnType<typeof loadAttendance>>,
) {
  const db = deps.database.db
  const kept = await repo.findCredentialOfCheckIn(db, attendance.checkIn.id)
  if (kept) return kept
  // Loaded before the transaction: the first load writes the issuer key, which would wait for `tx` on PGlite.
  const issuer = await issuerOf(deps)
  return db.transaction(async (tx) => {
    const locked = await checkIns.findCheckIn(tx, attendance.checkIn.id, true)
    if (!locked || locked.undoneAt) throw conflict(certificateMessage(ctx.locale, 'notCheckedIn'))
    const again = await repo.findCredentialOfCheckIn(tx, locked.id)
    if (again) return again
    const now = deps.clock()
    const { event } = attendance
    const points = bookedPoints(locked, event)
    const dates = formatEventDates('nl', event.startsAt, event.endsAt)
    const issued = await issueCourseCompletion(
      tx,
      issuer,
      {
        recipientEmail: attendance.person.email,
        ...(points ? { creditsEarned: points.points } : {}),
        achievement: {
          id: attendanceAchievementId(deps.config.publicUrl, event.id),
          name: event.title,
          description: `Aanwezigheid bij de ${typeWord('nl', event.type)} ‘${event.title}’ van ${event.organiserName}, ${dates}.`,
          criteria:
            'Aanwezig bij de bijeenkomst: aangemeld bij binnenkomst door de organisator (ticket of lijst) of met het trefwoord van de online sessie.',
          ...(event.activityPublicId ? { humanCode: event.activityPublicId } : {}),
        },
        validFrom: locked.checkedInAt,
      },
      now,
    )
    const row = { checkInId: locked.id, credentialId: issued.credentialId, document: issued.credential, issuedAt: now }
    await repo.insertCredential(tx, row)
    await recordAudit(tx, ctx, {
      action: 'events.attendance-credential.issued',
      objectType: 'event-check-in',
      objectId: locked.id,
      result: 'success',
      details: { eventId: event.id, credentialId: issued.credentialId, creditsEarned: points?.points ?? null },
      occurredAt: now,
    })
    return row
  })
}

/** GET /event-sign-ups/{id}/attendance-certificate: the PDF (the credential is made first: its id is in the QR code). */
export async function attendanceCertificateOf(deps: AppDeps, ctx: RequestContext, signUpId: string) {
  const attendance = await loadAttendance(deps, ctx, signUpId, 'events.attendance-certificate.read')
  const credential = await credentialOfCheckIn(deps, ctx, attendance)
  const { event, person, checkIn } = attendance
  const pdf = await renderAttendanceCertificate({
    locale: ctx.locale,
    name: `${person.givenName} ${person.familyName}`.trim(),
    eventTitle: event.title,
    eventType: typeWord(ctx.locale, event.type),
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    organiser: event.organiserName,
    accreditation: bookedPoints(checkIn, event),
    verificationUrl: verificationUrl(deps.config.publicUrl, credential.credentialId),
  })
  return { pdf, fileName: `aanwezigheidsbewijs-${event.startsAt.toISOString().slice(0, 10)}.pdf` }
}

/** GET /event-sign-ups/{id}/attendance-credential: the signed credential, exactly as signed. */
export async function attendanceCredentialOf(deps: AppDeps, ctx: RequestContext, signUpId: string) {
  const attendance = await loadAttendance(deps, ctx, signUpId, 'events.attendance-credential.read')
  const credential = await credentialOfCheckIn(deps, ctx, attendance)
  return {
    json: JSON.stringify(credential.document),
    fileName: `aanwezigheid-${attendance.event.startsAt.toISOString().slice(0, 10)}.json`,
  }
}

/**
 * The public copy of one attendance credential by its id (what the QR code of the PDF points to), so the verification
 * page can check it. It holds no name: the event, the check-in time and a salted hash of the e-mail address.
 */
export async function publicAttendanceCredential(deps: AppDeps, locale: Locale, id: string) {
  const row = await repo.findCredentialWithCheckIn(deps.database.db, `${URN}${id}`)
  if (!row) throw notFound(certificateMessage(locale, 'credentialNotFound'))
  return JSON.stringify(row.document)
}

/**
 * Called in the undo's transaction, under the check-in's row lock (the lock the credential is issued under): sets the
 * suspension bit of the check-in's credential, if one was issued, so a verifier that reads only the public status
 * list sees the withdrawal too. Final: a new check-in gets a new credential.
 */
export async function withdrawAttendanceCredential(tx: DbOrTx, checkInId: string, now: Date) {
  const kept = await repo.findCredentialOfCheckIn(tx, checkInId)
  const allocation = kept && (await findStatusAllocation(tx, kept.credentialId))
  if (allocation) await setStatusBit(tx, allocation, 'suspension', now)
  return Boolean(allocation)
}

/** For the verification answer: an attendance credential is withdrawn when its check-in was undone. */
export async function attendanceCredentialState(db: DbOrTx, credentialId: string): Promise<CredentialState | null> {
  const row = await repo.findCredentialWithCheckIn(db, credentialId)
  return row ? { kind: ATTENDANCE_KIND, withdrawn: row.undoneAt !== null } : null
}
