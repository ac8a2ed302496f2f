import type { DbOrTx } from '../../db/client.ts'

/**
 * What a module knows about a credential it issued, for the verification answer: its kind (e.g. `attendance`) and
 * whether what it states has been withdrawn since (e.g. the check-in was undone). The signature says what was true
 * when it was signed; this says whether it still stands.
 */
export interface CredentialState {
  kind: string
  withdrawn: boolean
}

/** Answers null for a credential the module did not issue. Reads only; no personal data leaves it. */
export type CredentialStateResolver = (db: DbOrTx, credentialId: string) => Promise<CredentialState | null>

const resolvers = new Map<string, CredentialStateResolver>()

/**
 * A module registers the resolver of its kind of credential when its routes are registered (setting it again is
 * harmless). The platform stays free of module imports: modules come to it.
 */
export function registerCredentialKind(kind: string, resolver: CredentialStateResolver) {
  resolvers.set(kind, resolver)
}

/** The state of a verified credential according to the module that issued it; null when none claims it. */
export async function credentialStateOf(db: DbOrTx, credentialId: string): Promise<CredentialState | null> {
  for (const resolver of resolvers.values()) {
    const state = await resolver(db, credentialId)
    if (state) return state
  }
  return null
}
