/** One way to fail: throw an AppError; the error handler turns it into application/problem+json (RFC 9457). */
export interface FieldError {
  /** Where the field is: body, query, path or header. */
  in: 'body' | 'query' | 'path' | 'header'
  /** camelCase field name; nested fields joined by dots (e.g. `education.institution`). */
  name: string
  /** Machine-readable reason, e.g. `required`, `format`, `minLength`. */
  code: string
  /** Human message in the request's language (Dutch by default). */
  reason: string
}

export class AppError extends Error {
  readonly status: number
  /** Short code; also the last segment of the problem `type` URI. */
  readonly code: string
  /** Dutch (or English) explanation for a person. */
  readonly detail: string
  readonly errors: FieldError[]
  readonly headers: Record<string, string>

  constructor(
    status: number,
    code: string,
    detail: string,
    errors: FieldError[] = [],
    headers: Record<string, string> = {},
  ) {
    super(detail)
    this.name = 'AppError'
    this.status = status
    this.code = code
    this.detail = detail
    this.errors = errors
    this.headers = headers
  }
}

export const badRequest = (detail: string, errors: FieldError[] = []) =>
  new AppError(400, 'invalid-input', detail, errors)
export const unauthenticated = (detail = 'Log in om verder te gaan.') => new AppError(401, 'unauthenticated', detail)
export const forbidden = (detail = 'Je hebt geen toestemming voor deze actie.') =>
  new AppError(403, 'forbidden', detail)
export const notFound = (detail = 'Niet gevonden.') => new AppError(404, 'not-found', detail)
export const conflict = (detail: string) => new AppError(409, 'conflict', detail)
export const tooManyRequests = (detail: string, retryAfterSeconds: number) =>
  new AppError(429, 'too-many-requests', detail, [], { 'retry-after': String(retryAfterSeconds) })

/** A single invalid body field as a 400. */
export const invalidField = (name: string, code: string, reason: string, detail = reason) =>
  badRequest(detail, [{ in: 'body', name, code, reason }])
