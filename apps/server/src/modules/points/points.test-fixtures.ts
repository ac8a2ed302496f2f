import type { TestApp } from '../../../test/app.ts'
import { systemContext } from '../../platform/auth/actor.ts'
import { type Booking, bookPoints, reverseBooking } from './points.ledger.ts'
import { DEMO_NORM_KM } from './points.norms.seed.ts'
import { insertNormVersion } from './points.norms.service.ts'

// Test data for the dossier and behind-notice tests (not a test file itself).

export const addDemoNorm = (t: TestApp, registerId: string) =>
  insertNormVersion(t.database.db, registerId, DEMO_NORM_KM, t.now.value)

let n = 0
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`

/** Books points straight into the ledger (as an attendance); returns the source id, to withdraw it later. */
export async function book(
  t: TestApp,
  registrationId: string,
  entry: Pick<Booking, 'category' | 'points' | 'activityDate'> & Partial<Booking>,
) {
  const sourceId = entry.sourceId ?? uuid()
  const booking: Booking = {
    registrationId,
    source: 'attendance',
    sourceId,
    activityKey: `activity:${sourceId}`,
    reference: `A-2024-${String(n).padStart(5, '0')} · Motiverende gespreksvoering`,
    ...entry,
  }
  const [outcome] = await t.database.db.transaction((tx) =>
    bookPoints(
      tx,
      systemContext('test'),
      [booking],
      { action: 'points.test.booked', objectType: 'registration', objectId: registrationId },
      t.now.value,
    ),
  )
  if (outcome?.outcome !== 'booked') throw new Error(`book: ${outcome?.outcome}`)
  return sourceId
}

export const withdraw = (t: TestApp, sourceId: string, note = 'Presentie ingetrokken') =>
  t.database.db.transaction((tx) =>
    reverseBooking(
      tx,
      systemContext('test'),
      { source: 'attendance', sourceId, note },
      { action: 'points.test.withdrawn', objectType: 'attendance', objectId: sourceId },
      t.now.value,
    ),
  )
