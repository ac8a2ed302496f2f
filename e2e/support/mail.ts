import { SMTPServer } from 'smtp-server'

/** One received mail, decoded enough to read it as a person would. */
export interface ReceivedMail {
  from: string
  to: string[]
  subject: string
  text: string
  html: string
  raw: string
  receivedAt: Date
}

interface Waiter {
  match: (mail: ReceivedMail) => boolean
  resolve: (mail: ReceivedMail) => void
}

/**
 * A real SMTP server in the test process: the app under test sends its mail here (SMTP_HOST/SMTP_PORT),
 * and a journey waits for the mail to an address, as a person waits for their inbox.
 */
export class MailCatcher {
  readonly mails: ReceivedMail[] = []
  private readonly waiters = new Set<Waiter>()
  private server: SMTPServer | undefined
  port = 0

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase())
          this.receive(parseMail(Buffer.concat(chunks).toString('utf8'), to))
          callback()
        })
      },
    })
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject)
      this.server!.listen(0, '127.0.0.1', () => resolve())
    })
    this.port = (this.server.server.address() as { port: number }).port
    return this
  }

  private receive(mail: ReceivedMail) {
    this.mails.push(mail)
    for (const waiter of this.waiters) {
      if (waiter.match(mail)) {
        this.waiters.delete(waiter)
        waiter.resolve(mail)
      }
    }
  }

  /** The next mail to `address` (received after `since`, matching `subject` when given). */
  waitForMail(
    address: string,
    options: { subject?: RegExp; since?: Date; timeoutMs?: number } = {},
  ): Promise<ReceivedMail> {
    const since = options.since ?? new Date(0)
    const match = (mail: ReceivedMail) =>
      mail.to.includes(address.toLowerCase()) &&
      mail.receivedAt >= since &&
      (!options.subject || options.subject.test(mail.subject))
    const already = this.mails.find(match)
    if (already) return Promise.resolve(already)
    const timeoutMs = options.timeoutMs ?? 30_000
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { match, resolve }
      const timer = setTimeout(() => {
        this.waiters.delete(waiter)
        const seen = this.mails.map((m) => `  ${m.to.join(',')}: ${m.subject}`).join('\n') || '  (none)'
        reject(
          new Error(
            `No mail to ${address}${options.subject ? ` matching ${options.subject}` : ''} within ${timeoutMs} ms. Received:\n${seen}`,
          ),
        )
      }, timeoutMs)
      waiter.resolve = (mail) => {
        clearTimeout(timer)
        resolve(mail)
      }
      this.waiters.add(waiter)
    })
  }

  async stop() {
    const server = this.server
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}

/** The first link in the mail that starts with `prefix` (e.g. `${baseUrl}/verifieren?token=`). */
export function linkFrom(mail: ReceivedMail, prefix: string): string {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const found = `${mail.text}\n${mail.html}`.match(new RegExp(`${escaped}[^\\s"'<>)\\]]*`))
  if (!found)
    throw new Error(`No link starting with ${prefix} in the mail "${mail.subject}":\n${mail.text || mail.html}`)
  return found[0].replace(/&amp;/g, '&')
}

// --- a small MIME reader: enough for what nodemailer sends (multipart, quoted-printable, base64, encoded words)

function parseMail(raw: string, to: string[]): ReceivedMail {
  const { headers, body } = splitPart(raw)
  const parts = { text: '', html: '' }
  collectParts(headers, body, parts)
  return {
    from: decodeWords(headers.get('from') ?? ''),
    to,
    subject: decodeWords(headers.get('subject') ?? ''),
    text: parts.text,
    html: parts.html,
    raw,
    receivedAt: new Date(),
  }
}

function splitPart(raw: string): { headers: Map<string, string>; body: string } {
  const normalized = raw.replace(/\r\n/g, '\n')
  const end = normalized.indexOf('\n\n')
  const head = end === -1 ? normalized : normalized.slice(0, end)
  const body = end === -1 ? '' : normalized.slice(end + 2)
  const headers = new Map<string, string>()
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return { headers, body }
}

function collectParts(headers: Map<string, string>, body: string, into: { text: string; html: string }) {
  const type = (headers.get('content-type') ?? 'text/plain').toLowerCase()
  const boundary = (headers.get('content-type') ?? '').match(/boundary="?([^";]+)"?/i)?.[1]
  if (type.startsWith('multipart/') && boundary) {
    const sections = body.split(`--${boundary}`).slice(1)
    for (const section of sections) {
      if (section.startsWith('--')) break
      const part = splitPart(section.replace(/^\n/, ''))
      collectParts(part.headers, part.body, into)
    }
    return
  }
  const decoded = decodeBody(body, headers.get('content-transfer-encoding') ?? '7bit')
  if (type.startsWith('text/html')) into.html += decoded
  else if (type.startsWith('text/plain')) into.text += decoded
}

function decodeBody(body: string, encoding: string): string {
  switch (encoding.toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
    case 'quoted-printable':
      return decodeQuotedPrintable(body)
    default:
      return body
  }
}

function decodeQuotedPrintable(input: string): string {
  const softBreaksRemoved = input.replace(/=\n/g, '')
  const bytes: number[] = []
  for (let i = 0; i < softBreaksRemoved.length; i++) {
    const char = softBreaksRemoved[i]!
    const hex = softBreaksRemoved.slice(i + 1, i + 3)
    if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16))
      i += 2
    } else {
      bytes.push(...Buffer.from(char, 'utf8'))
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_all, _charset, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    )
}
