import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { Problem } from '../http/api-schemas.ts'
import { API_PREFIX } from '../http/http.plugin.ts'
import { enforceRateLimits, type RateRule } from '../rate-limit/rate-limit.ts'
import {
  CredentialVerification,
  IssuerDocument,
  StatusListCredential,
  StatusListParams,
  VerificationRequest,
} from './credentials.schemas.ts'
import {
  type CachedDocument,
  issuerProfileDocument,
  statusListDocument,
  verifyPresentedCredential,
} from './credentials.service.ts'

const TAGS = ['Certificaten']
/** Verifying costs CPU (canonicalisation and signature): 30 per minute per IP address. */
export const VERIFY_RATE: RateRule = { name: 'credential-verification', limit: 30, windowSeconds: 60 }
const ISSUER_CACHE = 'public, max-age=3600'
const STATUS_LIST_CACHE = 'public, max-age=60'
const LD_JSON = 'application/ld+json; charset=utf-8'

/** Both JSON-LD and plain JSON, for the documentation; the bytes are the same. */
const linkedData = (schema: object, description: string) => ({
  description,
  content: { 'application/ld+json': { schema }, 'application/json': { schema } },
})
const notModified = { description: 'Niet gewijzigd (ETag komt overeen met If-None-Match)', type: 'null' }

/** Public credential routes: the issuer and its keys, the status lists, and checking a credential. No login. */
export async function credentialRoutes(app: FastifyInstance) {
  const deps = app.deps

  app.get(
    `${API_PREFIX}/issuer`,
    {
      schema: {
        tags: TAGS,
        summary: 'Uitgeversprofiel van Vakregister met de publieke sleutels',
        operationId: 'getIssuer',
        description:
          'Het Open Badges 3.0-profiel van Vakregister als uitgever, tevens het controllerdocument van de ' +
          'Ed25519-sleutels waarmee certificaten zijn ondertekend. Openbaar, zonder persoonsgegevens; met ETag.',
        response: { 200: linkedData(IssuerDocument, 'Het uitgeversprofiel'), 304: notModified },
      },
    },
    async (request, reply) => sendDocument(request, reply, await issuerProfileDocument(deps), ISSUER_CACHE),
  )

  app.get(
    `${API_PREFIX}/status-lists/:listId/:purpose`,
    {
      schema: {
        tags: TAGS,
        summary: 'Statuslijst (Bitstring Status List) van certificaten',
        operationId: 'getStatusList',
        description:
          'De ondertekende BitstringStatusListCredential (W3C) waar certificaten met `credentialStatus` naar ' +
          'verwijzen. Openbaar; kort te cachen (60 s) en met een ETag die verandert zodra een bit verandert.',
        params: StatusListParams,
        response: {
          200: linkedData(StatusListCredential, 'De ondertekende statuslijst'),
          304: notModified,
          404: Problem,
        },
      },
    },
    async (request, reply) => {
      const { listId, purpose } = request.params as StatusListParams
      const clientHas = (etag: string) => matchesEtag(request.headers['if-none-match'], etag)
      const document = await statusListDocument(deps, listId, purpose, clientHas)
      if (!document) return reply.callNotFound()
      if (document.notModified) return sendNotModified(reply, document.etag, STATUS_LIST_CACHE)
      return sendDocument(request, reply, document, STATUS_LIST_CACHE)
    },
  )

  app.post(
    `${API_PREFIX}/credential-verifications`,
    {
      schema: {
        tags: TAGS,
        summary: 'Certificaat controleren: klopt de handtekening en wat is de status nu?',
        operationId: 'verifyCredential',
        description:
          'Controleert de handtekening (DataIntegrityProof eddsa-rdfc-2022) van een certificaat van Vakregister ' +
          'en leest de status nu uit de statuslijst. Openbaar; 30 controles per minuut per IP-adres.',
        body: VerificationRequest,
        response: { 200: CredentialVerification, 400: Problem, 429: Problem },
      },
    },
    async (request) => {
      const now = deps.clock()
      await enforceRateLimits(deps.database.db, now, request.ctx.locale, [[VERIFY_RATE, request.ip]])
      const { credential } = request.body as VerificationRequest
      return verifyPresentedCredential(deps, request.ctx.locale, credential)
    },
  )
}

/** True when If-None-Match names this tag (or `*`); weak tags compare equal too. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch.split(',').some((part) => {
    const candidate = part.trim().replace(/^W\//, '')
    return candidate === '*' || candidate === etag
  })
}

function sendNotModified(reply: FastifyReply, etag: string, cacheControl: string) {
  return reply.code(304).header('etag', etag).header('cache-control', cacheControl).header('vary', 'Accept').send()
}

/** Sends the exact bytes (a signed document is never re-serialised), as JSON-LD unless plain JSON is asked for. */
function sendDocument(request: FastifyRequest, reply: FastifyReply, document: CachedDocument, cacheControl: string) {
  if (matchesEtag(request.headers['if-none-match'], document.etag))
    return sendNotModified(reply, document.etag, cacheControl)
  return reply
    .header('etag', document.etag)
    .header('cache-control', cacheControl)
    .header('vary', 'Accept')
    .type(prefersPlainJson(request.headers.accept) ? 'application/json; charset=utf-8' : LD_JSON)
    .send(document.body)
}

function prefersPlainJson(accept: string | undefined): boolean {
  const types = (accept ?? '').split(',').map((part) => part.split(';')[0]?.trim().toLowerCase())
  return types.includes('application/json') && !types.includes('application/ld+json')
}
