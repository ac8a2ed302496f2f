import { asc, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import type { RequestContext } from '../auth/actor.ts'
import { GENESIS_HASH, hashEntry, verifyAuditChain } from './audit.chain.ts'
import { recordAudit } from './audit.service.ts'
import { auditEvents } from './audit.tables.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const ctx = (userId: string | null = null): RequestContext => ({
  actor: userId ? { userId, staffRoles: [], memberships: [], sessionId: null } : null,
  requestId: 'req-12345678',
  origin: '203.0.113.7',
  locale: 'nl',
})
const USER = '0b0f6a1e-2c1d-4b7a-9c55-3f1d2a9e8b01'
const rows = () => t.database.db.select().from(auditEvents).orderBy(asc(auditEvents.id))

describe('the audit trail', () => {
  it('links every entry to the one before it, starting from the genesis hash', async () => {
    await recordAudit(t.database.db, ctx(USER), { action: 'identity.login', result: 'success' })
    await recordAudit(t.database.db, ctx(), { action: 'identity.login', result: 'failure', actorId: USER })
    const [first, second] = await rows()
    expect(first!.prevHash).toBe(GENESIS_HASH)
    expect(second!.prevHash).toBe(first!.hash)
    expect(first!.hash).toBe(hashEntry(GENESIS_HASH, first!))
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true, checked: 2 })
  })

  it('records who, where from and which request, taking the actor from the context unless overridden', async () => {
    await recordAudit(t.database.db, ctx(USER), {
      action: 'organisations.membership.added',
      objectType: 'membership',
      objectId: 'm-1',
      result: 'success',
      occurredAt: new Date('2026-03-01T09:30:00.123Z'),
    })
    await recordAudit(t.database.db, ctx(USER), { action: 'identity.signup', result: 'success', actorId: null })
    const all = await rows()
    const added = all.find((r) => r.action === 'organisations.membership.added')!
    expect(added).toMatchObject({ actorId: USER, origin: '203.0.113.7', requestId: 'req-12345678', objectId: 'm-1' })
    expect(added.occurredAt.toISOString()).toBe('2026-03-01T09:30:00.123Z')
    expect(all.find((r) => r.action === 'identity.signup')!.actorId).toBeNull()
  })

  it('never stores a password, token, secret or code, even when a caller passes one', async () => {
    await recordAudit(t.database.db, ctx(USER), {
      action: 'identity.password.changed',
      result: 'success',
      details: {
        password: 'Geheim-wachtwoord-1',
        nested: { csrfToken: 'abc', totpSecret: 'JBSW' },
        code: '123456',
        reason: 'user',
      },
    })
    const entry = (await rows()).at(-1)!
    expect(entry.details).toEqual({
      password: '[redacted]',
      nested: { csrfToken: '[redacted]', totpSecret: '[redacted]' },
      code: '[redacted]',
      reason: 'user',
    })
    expect(JSON.stringify(entry)).not.toContain('Geheim-wachtwoord-1')
  })

  it('writes the entry only when the change it belongs to commits', async () => {
    const before = (await rows()).length
    await expect(
      t.database.db.transaction(async (tx) => {
        await recordAudit(tx, ctx(USER), { action: 'organisations.organisation.created', result: 'success' })
        throw new Error('the change failed')
      }),
    ).rejects.toThrow('the change failed')
    expect((await rows()).length).toBe(before)
  })

  it('keeps one unbroken chain when many entries are written at the same time', async () => {
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        recordAudit(t.database.db, ctx(USER), { action: 'identity.session.ended', result: 'success', details: { i } }),
      ),
    )
    const result = await verifyAuditChain(t.database.db, { batchSize: 7 })
    expect(result.ok).toBe(true)
  })

  it('refuses to change or delete an entry, at the database level', async () => {
    const refusal = (statement: ReturnType<typeof sql>) =>
      t.database.db.execute(statement).then(
        () => 'accepted',
        (error) => String(error.cause?.message ?? error.message),
      )
    expect(await refusal(sql`update audit_events set action = 'x'`)).toMatch(/append-only: UPDATE refused/)
    expect(await refusal(sql`delete from audit_events`)).toMatch(/append-only: DELETE refused/)
    expect(await refusal(sql`truncate audit_events`)).toMatch(/append-only: TRUNCATE refused/)
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true)
  })

  it('finds an entry slipped in with a made-up hash, and names it', async () => {
    const last = (await rows()).at(-1)!
    const [forged] = await t.database.db
      .insert(auditEvents)
      .values({ action: 'identity.login', result: 'success', prevHash: last.hash, hash: 'f'.repeat(64) })
      .returning({ id: auditEvents.id })
    await recordAudit(t.database.db, ctx(USER), { action: 'identity.logout', result: 'success' })
    const result = await verifyAuditChain(t.database.db, { batchSize: 5 })
    expect(result).toMatchObject({ ok: false, brokenAt: { id: forged!.id, reason: 'hash-mismatch' } })
  })
})
