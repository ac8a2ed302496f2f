import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { pageOf, pageQuery, setPageLinks } from '../http/api-schemas.ts'
import { API_PREFIX } from '../http/http.plugin.ts'
import { listOutboxMails } from './mail.service.ts'

const DevMail = Type.Object({
  id: Type.String({ format: 'uuid' }),
  to: Type.String(),
  template: Type.String(),
  subject: Type.String(),
  text: Type.String(),
  html: Type.Union([Type.String(), Type.Null()]),
  status: Type.Union([Type.Literal('pending'), Type.Literal('sent'), Type.Literal('failed')]),
  attempts: Type.Integer(),
  lastError: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  sentAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
})

/** Development only (registered when NODE_ENV=development): the mails the app sent, newest first. */
export async function devMailRoutes(app: FastifyInstance) {
  app.get(
    `${API_PREFIX}/dev/mails`,
    {
      schema: {
        tags: ['Ontwikkeling'],
        summary: 'Verstuurde mails bekijken (alleen in ontwikkeling)',
        operationId: 'listDevMails',
        querystring: Type.Object(pageQuery, { additionalProperties: false }),
        response: { 200: pageOf(DevMail) },
      },
    },
    async (request, reply) => {
      const { page, pageSize } = request.query as { page: number; pageSize: number }
      const { items, total } = await listOutboxMails(app.deps.database.db, page, pageSize)
      setPageLinks(request, reply, app.deps.config.publicUrl, { page, pageSize, total })
      return {
        items: items.map((m) => ({
          id: m.id,
          to: m.toAddress,
          template: m.template,
          subject: m.subject,
          text: m.textBody,
          html: m.htmlBody,
          status: m.status,
          attempts: m.attempts,
          lastError: m.lastError,
          createdAt: m.createdAt.toISOString(),
          sentAt: m.sentAt?.toISOString() ?? null,
        })),
        page,
        pageSize,
        total,
      }
    },
  )
}
