/**
 * The seeded demo accounts, from the seed module itself, so journeys and the benchmark log in with exactly
 * what `npm start` seeds and prints.
 */
import { type DemoLogin, demoLogins } from '../../apps/server/src/db/seed.ts'

export type { DemoLogin }

/** The demo account whose role (as printed at start-up, e.g. "Registerbureau") matches. */
export function demoLogin(role: RegExp): DemoLogin {
  const logins = demoLogins()
  const found = logins.find((login) => role.test(login.role))
  if (!found)
    throw new Error(`No demo login with a role like ${role}; there are: ${logins.map((l) => l.role).join(', ')}`)
  return found
}
