import { createHash } from 'node:crypto'
import type { AppDeps } from '../../app.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'
import { conflict, invalidField, notFound, unauthenticated } from '../../platform/http/errors.ts'
import { sanitizeFileName } from '../../platform/storage/storage.rules.ts'
import { bookRegistrants, checkRows, stillEligible } from './points.attendance.booking.ts'
import {
  countReport,
  csvRows,
  detectFileKind,
  MAX_ATTENDANCE_ROWS,
  type ParsedRow,
  parseList,
  valuesOfRows,
  xlsxRows,
} from './points.attendance.import.ts'
import { attendanceMessage } from './points.attendance.messages.ts'
import * as repo from './points.attendance.repository.ts'
import { requireAccredited, runFor } from './points.attendance.service.ts'
import type { ImportReportRow } from './points.attendance.tables.ts'

// Lists and files of attendance: check (a stored report, nothing booked), then confirm (every matched row booked in
// one transaction, or none) or cancel.

export const FILE_FIELD = 'file'

const presentRow = (row: ImportReportRow) => ({
  line: row.line,
  value: row.value,
  outcome: row.outcome,
  ...(row.name ? { name: row.name } : {}),
})

export const presentImport = (row: repo.ImportRow) => ({
  id: row.id,
  runId: row.runId,
  kind: row.kind,
  fileName: row.fileName,
  state: row.state,
  createdAt: row.createdAt.toISOString(),
  confirmedAt: row.confirmedAt?.toISOString() ?? null,
  bookedCount: row.bookedCount,
  counts: countReport(row.report),
  report: row.report.map(presentRow),
})

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')

function checkRowCount(ctx: RequestContext, rows: ParsedRow[], field: string, empty: 'listRequired' | 'fileEmpty') {
  if (rows.length === 0) throw invalidField(field, 'minItems', attendanceMessage(ctx.locale, empty))
  if (rows.length > MAX_ATTENDANCE_ROWS) {
    const reason = attendanceMessage(ctx.locale, 'tooManyRows', { limit: MAX_ATTENDANCE_ROWS })
    throw invalidField(field, 'maxItems', reason)
  }
}

async function storeCheck(
  deps: AppDeps,
  ctx: RequestContext,
  run: repo.RunRow,
  input: { kind: 'list' | 'file'; fileName: string; sha256: string; rows: ParsedRow[] },
) {
  const db = deps.database.db
  const report = await checkRows(db, run, input.rows)
  const now = deps.clock()
  const row = await db.transaction(async (tx) => {
    const created = await repo.insertImport(tx, {
      runId: run.id,
      kind: input.kind,
      fileName: input.fileName,
      sha256: input.sha256,
      report,
      createdById: ctx.actor!.userId,
      now,
    })
    await recordAudit(tx, ctx, {
      action: 'points.attendance.import.checked',
      objectType: 'attendance-import',
      objectId: created.id,
      result: 'success',
      occurredAt: now,
      details: { runId: run.id, kind: input.kind, sha256: input.sha256, counts: countReport(report) },
    })
    return created
  })
  return presentImport(row)
}

/** Checks a pasted list of registration numbers (or e-mail addresses): the report, nothing booked. */
export async function checkList(deps: AppDeps, ctx: RequestContext, runId: string, input: { text: string }) {
  const run = await runFor(deps.database.db, ctx, runId, 'record')
  requireAccredited(ctx, run)
  const rows = parseList(input.text)
  checkRowCount(ctx, rows, 'text', 'listRequired')
  return storeCheck(deps, ctx, run, { kind: 'list', fileName: '', sha256: sha256(input.text), rows })
}

export interface UploadedFile {
  fileName: string
  bytes: Buffer
}

/**
 * Checks an uploaded CSV or XLSX file. `readFile` is called only after the run and the right to record were
 * checked; a file that is missing, too large or not really a CSV/XLSX is a 400 (413) and nothing is stored.
 */
export async function checkFile(
  deps: AppDeps,
  ctx: RequestContext,
  runId: string,
  readFile: () => Promise<UploadedFile | null>,
) {
  const run = await runFor(deps.database.db, ctx, runId, 'record')
  requireAccredited(ctx, run)
  const file = await readFile()
  if (!file) throw invalidField(FILE_FIELD, 'required', attendanceMessage(ctx.locale, 'fileRequired'))
  const kind = detectFileKind(file.bytes)
  if (!kind) throw invalidField(FILE_FIELD, 'fileType', attendanceMessage(ctx.locale, 'fileType'))
  let cells: string[][]
  if (kind === 'xlsx') {
    try {
      cells = await xlsxRows(file.bytes)
    } catch {
      throw invalidField(FILE_FIELD, 'fileType', attendanceMessage(ctx.locale, 'fileBroken'))
    }
  } else {
    cells = csvRows(file.bytes.toString('utf8'))
  }
  const rows = valuesOfRows(cells)
  checkRowCount(ctx, rows, FILE_FIELD, 'fileEmpty')
  return storeCheck(deps, ctx, run, {
    kind: 'file',
    fileName: sanitizeFileName(file.fileName),
    sha256: sha256(file.bytes),
    rows,
  })
}

async function importFor(deps: AppDeps, ctx: RequestContext, importId: string, action: 'record' | 'read') {
  if (!ctx.actor) throw unauthenticated()
  const found = await repo.findImport(deps.database.db, importId)
  if (!found) throw notFound(attendanceMessage(ctx.locale, 'importNotFound'))
  const run = await runFor(deps.database.db, ctx, found.runId, action)
  return { found, run }
}

function requireChecked(ctx: RequestContext, state: repo.ImportRow['state']) {
  if (state === 'confirmed') throw conflict(attendanceMessage(ctx.locale, 'importConfirmed'))
  if (state === 'cancelled') throw conflict(attendanceMessage(ctx.locale, 'importCancelled'))
}

/**
 * Books every matched row of a checked import in one transaction, or none. The import row is locked first: of two
 * confirmations at the same moment one books, the other gets 409. A row that can no longer be booked (someone else
 * booked it meanwhile, or the registration changed) is reported as such and not booked.
 */
export async function confirmImport(deps: AppDeps, ctx: RequestContext, importId: string) {
  const { run } = await importFor(deps, ctx, importId, 'record')
  requireAccredited(ctx, run)
  const row = await deps.database.db.transaction(async (tx) => {
    const locked = (await repo.findImport(tx, importId, true))!
    requireChecked(ctx, locked.state)
    const matched = [...new Set(locked.report.flatMap((r) => (r.outcome === 'matched' ? [r.registrationId!] : [])))]
    const eligible = await stillEligible(tx, run, matched)
    const now = deps.clock()
    const booked = await bookRegistrants(tx, ctx, run, {
      registrationIds: matched.filter((id) => eligible.has(id)),
      method: locked.kind,
      importId,
      now,
    })
    const report = locked.report.map((r): ImportReportRow => {
      if (r.outcome !== 'matched' || booked.has(r.registrationId!)) return r
      return { ...r, outcome: eligible.has(r.registrationId!) ? 'already-booked' : 'not-registered' }
    })
    const changed = report.some((r, i) => r !== locked.report[i])
    const updated = await repo.updateImport(tx, importId, {
      state: 'confirmed',
      confirmedAt: now,
      bookedCount: booked.size,
      // A 10,000-row report is only written again when a row's outcome changed.
      ...(changed ? { report } : {}),
    })
    await recordAudit(tx, ctx, {
      action: 'points.attendance.import.confirmed',
      objectType: 'attendance-import',
      objectId: importId,
      result: 'success',
      occurredAt: now,
      details: { runId: run.id, booked: booked.size, matched: matched.length },
    })
    return updated
  })
  return presentImport(row)
}

/** Cancels a checked import (nothing was booked); a confirmed or cancelled one is a 409. */
export async function cancelImport(deps: AppDeps, ctx: RequestContext, importId: string) {
  await importFor(deps, ctx, importId, 'record')
  const row = await deps.database.db.transaction(async (tx) => {
    const locked = (await repo.findImport(tx, importId, true))!
    requireChecked(ctx, locked.state)
    const now = deps.clock()
    const updated = await repo.updateImport(tx, importId, { state: 'cancelled' })
    await recordAudit(tx, ctx, {
      action: 'points.attendance.import.cancelled',
      objectType: 'attendance-import',
      objectId: importId,
      result: 'success',
      occurredAt: now,
      details: { runId: locked.runId },
    })
    return updated
  })
  return presentImport(row)
}

/** One import with its full report (provider staff of the provider, the register office). */
export async function getImport(deps: AppDeps, ctx: RequestContext, importId: string) {
  const { found } = await importFor(deps, ctx, importId, 'read')
  return presentImport(found)
}

/** The import history of a run, newest first, with the counts per outcome. */
export async function listImports(
  deps: AppDeps,
  ctx: RequestContext,
  runId: string,
  query: { page: number; pageSize: number },
) {
  const db = deps.database.db
  await runFor(db, ctx, runId, 'read')
  const { items, total } = await repo.listImports(db, runId, query)
  const counts = (o: Record<string, number>) => ({
    matched: o.matched ?? 0,
    unmatched: o.unmatched ?? 0,
    duplicate: o.duplicate ?? 0,
    notRegistered: o['not-registered'] ?? 0,
    alreadyBooked: o['already-booked'] ?? 0,
    invalid: o.invalid ?? 0,
  })
  return {
    items: items.map((i) => ({
      id: i.id,
      runId: i.runId,
      kind: i.kind,
      fileName: i.fileName,
      state: i.state,
      createdAt: i.createdAt.toISOString(),
      confirmedAt: i.confirmedAt?.toISOString() ?? null,
      bookedCount: i.bookedCount,
      counts: counts(i.outcomes),
    })),
    page: query.page,
    pageSize: query.pageSize,
    total,
  }
}
