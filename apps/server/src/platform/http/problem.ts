import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { AppError, type FieldError } from './errors.ts'
import { hasMessage, type Locale, localeFromHeader, message, tooManyRequestsMessage } from './messages.ts'

const PROBLEM_BASE = 'https://vakregister.nl/problemen/'

interface AjvError {
  instancePath: string
  keyword: string
  params: Record<string, any>
}

const CONTEXTS: Record<string, FieldError['in']> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'header',
}

/** Turns ajv errors into one field error per invalid field, in the request's language. */
export function fieldErrorsFromValidation(
  errors: AjvError[],
  context: string | undefined,
  locale: Locale,
): FieldError[] {
  const where = CONTEXTS[context ?? 'body'] ?? 'body'
  const seen = new Set<string>()
  const result: FieldError[] = []
  for (const error of errors) {
    const path = error.instancePath.split('/').filter(Boolean)
    if (error.keyword === 'required') path.push(error.params.missingProperty)
    if (error.keyword === 'additionalProperties') path.push(error.params.additionalProperty)
    const name = path.join('.') || '(root)'
    if (seen.has(name)) continue
    seen.add(name)
    const formatKey = `format.${error.params.format}`
    const key =
      error.keyword === 'format' && hasMessage(formatKey)
        ? formatKey
        : hasMessage(error.keyword)
          ? error.keyword
          : 'format'
    result.push({
      in: where,
      name,
      code: error.keyword,
      reason: message(locale, key, { limit: error.params.limit ?? '' }),
    })
  }
  return result
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  detail: string,
  errors: FieldError[] = [],
) {
  const body: Record<string, unknown> = {
    type: `${PROBLEM_BASE}${code}`,
    title: code,
    status,
    detail,
    instance: request.url.split('?')[0],
  }
  if (errors.length > 0) body.errors = errors
  return reply.status(status).header('content-type', 'application/problem+json; charset=utf-8').send(body)
}

/** The one error handler: every 4xx/5xx leaves as application/problem+json. */
export const problemPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError & { validationContext?: string }, request, reply) => {
    const locale = localeFromHeader(request.headers['accept-language'])
    if (error instanceof AppError) {
      reply.headers(error.headers)
      return sendProblem(request, reply, error.status, error.code, error.detail, error.errors)
    }
    if (error.validation) {
      const errors = fieldErrorsFromValidation(error.validation as AjvError[], error.validationContext, locale)
      return sendProblem(request, reply, 400, 'invalid-input', message(locale, 'invalid-input'), errors)
    }
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(request, reply, 415, 'unsupported-media-type', message(locale, 'unsupported-media-type'))
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(request, reply, 413, 'body-too-large', message(locale, 'body-too-large'))
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return sendProblem(request, reply, 400, 'invalid-json', message(locale, 'invalid-json'))
    }
    const status = error.statusCode ?? 500
    if (status === 429) {
      const detail = tooManyRequestsMessage(locale, Number(reply.getHeader('retry-after') ?? 60))
      return sendProblem(request, reply, 429, 'too-many-requests', detail)
    }
    if (status >= 500) {
      request.log.error({ err: error }, 'unhandled error')
      return sendProblem(request, reply, 500, 'internal-error', message(locale, 'internal-error'))
    }
    return sendProblem(request, reply, status, 'error', error.message)
  })

  app.setNotFoundHandler((request, reply) => {
    const locale = localeFromHeader(request.headers['accept-language'])
    return sendProblem(request, reply, 404, 'not-found', message(locale, 'not-found'))
  })
})
