import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/app.ts'
import { loginAs } from '../../test/auth.ts'
import { loggerOptions } from './logging.ts'

const lines: string[] = []
const stream = new Writable({
  write(chunk, _encoding, done) {
    lines.push(chunk.toString())
    done()
  },
})

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({}, {}, { logger: { ...loggerOptions('trace'), stream } })
})
afterAll(() => t.close())

describe('logs without personal data', () => {
  it('log request ids and paths, but no e-mail address, password, name, IP address, cookie or token', async () => {
    const person = await loginAs(t, 'professional', { givenName: 'Fatima', familyName: 'El Amrani' })
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email: person.email, password: 'Verkeerd-wachtwoord-123' },
      remoteAddress: '203.0.113.77',
    })
    await t.app.inject({ method: 'GET', url: `/api/v1/audit-events?actorId=${person.userId}`, headers: person.headers })
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      payload: { email: 'nieuw.lid@gemeente.nl', password: 'x', givenName: 'Jan', familyName: 'de Vries' },
    })

    const log = lines.join('')
    expect(lines.length).toBeGreaterThan(5)
    expect(log).toContain('"reqId"')
    expect(log).toContain('/api/v1/sessions')
    for (const secret of [
      person.email,
      person.password,
      'Verkeerd-wachtwoord-123',
      'Fatima',
      'El Amrani',
      '203.0.113.77',
      'nieuw.lid@gemeente.nl',
      'de Vries',
      person.csrfToken,
      person.cookie.split('=')[1]!,
      person.userId, // query strings are not logged
    ]) {
      expect(log).not.toContain(secret)
    }
  })
})
