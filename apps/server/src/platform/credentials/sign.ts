import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as vc from '@digitalbazaar/vc'
import type { Issuer } from './issuer.ts'

/** A UTC timestamp without milliseconds, as VC 2.0 examples write `validFrom`. */
export const toDateTime = (date: Date) => `${date.toISOString().slice(0, 19)}Z`

/** Adds a `DataIntegrityProof` (`eddsa-rdfc-2022`, proofPurpose assertionMethod) made with the issuer's current key. */
export async function signCredential<T extends object>(issuer: Issuer, credential: T, now: Date): Promise<T> {
  const suite = new DataIntegrityProof({ signer: issuer.signingKey.signer(), cryptosuite, date: toDateTime(now) })
  return vc.issue({ credential: structuredClone(credential), suite, documentLoader: issuer.documentLoader, now })
}
