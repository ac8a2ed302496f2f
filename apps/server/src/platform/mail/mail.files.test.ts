import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { enqueueMail } from './mail.service.ts'

// Without SMTP settings (the embedded default) mail lands as .eml files in the data folder, and in development
// the sent mails can be read at /api/v1/dev/mails.
let dev: TestApp
let test: TestApp
beforeAll(async () => {
  ;[dev, test] = await Promise.all([
    createTestApp({ NODE_ENV: 'development', RUN_WORKERS: 'true' }),
    createTestApp({ NODE_ENV: 'test' }),
  ])
})
afterAll(() => Promise.all([dev.close(), test.close()]))

async function until<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe('mail without an SMTP server', () => {
  it('is written as an .eml file in the data folder, readable by the developer', async () => {
    const id = await enqueueMail(dev.app.deps, dev.database.db, {
      to: 'sanne.devries@example.nl',
      template: 'identity.password-reset',
      subject: 'Nieuw wachtwoord instellen',
      text: 'Beste Sanne,\n\nStel een nieuw wachtwoord in: http://localhost:3000/wachtwoord-herstellen?token=xyz\n',
    })
    const folder = join(dev.config.dataDir, 'mail')
    const file = await until(() => {
      try {
        return readdirSync(folder).find((name) => name.endsWith(`${id}.eml`))
      } catch {
        return undefined
      }
    })
    const eml = decodeQuotedPrintable(readFileSync(join(folder, file), 'utf8'))
    expect(eml).toContain('To: sanne.devries@example.nl')
    expect(eml).toContain('Subject: Nieuw wachtwoord instellen')
    expect(eml).toContain('wachtwoord-herstellen?token=xyz')
  })

  it('shows the sent mails, newest first, at /api/v1/dev/mails in development', async () => {
    dev.now.value = new Date(dev.now.value.getTime() + 60_000)
    await enqueueMail(dev.app.deps, dev.database.db, {
      to: 'pieter.bakker@example.nl',
      template: 'identity.verify-email',
      subject: 'Bevestig je e-mailadres',
      text: 'Beste Pieter,\n',
    })
    const res = await until(async () => {
      const answer = await dev.app.inject({ method: 'GET', url: '/api/v1/dev/mails?pageSize=10' })
      return answer.json().items.every((m: { status: string }) => m.status === 'sent') && answer
    })
    const body = res.json()
    expect(body.total).toBe(2)
    expect(body.items.map((m: { to: string }) => m.to)).toEqual([
      'pieter.bakker@example.nl',
      'sanne.devries@example.nl',
    ])
    expect(body.items[0]).toMatchObject({ subject: 'Bevestig je e-mailadres', text: 'Beste Pieter,\n', attempts: 1 })
    expect(res.headers.link).toContain('rel="last"')
  })

  it('has no mailbox page outside development', async () => {
    const res = await test.app.inject({ method: 'GET', url: '/api/v1/dev/mails' })
    expect(res.statusCode).toBe(404)
  })
})

/** The body of a text mail as a reader sees it (soft line breaks and =XX escapes undone). */
function decodeQuotedPrintable(text: string) {
  return text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}
