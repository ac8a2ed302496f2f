import type { AppDeps } from '../../app.ts'
import { type Issuer, loadIssuer } from './issuer.ts'

const issuers = new WeakMap<AppDeps, Promise<Issuer>>()

/**
 * The register's issuer for this app, loaded (and its first key generated) on first use, then kept for the app's life.
 * A failed load is not kept, so the next request tries again.
 */
export function issuerOf(deps: AppDeps): Promise<Issuer> {
  let issuer = issuers.get(deps)
  if (!issuer) {
    issuer = loadIssuer(deps.database.db, deps.config.publicUrl, deps.clock())
    issuers.set(deps, issuer)
    issuer.catch(() => issuers.delete(deps))
  }
  return issuer
}
