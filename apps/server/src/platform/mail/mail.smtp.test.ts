import type { AddressInfo } from 'node:net'
import { eq, sql } from 'drizzle-orm'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { enqueueMail, type MailMessage } from './mail.service.ts'
import { outboxMails } from './mail.tables.ts'

interface Received {
  from: string
  to: string[]
  raw: string
}

// A real SMTP server: accepts every mail, except that it refuses (451, try later) addresses at weigert.test.
const received: Received[] = []
const refusals: string[] = []
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  onRcptTo(address, _session, callback) {
    if (address.address.endsWith('@weigert.test')) {
      refusals.push(address.address)
      const error = Object.assign(new Error('Mailbox tijdelijk niet beschikbaar'), { responseCode: 451 })
      return callback(error)
    }
    callback()
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('end', () => {
      received.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        to: session.envelope.rcptTo.map((r) => r.address),
        raw: Buffer.concat(chunks).toString('utf8'),
      })
      callback()
    })
  },
})

let t: TestApp
beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const port = (smtp.server.address() as AddressInfo).port
  t = await createTestApp({
    RUN_WORKERS: 'true',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(port),
    MAIL_FROM: 'Vakregister <noreply@vakregister.test>',
  })
})
afterAll(async () => {
  await t.close()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

const mail = (to: string): MailMessage => ({
  to,
  template: 'identity.verify-email',
  subject: 'Bevestig je e-mailadres voor Vakregister',
  text: 'Beste Fatima,\n\nKlik op deze link: http://localhost:3000/verifieren?token=abc123\n',
})

async function until<T>(probe: () => Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const outboxRow = async (id: string) =>
  (await t.database.db.select().from(outboxMails).where(eq(outboxMails.id, id)))[0]
const jobCount = async () => {
  const result: any = await t.database.db.execute(
    sql`select count(*)::int as n from pgboss.job where name = 'mail.send'`,
  )
  return (result.rows ?? result)[0].n as number
}

describe('mail', () => {
  it('a mail written with a change is delivered over SMTP once the change commits', async () => {
    const id = await t.database.db.transaction((tx) => enqueueMail(t.app.deps, tx, mail('fatima.elamrani@example.nl')))
    const message = await until(async () => received.find((r) => r.to.includes('fatima.elamrani@example.nl')))
    expect(message.from).toBe('noreply@vakregister.test')
    expect(message.raw).toContain('Subject: Bevestig je e-mailadres voor Vakregister')
    expect(message.raw).toContain('http://localhost:3000/verifieren?token=abc123')
    const row = await until(async () => {
      const current = await outboxRow(id)
      return current?.status === 'sent' && current
    })
    expect(row).toMatchObject({ attempts: 1, lastError: null, template: 'identity.verify-email' })
    expect(row.sentAt).toBeInstanceOf(Date)
  })

  it('a mail of a change that is rolled back is never queued nor sent', async () => {
    const jobsBefore = await jobCount()
    let outboxId = ''
    await expect(
      t.database.db.transaction(async (tx) => {
        outboxId = await enqueueMail(t.app.deps, tx, mail('teruggedraaid@example.nl'))
        throw new Error('change failed')
      }),
    ).rejects.toThrow('change failed')
    expect(outboxId).not.toBe('')
    expect(await outboxRow(outboxId)).toBeUndefined()
    expect(await jobCount()).toBe(jobsBefore)
  })

  it('a refused mail is tried again and, after the last try, marked failed with the reason', async () => {
    const id = await t.database.db.transaction((tx) => enqueueMail(t.app.deps, tx, mail('jan.jansen@weigert.test')))
    const row = await until(async () => {
      const current = await outboxRow(id)
      return current?.status === 'failed' && current
    }, 20_000)
    // retryLimit 2 in tests: the first try and two retries.
    expect(row.attempts).toBe(3)
    expect(refusals.filter((a) => a === 'jan.jansen@weigert.test')).toHaveLength(3)
    expect(row.lastError).toMatch(/451/)
    expect(row.sentAt).toBeNull()
    expect(received.some((r) => r.to.includes('jan.jansen@weigert.test'))).toBe(false)
  })
})
