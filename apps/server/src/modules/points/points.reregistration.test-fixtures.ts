import { randomUUID } from 'node:crypto'
import type { TestApp } from '../../../test/app.ts'
import { systemContext } from '../../platform/auth/actor.ts'
import { createRegister, createRegistration } from '../register/register.test-fixtures.ts'
import { type Booking, bookPoints } from './points.ledger.ts'
import { normVersions, type PointCategory } from './points.tables.ts'

// Test data for the re-registration tests (not a test file itself): a register with the demo norm, a registration
// approved on a given day, and points booked through the ledger.

let counter = 0
const nextPrefix = () => {
  const n = counter++
  return `R${String.fromCharCode(65 + Math.floor(n / 26))}${String.fromCharCode(65 + (n % 26))}`
}

/** A register with the demo norm: 200 points / 5 years, training ≥ 60, reflection ≥ 50, free choice ≤ 60, cap 40. */
export async function registerWithNorm(t: TestApp) {
  const register = await createRegister(t, nextPrefix())
  await t.database.db.insert(normVersions).values({
    registerId: register.id,
    version: 1,
    validFrom: '2000-01-01',
    totalPoints: 200,
    categories: {
      training: { min: 60, max: null },
      reflection: { min: 50, max: null },
      'free-choice': { min: null, max: 60 },
    },
    capPerActivity: 40,
  })
  return register
}

export type Points = [PointCategory, number, string][]

/** Exactly the norm (training 80, reflection 60, free choice 60 counted), spread over 2022–2025. */
export const MEETS_NORM: Points = [
  ['training', 40, '2022-05-01'],
  ['training', 30, '2023-05-01'],
  ['training', 10, '2024-05-01'],
  ['reflection', 40, '2023-09-01'],
  ['reflection', 20, '2024-09-01'],
  ['free-choice', 40, '2024-10-01'],
  ['free-choice', 30, '2025-10-01'],
]

/** Short: 140 counted (training 70, reflection 50, free choice 20), 40 training points in the first year. */
export const SHORT_OF_NORM: Points = [
  ['training', 40, '2021-06-01'],
  ['training', 30, '2024-05-01'],
  ['reflection', 25, '2023-05-01'],
  ['reflection', 25, '2023-06-01'],
  ['free-choice', 20, '2022-06-01'],
]

export async function bookFor(t: TestApp, registrationId: string, points: Points) {
  const bookings: Booking[] = points.map(([category, amount, activityDate]) => ({
    registrationId,
    category,
    points: amount,
    activityDate,
    source: 'correction',
    sourceId: randomUUID(),
    activityKey: `self-report:${randomUUID()}`,
    reference: `Test ${category} ${activityDate}`,
  }))
  const audit = { action: 'points.test.booked', objectType: 'registration', objectId: registrationId }
  return t.database.db.transaction((tx) => bookPoints(tx, systemContext('test'), bookings, audit, t.now.value))
}

/**
 * A registration of `userId` in a new register with the demo norm, approved on `approvedOn` (the first cycle runs
 * five years from then), with `points` booked.
 */
export async function registrationWith(t: TestApp, userId: string, approvedOn: string, points: Points = []) {
  const register = await registerWithNorm(t)
  const registration = await createRegistration(t, register.id, { userId, approvedOn })
  if (points.length) await bookFor(t, registration.id, points)
  return registration
}
