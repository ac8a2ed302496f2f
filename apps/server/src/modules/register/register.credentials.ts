// Issues the Open Badges 3.0 credential of a registration (on approval) and keeps it in registration_credentials.
import type { AppDeps } from '../../app.ts'
import type { Tx } from '../../db/client.ts'
import type { Issuer } from '../../platform/credentials/issuer.ts'
import { issuerOf } from '../../platform/credentials/issuer-cache.ts'
import { issueCertification } from '../../platform/credentials/open-badges.ts'
import { findRegistrationForCredential } from './register.applications.repository.ts'
import { registrationCredentials } from './register.decisions.tables.ts'

export interface CredentialCycle {
  id: string
  /** ISO dates; the end is the last day of the cycle (inclusive). */
  startDate: string
  endDate: string
}

/** The stable id of what is certified: one profession in one register. */
export const achievementId = (publicUrl: string, registerSlug: string, profession: string) =>
  `${publicUrl}/registers/${encodeURIComponent(registerSlug)}/beroepen/${encodeURIComponent(profession)}`

/**
 * Signs a Certification credential for a registered person (licenseNumber = the registration number, valid from
 * the cycle's start through its last day) and stores it, inside the approving transaction `tx`. Pass the issuer,
 * loaded with `issuerOf(deps)` before the transaction: loading it the first time writes its key outside `tx`, and
 * on PGlite (one connection) that would wait for `tx` forever.
 */
export async function issueRegistrationCredential(
  tx: Tx,
  deps: AppDeps,
  registrationId: string,
  cycle: CredentialCycle,
  issuer?: Issuer,
): Promise<{ credentialId: string }> {
  const registration = await findRegistrationForCredential(tx, registrationId)
  if (!registration?.registrationNumber) throw new Error('issueRegistrationCredential: not a registered registration')
  const signer = issuer ?? (await issuerOf(deps))
  const name = `${registration.registerName}: ${registration.profession}`
  const issued = await issueCertification(
    tx,
    signer,
    {
      recipientEmail: registration.email,
      licenseNumber: registration.registrationNumber,
      achievement: {
        id: achievementId(deps.config.publicUrl, registration.registerSlug, registration.profession),
        name,
        description: `Ingeschreven in het ${registration.registerName} als ${registration.profession}.`,
        criteria: `Goedgekeurde inschrijving in het ${registration.registerName}: passende opleiding met diploma en aanvaarding van de beroepscode; daarna herregistratie per registratieperiode.`,
      },
      validFrom: new Date(`${cycle.startDate}T00:00:00Z`),
      validUntil: new Date(`${cycle.endDate}T23:59:59Z`),
    },
    deps.clock(),
  )
  await tx.insert(registrationCredentials).values({
    credentialId: issued.credentialId,
    registrationId,
    cycleId: cycle.id,
    validFrom: cycle.startDate,
    validUntil: cycle.endDate,
    document: issued.credential,
    issuedAt: deps.clock(),
  })
  return { credentialId: issued.credentialId }
}
