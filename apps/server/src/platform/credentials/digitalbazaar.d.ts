// Minimal types for the untyped Digital Bazaar credential packages (only what this folder uses).

declare module '@digitalbazaar/vc' {
  export function issue(options: {
    credential: object
    suite: unknown
    documentLoader: unknown
    now?: Date
  }): Promise<any>
  export function verifyCredential(options: {
    credential: object
    suite: unknown
    documentLoader: unknown
    checkStatus?: (options: object) => Promise<{ verified: boolean }>
    now?: Date | string
  }): Promise<{ verified: boolean; error?: unknown; results?: unknown[] }>
}

declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { signer?: unknown; cryptosuite: unknown; date?: Date | string })
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: { name: string }
}

declare module '@digitalbazaar/ed25519-multikey' {
  export interface Ed25519MultikeyPair {
    id: string
    controller: string
    publicKeyMultibase: string
    secretKeyMultibase?: string
    signer(): { algorithm: string; id: string; sign(options: { data: Uint8Array }): Promise<Uint8Array> }
    export(options: { publicKey?: boolean; secretKey?: boolean; includeContext?: boolean }): Promise<{
      id: string
      type: string
      controller: string
      publicKeyMultibase: string
      secretKeyMultibase?: string
    }>
  }
  export function generate(options: { id?: string; controller?: string }): Promise<Ed25519MultikeyPair>
  export function from(key: {
    id?: string
    controller?: string
    type?: string
    publicKeyMultibase: string
    secretKeyMultibase?: string
  }): Promise<Ed25519MultikeyPair>
}
