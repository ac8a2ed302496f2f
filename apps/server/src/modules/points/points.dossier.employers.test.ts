import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import { createTestRegister, createTestRegistration } from '../../../test/registrations.ts'
import { addDemoNorm, book } from './points.test-fixtures.ts'

// The employer's consented view of a team member's standing carries the points per category of each cycle.

let t: TestApp
let manager: LoggedIn
let professional: LoggedIn
let org: string
let withNorm: string
let withoutNorm: string

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2026-03-02T10:00:00Z')
  manager = await loginAs(t, 'employer_manager', { remoteAddress: '198.51.100.111' })
  org = manager.organisationId!
  professional = await loginAs(t, 'professional', { remoteAddress: '198.51.100.112' })
  const db = t.database.db
  const register = await createTestRegister(db)
  await addDemoNorm(t, register.id)
  withNorm = (
    await createTestRegistration(db, {
      registerId: register.id,
      userId: professional.userId,
      employerOrganisationId: org,
      startDate: '2024-03-01',
    })
  ).registration.id
  await book(t, withNorm, { category: 'training', points: 45, activityDate: '2024-05-14' })
  await book(t, withNorm, { category: 'free-choice', points: 12.5, activityDate: '2025-05-14' })
  const plain = await createTestRegister(db, 'Register Zonder Norm')
  withoutNorm = (
    await createTestRegistration(db, { registerId: plain.id, userId: professional.userId, employerOrganisationId: org })
  ).registration.id
})
afterAll(() => t.close())

const api = (who: LoggedIn, method: 'GET' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: who.headers, payload })

describe('the employer’s view of a consented standing', () => {
  it('shows the points per category of each cycle, and none for a register without a norm', async () => {
    expect((await api(professional, 'PUT', `/me/cpd-sharing/${org}`, { granted: true })).statusCode).toBe(200)
    const res = await api(manager, 'GET', `/organisations/${org}/team/${withNorm}/standing`)
    expect(res.statusCode).toBe(200)
    const { currentCycle, cycles } = res.json()
    expect(currentCycle.points).toEqual({
      meetsNorm: false,
      totals: { earned: 57.5, counted: 52.5, required: 200, remaining: 147.5 },
      categories: [
        { category: 'training', earned: 45, counted: 40, required: 60, maximum: null, remaining: 20 },
        { category: 'reflection', earned: 0, counted: 0, required: 50, maximum: null, remaining: 50 },
        { category: 'free-choice', earned: 12.5, counted: 12.5, required: 0, maximum: 60, remaining: 0 },
      ],
    })
    expect(cycles[0].points).toEqual(currentCycle.points)
    // Only the standing: no ledger entries, references or forecast reach the employer.
    expect(JSON.stringify(res.json())).not.toMatch(/entries|reference|forecast/)
    const none = await api(manager, 'GET', `/organisations/${org}/team/${withoutNorm}/standing`)
    expect(none.statusCode).toBe(200)
    expect(none.json().currentCycle.points).toBeNull()
  })
})
