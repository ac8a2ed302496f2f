import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as vc from '@digitalbazaar/vc'
import type { DocumentLoader } from './document-loader.ts'

export interface VerificationResult {
  /** The proof holds: signed by one of our keys, nothing changed since. Says nothing about time or status. */
  signatureValid: boolean
  errors: string[]
  credentialId: string | null
  subject: Record<string, unknown> | null
  validFrom: string | null
  validUntil: string | null
  /** Against `now`: before validFrom or after validUntil. */
  expired: boolean
  notYetValid: boolean
  statusListCredential: string | null
  statusPurpose: string | null
  statusListIndex: number | null
}

/**
 * Verifies a credential's DataIntegrityProof (eddsa-rdfc-2022) with our loader only: bundled contexts and our own
 * issuer documents, so a credential of another issuer or with an unknown context fails, and nothing is fetched.
 * Validity dates are reported, not folded into `signatureValid`; the registration's status now is the caller's (the
 * register) to look up with `statusListIndex`.
 */
export async function verifyCredential(
  input: unknown,
  options: { documentLoader: DocumentLoader; now: Date },
): Promise<VerificationResult> {
  let credential: unknown = input
  if (typeof input === 'string') {
    try {
      credential = JSON.parse(input)
    } catch {
      return failed(['not JSON'])
    }
  }
  if (!isObject(credential)) return failed(['not a JSON object'])

  const validFrom = typeof credential.validFrom === 'string' ? credential.validFrom : null
  const validUntil = typeof credential.validUntil === 'string' ? credential.validUntil : null
  const status = isObject(credential.credentialStatus) ? credential.credentialStatus : null
  const index = status && typeof status.statusListIndex === 'string' ? Number(status.statusListIndex) : Number.NaN
  const fromTime = validFrom ? Date.parse(validFrom) : Number.NaN
  const untilTime = validUntil ? Date.parse(validUntil) : Number.NaN

  const errors: string[] = []
  let signatureValid = false
  try {
    const result = await vc.verifyCredential({
      credential,
      suite: new DataIntegrityProof({ cryptosuite }),
      documentLoader: options.documentLoader,
      // The signature does not depend on the time: check it as of validFrom, report the dates separately.
      now: Number.isNaN(fromTime) ? options.now : new Date(fromTime),
      // Status is not part of the signature; the register reads it from its own data (see statusListIndex).
      checkStatus: async () => ({ verified: true }),
    })
    signatureValid = result.verified
    if (!result.verified) errors.push(...errorMessages(result.error ?? result.results))
  } catch (error) {
    errors.push(...errorMessages(error))
  }

  return {
    signatureValid,
    errors,
    credentialId: typeof credential.id === 'string' ? credential.id : null,
    subject: isObject(credential.credentialSubject) ? credential.credentialSubject : null,
    validFrom,
    validUntil,
    expired: !Number.isNaN(untilTime) && options.now.getTime() > untilTime,
    notYetValid: !Number.isNaN(fromTime) && options.now.getTime() < fromTime,
    statusListCredential:
      status && typeof status.statusListCredential === 'string' ? status.statusListCredential : null,
    statusPurpose: status && typeof status.statusPurpose === 'string' ? status.statusPurpose : null,
    statusListIndex: Number.isSafeInteger(index) && index >= 0 ? index : null,
  }
}

function failed(errors: string[]): VerificationResult {
  return {
    signatureValid: false,
    errors,
    credentialId: null,
    subject: null,
    validFrom: null,
    validUntil: null,
    expired: false,
    notYetValid: false,
    statusListCredential: null,
    statusPurpose: null,
    statusListIndex: null,
  }
}

const isObject = (value: unknown): value is Record<string, any> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function errorMessages(error: unknown): string[] {
  if (Array.isArray(error)) return error.flatMap((r) => errorMessages(isObject(r) ? r.error : r)).filter(Boolean)
  if (!isObject(error)) return error ? [String(error)] : []
  const nested = Array.isArray(error.errors) ? error.errors.flatMap(errorMessages) : []
  return nested.length > 0 ? nested : [String(error.message ?? error)]
}
