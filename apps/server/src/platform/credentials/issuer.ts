import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { asc, eq } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { credentialSigningKeys } from './credentials.tables.ts'
import {
  CREDENTIALS_V2_CONTEXT,
  createDocumentLoader,
  type DocumentLoader,
  MULTIKEY_V1_CONTEXT,
  OPEN_BADGES_V3_CONTEXT,
  SECURITY_V2_CONTEXT,
} from './document-loader.ts'

export const ISSUER_NAME = 'Vakregister'

/** The issuer's stable public URL: its Open Badges Profile and the controller document of its keys. */
export const issuerId = (publicUrl: string) => `${publicUrl}/api/v1/issuer`

export interface PublicKey {
  id: string
  controller: string
  publicKeyMultibase: string
}

/** The register as issuer: its profile, the key that signs now, and a loader that knows only our documents. */
export interface Issuer {
  id: string
  publicUrl: string
  /** The Profile as embedded in every credential's `issuer`. */
  profile: { id: string; type: ['Profile']; name: string; url: string }
  signingKey: Ed25519Multikey.Ed25519MultikeyPair
  /** Every key of this issuer, oldest first (old keys stay to verify what they signed). */
  publicKeys: PublicKey[]
  documentLoader: DocumentLoader
}

export function issuerProfile(publicUrl: string): Issuer['profile'] {
  return { id: issuerId(publicUrl), type: ['Profile'], name: ISSUER_NAME, url: publicUrl }
}

/** A key's verification method document, served at its own id (`…/api/v1/issuer#key-1`). */
export function verificationMethodDocument(key: PublicKey) {
  return {
    '@context': MULTIKEY_V1_CONTEXT,
    id: key.id,
    type: 'Multikey',
    controller: key.controller,
    publicKeyMultibase: key.publicKeyMultibase,
  }
}

/**
 * The document at `${publicUrl}/api/v1/issuer`: an Open Badges 3.0 Profile that is also the controller document of
 * the issuer's keys (verificationMethod + assertionMethod), so a verifier finds the public key at a stable URL.
 */
export function issuerDocument(publicUrl: string, keys: PublicKey[]) {
  return {
    '@context': [CREDENTIALS_V2_CONTEXT, OPEN_BADGES_V3_CONTEXT, SECURITY_V2_CONTEXT, MULTIKEY_V1_CONTEXT],
    ...issuerProfile(publicUrl),
    verificationMethod: keys.map((key) => ({
      id: key.id,
      type: 'Multikey',
      controller: key.controller,
      publicKeyMultibase: key.publicKeyMultibase,
    })),
    assertionMethod: keys.map((key) => key.id),
  }
}

/** The issuer's own documents by URL, for the document loader. */
export function issuerDocuments(publicUrl: string, keys: PublicKey[]): Map<string, object> {
  const documents = new Map<string, object>([[issuerId(publicUrl), issuerDocument(publicUrl, keys)]])
  for (const key of keys) documents.set(key.id, verificationMethodDocument(key))
  return documents
}

/**
 * Loads the issuer for this public URL, generating its first Ed25519 key when there is none yet. Safe when two
 * instances start at once: the key id is fixed (`#key-1`), so the second insert does nothing and both load the same key.
 */
export async function loadIssuer(db: DbOrTx, publicUrl: string, now: Date): Promise<Issuer> {
  const id = issuerId(publicUrl)
  let rows = await selectKeys(db, id)
  if (rows.length === 0) {
    const generated = await Ed25519Multikey.generate({ id: `${id}#key-1`, controller: id })
    const exported = await generated.export({ publicKey: true, secretKey: true })
    await db
      .insert(credentialSigningKeys)
      .values({
        id: exported.id,
        controller: id,
        publicKeyMultibase: exported.publicKeyMultibase,
        secretKeyMultibase: exported.secretKeyMultibase!,
        createdAt: now,
      })
      .onConflictDoNothing()
    rows = await selectKeys(db, id)
  }
  const newest = rows[rows.length - 1]!
  const signingKey = await Ed25519Multikey.from({ ...newest, type: 'Multikey' })
  const publicKeys = rows.map(({ id: keyId, controller, publicKeyMultibase }) => ({
    id: keyId,
    controller,
    publicKeyMultibase,
  }))
  return {
    id,
    publicUrl,
    profile: issuerProfile(publicUrl),
    signingKey,
    publicKeys,
    documentLoader: createDocumentLoader(issuerDocuments(publicUrl, publicKeys)),
  }
}

function selectKeys(db: DbOrTx, controller: string) {
  return db
    .select({
      id: credentialSigningKeys.id,
      controller: credentialSigningKeys.controller,
      publicKeyMultibase: credentialSigningKeys.publicKeyMultibase,
      secretKeyMultibase: credentialSigningKeys.secretKeyMultibase,
    })
    .from(credentialSigningKeys)
    .where(eq(credentialSigningKeys.controller, controller))
    .orderBy(asc(credentialSigningKeys.createdAt), asc(credentialSigningKeys.id))
}
