import { randomBytes } from 'node:crypto'
import type { TestApp } from '../../../test/app.ts'
import { users } from '../identity/identity.tables.ts'
import { activities, activityRuns } from './points.accreditation.tables.ts'
import type { PointCategory } from './points.tables.ts'

// Test data for the attendance tests: accredited activities and runs inserted directly (not a test file itself).

let counter = 0

async function someUser(t: TestApp) {
  const [row] = await t.database.db
    .insert(users)
    .values({
      email: `aanbieder-${randomBytes(4).toString('hex')}@test.vakregister.nl`,
      passwordHash: 'x',
      givenName: 'Pim',
      familyName: 'Aanbieder',
    })
    .returning({ id: users.id })
  return row!.id
}

export interface RunOptions {
  points?: number
  category?: PointCategory
  startsOn?: string
  endsOn?: string
  /** `submitted` for an activity that is not accredited (yet). */
  state?: 'accredited' | 'submitted'
  title?: string
}

/** An activity of the provider (accredited unless asked otherwise) with one run; returns both. */
export async function createRun(t: TestApp, providerOrganisationId: string, options: RunOptions = {}) {
  const db = t.database.db
  const submittedById = await someUser(t)
  const accredited = (options.state ?? 'accredited') === 'accredited'
  const n = ++counter
  const [activity] = await db
    .insert(activities)
    .values({
      publicId: accredited ? `A-2026-${String(n).padStart(5, '0')}` : null,
      providerOrganisationId,
      title: options.title ?? `Motiverende gespreksvoering ${n}`,
      description: 'Gesprekstechnieken voor klantmanagers.',
      learningGoals: 'Je past motiverende gespreksvoering toe.',
      format: 'training',
      netHours: options.points ?? 6,
      requestedCategory: options.category ?? 'training',
      state: accredited ? 'accredited' : 'submitted',
      submittedById,
      ...(accredited
        ? {
            points: options.points ?? 6,
            category: options.category ?? 'training',
            validFrom: '2026-01-01',
            validUntil: '2028-12-31',
            decidedAt: new Date('2026-01-02T10:00:00Z'),
          }
        : {}),
    })
    .returning()
  const [run] = await db
    .insert(activityRuns)
    .values({
      activityId: activity!.id,
      startsOn: options.startsOn ?? '2026-05-12',
      endsOn: options.endsOn ?? options.startsOn ?? '2026-05-12',
      location: 'Utrecht',
    })
    .returning()
  return { activity: activity!, run: run! }
}
