// Test-only helpers for the self-report tests: registered professionals, a filled-in form, counts of what a
// submission can leave behind. Not a test file itself.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { count, eq } from 'drizzle-orm'
import type { TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs, type TestRole } from '../../../test/auth.ts'
import { createTestRegistration } from '../../../test/registrations.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { documents } from '../../platform/storage/storage.tables.ts'
import { tinyPdf } from '../../platform/storage/test-files.ts'
import type { RegistrationStatus } from '../register/register.tables.ts'
import { selfReportedActivities } from './points.self-reports.tables.ts'
import { pointsLedger } from './points.tables.ts'

/** "Today" in the tests: the demo cycle runs from 2024-03-01 to 2029-03-01. */
export const TODAY = new Date('2026-06-15T10:00:00Z')

let address = 10
/** Logs in with a fresh address each time (the log-in rate limit counts per address). */
export const login = (t: TestApp, role: TestRole) =>
  loginAs(t, role, { remoteAddress: `198.51.${Math.floor(address / 250)}.${(address++ % 250) + 1}` })

export interface Professional extends LoggedIn {
  registrationId: string
  registrationNumber: string
}

/** A logged-in professional with a registration (first cycle 2024-03-01 – 2029-03-01). */
export async function professionalIn(
  t: TestApp,
  registerId: string,
  status: RegistrationStatus = 'registered',
): Promise<Professional> {
  const me = await login(t, 'professional')
  const { registration } = await createTestRegistration(t.database.db, { registerId, userId: me.userId, status })
  return { ...me, registrationId: registration.id, registrationNumber: registration.registrationNumber! }
}

export type Fields = Record<string, string | undefined>

/** A complete, valid self-report; `fields` overrides (undefined leaves one out), `file` replaces the PDF. */
export function reportForm(
  fields: Fields = {},
  file: { bytes: Uint8Array; name: string } | null = { bytes: tinyPdf(), name: 'verklaring-intervisie.pdf' },
) {
  const all: Fields = {
    kind: 'intervision',
    title: 'Intervisiegroep Klantmanagers Noord',
    description: 'Vijf bijeenkomsten over lastige gesprekken.',
    activityDate: '2026-05-20',
    hours: '7,5',
    requestedCategory: 'reflection',
    evidenceKind: 'declaration',
    ...fields,
  }
  const data = new FormData()
  for (const [name, value] of Object.entries(all)) if (value !== undefined) data.append(name, value)
  if (file) data.append('evidence', new Blob([new Uint8Array(file.bytes)]), file.name)
  return data
}

export const postReport = (t: TestApp, who: LoggedIn | null, form: FormData) =>
  t.app.inject({ method: 'POST', url: '/api/v1/self-reports', headers: who?.headers ?? {}, payload: form })

/** Submits a valid report and returns its id. */
export async function submitted(t: TestApp, who: LoggedIn, fields: Fields = {}) {
  const res = await postReport(t, who, reportForm(fields))
  if (res.statusCode !== 201) throw new Error(`submit answered ${res.statusCode} ${res.body}`)
  return res.json().id as string
}

export const get = (t: TestApp, who: LoggedIn | null, url: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: who?.headers ?? {} })
export const post = (t: TestApp, who: LoggedIn | null, url: string, payload?: object) =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: who?.headers ?? {}, ...(payload ? { payload } : {}) })
export const put = (t: TestApp, who: LoggedIn | null, url: string, payload: object) =>
  t.app.inject({ method: 'PUT', url: `/api/v1${url}`, headers: who?.headers ?? {}, payload })

function storedFiles(t: TestApp) {
  const dir = join(t.config.dataDir, 'documents')
  if (!existsSync(dir)) return 0
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length
}

/** Rows and files a submission or decision can create. */
export async function counts(t: TestApp) {
  const db = t.database.db
  const n = async (table: typeof selfReportedActivities | typeof documents | typeof pointsLedger) =>
    (await db.select({ n: count() }).from(table))[0]!.n
  return {
    reports: await n(selfReportedActivities),
    documents: await n(documents),
    ledger: await n(pointsLedger),
    files: storedFiles(t),
  }
}

export async function auditActions(t: TestApp, objectId: string) {
  const rows = await t.database.db
    .select({ action: auditEvents.action, details: auditEvents.details })
    .from(auditEvents)
    .where(eq(auditEvents.objectId, objectId))
    .orderBy(auditEvents.id)
  return rows
}

export async function ledgerOfReport(t: TestApp, id: string) {
  return t.database.db.select().from(pointsLedger).where(eq(pointsLedger.sourceId, id)).orderBy(pointsLedger.bookedAt)
}

/** Every role but the register office, for the 403 checks. */
export const OTHER_ROLES: TestRole[] = [
  'professional',
  'editor',
  'moderator',
  'admin',
  'provider_staff',
  'employer_manager',
  'researcher',
]
