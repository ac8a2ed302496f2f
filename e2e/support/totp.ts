import { Secret, TOTP } from 'otpauth'

const lastUsed = new Map<string, string>()

/**
 * The current 6-digit code of an authenticator app for `secret` (base32). A code is accepted once only, so when
 * this secret's current code was already used, it waits for the next 30-second period, as a person would.
 */
export async function totpCode(secret: string): Promise<string> {
  const totp = new TOTP({ secret: Secret.fromBase32(secret.replace(/\s+/g, '').toUpperCase()), digits: 6, period: 30 })
  let code = totp.generate()
  while (code === lastUsed.get(secret)) {
    const msToNextPeriod = 30_000 - (Date.now() % 30_000) + 250
    await new Promise((resolve) => setTimeout(resolve, msToNextPeriod))
    code = totp.generate()
  }
  lastUsed.set(secret, code)
  return code
}
