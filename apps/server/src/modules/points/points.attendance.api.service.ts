import { createHash } from 'node:crypto'
import type { AppDeps } from '../../app.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { AppError, badRequest, type FieldError, unauthenticated } from '../../platform/http/errors.ts'
import * as apiRepo from './points.attendance.api.repository.ts'
import { bookRegistrants, checkRows } from './points.attendance.booking.ts'
import type { ParsedRow } from './points.attendance.import.ts'
import { attendanceMessage } from './points.attendance.messages.ts'
import type { ApiAttendanceBody, ApiAttendanceResultBody } from './points.attendance.schemas.ts'
import { requireAccredited, runFor } from './points.attendance.service.ts'

// The integration API: an organisation's API key books attendance of a run in one call, with an Idempotency-Key.
// The first answer is stored with the booking, in the same transaction; the same key and body again get that answer
// without booking anything, the same key with another body gets 422.

/** The rows of a request body, in order: registrationNumbers first, then entries (number or e-mail). */
function rowsOf(ctx: RequestContext, body: ApiAttendanceBody): ParsedRow[] {
  const errors: FieldError[] = []
  const values: string[] = [...(body.registrationNumbers ?? []).map((n) => n.trim())]
  body.entries?.forEach((entry, index) => {
    const value = (entry.registrationNumber ?? '').trim() || (entry.email ?? '').trim()
    if (value === '') {
      const reason = attendanceMessage(ctx.locale, 'entryValueRequired')
      errors.push({ in: 'body', name: `entries.${index}`, code: 'required', reason })
    }
    values.push(value)
  })
  if (values.length === 0) {
    const reason = attendanceMessage(ctx.locale, 'entriesRequired')
    errors.push({ in: 'body', name: 'registrationNumbers', code: 'minItems', reason })
  }
  if (errors.length > 0) throw badRequest(attendanceMessage(ctx.locale, 'invalid'), errors)
  return values.map((value, index) => ({ line: index + 1, value }))
}

/** The request as hashed for Idempotency-Key: the run and the body in a fixed shape. */
export function requestHash(runId: string, body: ApiAttendanceBody): string {
  const canonical = JSON.stringify({
    runId,
    registrationNumbers: body.registrationNumbers ?? [],
    entries: (body.entries ?? []).map((e) => [e.registrationNumber ?? null, e.email ?? null]),
  })
  return createHash('sha256').update(canonical).digest('hex')
}

/** Books the attendance of a run for an API key; `replayed` when the answer is the stored one of an earlier call. */
export async function recordViaApi(
  deps: AppDeps,
  ctx: RequestContext,
  runId: string,
  input: { idempotencyKey: string | undefined; body: ApiAttendanceBody },
): Promise<{ statusCode: number; body: ApiAttendanceResultBody; replayed: boolean }> {
  const apiKey = ctx.actor?.apiKey
  if (!apiKey) throw unauthenticated(attendanceMessage(ctx.locale, 'apiKeyMissing'))
  const key = input.idempotencyKey?.trim() ?? ''
  if (key.length < 1 || key.length > 255) {
    const reason = attendanceMessage(ctx.locale, 'idempotencyKeyRequired')
    throw badRequest(reason, [{ in: 'header', name: 'Idempotency-Key', code: 'required', reason }])
  }
  const rows = rowsOf(ctx, input.body)
  const db = deps.database.db
  const run = await runFor(db, ctx, runId, 'recordViaApi')
  requireAccredited(ctx, run)
  const hash = requestHash(runId, input.body)
  return db.transaction(async (tx) => {
    await apiRepo.lockIdempotencyKey(tx, apiKey.id, key)
    const earlier = await apiRepo.findIdempotencyRecord(tx, apiKey.id, key)
    if (earlier) {
      if (earlier.requestHash !== hash) {
        throw new AppError(422, 'idempotency-key-reused', attendanceMessage(ctx.locale, 'idempotencyKeyReused'), [
          {
            in: 'header',
            name: 'Idempotency-Key',
            code: 'reused',
            reason: attendanceMessage(ctx.locale, 'idempotencyKeyReused'),
          },
        ])
      }
      return {
        statusCode: earlier.statusCode,
        body: earlier.responseBody as ApiAttendanceResultBody,
        replayed: true,
      }
    }
    const report = await checkRows(tx, run, rows)
    const now = deps.clock()
    const booked = await bookRegistrants(tx, ctx, run, {
      registrationIds: report.flatMap((r) => (r.outcome === 'matched' ? [r.registrationId!] : [])),
      method: 'api',
      importId: null,
      now,
    })
    const body: ApiAttendanceResultBody = {
      runId,
      bookedCount: booked.size,
      results: report.map((r) => ({
        position: r.line,
        value: r.value,
        outcome: r.outcome === 'matched' ? (booked.has(r.registrationId!) ? 'booked' : 'already-booked') : r.outcome,
      })),
    }
    await apiRepo.insertIdempotencyRecord(tx, {
      apiKeyId: apiKey.id,
      key,
      requestHash: hash,
      statusCode: 200,
      responseBody: body,
      now,
    })
    return { statusCode: 200, body, replayed: false }
  })
}
