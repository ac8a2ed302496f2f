import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { Problem } from '../http/api-schemas.ts'
import { API_PREFIX } from '../http/http.plugin.ts'
import { openDocument } from './storage.service.ts'

const binary = { schema: { type: 'string', format: 'binary' } }

/** Downloading an uploaded document: only its owner and the register office; anyone else gets a 404. */
export async function documentRoutes(app: FastifyInstance) {
  const deps = app.deps
  app.get(
    `${API_PREFIX}/documents/:documentId`,
    {
      schema: {
        tags: ['Documenten'],
        summary: 'Een geüpload document downloaden (eigenaar of registerbureau)',
        description:
          'Als bijlage (Content-Disposition: attachment) met het type dat bij het uploaden uit de inhoud is vastgesteld. Wie het document niet mag zien, krijgt 404, zodat niet uitlekt of het bestaat. Een bestand dat na een verzoek om te wissen is verwijderd: 410.',
        operationId: 'getDocument',
        security: [{ session: [] }],
        params: Type.Object({ documentId: Type.String({ format: 'uuid' }) }),
        response: {
          200: {
            description: 'Het document',
            content: { 'application/pdf': binary, 'image/jpeg': binary, 'image/png': binary },
          },
          400: Problem,
          401: Problem,
          404: Problem,
          410: Problem,
        },
      },
    },
    async (request, reply) => {
      const { documentId } = request.params as { documentId: string }
      const opened = await openDocument(deps, request.ctx, documentId)
      return reply
        .header('content-type', opened.mediaType)
        .header('content-length', String(opened.sizeBytes))
        .header('content-disposition', opened.contentDisposition)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(opened.stream)
    },
  )
}
