import { randomBytes } from 'node:crypto'
import type { TestApp } from '../../../test/app.ts'
import type { LoggedIn } from '../../../test/auth.ts'
import { hashToken } from '../identity/identity.rules.ts'
import { sessions, users } from '../identity/identity.tables.ts'

// Test data for the agenda's HTTP tests (not a test file itself).

export const EVENT = {
  title: 'Armoede en schulden in de bijstand',
  type: 'lecture',
  description: 'Lezing over schuldhulpverlening en het vroeg signaleren van geldzorgen bij klanten in de bijstand.',
  speakers: ['Dr. Nadja Jungmann (lector schulden en incasso)'],
  startsAtLocal: '2027-03-28T10:00',
  endsAtLocal: '2027-03-28T12:30',
  online: false,
  locationName: 'Stadskantoor Utrecht',
  address: 'Stadsplateau 1, 3521 AZ Utrecht',
  province: 'Utrecht',
  accessibility: 'Rolstoeltoegankelijk, ringleiding in de zaal.',
  capacity: 50,
  signUpDeadlineLocal: '2027-03-26T17:00',
  audience: ['klantmanager', 'schuldhulpverlener'],
  priceInfo: 'Gratis',
}

export const ONLINE_URL = 'https://meet.example.nl/j/123456?pwd=geheim'

export const api = (t: TestApp) => ({
  post: (who: LoggedIn | null, url: string, payload?: object) =>
    t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: who?.headers ?? {}, payload }),
  put: (who: LoggedIn | null, url: string, payload?: object) =>
    t.app.inject({ method: 'PUT', url: `/api/v1${url}`, headers: who?.headers ?? {}, payload }),
  get: (who: LoggedIn | null, url: string, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'GET',
      url: `/api/v1${url}`,
      headers: { ...(who ? { cookie: who.cookie } : {}), ...headers },
    }),
})

/** Publishes an event as this provider's staff member; returns the organiser's view of it. */
export async function createEvent(t: TestApp, provider: LoggedIn, overrides: object = {}) {
  const res = await api(t).post(provider, `/organisations/${provider.organisationId}/events`, {
    ...EVENT,
    ...overrides,
  })
  if (res.statusCode !== 201) throw new Error(`createEvent answered ${res.statusCode} ${res.body}`)
  return res.json() as { id: string; startsAt: string; placesTaken: number }
}

/**
 * Many people with a complete session each, written straight into the database (no password hashing, no log-in
 * round trips): what a test of 200 simultaneous sign-ups needs. The session works exactly like one from a log-in.
 */
export async function manyPeople(t: TestApp, count: number, prefix = 'deelnemer') {
  const now = t.now.value
  const rows = await t.database.db
    .insert(users)
    .values(
      Array.from({ length: count }, (_, i) => ({
        email: `${prefix}-${i}-${randomBytes(3).toString('hex')}@test.vakregister.nl`,
        passwordHash: 'not-used',
        givenName: `Deelnemer`,
        familyName: `${prefix} ${String(i).padStart(3, '0')}`,
        emailVerifiedAt: now,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .returning({ id: users.id, email: users.email })
  const tokens = rows.map(() => randomBytes(32).toString('base64url'))
  const csrf = rows.map(() => randomBytes(16).toString('hex'))
  await t.database.db.insert(sessions).values(
    rows.map((row, i) => ({
      id: hashToken(tokens[i]!),
      userId: row.id,
      csrfToken: csrf[i]!,
      mfaState: 'complete' as const,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + 12 * 3_600_000),
    })),
  )
  return rows.map((row, i) => ({
    userId: row.id,
    email: row.email,
    headers: { cookie: `vr_session=${tokens[i]}`, 'x-csrf-token': csrf[i]! },
  }))
}

/** Moves the app's clock and keeps every test session alive across the jump (idle and absolute timeouts). */
export async function moveClock(t: TestApp, to: Date) {
  t.now.value = to
  await t.database.db
    .update(sessions)
    .set({ createdAt: to, lastSeenAt: to, expiresAt: new Date(to.getTime() + 12 * 3_600_000) })
}
