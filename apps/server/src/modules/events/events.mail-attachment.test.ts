import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../config/config.ts'
import { createMailTransport } from '../../platform/mail/mail.transport.ts'
import { renderCalendar } from './events.ical.ts'

const dataDir = mkdtempSync(join(tmpdir(), 'vr-events-mail-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

describe('a reminder’s .ics leaves as a real attachment', () => {
  it('the mail transport writes the attachment as text/calendar with its file name', async () => {
    const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'http://localhost:3000', DATA_DIR: dataDir })
    const transport = createMailTransport(config)
    const ics = renderCalendar({ name: 'Test', now: new Date('2027-03-01T10:00:00Z'), events: [] })
    await transport.send({
      id: '00000000-0000-4000-8000-000000000001',
      to: 'anna@test.vakregister.nl',
      subject: 'Morgen: lezing',
      text: 'Tot morgen.',
      html: null,
      attachments: [{ filename: 'bijeenkomst.ics', contentType: 'text/calendar; charset=utf-8', content: ics }],
    })
    transport.close()
    const [file] = readdirSync(join(dataDir, 'mail'))
    const eml = readFileSync(join(dataDir, 'mail', file!), 'utf8')
    expect(eml).toMatch(/Content-Type: text\/calendar; charset=utf-8; name=bijeenkomst\.ics/i)
    expect(eml).toMatch(/Content-Disposition: attachment; filename=bijeenkomst\.ics/i)
    expect(eml).toContain('Content-Type: multipart/mixed')
  })
})
