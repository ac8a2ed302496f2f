import { describe, expect, it } from 'vitest'
import {
  CODE_ALPHABET,
  formatTicketCode,
  isTicketCode,
  newTicketCode,
  normalizeTicketCode,
  signTicket,
  tokenFrom,
  verifyTicket,
} from './events.tickets.rules.ts'

const SECRET = 'test-secret-of-at-least-thirty-two-characters'
const CLAIMS = {
  signUpId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  eventId: 'f0e1d2c3-b4a5-4968-8776-655443322110',
  version: 1,
}

describe('ticket tokens', () => {
  it('verify with the secret they were signed with and say only sign-up, event and version', () => {
    const token = signTicket(SECRET, CLAIMS)
    expect(verifyTicket(SECRET, token)).toEqual(CLAIMS)
    const body = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'))
    expect(Object.keys(body).sort()).toEqual(['e', 's', 'v'])
  })

  it('fail when any one character is changed, and with another secret', () => {
    const token = signTicket(SECRET, CLAIMS)
    for (let i = 0; i < token.length; i++) {
      const changed = token.slice(0, i) + (token[i] === 'x' ? 'y' : 'x') + token.slice(i + 1)
      expect(verifyTicket(SECRET, changed), `position ${i}`).toBeNull()
    }
    expect(verifyTicket(`${SECRET}!`, token)).toBeNull()
    expect(verifyTicket(SECRET, `${token}.x`)).toBeNull()
    expect(verifyTicket(SECRET, '')).toBeNull()
  })

  it('a validly signed body that is not a ticket is refused', () => {
    const forged = signTicket(SECRET, { ...CLAIMS, signUpId: 'not-a-uuid' })
    expect(verifyTicket(SECRET, forged)).toBeNull()
    expect(verifyTicket(SECRET, signTicket(SECRET, { ...CLAIMS, version: 0 }))).toBeNull()
  })

  it('the scanner may send the whole QR URL', () => {
    const token = signTicket(SECRET, CLAIMS)
    expect(tokenFrom(`https://vakregister.nl/agenda/ticket?ticket=${token}`)).toBe(token)
    expect(tokenFrom(` ${token} `)).toBe(token)
  })
})

describe('ticket codes', () => {
  it('have 8 characters without look-alikes, and are typed in any case with a dash or space', () => {
    expect(CODE_ALPHABET).not.toMatch(/[01IO]/)
    for (let i = 0; i < 200; i++) expect(isTicketCode(newTicketCode())).toBe(true)
    expect(normalizeTicketCode(' abcd-ef23 ')).toBe('ABCDEF23')
    expect(normalizeTicketCode('abcd ef23')).toBe('ABCDEF23')
    expect(isTicketCode('ABCDEF23')).toBe(true)
    expect(isTicketCode('ABCDEF2O')).toBe(false)
    expect(isTicketCode('ABCDEF2')).toBe(false)
    expect(formatTicketCode('ABCDEF23')).toBe('ABCD-EF23')
  })
})
