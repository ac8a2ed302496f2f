import QRCode from 'qrcode'
import type { AppDeps } from '../../app.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { conflict } from '../../platform/http/errors.ts'
import { isDbError } from '../points/points.accreditation.common.ts'
import { ownSignUpFor } from './events.check-in.common.ts'
import { checkInMessage } from './events.check-in.messages.ts'
import * as checkIns from './events.check-in.repository.ts'
import * as repo from './events.repository.ts'
import type { SignUpRow } from './events.sign-ups.repository.ts'
import { formatTicketCode, newTicketCode, signTicket } from './events.tickets.rules.ts'

// The ticket of a confirmed sign-up: the code to type and the signed QR token (sign-up, event, version; no names).

/** The sign-up's ticket, made on first use with a fresh code (another try when the code is taken in the event). */
export async function ensureTicket(deps: AppDeps, signUp: Pick<SignUpRow, 'id' | 'eventId'>) {
  const db = deps.database.db
  for (let attempt = 0; attempt < 5; attempt++) {
    const existing = await checkIns.findTicket(db, signUp.id)
    if (existing) return existing
    try {
      await checkIns.insertTicket(db, {
        signUpId: signUp.id,
        eventId: signUp.eventId,
        code: newTicketCode(),
        now: deps.clock(),
      })
    } catch (error) {
      if (!isDbError(error, '23505')) throw error // 1 in 2^40 per pair: a code already used in this event
    }
  }
  throw new Error(`no free ticket code for sign-up ${signUp.id}`)
}

/** Where the QR code points: the organiser's check-in page reads `ticket` from it; the token is the proof. */
export const ticketUrl = (deps: AppDeps, token: string) => `${deps.config.publicUrl}/agenda/ticket?ticket=${token}`

/** One's own ticket: 404 for another's sign-up, 409 without a confirmed place or when the event was cancelled. */
export async function getMyTicket(deps: AppDeps, ctx: RequestContext, signUpId: string) {
  const signUp = await ownSignUpFor(deps, ctx, signUpId, 'readOwnTicket', 'events.ticket.read')
  const event = (await repo.findEvent(deps.database.db, signUp.eventId))!
  if (event.state === 'cancelled') throw conflict(checkInMessage(ctx.locale, 'eventCancelled'))
  if (signUp.state !== 'confirmed') throw conflict(checkInMessage(ctx.locale, 'noTicket'))
  const ticket = await ensureTicket(deps, signUp)
  const token = signTicket(deps.config.ticketSecret, {
    signUpId: signUp.id,
    eventId: signUp.eventId,
    version: ticket.version,
  })
  const qrPayload = ticketUrl(deps, token)
  const checkIn = await checkIns.activeCheckIn(deps.database.db, signUp.id)
  return {
    signUpId: signUp.id,
    eventId: signUp.eventId,
    code: formatTicketCode(ticket.code),
    token,
    qrPayload,
    qrSvg: await QRCode.toString(qrPayload, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
    checkedInAt: checkIn?.checkedInAt.toISOString() ?? null,
  }
}
