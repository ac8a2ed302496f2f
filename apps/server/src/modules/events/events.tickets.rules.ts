import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'

// Tickets: a signed token for the QR code and a short code to type. Pure functions; the secret comes from the config.

/** 8 characters from 32 without look-alikes (no 0/O, 1/I): 40 bits, easy to read out and type. */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
export const CODE_LENGTH = 8

/** What a token says: the sign-up, its event and the ticket version. Nothing about the person. */
export interface TicketClaims {
  signUpId: string
  eventId: string
  version: number
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const PREFIX = 't1'

const mac = (secret: string, body: string) => createHmac('sha256', secret).update(`${PREFIX}.${body}`).digest()

/**
 * `t1.<base64url JSON {s, e, v}>.<base64url HMAC-SHA256>`: the body is readable (no personal data in it) and the
 * signature over the prefix and body makes any changed byte fail.
 */
export function signTicket(secret: string, claims: TicketClaims): string {
  const body = Buffer.from(JSON.stringify({ s: claims.signUpId, e: claims.eventId, v: claims.version })).toString(
    'base64url',
  )
  return `${PREFIX}.${body}.${mac(secret, body).toString('base64url')}`
}

/** The claims of a token whose signature is right, or null (wrong form, wrong signature, wrong content). */
export function verifyTicket(secret: string, token: string): TicketClaims | null {
  const parts = token.trim().split('.')
  if (parts.length !== 3 || parts[0] !== PREFIX) return null
  const [, body, signature] = parts as [string, string, string]
  if (!/^[A-Za-z0-9_-]+$/.test(body) || !/^[A-Za-z0-9_-]{43}$/.test(signature)) return null
  const given = Buffer.from(signature, 'base64url')
  const expected = mac(secret, body)
  // base64url decoding ignores stray low bits of the last character: compare the re-encoded text as well.
  if (given.toString('base64url') !== signature || !timingSafeEqual(given, expected)) return null
  let claims: unknown
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return null
  }
  const c = claims as { s?: unknown; e?: unknown; v?: unknown }
  if (typeof c.s !== 'string' || typeof c.e !== 'string' || !UUID.test(c.s) || !UUID.test(c.e)) return null
  if (typeof c.v !== 'number' || !Number.isInteger(c.v) || c.v < 1) return null
  return { signUpId: c.s, eventId: c.e, version: c.v }
}

/** The token from what a scanner read: the token itself, or the ticket URL with `?ticket=`. */
export function tokenFrom(scanned: string): string {
  const value = scanned.trim()
  if (!/^https?:\/\//i.test(value)) return value
  try {
    return new URL(value).searchParams.get('ticket') ?? value
  } catch {
    return value
  }
}

/** A random ticket code. */
export function newTicketCode(): string {
  let code = ''
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]
  return code
}

/** A typed code as stored: upper case, without spaces and dashes (people write `abcd-efgh` or `ABCD EFGH`). */
export function normalizeTicketCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '')
}

export const isTicketCode = (code: string) =>
  code.length === CODE_LENGTH && [...code].every((ch) => CODE_ALPHABET.includes(ch))

/** `ABCD-EFGH`: how the code is shown. */
export const formatTicketCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`
