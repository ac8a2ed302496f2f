import { mkdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import nodemailer from 'nodemailer'
import type { Config } from '../../config/config.ts'
import type { MailAttachment } from './mail.tables.ts'

export interface OutgoingMail {
  id: string
  to: string
  subject: string
  text: string
  html: string | null
  attachments?: MailAttachment[]
}

/** Delivers one mail; throws when the receiving side refuses or cannot be reached. */
export type MailTransport = (mail: OutgoingMail) => Promise<void>

/** SMTP when configured; otherwise (the embedded default) an .eml file per mail in `<dataDir>/mail`. */
export function createMailTransport(config: Config): { send: MailTransport; close(): void } {
  const message = (mail: OutgoingMail) => ({
    from: config.mailFrom,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html ?? undefined,
    attachments: (mail.attachments ?? []).map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: a.content,
    })),
    messageId: `<${mail.id}@vakregister>`,
    headers: { 'X-Vakregister-Mail-Id': mail.id },
  })

  if (config.smtp) {
    const smtp = config.smtp
    const transporter = nodemailer.createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    })
    return {
      send: async (mail) => {
        await transporter.sendMail(message(mail))
      },
      close: () => transporter.close(),
    }
  }

  const folder = join(config.dataDir, 'mail')
  const streamer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  return {
    send: async (mail) => {
      const info = await streamer.sendMail(message(mail))
      await mkdir(folder, { recursive: true })
      const stamp = new Date().toISOString().replace(/[:.]/g, '-')
      const file = join(folder, `${stamp}-${mail.id}.eml`)
      await writeFile(`${file}.tmp`, info.message as Buffer)
      await rename(`${file}.tmp`, file)
    },
    close: () => streamer.close(),
  }
}
