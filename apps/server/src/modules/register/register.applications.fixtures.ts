// Test-only helpers for the application tests: a register, an employer, a filled-in form, and counts of everything
// an application can leave behind.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { count } from 'drizzle-orm'
import type { TestApp } from '../../../test/app.ts'
import type { LoggedIn } from '../../../test/auth.ts'
import { documents } from '../../platform/storage/storage.tables.ts'
import { tinyPdf } from '../../platform/storage/test-files.ts'
import { organisations } from '../organisations/organisations.tables.ts'
import { PROFESSIONAL_CODE_VERSION } from './register.applications.rules.ts'
import { registrationApplications } from './register.applications.tables.ts'
import { registers, registrations } from './register.tables.ts'

export interface Fixture {
  registerId: string
  employerId: string
}

export async function createFixture(t: TestApp): Promise<Fixture> {
  const db = t.database.db
  const [register] = await db
    .insert(registers)
    .values({
      name: 'Register Klantmanagers',
      slug: 'klantmanagers',
      numberPrefix: 'KM',
      professions: ['klantmanager werk', 'jobcoach'],
      cycleYears: 5,
    })
    .returning({ id: registers.id })
  const [employer] = await db
    .insert(organisations)
    .values({ name: 'Gemeente Zwolle', kind: 'municipality', city: 'Zwolle' })
    .returning({ id: organisations.id })
  return { registerId: register!.id, employerId: employer!.id }
}

export type FormFields = Record<string, string | undefined>

/** A complete, valid application form; `fields` overrides (undefined leaves a field out), `file` replaces the PDF. */
export function applyForm(
  fixture: Fixture,
  fields: FormFields = {},
  file: { bytes: Uint8Array; name: string } | null = { bytes: tinyPdf(), name: 'diploma.pdf' },
) {
  const all: FormFields = {
    registerId: fixture.registerId,
    initials: 'J.A.',
    infix: 'van der',
    surname: 'Berg',
    profession: 'jobcoach',
    employerOrganisationId: fixture.employerId,
    educationInstitution: 'Hogeschool Utrecht',
    educationProgramme: 'Sociaal Werk',
    educationDate: '2019-07-01',
    acceptCode: 'true',
    codeVersion: PROFESSIONAL_CODE_VERSION,
    ...fields,
  }
  const data = new FormData()
  for (const [name, value] of Object.entries(all)) if (value !== undefined) data.append(name, value)
  if (file) data.append('diploma', new Blob([new Uint8Array(file.bytes)]), file.name)
  return data
}

export function postApplication(t: TestApp, who: LoggedIn | null, form: FormData) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/registration-applications',
    headers: who?.headers ?? {},
    payload: form,
  })
}

function storedFiles(t: TestApp) {
  const dir = join(t.config.dataDir, 'documents')
  if (!existsSync(dir)) return 0
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length
}

/** Rows and files an application can create. */
export async function counts(t: TestApp) {
  const db = t.database.db
  const n = async (table: typeof registrations | typeof registrationApplications | typeof documents) =>
    (await db.select({ n: count() }).from(table))[0]!.n
  return {
    registrations: await n(registrations),
    applications: await n(registrationApplications),
    documents: await n(documents),
    files: storedFiles(t),
  }
}
