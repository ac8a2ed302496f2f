// Reads an application form (multipart/form-data: text fields and at most one file) completely, so every invalid
// field can be reported at once. The file is kept in memory (at most 10 MiB) and only stored after validation.
import type { FastifyRequest } from 'fastify'
import { AppError, type FieldError } from '../../platform/http/errors.ts'
import { type Locale, localeFromHeader } from '../../platform/http/messages.ts'
import { storageMessage } from '../../platform/storage/storage.messages.ts'
import { UPLOAD_LIMITS } from '../../platform/storage/storage.plugin.ts'
import { detectMediaType, MAX_DOCUMENT_BYTES } from '../../platform/storage/storage.rules.ts'

// throwFileSizeLimit is read at run time but missing from the typings of parts().
const PARTS_OPTIONS = { limits: UPLOAD_LIMITS, throwFileSizeLimit: false } as Parameters<FastifyRequest['parts']>[0]

export interface FormFile {
  field: string
  fileName: string
  bytes: Buffer
}

export interface ApplicationForm {
  fields: Record<string, string>
  file: FormFile | null
  /** Problems with the file itself (too large, wrong type, in the wrong field), found while reading. */
  fileErrors: FieldError[]
  locale: Locale
}

/** Reads every part of a multipart request; `fileField` is the one field that may carry a file. */
export async function readApplicationForm(request: FastifyRequest, fileField: string): Promise<ApplicationForm> {
  const locale: Locale = request.ctx?.locale ?? localeFromHeader(request.headers['accept-language'])
  if (typeof request.isMultipart !== 'function') throw new Error('readApplicationForm needs storagePlugin')
  if (!request.isMultipart()) throw new AppError(415, 'unsupported-media-type', storageMessage(locale, 'not-multipart'))
  const fields: Record<string, string> = {}
  const fileErrors: FieldError[] = []
  let file: FormFile | null = null
  const fileError = (name: string, code: string, reason: string) => fileErrors.push({ in: 'body', name, code, reason })
  try {
    for await (const part of request.parts(PARTS_OPTIONS)) {
      if (part.type === 'field') {
        if (typeof part.value === 'string') fields[part.fieldname] = part.value
        continue
      }
      const chunks: Buffer[] = []
      let size = 0
      for await (const chunk of part.file) {
        size += chunk.length
        if (size <= MAX_DOCUMENT_BYTES) chunks.push(chunk)
      }
      if (part.fieldname !== fileField) {
        fileError(part.fieldname, 'additionalProperties', storageMessage(locale, 'too-many-parts'))
      } else if (part.file.truncated || size > MAX_DOCUMENT_BYTES) {
        fileError(fileField, 'maxSize', storageMessage(locale, 'too-large'))
      } else if (size === 0 && part.filename === '') {
        // A browser sends an empty file part when no file was chosen: treat as missing.
      } else {
        const bytes = Buffer.concat(chunks)
        if (detectMediaType(bytes.subarray(0, 8)) === null) {
          fileError(fileField, 'fileType', storageMessage(locale, 'wrong-type'))
        } else {
          file = { field: fileField, fileName: part.filename, bytes }
        }
      }
    }
  } catch (error) {
    throw formError(error, fileField, locale)
  }
  return { fields, file, fileErrors, locale }
}

/** Multipart errors as Dutch problems (413 for too many parts, 400 for a broken body). */
function formError(error: unknown, field: string, locale: Locale): AppError {
  if (error instanceof AppError) return error
  const code = (error as { code?: string }).code
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    const reason = storageMessage(locale, 'too-many-parts')
    return new AppError(413, 'too-many-parts', reason, [{ in: 'body', name: field, code: 'maxItems', reason }])
  }
  const reason = storageMessage(locale, 'broken')
  return new AppError(400, 'invalid-input', storageMessage(locale, 'invalid'), [
    { in: 'body', name: field, code: 'format', reason },
  ])
}

/** The status for a set of field errors: 413 when the only problem is a file that is too large, else 400. */
export const statusForErrors = (errors: FieldError[]) =>
  errors.length > 0 && errors.every((e) => e.code === 'maxSize') ? 413 : 400
