import credentialsV2 from './contexts/credentials-v2.json' with { type: 'json' }
import dataIntegrityV2 from './contexts/data-integrity-v2.json' with { type: 'json' }
import multikeyV1 from './contexts/multikey-v1.json' with { type: 'json' }
import openBadgesV3 from './contexts/ob-v3p0-context-3.0.3.json' with { type: 'json' }
import securityV1 from './contexts/security-v1.json' with { type: 'json' }
import securityV2 from './contexts/security-v2.json' with { type: 'json' }

export const CREDENTIALS_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2'
export const OPEN_BADGES_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'
export const MULTIKEY_V1_CONTEXT = 'https://w3id.org/security/multikey/v1'
export const DATA_INTEGRITY_V2_CONTEXT = 'https://w3id.org/security/data-integrity/v2'
export const SECURITY_V1_CONTEXT = 'https://w3id.org/security/v1'
export const SECURITY_V2_CONTEXT = 'https://w3id.org/security/v2'

/** Every JSON-LD context this register understands, bundled with the code (see contexts/README.md). */
export const BUNDLED_CONTEXTS: ReadonlyMap<string, object> = new Map<string, object>([
  [CREDENTIALS_V2_CONTEXT, credentialsV2],
  [OPEN_BADGES_V3_CONTEXT, openBadgesV3],
  [MULTIKEY_V1_CONTEXT, multikeyV1],
  [DATA_INTEGRITY_V2_CONTEXT, dataIntegrityV2],
  [SECURITY_V1_CONTEXT, securityV1],
  [SECURITY_V2_CONTEXT, securityV2],
])

export interface RemoteDocument {
  contextUrl: null
  documentUrl: string
  document: object
}
export type DocumentLoader = (url: string) => Promise<RemoteDocument>

export class DocumentNotAllowedError extends Error {
  constructor(url: string) {
    super(`Document "${url}" is not bundled and is never fetched`)
    this.name = 'DocumentNotAllowedError'
  }
}

/**
 * A JSON-LD document loader that serves the bundled contexts and our own issuer documents (built from our data, keyed
 * by URL; a URL with a fragment is looked up whole first), and refuses everything else. It never touches the network.
 */
export function createDocumentLoader(ownDocuments: ReadonlyMap<string, object> = new Map()): DocumentLoader {
  return async (url: string) => {
    const document = BUNDLED_CONTEXTS.get(url) ?? ownDocuments.get(url)
    if (!document) throw new DocumentNotAllowedError(url)
    // A copy: jsonld may annotate what it loads, and the bundled objects are shared.
    return { contextUrl: null, documentUrl: url, document: structuredClone(document) }
  }
}
