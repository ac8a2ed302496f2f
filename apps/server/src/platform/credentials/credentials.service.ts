import { createHash } from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import type { AppDeps } from '../../app.ts'
import type { DbOrTx } from '../../db/client.ts'
import type { Locale } from '../http/messages.ts'
import { credentialStateOf } from './credential-kinds.ts'
import { type VerificationErrorCode, verificationError } from './credentials.messages.ts'
import { credentialStatusBits, credentialStatusLists } from './credentials.tables.ts'
import { type Issuer, issuerDocument } from './issuer.ts'
import { issuerOf } from './issuer-cache.ts'
import {
  isStatusBitSet,
  readStatusList,
  type StatusListState,
  type StatusPurpose,
  signStatusList,
  statusListUrl,
} from './status-list.ts'
import { type VerificationResult, verifyCredential } from './verify.ts'

/** A document as sent: its exact bytes and their entity tag. */
export interface CachedDocument {
  body: string
  etag: string
}

const tag = (...parts: (string | number)[]) =>
  `"${createHash('sha256').update(parts.join('|')).digest('base64url').slice(0, 27)}"`

const issuerDocuments = new WeakMap<Issuer, CachedDocument>()

/** The issuer profile and controller document of its public keys (no personal data). */
export async function issuerProfileDocument(deps: AppDeps): Promise<CachedDocument> {
  const issuer = await issuerOf(deps)
  let cached = issuerDocuments.get(issuer)
  if (!cached) {
    const body = JSON.stringify(issuerDocument(issuer.publicUrl, issuer.publicKeys))
    cached = { body, etag: tag('issuer', body) }
    issuerDocuments.set(issuer, cached)
  }
  return cached
}

/**
 * The version of a list: the signing key, the list size and a digest of the set indexes, so it changes whenever a bit
 * changes on any instance. Computed in the database (one small row), never from memory.
 */
async function statusListEtag(db: DbOrTx, issuer: Issuer, listId: number, purpose: StatusPurpose) {
  const bits = credentialStatusBits
  const [row] = await db
    .select({
      size: credentialStatusLists.size,
      digest: sql<string>`md5(coalesce((select string_agg(${bits.statusIndex}::text, ',' order by ${bits.statusIndex})
        from ${bits} where ${bits.listId} = ${credentialStatusLists.id} and ${bits.purpose} = ${purpose}), ''))`,
    })
    .from(credentialStatusLists)
    .where(eq(credentialStatusLists.id, listId))
  return row ? etagOf(issuer, row.size, row.digest) : null
}

const etagOf = (issuer: Issuer, size: number, digest: string) =>
  tag('status-list', issuer.signingKey.id ?? '', size, digest)

const stateEtag = (issuer: Issuer, state: StatusListState) =>
  etagOf(issuer, state.size, createHash('md5').update(state.setIndexes.join(',')).digest('hex'))

/** Signed lists of this process, one per (issuer, list, purpose): signed again only when the list changed. */
const signedLists = new WeakMap<Issuer, Map<string, CachedDocument>>()

/**
 * The signed status list credential, or null for an unknown list. `ifNoneMatch` decides early: when the client has
 * the current version, only the version is read (`notModified`). The cache is keyed by the version of the state that
 * was actually signed, so a bit flipped meanwhile (here or on another instance) is never served under an older tag.
 */
export async function statusListDocument(
  deps: AppDeps,
  listId: number,
  purpose: StatusPurpose,
  clientHas: (etag: string) => boolean,
): Promise<{ notModified: true; etag: string } | ({ notModified: false } & CachedDocument) | null> {
  const issuer = await issuerOf(deps)
  const db = deps.database.db
  const etag = await statusListEtag(db, issuer, listId, purpose)
  if (!etag) return null
  if (clientHas(etag)) return { notModified: true, etag }
  let lists = signedLists.get(issuer)
  if (!lists) {
    lists = new Map()
    signedLists.set(issuer, lists)
  }
  const key = `${listId}:${purpose}`
  const cached = lists.get(key)
  if (cached?.etag === etag) return { notModified: false, ...cached }
  const state = await readStatusList(db, listId, purpose)
  if (!state) return null
  const signed = await signStatusList(issuer, state, deps.clock())
  const document = { body: JSON.stringify(signed), etag: stateEtag(issuer, state) }
  lists.set(key, document)
  return { notModified: false, ...document }
}

const isObject = (value: unknown): value is Record<string, any> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const text = (value: unknown) => (typeof value === 'string' ? value : null)

/**
 * Checks a pasted credential: does our signature hold, and what is the registration's status now (read from the
 * status list bit in the database, so a credential of a since-suspended person says so). A credential a module
 * claims (`registerCredentialKind`, e.g. an attendance credential) also gets its `kind` and `status.withdrawn` (e.g.
 * the check-in was undone); the fields are absent for other credentials.
 */
export async function verifyPresentedCredential(deps: AppDeps, locale: Locale, credential: Record<string, unknown>) {
  const issuer = await issuerOf(deps)
  const result = await verifyCredential(credential, { documentLoader: issuer.documentLoader, now: deps.clock() })
  const claimed = isObject(credential.issuer) ? credential.issuer : null
  const issuerId = claimed ? text(claimed.id) : text(credential.issuer)
  const subject = result.subject
  const achievement = isObject(subject?.achievement) ? subject.achievement : null
  const licenseNumber = text(subject?.licenseNumber)
  const credits = subject?.creditsEarned
  const creditsEarned = typeof credits === 'number' && Number.isFinite(credits) ? credits : null
  const db = deps.database.db
  // A module's own state (e.g. an undone check-in) only for a credential whose signature holds.
  const state = result.signatureValid && result.credentialId ? await credentialStateOf(db, result.credentialId) : null
  const status = result.signatureValid ? await currentStatus(db, issuer, result) : null
  return {
    signatureValid: result.signatureValid,
    errors: result.signatureValid
      ? []
      : [verificationError(locale, failureReason(credential, issuerId, issuer, result))],
    issuer: issuerId || claimed ? { id: issuerId, name: claimed ? text(claimed.name) : null } : null,
    achievementType: text(achievement?.achievementType),
    name: text(achievement?.name) ?? text(credential.name),
    ...(licenseNumber ? { licenseNumber } : {}),
    ...(state ? { kind: state.kind } : {}),
    ...(creditsEarned !== null ? { creditsEarned } : {}),
    validFrom: result.validFrom,
    validUntil: result.validUntil,
    expired: result.expired,
    notYetValid: result.notYetValid,
    status: state ? { suspended: false, revoked: false, ...status, withdrawn: state.withdrawn } : status,
  }
}

function failureReason(
  credential: Record<string, unknown>,
  issuerId: string | null,
  issuer: Issuer,
  result: VerificationResult,
): VerificationErrorCode {
  const types = Array.isArray(credential.type) ? credential.type : [credential.type]
  if (!types.includes('VerifiableCredential')) return 'not-a-credential'
  if (issuerId !== issuer.id) return 'other-issuer'
  if (!isObject(credential.proof) && !Array.isArray(credential.proof)) return 'no-proof'
  if (result.errors.some((e) => /never fetched/.test(e))) return 'unknown-document'
  return 'signature-invalid'
}

/** The status now, from our own list the (signed) credential points to; null when it points to none of ours. */
async function currentStatus(db: DbOrTx, issuer: Issuer, result: VerificationResult) {
  const purpose = result.statusPurpose
  if (result.statusListIndex === null || (purpose !== 'suspension' && purpose !== 'revocation')) return null
  const match = /\/(\d+)\/(suspension|revocation)$/.exec(result.statusListCredential ?? '')
  if (!match || match[2] !== purpose) return null
  const allocation = { listId: Number(match[1]), index: result.statusListIndex }
  if (result.statusListCredential !== statusListUrl(issuer.publicUrl, allocation.listId, purpose)) return null
  const set = await isStatusBitSet(db, allocation, purpose)
  return { suspended: purpose === 'suspension' && set, revoked: purpose === 'revocation' && set }
}
