import multipart from '@fastify/multipart'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../http/errors.ts'
import { type Locale, localeFromHeader } from '../http/messages.ts'
import { type StorageMessageKey, storageMessage } from './storage.messages.ts'
import { MAX_DOCUMENT_BYTES } from './storage.rules.ts'
import { tooLargeError } from './storage.service.ts'

/** Multipart limits for every upload route: one file of at most 10 MiB and a few small text fields. */
export const UPLOAD_LIMITS = {
  fileSize: MAX_DOCUMENT_BYTES,
  files: 1,
  fields: 20,
  fieldSize: 10_000,
  fieldNameSize: 100,
  parts: 25,
  headerPairs: 50,
}

/**
 * Lets the routes of the scope it is registered in accept multipart/form-data uploads (@fastify/multipart with
 * the limits above). Register it inside a route plugin: `await app.register(storagePlugin)`, then `readUpload`.
 */
export const storagePlugin = fp(
  async (app: FastifyInstance) => {
    if (app.hasRequestDecorator('isMultipart')) return
    await app.register(multipart, { limits: UPLOAD_LIMITS })
  },
  { name: 'vakregister-storage' },
)

export interface Upload {
  /** The name the browser sent; only for display (storeDocument sanitizes it). */
  fileName: string
  /** Text fields sent before the file part. */
  fields: Record<string, string>
  /** The file's bytes; multipart errors come out of it as Dutch AppErrors. Read it before answering. */
  stream: AsyncIterable<Uint8Array>
  /** The form field, and the request's language: pass both on to storeDocument for its field errors. */
  field: string
  locale: Locale
}

interface FilePart {
  fieldname: string
  filename: string
  file: AsyncIterable<Uint8Array> & { truncated?: boolean; resume(): void }
  fields: Record<string, unknown>
}

/** The one file of a multipart request, from form field `field`; 400/413/415 problem+json otherwise. */
export async function readUpload(request: FastifyRequest, options: { field: string }): Promise<Upload> {
  const { field } = options
  const locale: Locale = request.ctx?.locale ?? localeFromHeader(request.headers['accept-language'])
  if (typeof request.isMultipart !== 'function') throw new Error('readUpload needs storagePlugin in this scope')
  if (!request.isMultipart()) {
    throw new AppError(415, 'unsupported-media-type', storageMessage(locale, 'not-multipart'))
  }
  let part: FilePart | undefined
  try {
    part = (await request.file({ limits: UPLOAD_LIMITS })) as FilePart | undefined
  } catch (error) {
    throw uploadError(error, field, locale)
  }
  if (!part || part.fieldname !== field) {
    part?.file.resume()
    throw fieldError(400, 'invalid-input', field, 'required', 'required', locale)
  }
  const fields: Record<string, string> = {}
  for (const [name, value] of Object.entries(part.fields)) {
    const v = value as { type?: string; value?: unknown }
    if (v?.type === 'field' && typeof v.value === 'string') fields[name] = v.value
  }
  const file = part.file
  async function* guarded(): AsyncGenerator<Uint8Array> {
    try {
      for await (const chunk of file) {
        if (file.truncated) throw tooLargeError(field, locale)
        yield chunk
      }
    } catch (error) {
      throw uploadError(error, field, locale)
    }
    // busboy stops at the limit and ends the stream quietly, marking it truncated.
    if (file.truncated) throw tooLargeError(field, locale)
  }
  return { fileName: part.filename, fields, stream: guarded(), field, locale }
}

function fieldError(
  status: number,
  code: string,
  field: string,
  fieldCode: string,
  key: StorageMessageKey,
  locale: Locale,
) {
  const reason = storageMessage(locale, key)
  const detail = status === 413 ? reason : storageMessage(locale, 'invalid')
  return new AppError(status, code, detail, [{ in: 'body', name: field, code: fieldCode, reason }])
}

/** Multipart and busboy errors as Dutch field errors; AppErrors pass unchanged. */
function uploadError(error: unknown, field: string, locale: Locale): AppError {
  if (error instanceof AppError) return error
  switch ((error as { code?: string }).code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return tooLargeError(field, locale)
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return fieldError(413, 'too-many-parts', field, 'maxItems', 'too-many-parts', locale)
    default:
      // Malformed or cut-off multipart bodies (busboy), premature close, prototype field names.
      return fieldError(400, 'invalid-input', field, 'format', 'broken', locale)
  }
}
