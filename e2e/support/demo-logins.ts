/**
 * The seeded demo accounts, read from the seed module (apps/server/src/db/seed.ts), so journeys and the
 * benchmark log in with exactly what `npm start` seeds and prints.
 */
export interface DemoLogin {
  email: string
  password: string
  /** Base32 TOTP secret when the account has MFA set up. */
  totpSecret?: string
  role: string
}

const SEED_MODULE = new URL('../../apps/server/src/db/seed.ts', import.meta.url).href

export async function demoLogins(): Promise<DemoLogin[]> {
  const seed: Record<string, unknown> = await import(SEED_MODULE)
  const list = Object.values(seed).find(
    (value): value is Record<string, unknown>[] =>
      Array.isArray(value) &&
      value.length > 0 &&
      typeof value[0] === 'object' &&
      value[0] !== null &&
      'password' in value[0],
  )
  if (!list) throw new Error(`${SEED_MODULE} exports no list of demo logins (objects with email and password)`)
  return list.map((login) => ({
    email: String(login.email),
    password: String(login.password),
    totpSecret: (login.totpSecret ?? login.mfaSecret ?? login.totp) as string | undefined,
    role: String(login.role ?? login.roleKey ?? ''),
  }))
}

export async function demoLogin(role: string | RegExp): Promise<DemoLogin> {
  const logins = await demoLogins()
  const found = logins.find((l) => (typeof role === 'string' ? l.role === role : role.test(l.role)))
  if (!found) throw new Error(`No demo login with role ${role}; there are: ${logins.map((l) => l.role).join(', ')}`)
  return found
}
