import { createHash } from 'node:crypto'
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createTestDatabase } from '../../../test/database.ts'
import type { DatabaseHandle } from '../../db/client.ts'
import { readStatusBit } from './bitstring.ts'
import { type Issuer, issuerDocument, loadIssuer } from './issuer.ts'
import { type IssuedCredential, issueCertification, issueCourseCompletion } from './open-badges.ts'
import { signCredential } from './sign.ts'
import {
  allocateStatusIndex,
  buildStatusListCredential,
  clearStatusBit,
  isStatusBitSet,
  setStatusBit,
} from './status-list.ts'
import { verifyCredential } from './verify.ts'

const PUBLIC_URL = 'https://vakregister.example'
const now = new Date('2025-06-01T09:00:00Z')
const achievement = {
  id: `${PUBLIC_URL}/beroepen/mondhygienist`,
  name: 'Registratie mondhygiënist',
  description: 'Ingeschreven in het Vakregister als mondhygiënist.',
  criteria: 'Erkend diploma en een volledige nascholingscyclus.',
}

let database: DatabaseHandle
let issuer: Issuer
let issued: IssuedCredential
beforeAll(async () => {
  database = await createTestDatabase()
  issuer = await loadIssuer(database.db, PUBLIC_URL, now)
  issued = await database.db.transaction((tx) =>
    issueCertification(
      tx,
      issuer,
      {
        recipientEmail: 'J.de.Vries@example.nl',
        licenseNumber: 'VR-2025-000123',
        achievement,
        validFrom: now,
        validUntil: new Date('2030-06-01T00:00:00Z'),
      },
      now,
    ),
  )
})
afterAll(() => database.close())
afterEach(() => {
  vi.unstubAllGlobals()
})

const verify = (credential: unknown, at = now) =>
  verifyCredential(credential, { documentLoader: issuer.documentLoader, now: at })

describe('the issuer key', () => {
  it('is generated once and loaded again at the next start', async () => {
    const again = await loadIssuer(database.db, PUBLIC_URL, new Date('2025-07-01T00:00:00Z'))
    expect(again.publicKeys).toEqual(issuer.publicKeys)
    expect(issuer.publicKeys).toHaveLength(1)
    expect(issuer.publicKeys[0]).toMatchObject({ id: `${PUBLIC_URL}/api/v1/issuer#key-1`, controller: issuer.id })
    expect(issuer.publicKeys[0]!.publicKeyMultibase).toMatch(/^z6Mk/)
  })

  it('is published in the issuer profile, which is also its controller document', () => {
    const document = issuerDocument(PUBLIC_URL, issuer.publicKeys)
    expect(document).toMatchObject({ id: `${PUBLIC_URL}/api/v1/issuer`, type: ['Profile'], name: 'Vakregister' })
    expect(document.assertionMethod).toEqual([`${PUBLIC_URL}/api/v1/issuer#key-1`])
    expect(document.verificationMethod[0]).not.toHaveProperty('secretKeyMultibase')
  })
})

describe('a registration credential (Open Badges 3.0)', () => {
  it('has exactly the OB 3.0 fields of a certification', () => {
    const c = issued.credential
    expect(Object.keys(c).sort()).toEqual(
      [
        '@context',
        'credentialStatus',
        'credentialSubject',
        'id',
        'issuer',
        'name',
        'proof',
        'type',
        'validFrom',
        'validUntil',
      ].sort(),
    )
    expect(c['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ])
    expect(c.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential'])
    expect(c.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
    expect(c.issuer).toEqual({
      id: `${PUBLIC_URL}/api/v1/issuer`,
      type: ['Profile'],
      name: 'Vakregister',
      url: PUBLIC_URL,
    })
    expect(c.validFrom).toBe('2025-06-01T09:00:00Z')
    expect(c.validUntil).toBe('2030-06-01T00:00:00Z')
    expect(Object.keys(c.credentialSubject).sort()).toEqual(['achievement', 'identifier', 'licenseNumber', 'type'])
    expect(c.credentialSubject.type).toEqual(['AchievementSubject'])
    expect(c.credentialSubject.licenseNumber).toBe('VR-2025-000123')
    expect(c.credentialSubject.achievement).toEqual({
      id: achievement.id,
      type: ['Achievement'],
      achievementType: 'Certification',
      name: achievement.name,
      description: achievement.description,
      criteria: { narrative: achievement.criteria },
    })
    expect(c.credentialStatus).toEqual({
      id: `${PUBLIC_URL}/api/v1/status-lists/${issued.status.listId}/suspension#${issued.status.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'suspension',
      statusListIndex: String(issued.status.index),
      statusListCredential: `${PUBLIC_URL}/api/v1/status-lists/${issued.status.listId}/suspension`,
    })
    expect(c.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
      verificationMethod: `${PUBLIC_URL}/api/v1/issuer#key-1`,
      created: '2025-06-01T09:00:00Z',
    })
  })

  it('names the recipient only by a salted hash of the email (OB 3.0 IdentityObject)', () => {
    const [identity] = issued.credential.credentialSubject.identifier
    expect(JSON.stringify(issued.credential)).not.toMatch(/vries/i)
    const expected = createHash('sha256').update(`j.de.vries@example.nl${identity.salt}`).digest('hex')
    expect(identity).toEqual({
      type: 'IdentityObject',
      identityHash: `sha256$${expected}`,
      identityType: 'emailAddress',
      hashed: true,
      salt: identity.salt,
    })
  })

  it('verifies, as pasted JSON too, without fetching anything', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('network used')))
    vi.stubGlobal('fetch', fetch)
    const result = await verify(JSON.stringify(issued.credential), new Date('2026-01-01T00:00:00Z'))
    expect(result).toMatchObject({
      signatureValid: true,
      errors: [],
      credentialId: issued.credentialId,
      validFrom: '2025-06-01T09:00:00Z',
      validUntil: '2030-06-01T00:00:00Z',
      expired: false,
      statusListIndex: issued.status.index,
      statusPurpose: 'suspension',
    })
    expect(result.subject).toMatchObject({ licenseNumber: 'VR-2025-000123' })
    expect(fetch).not.toHaveBeenCalled()
  })

  it.each([
    ['the license number', (c: any) => (c.credentialSubject.licenseNumber = 'VR-2025-999999')],
    ['the end date', (c: any) => (c.validUntil = '2040-06-01T00:00:00Z')],
    ['the achievement name', (c: any) => (c.credentialSubject.achievement.name = 'Registratie tandarts')],
    ['the status index', (c: any) => (c.credentialStatus.statusListIndex = '1')],
    ['the issuer name', (c: any) => (c.issuer.name = 'Nepregister')],
  ])('fails when someone changes %s', async (_field, tamper) => {
    const copy = structuredClone(issued.credential)
    tamper(copy)
    const result = await verify(copy)
    expect(result.signatureValid).toBe(false)
    expect(result.errors.length).toBeGreaterThan(0)
  })

  it('fails for a credential signed with another key that claims to be ours', async () => {
    const impostor = await Ed25519Multikey.generate({ id: issuer.publicKeys[0]!.id, controller: issuer.id })
    const copy = structuredClone(issued.credential)
    delete copy.proof
    const forged = await signCredential({ ...issuer, signingKey: impostor }, copy, now)
    expect(forged.proof.verificationMethod).toBe(issued.credential.proof.verificationMethod)
    const result = await verify(forged)
    expect(result.signatureValid).toBe(false)
  })

  it('fails for a credential of another issuer, whose documents are never fetched', async () => {
    const other = await loadIssuer(database.db, 'https://other.example', now)
    const copy = structuredClone(issued.credential)
    delete copy.proof
    const signed = await signCredential(other, { ...copy, issuer: other.profile }, now)
    const result = await verify(signed)
    expect(result.signatureValid).toBe(false)
    expect(result.errors.join(' ')).toMatch(/never fetched/)
  })

  it('still has a valid signature after its end date, and says it has expired', async () => {
    const result = await verify(issued.credential, new Date('2031-01-01T00:00:00Z'))
    expect(result).toMatchObject({ signatureValid: true, expired: true, notYetValid: false })
  })

  it('tells what is not a credential', async () => {
    expect(await verify('{not json')).toMatchObject({ signatureValid: false, errors: ['not JSON'] })
    expect((await verify({ hello: 'world' })).signatureValid).toBe(false)
  })
})

describe('a course completion credential', () => {
  it('is an OB 3.0 Course achievement with the credits earned, and verifies', async () => {
    const course = await database.db.transaction((tx) =>
      issueCourseCompletion(
        tx,
        issuer,
        {
          recipientEmail: 'a@b.nl',
          creditsEarned: 4.5,
          achievement: { ...achievement, name: 'Nascholing' },
          validFrom: now,
        },
        now,
      ),
    )
    expect(course.credential.credentialSubject.achievement.achievementType).toBe('Course')
    expect(course.credential.credentialSubject.creditsEarned).toBe(4.5)
    expect(course.credential).not.toHaveProperty('validUntil')
    expect(course.status).not.toEqual(issued.status)
    expect((await verify(course.credential)).signatureValid).toBe(true)
  })
})

describe('the status list', () => {
  it('sets and clears a suspension, and the signed status list credential says so', async () => {
    const listed = async () => {
      const list = await buildStatusListCredential(database.db, issuer, issued.status.listId, 'suspension', now)
      expect((await verify(list)).signatureValid).toBe(true)
      return readStatusBit(list!.credentialSubject.encodedList, issued.status.index)
    }
    expect(await listed()).toBe(false)
    await setStatusBit(database.db, issued.status, 'suspension', now)
    await setStatusBit(database.db, issued.status, 'suspension', now)
    expect(await isStatusBitSet(database.db, issued.status, 'suspension')).toBe(true)
    expect(await listed()).toBe(true)
    await clearStatusBit(database.db, issued.status, 'suspension')
    expect(await isStatusBitSet(database.db, issued.status, 'suspension')).toBe(false)
    expect(await listed()).toBe(false)
  })

  it('is a BitstringStatusListCredential of at least 131,072 entries', async () => {
    const list = await buildStatusListCredential(database.db, issuer, issued.status.listId, 'suspension', now)
    expect(list!.type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential'])
    expect(list!.credentialSubject).toMatchObject({ type: 'BitstringStatusList', statusPurpose: 'suspension' })
    expect(list!.credentialSubject.encodedList).toMatch(/^u[A-Za-z0-9_-]+$/)
    expect(await buildStatusListCredential(database.db, issuer, 999, 'suspension', now)).toBeNull()
  })

  it('gives every credential its own index, also when issued at the same moment', async () => {
    const allocations = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        database.db.transaction((tx) => allocateStatusIndex(tx, `urn:uuid:test-${i}`, now)),
      ),
    )
    const keys = new Set([...allocations, issued.status].map((a) => `${a.listId}:${a.index}`))
    expect(keys.size).toBe(13)
    for (const a of allocations) expect(a.index).toBeLessThan(131_072)
  })

  it('never clears a revocation', async () => {
    await setStatusBit(database.db, issued.status, 'revocation', now)
    await expect(clearStatusBit(database.db, issued.status, 'revocation')).rejects.toThrow(/final/)
    expect(await isStatusBitSet(database.db, issued.status, 'revocation')).toBe(true)
  })
})
