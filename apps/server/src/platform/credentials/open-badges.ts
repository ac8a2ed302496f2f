import { createHash, randomBytes, randomUUID } from 'node:crypto'
import type { DbOrTx } from '../../db/client.ts'
import { CREDENTIALS_V2_CONTEXT, OPEN_BADGES_V3_CONTEXT } from './document-loader.ts'
import type { Issuer } from './issuer.ts'
import { signCredential, toDateTime } from './sign.ts'
import { allocateStatusIndex, type StatusAllocation, statusListEntry } from './status-list.ts'

/** What the credential says was achieved (OB 3.0 Achievement: id, type, name, description, criteria are required). */
export interface AchievementInput {
  /** A stable URL of the achievement, e.g. the register's public page of the profession. */
  id: string
  name: string
  description: string
  /** Criteria.narrative: what one must do or be to earn it. */
  criteria: string
  /** Achievement.humanCode: a code people use for it, e.g. an accredited activity's public ID. */
  humanCode?: string
}

interface CommonInput {
  /** The recipient's email: only its salted SHA-256 hash goes into the credential (OB 3.0 IdentityObject). */
  recipientEmail: string
  achievement: AchievementInput
  validFrom: Date
  validUntil?: Date
}

export interface CertificationInput extends CommonInput {
  /** The registration number (AchievementSubject.licenseNumber). */
  licenseNumber: string
}

export interface CourseCompletionInput extends CommonInput {
  /** Left out of the credential when undefined (e.g. attendance without CPD points). */
  creditsEarned?: number
}

export interface IssuedCredential {
  credential: Record<string, any>
  credentialId: string
  status: StatusAllocation
}

/**
 * OB 3.0 IdentityObject for an email: identityHash = "sha256$" + hex(SHA-256(identity + salt)), hashed true,
 * identityType "emailAddress". The email is lower-cased and trimmed first, so the holder can prove it again.
 */
export function hashedEmailIdentifier(email: string, salt = randomBytes(16).toString('hex')) {
  const identity = email.trim().toLowerCase()
  const hash = createHash('sha256')
    .update(identity + salt, 'utf8')
    .digest('hex')
  return { type: 'IdentityObject', identityHash: `sha256$${hash}`, identityType: 'emailAddress', hashed: true, salt }
}

/**
 * An Open Badges 3.0 OpenBadgeCredential for a registration (achievementType Certification, licenseNumber on the
 * AchievementSubject, as OB 3.0 defines it), with a suspension entry in a Bitstring Status List, signed with
 * DataIntegrityProof eddsa-rdfc-2022. Run inside the issuing transaction: the status index is allocated in `tx`.
 */
export async function issueCertification(tx: DbOrTx, issuer: Issuer, input: CertificationInput, now: Date) {
  return issue(tx, issuer, input, 'Certification', { licenseNumber: input.licenseNumber }, now)
}

/** The same for a completed course (achievementType Course, creditsEarned on the AchievementSubject). */
export async function issueCourseCompletion(tx: DbOrTx, issuer: Issuer, input: CourseCompletionInput, now: Date) {
  const credits = input.creditsEarned
  if (credits !== undefined && (!Number.isFinite(credits) || credits < 0))
    throw new RangeError('creditsEarned must be ≥ 0')
  return issue(tx, issuer, input, 'Course', credits === undefined ? {} : { creditsEarned: credits }, now)
}

async function issue(
  tx: DbOrTx,
  issuer: Issuer,
  input: CommonInput,
  achievementType: 'Certification' | 'Course',
  subjectExtra: { licenseNumber: string } | { creditsEarned?: number },
  now: Date,
): Promise<IssuedCredential> {
  if (input.validUntil && input.validUntil <= input.validFrom)
    throw new RangeError('validUntil must be after validFrom')
  const credentialId = `urn:uuid:${randomUUID()}`
  const status = await allocateStatusIndex(tx, credentialId, now)
  const credential = {
    '@context': [CREDENTIALS_V2_CONTEXT, OPEN_BADGES_V3_CONTEXT],
    id: credentialId,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: input.achievement.name,
    issuer: issuer.profile,
    validFrom: toDateTime(input.validFrom),
    ...(input.validUntil ? { validUntil: toDateTime(input.validUntil) } : {}),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [hashedEmailIdentifier(input.recipientEmail)],
      achievement: {
        id: input.achievement.id,
        type: ['Achievement'],
        achievementType,
        name: input.achievement.name,
        description: input.achievement.description,
        criteria: { narrative: input.achievement.criteria },
        ...(input.achievement.humanCode ? { humanCode: input.achievement.humanCode } : {}),
      },
      ...subjectExtra,
    },
    credentialStatus: statusListEntry(issuer.publicUrl, status, 'suspension'),
  }
  return { credential: await signCredential(issuer, credential, now), credentialId, status }
}
