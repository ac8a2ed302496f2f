import type { FastifyReply, FastifyRequest } from 'fastify'
import { Type } from 'typebox'

/** A problem+json error (RFC 9457), as the one error handler writes it; declare it for a route's 4xx answers. */
export const Problem = Type.Object(
  {
    type: Type.String({ format: 'uri' }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.String(),
    code: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          in: Type.Union([Type.Literal('body'), Type.Literal('query'), Type.Literal('path'), Type.Literal('header')]),
          name: Type.String(),
          code: Type.String(),
          reason: Type.String(),
        }),
      ),
    ),
  },
  { description: 'Probleemdetails (RFC 9457)' },
)

/** `page` (from 1) and `pageSize` (1–100, default 20): spread into a list route's querystring schema. */
export const pageQuery = {
  page: Type.Integer({ minimum: 1, default: 1, description: 'Paginanummer, vanaf 1' }),
  pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Aantal per pagina (1–100)' }),
}

/** The list envelope: `{ items, page, pageSize, total }`. */
export function pageOf<T extends ReturnType<typeof Type.Object>>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    page: Type.Integer({ minimum: 1 }),
    pageSize: Type.Integer({ minimum: 1 }),
    total: Type.Integer({ minimum: 0 }),
  })
}

/** Sets the `Link` header (first, prev, next, last) and `X-Total-Count`, keeping the other query parameters. */
export function setPageLinks(
  request: FastifyRequest,
  reply: FastifyReply,
  publicUrl: string,
  page: { page: number; pageSize: number; total: number },
) {
  const url = new URL(request.url, publicUrl)
  const last = Math.max(1, Math.ceil(page.total / page.pageSize))
  const link = (n: number, rel: string) => {
    url.searchParams.set('page', String(n))
    url.searchParams.set('pageSize', String(page.pageSize))
    return `<${publicUrl}${url.pathname}${url.search}>; rel="${rel}"`
  }
  const links = [link(1, 'first')]
  if (page.page > 1) links.push(link(Math.min(page.page - 1, last), 'prev'))
  if (page.page < last) links.push(link(page.page + 1, 'next'))
  links.push(link(last, 'last'))
  reply.header('link', links.join(', '))
  reply.header('x-total-count', String(page.total))
}
