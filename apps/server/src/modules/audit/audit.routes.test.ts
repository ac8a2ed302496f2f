import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs, type TestRole } from '../../../test/auth.ts'
import { recordAudit } from '../../platform/audit/audit.service.ts'
import type { RequestContext } from '../../platform/auth/actor.ts'

let t: TestApp
const as: Partial<Record<TestRole, LoggedIn>> = {}
const REFUSED: TestRole[] = ['professional', 'editor', 'moderator', 'employer_manager', 'provider_staff', 'researcher']
const SYSTEM: RequestContext = { actor: null, requestId: 'seed-0001', origin: 'system', locale: 'nl' }

beforeAll(async () => {
  t = await createTestApp()
  let n = 20
  for (const role of ['admin', 'register_office', ...REFUSED] as TestRole[]) {
    as[role] = await loginAs(t, role, { remoteAddress: `198.51.100.${n++}` })
  }
  const at = (iso: string) => new Date(iso)
  await recordAudit(t.database.db, SYSTEM, {
    action: 'register.entry.created',
    result: 'success',
    occurredAt: at('2026-01-10T08:00:00Z'),
  })
  await recordAudit(t.database.db, SYSTEM, {
    action: 'register.entry.removed',
    result: 'failure',
    occurredAt: at('2026-02-10T08:00:00Z'),
  })
  await recordAudit(t.database.db, SYSTEM, {
    action: 'registers.other',
    result: 'success',
    occurredAt: at('2026-03-10T08:00:00Z'),
  })
})
afterAll(() => t.close())

const get = (who: LoggedIn | null, query = '') =>
  t.app.inject({ method: 'GET', url: `/api/v1/audit-events${query}`, headers: who?.headers ?? {} })

describe('reading the audit trail', () => {
  it('the register office sees the log-ins of the demo staff, newest first, with who did it', async () => {
    const res = await get(as.register_office!, '?action=identity.')
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.total).toBeGreaterThan(0)
    const times = body.items.map((e: { occurredAt: string }) => e.occurredAt)
    expect([...times].sort().reverse()).toEqual(times)
    expect(body.items.every((e: { action: string }) => e.action.startsWith('identity.'))).toBe(true)
    const mine = body.items.find((e: { actorId: string }) => e.actorId === as.admin!.userId)
    expect(mine.actorEmail).toBe(as.admin!.email)
    expect(Object.keys(mine).sort()).toEqual(
      [
        'action',
        'actorEmail',
        'actorId',
        'details',
        'id',
        'objectId',
        'objectType',
        'occurredAt',
        'origin',
        'requestId',
        'result',
      ].sort(),
    )
  })

  it('filters on action prefix (a literal prefix: `register.` does not match `registers.`), result and period', async () => {
    const prefix = (await get(as.admin!, '?action=register.')).json()
    expect(prefix.items.map((e: { action: string }) => e.action)).toEqual([
      'register.entry.removed',
      'register.entry.created',
    ])
    const failed = (await get(as.admin!, '?action=register.&result=failure')).json()
    expect(failed.items.map((e: { action: string }) => e.action)).toEqual(['register.entry.removed'])
    const period = (await get(as.admin!, '?from=2026-02-01T00:00:00Z&to=2026-03-10T08:00:00Z&action=regist')).json()
    expect(period.items.map((e: { action: string }) => e.action)).toEqual(['registers.other', 'register.entry.removed'])
  })

  it('filters on the person and pages with a Link header', async () => {
    const res = await get(as.admin!, `?actorId=${as.register_office!.userId}&pageSize=1`)
    const body = res.json()
    expect(body.items).toHaveLength(1)
    expect(body.items[0].actorId).toBe(as.register_office!.userId)
    expect(body.pageSize).toBe(1)
    if (body.total > 1) expect(res.headers.link).toContain('rel="next"')
    expect(res.headers['x-total-count']).toBe(String(body.total))
  })

  it('asks you to log in first (401)', async () => {
    const res = await get(null)
    expect(res.statusCode).toBe(401)
    expect(res.headers['content-type']).toContain('application/problem+json')
  })

  it.each(REFUSED)('a %s may not read it (403), and the attempt is itself audited', async (role) => {
    const res = await get(as[role]!)
    expect(res.statusCode).toBe(403)
    const audit = (await get(as.admin!, `?actorId=${as[role]!.userId}&action=audit.read`)).json()
    expect(audit.items[0]).toMatchObject({ action: 'audit.read', result: 'denied' })
  })

  it('explains every invalid filter (400)', async () => {
    const res = await get(as.admin!, '?actorId=nope&result=maybe&from=gisteren&pageSize=500')
    expect(res.statusCode).toBe(400)
    const names = res
      .json()
      .errors.map((e: { name: string }) => e.name)
      .sort()
    expect(names).toEqual(['actorId', 'from', 'pageSize', 'result'])
    const order = await get(as.admin!, '?from=2026-03-01T00:00:00Z&to=2026-02-01T00:00:00Z')
    expect(order.statusCode).toBe(400)
    expect(order.json().errors).toEqual([expect.objectContaining({ in: 'query', name: 'to', code: 'range' })])
  })
})
