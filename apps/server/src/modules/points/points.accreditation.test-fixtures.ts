import type { TestApp } from '../../../test/app.ts'
import type { LoggedIn } from '../../../test/auth.ts'

// Test data for accreditation's HTTP tests (not a test file itself).

export const SUBMISSION = {
  title: 'Motiverende gespreksvoering in de bijstand',
  description: 'Tweedaagse training over gesprekken met klanten die twijfelen over werk.',
  learningGoals: 'Je herkent verandertaal en past OARS toe in een klantgesprek.',
  format: 'training',
  netHours: 12.5,
  targetProfessions: ['klantmanager', 'jobcoach'],
  requestedCategory: 'training',
  teachers: ['Drs. A. Jansen (gz-psycholoog)'],
}

export const api = (t: TestApp) => ({
  post: (who: LoggedIn | null, url: string, payload?: object) =>
    t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: who?.headers ?? {}, payload }),
  put: (who: LoggedIn | null, url: string, payload?: object) =>
    t.app.inject({ method: 'PUT', url: `/api/v1${url}`, headers: who?.headers ?? {}, payload }),
  del: (who: LoggedIn | null, url: string) =>
    t.app.inject({ method: 'DELETE', url: `/api/v1${url}`, headers: who?.headers ?? {} }),
  get: (who: LoggedIn | null, url: string) =>
    t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: who ? { cookie: who.cookie } : {} }),
})

/** Submits a valid activity as this provider's staff member; returns the created activity. */
export async function submit(t: TestApp, provider: LoggedIn, overrides: object = {}) {
  const res = await api(t).post(provider, `/organisations/${provider.organisationId}/activities`, {
    ...SUBMISSION,
    ...overrides,
  })
  if (res.statusCode !== 201) throw new Error(`submit answered ${res.statusCode} ${res.body}`)
  return res.json() as { id: string; publicId: string | null; state: string; validFrom: string | null }
}

/** Submits and accredits an activity (valid 1 year from today unless told otherwise). */
export async function accredited(t: TestApp, provider: LoggedIn, office: LoggedIn, decision: object = {}) {
  const activity = await submit(t, provider)
  const res = await api(t).post(office, `/activity-reviews/${activity.id}/decisions`, {
    outcome: 'accredit',
    ...decision,
  })
  if (res.statusCode !== 201) throw new Error(`accredit answered ${res.statusCode} ${res.body}`)
  return res.json() as { id: string; publicId: string; validFrom: string; validUntil: string }
}
