import { count, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/app.ts'
import { sessionCookieOf, totpCode } from '../../test/auth.ts'
import { users } from '../modules/identity/identity.tables.ts'
import { organisations } from '../modules/organisations/organisations.tables.ts'
import { registrationApplications } from '../modules/register/register.applications.tables.ts'
import { registrationCredentials } from '../modules/register/register.decisions.tables.ts'
import {
  registers,
  registrationCycles,
  registrationStatusChanges,
  registrations,
} from '../modules/register/register.tables.ts'
import { verifyAuditChain } from '../platform/audit/audit.chain.ts'
import { documents } from '../platform/storage/storage.tables.ts'
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoLogins, seedDemoData } from './seed.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const login = (email: string, password = DEMO_PASSWORD) =>
  t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email, password }, remoteAddress: '192.0.2.50' })

describe('demo data', () => {
  it('fills a new database once: organisations, one account per role and 25 professionals', async () => {
    expect(await seedDemoData(t.app.deps)).toBe(true)
    expect(await seedDemoData(t.app.deps)).toBe(false)
    const orgs = await t.database.db.select({ name: organisations.name, kind: organisations.kind }).from(organisations)
    expect(orgs).toEqual(
      expect.arrayContaining([
        { name: 'Gemeente Utrecht', kind: 'municipality' },
        { name: 'Gemeente Zwolle', kind: 'municipality' },
        { name: 'Gemeente Tilburg', kind: 'municipality' },
        { name: 'Hogeschool Utrecht', kind: 'university' },
        { name: 'Opleidingscentrum Sociaal Domein', kind: 'training_company' },
        { name: 'Registerbureau Vakregister', kind: 'register_office' },
      ]),
    )
    expect(orgs).toHaveLength(6)
    const [accounts] = await t.database.db.select({ n: count() }).from(users)
    expect(accounts!.n).toBe(demoLogins().length + 25)
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true)
  })

  it('has two registers with registrations in every public status, numbers from the counter and a history', async () => {
    const regs = await t.database.db.select({ name: registers.name, prefix: registers.numberPrefix }).from(registers)
    expect(regs).toEqual(
      expect.arrayContaining([
        { name: 'Register Klantmanagers', prefix: 'KM' },
        { name: 'Register Participatiecoaches', prefix: 'PC' },
      ]),
    )
    const rows = await t.database.db.select().from(registrations)
    expect(rows).toHaveLength(21)
    const byStatus = (status: string) => rows.filter((r) => r.status === status)
    expect(byStatus('registered').length).toBeGreaterThanOrEqual(15)
    expect(byStatus('suspended')).toHaveLength(1)
    expect(byStatus('lapsed')).toHaveLength(1)
    expect(byStatus('candidate').map((r) => r.registrationNumber)).toEqual([null, null])
    expect(rows.find((r) => r.surname === 'Berg')).toMatchObject({ infix: 'van den', surnameSearch: 'berg' })
    expect(rows.find((r) => r.surname === 'Çelik')?.surnameSearch).toBe('celik')
    const numbers = rows.flatMap((r) => (r.registrationNumber ? [r.registrationNumber] : []))
    expect(new Set(numbers).size).toBe(19)
    expect(numbers).toContain('KM-000001')
    expect(numbers).toContain('PC-000001')
    const [cycles] = await t.database.db.select({ n: count() }).from(registrationCycles)
    expect(cycles!.n).toBe(19)
    const [changes] = await t.database.db.select({ n: count() }).from(registrationStatusChanges)
    expect(changes!.n).toBe(21 + 19 + 2) // applied, approved, plus the lapse and the suspension
  })

  it('puts the demo candidates in the review queue with a PDF diploma, and gives registered people a credential', async () => {
    const queue = await t.database.db
      .select({ state: registrationApplications.state, mediaType: documents.mediaType, bytes: documents.sizeBytes })
      .from(registrationApplications)
      .innerJoin(documents, eq(documents.id, registrationApplications.diplomaDocumentId))
    expect(queue).toEqual([
      expect.objectContaining({ state: 'submitted', mediaType: 'application/pdf' }),
      expect.objectContaining({ state: 'submitted', mediaType: 'application/pdf' }),
    ])
    const credentials = await t.database.db.select().from(registrationCredentials)
    expect(credentials).toHaveLength(18) // 17 registered + 1 suspended; not the lapsed one
    expect((credentials[0]!.document as { proof: { cryptosuite: string } }).proof.cryptosuite).toBe('eddsa-rdfc-2022')
  })

  it('every printed demo login works; MFA roles complete the log-in with the printed TOTP secret', async () => {
    for (const demo of demoLogins()) {
      const res = await login(demo.email)
      expect(res.statusCode, demo.role).toBe(200)
      const me = res.json()
      if (!demo.totpSecret) {
        expect(me.session.mfaState, demo.role).toBe('complete')
        continue
      }
      expect(demo.totpSecret).toBe(DEMO_TOTP_SECRET)
      expect(demo.otpauthUri).toContain(`secret=${DEMO_TOTP_SECRET}`)
      expect(me.session.mfaState, demo.role).toBe('pending')
      const mfa = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions/current/mfa',
        headers: { cookie: sessionCookieOf(res)!, 'x-csrf-token': me.session.csrfToken },
        payload: { code: totpCode(t, demo.totpSecret) },
        remoteAddress: '192.0.2.50',
      })
      expect(mfa.statusCode, demo.role).toBe(200)
      expect(mfa.json().session.mfaState).toBe('complete')
      t.now.value = new Date(t.now.value.getTime() + 31_000) // a TOTP code is accepted once per account and step
    }
  })

  it('the demo accounts carry their roles: the register office is staff, the professional works at Gemeente Utrecht', async () => {
    const me = (await login('registerbureau@demo.vakregister.nl')).json()
    expect(me.staffRoles).toEqual(['register_office'])
    const pro = (await login('professional@demo.vakregister.nl')).json()
    expect(pro.memberships).toEqual([expect.objectContaining({ organisationName: 'Gemeente Utrecht', role: 'member' })])
  })

  it('refuses to run in production', async () => {
    const deps = { ...t.app.deps, config: { ...t.config, nodeEnv: 'production' as const } }
    await expect(seedDemoData(deps)).rejects.toThrow(/productie/)
  })
})
