// Reading attendance lists and files (pure apart from the XLSX reader) and building the check report.
import ExcelJS from 'exceljs'
import { REGISTRATION_NUMBER_PATTERN } from '../register/register.rules.ts'
import type { ImportReportRow } from './points.attendance.tables.ts'

/** The most rows one list, file or API call may hold. */
export const MAX_ATTENDANCE_ROWS = 20_000

/** One value as given: its line in the file (or position in the list) and the text. */
export interface ParsedRow {
  line: number
  value: string
}

export type FileKind = 'csv' | 'xlsx'

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z][a-z0-9-]*$/i
const ZIP = [0x50, 0x4b, 0x03, 0x04]

/** A value is a registration number (upper-cased), an e-mail address (lower-cased), or neither. */
export function keyOf(value: string): { kind: 'number' | 'email'; key: string } | null {
  const trimmed = value.trim()
  const upper = trimmed.toUpperCase()
  if (REGISTRATION_NUMBER_PATTERN.test(upper)) return { kind: 'number', key: upper }
  if (trimmed.length <= 254 && EMAIL.test(trimmed)) return { kind: 'email', key: trimmed.toLowerCase() }
  return null
}

/** A pasted list: values separated by new lines, commas, semicolons, tabs or spaces; the position is the line. */
export function parseList(text: string): ParsedRow[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/[\s,;]+/)
    .map((value) => value.trim().replace(/^"(.*)"$/, '$1'))
    .filter((value) => value !== '')
    .map((value, index) => ({ line: index + 1, value }))
}

/**
 * What a file is, judged on its content (never on its name): an XLSX workbook (a zip with the parts of a
 * spreadsheet), a CSV (valid UTF-8 text without control characters), or neither.
 */
export function detectFileKind(bytes: Uint8Array): FileKind | null {
  if (bytes.length >= 4 && ZIP.every((b, i) => bytes[i] === b)) {
    const names = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
    return names.includes('[Content_Types].xml') && names.includes('xl/workbook.xml') ? 'xlsx' : null
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
  // Text files hold tabs and line breaks, never other control characters (a binary file almost always does).
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return null
  }
  return 'csv'
}

/** The cells of each line of a CSV: `;` or `,` (whichever the first line uses), quotes with doubled quotes. */
export function csvRows(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '')
  const firstLine = body.split(/\r\n|\n|\r/, 1)[0] ?? ''
  const separator = firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : ','
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"' && cell.trim() === '') {
      quoted = true
      cell = ''
    } else if (c === separator) {
      row.push(cell)
      cell = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += c
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}

/** The cells of each row of the first worksheet, as text (row n of the sheet is entry n - 1). */
export async function xlsxRows(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) return []
  const rows: string[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text ?? ''
    })
    rows[number - 1] = Array.from(cells, (c) => c ?? '')
  })
  return Array.from(rows, (r) => r ?? [])
}

const HEADER = /^(registratie-?nummer|registratienr\.?|nummer|registration ?number|e-?mail(adres)?|email address)$/i

/**
 * The value of each row: with a header row (a first row without any number or e-mail address), the column it names
 * (or the first); without one, per row the first cell that looks like a number or an e-mail address (else the first
 * filled cell, reported as invalid). Empty rows are skipped; `line` is the row in the file, from 1.
 */
export function valuesOfRows(rows: string[][]): ParsedRow[] {
  const clean = rows.map((cells) => cells.map((c) => c.trim()))
  const firstIndex = clean.findIndex((cells) => cells.some((c) => c !== ''))
  if (firstIndex < 0) return []
  let column: number | null = null
  let start = firstIndex
  const first = clean[firstIndex]!
  if (!first.some((c) => keyOf(c) !== null)) {
    start = firstIndex + 1
    const named = first.findIndex((c) => HEADER.test(c))
    column = named >= 0 ? named : null
  }
  const result: ParsedRow[] = []
  for (let i = start; i < clean.length; i++) {
    const cells = clean[i]!
    if (!cells.some((c) => c !== '')) continue
    const value =
      column !== null && (cells[column] ?? '') !== ''
        ? cells[column]!
        : (cells.find((c) => keyOf(c) !== null) ?? cells.find((c) => c !== '')!)
    result.push({ line: i + 1, value })
  }
  return result
}

/** What the check knows about a registrant a value resolved to. */
export interface RegistrantFacts {
  registrationId: string
  /** Public name with number, e.g. `J. de Vries (KM-000123)`. */
  name: string
  /** Registered or suspended, with a cycle on the run's date. */
  eligible: boolean
  /** Already on the attendance list of the run. */
  present: boolean
}

/**
 * The check report, row by row in input order: invalid (neither a number nor an e-mail address), unmatched (no such
 * registrant), duplicate (a registrant met earlier in the same list, by number or e-mail), not-registered, already
 * booked, or matched (will be booked on confirmation).
 */
export function buildReport(
  rows: readonly ParsedRow[],
  lookup: (kind: 'number' | 'email', key: string) => RegistrantFacts | undefined,
): ImportReportRow[] {
  const seen = new Set<string>()
  return rows.map(({ line, value }): ImportReportRow => {
    const key = keyOf(value)
    if (!key) return { line, value, outcome: 'invalid' }
    const facts = lookup(key.kind, key.key)
    if (!facts) return { line, value, outcome: 'unmatched' }
    const who = { registrationId: facts.registrationId, name: facts.name }
    if (seen.has(facts.registrationId)) return { line, value, outcome: 'duplicate', ...who }
    seen.add(facts.registrationId)
    if (!facts.eligible) return { line, value, outcome: 'not-registered', ...who }
    if (facts.present) return { line, value, outcome: 'already-booked', ...who }
    return { line, value, outcome: 'matched', ...who }
  })
}

export type ReportCounts = Record<
  'matched' | 'unmatched' | 'duplicate' | 'notRegistered' | 'alreadyBooked' | 'invalid',
  number
>

/** The number of rows per outcome. */
export function countReport(report: readonly ImportReportRow[]): ReportCounts {
  const counts: ReportCounts = {
    matched: 0,
    unmatched: 0,
    duplicate: 0,
    notRegistered: 0,
    alreadyBooked: 0,
    invalid: 0,
  }
  const field = {
    matched: 'matched',
    unmatched: 'unmatched',
    duplicate: 'duplicate',
    'not-registered': 'notRegistered',
    'already-booked': 'alreadyBooked',
    invalid: 'invalid',
  } as const
  for (const row of report) counts[field[row.outcome]]++
  return counts
}
