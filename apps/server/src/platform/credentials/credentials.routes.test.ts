import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { readStatusBit } from './bitstring.ts'
import { loadIssuer } from './issuer.ts'
import { issuerOf } from './issuer-cache.ts'
import { type IssuedCredential, issueCertification } from './open-badges.ts'
import { signCredential } from './sign.ts'
import { clearStatusBit, setStatusBit } from './status-list.ts'

let t: TestApp
let issued: IssuedCredential
const validFrom = new Date('2025-06-01T09:00:00Z')
const validUntil = new Date('2030-06-01T00:00:00Z')

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2026-01-15T10:00:00Z')
  const issuer = await issuerOf(t.app.deps)
  issued = await t.database.db.transaction((tx) =>
    issueCertification(
      tx,
      issuer,
      {
        recipientEmail: 'j.de.vries@example.nl',
        licenseNumber: 'KM-000123',
        achievement: {
          id: `${t.config.publicUrl}/registers/klantmanagers`,
          name: 'Registratie klantmanager werk',
          description: 'Ingeschreven in het Register Klantmanagers.',
          criteria: 'Erkend diploma en de beroepscode aanvaard.',
        },
        validFrom,
        validUntil,
      },
      validFrom,
    ),
  )
})
afterAll(() => t.close())

let ip = 0
/** Each check from its own address, so only the rate-limit test meets the limit. */
const verify = (credential: unknown, remoteAddress = `10.0.0.${++ip}`) =>
  t.app.inject({ method: 'POST', url: '/api/v1/credential-verifications', payload: { credential }, remoteAddress })

const statusListPath = () => `/api/v1/status-lists/${issued.status.listId}/suspension`

describe('the issuer', () => {
  it('publishes, without login, the public key the credential proof points to', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/issuer', headers: { accept: 'application/ld+json' } })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^application\/ld\+json/)
    expect(res.headers['cache-control']).toBe('public, max-age=3600')
    const document = res.json()
    expect(document).toMatchObject({
      id: 'http://localhost:3000/api/v1/issuer',
      type: ['Profile'],
      name: 'Vakregister',
    })
    const key = document.verificationMethod.find((k: any) => k.id === issued.credential.proof.verificationMethod)
    expect(key.publicKeyMultibase).toMatch(/^z6Mk/)
    expect(document.assertionMethod).toContain(key.id)
    expect(res.body).not.toMatch(/secret/i)
    const imported = await Ed25519Multikey.from(key)
    expect(imported.id).toBe(key.id)
  })

  it('answers plain JSON to whoever asks for it, and 304 to whoever has it', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/issuer', headers: { accept: 'application/json' } })
    expect(res.headers['content-type']).toMatch(/^application\/json/)
    const again = await t.app.inject({
      method: 'GET',
      url: '/api/v1/issuer',
      headers: { 'if-none-match': res.headers.etag as string },
    })
    expect(again.statusCode).toBe(304)
    expect(again.body).toBe('')
  })
})

describe('checking a credential', () => {
  it('says the signature holds and the registration is not suspended', async () => {
    const res = await verify(issued.credential)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({
      signatureValid: true,
      errors: [],
      issuer: { id: 'http://localhost:3000/api/v1/issuer', name: 'Vakregister' },
      achievementType: 'Certification',
      name: 'Registratie klantmanager werk',
      licenseNumber: 'KM-000123',
      validFrom: '2025-06-01T09:00:00Z',
      validUntil: '2030-06-01T00:00:00Z',
      expired: false,
      notYetValid: false,
      status: { suspended: false, revoked: false },
    })
  })

  it('says so when the person has been suspended since, and no longer once the suspension ends', async () => {
    await setStatusBit(t.database.db, issued.status, 'suspension', t.now.value)
    expect((await verify(issued.credential)).json()).toMatchObject({
      signatureValid: true,
      status: { suspended: true },
    })
    await clearStatusBit(t.database.db, issued.status, 'suspension')
    expect((await verify(issued.credential)).json().status).toEqual({ suspended: false, revoked: false })
  })

  it('reports a changed credential as not valid, with a Dutch reason, and shows no status', async () => {
    const tampered = structuredClone(issued.credential)
    tampered.credentialSubject.licenseNumber = 'KM-999999'
    const body = (await verify(tampered)).json()
    expect(body).toMatchObject({ signatureValid: false, licenseNumber: 'KM-999999', status: null })
    expect(body.errors).toEqual([expect.stringMatching(/^De handtekening klopt niet/)])
  })

  it('reports a credential of another issuer as not ours', async () => {
    const other = await loadIssuer(t.database.db, 'https://ander-register.example', t.now.value)
    const copy = structuredClone(issued.credential)
    delete copy.proof
    const signed = await signCredential(other, { ...copy, issuer: other.profile }, t.now.value)
    const body = (await verify(signed)).json()
    expect(body.signatureValid).toBe(false)
    expect(body.errors).toEqual([
      'Dit certificaat is niet door Vakregister uitgegeven. Wij kunnen het daarom niet controleren.',
    ])
  })

  it('says an expired credential has expired, while its signature still holds', async () => {
    t.now.value = new Date('2031-01-01T00:00:00Z')
    try {
      expect((await verify(issued.credential)).json()).toMatchObject({ signatureValid: true, expired: true })
    } finally {
      t.now.value = new Date('2026-01-15T10:00:00Z')
    }
  })

  it('refuses a missing credential or broken JSON with a 400 in Dutch', async () => {
    const missing = await t.app.inject({ method: 'POST', url: '/api/v1/credential-verifications', payload: {} })
    expect(missing.statusCode).toBe(400)
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(missing.json().errors).toEqual([
      expect.objectContaining({ in: 'body', name: 'credential', code: 'required' }),
    ])
    const notObject = await verify('{"type": "VerifiableCredential"}')
    expect(notObject.statusCode).toBe(400)
    expect(notObject.json().errors[0]).toMatchObject({ name: 'credential', code: 'type' })
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/credential-verifications',
      headers: { 'content-type': 'application/json' },
      payload: '{"credential": {',
    })
    expect(broken.statusCode).toBe(400)
    expect(broken.json().title).toBe('invalid-json')
  })

  it('lets one address check 30 credentials a minute, then answers 429 in Dutch', async () => {
    const results = []
    for (let i = 0; i < 31; i++) results.push((await verify({ hello: i }, '10.9.9.9')).statusCode)
    expect(results.slice(0, 30).every((s) => s === 200)).toBe(true)
    const refused = await verify({ hello: 'again' }, '10.9.9.9')
    expect(refused.statusCode).toBe(429)
    expect(refused.headers['retry-after']).toBeDefined()
    expect(refused.json().detail).toMatch(/^Te veel pogingen/)
    expect((await verify({ hello: 'elsewhere' })).statusCode).toBe(200)
  })
})

describe('the status list', () => {
  it('is a signed list whose bit follows the suspension, with a new ETag when a bit changes', async () => {
    const first = await t.app.inject({ method: 'GET', url: statusListPath() })
    expect(first.statusCode).toBe(200)
    expect(first.headers['cache-control']).toBe('public, max-age=60')
    expect(first.json().type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential'])
    expect(readStatusBit(first.json().credentialSubject.encodedList, issued.status.index)).toBe(false)
    const etag = first.headers.etag as string

    const unchanged = await t.app.inject({ method: 'GET', url: statusListPath(), headers: { 'if-none-match': etag } })
    expect(unchanged.statusCode).toBe(304)
    const again = await t.app.inject({ method: 'GET', url: statusListPath() })
    expect(again.body).toBe(first.body) // signed once, served from the cache

    await setStatusBit(t.database.db, issued.status, 'suspension', t.now.value)
    try {
      const changed = await t.app.inject({ method: 'GET', url: statusListPath(), headers: { 'if-none-match': etag } })
      expect(changed.statusCode).toBe(200)
      expect(changed.headers.etag).not.toBe(etag)
      expect(readStatusBit(changed.json().credentialSubject.encodedList, issued.status.index)).toBe(true)
    } finally {
      await clearStatusBit(t.database.db, issued.status, 'suspension')
    }
    const back = await t.app.inject({ method: 'GET', url: statusListPath() })
    expect(back.headers.etag).toBe(etag)
  })

  it('verifies with the register’s own key', async () => {
    const list = (await t.app.inject({ method: 'GET', url: statusListPath() })).json()
    const body = (await verify(list)).json()
    expect(body).toMatchObject({ signatureValid: true, errors: [], status: null })
  })

  it('answers 404 for a list that does not exist, and 400 for an unknown purpose', async () => {
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/status-lists/9999/suspension' })
    expect(unknown.statusCode).toBe(404)
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/)
    const purpose = await t.app.inject({ method: 'GET', url: `/api/v1/status-lists/${issued.status.listId}/anders` })
    expect(purpose.statusCode).toBe(400)
  })
})
