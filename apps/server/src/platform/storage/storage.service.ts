import { createHash, randomUUID } from 'node:crypto'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { eq } from 'drizzle-orm'
import type { AppDeps } from '../../app.ts'
import type { DbOrTx } from '../../db/client.ts'
import type { RequestContext } from '../auth/actor.ts'
import { authMessage } from '../auth/auth.messages.ts'
import { AppError, notFound, unauthenticated } from '../http/errors.ts'
import { type Locale, message } from '../http/messages.ts'
import { type DocumentStorage, FileSystemStorage } from './storage.driver.ts'
import { storageMessage } from './storage.messages.ts'
import { canDocument } from './storage.policy.ts'
import {
  contentDisposition,
  detectMediaType,
  downloadName,
  MAX_DOCUMENT_BYTES,
  SNIFF_BYTES,
  sanitizeFileName,
} from './storage.rules.ts'
import { type DocumentMediaType, type DocumentRow, documents } from './storage.tables.ts'

const storages = new WeakMap<AppDeps, DocumentStorage>()

/** The document storage of this app: `<DATA_DIR>/documents` unless another driver was set. */
export function documentStorage(deps: AppDeps): DocumentStorage {
  let storage = storages.get(deps)
  if (!storage) {
    storage = new FileSystemStorage(join(deps.config.dataDir, 'documents'))
    storages.set(deps, storage)
  }
  return storage
}

/** Replaces the driver (e.g. an S3-compatible one) for this app. */
export function useDocumentStorage(deps: AppDeps, storage: DocumentStorage) {
  storages.set(deps, storage)
}

export interface StoreDocumentInput {
  ownerUserId: string
  /** What the document is for, e.g. `diploma`. */
  purpose: string
  /** The name the person gave the file; only kept (sanitized) for display, never used for the type or the path. */
  fileName: string | undefined
  /** The bytes: a stream (read with a hard 10 MiB limit) or a buffer. */
  stream?: Readable | AsyncIterable<Uint8Array>
  buffer?: Uint8Array
  /** Form field name for field errors; `file` by default. */
  field?: string
  locale?: Locale
}

export const tooLargeError = (field: string, locale: Locale) => {
  const reason = storageMessage(locale, 'too-large')
  return new AppError(413, 'file-too-large', reason, [{ in: 'body', name: field, code: 'maxSize', reason }])
}

export const wrongTypeError = (field: string, locale: Locale) => {
  const reason = storageMessage(locale, 'wrong-type')
  return new AppError(400, 'invalid-input', storageMessage(locale, 'invalid'), [
    { in: 'body', name: field, code: 'fileType', reason },
  ])
}

const PURPOSE = /^[a-z][a-z0-9_.-]{0,39}$/

/**
 * Checks and keeps an uploaded file: at most 10 MiB, a PDF, JPEG or PNG by its content, written atomically to the
 * document storage, then recorded in `documents` inside `tx`. A refused file leaves no bytes and no row behind.
 * (When the caller's transaction rolls back later, the bytes stay as an orphan without a row; nobody can open them.)
 */
export async function storeDocument(deps: AppDeps, tx: DbOrTx, input: StoreDocumentInput): Promise<DocumentRow> {
  if (!PURPOSE.test(input.purpose)) throw new Error(`invalid document purpose: ${input.purpose}`)
  const field = input.field ?? 'file'
  const locale = input.locale ?? 'nl'
  const source = input.stream ?? (input.buffer ? [input.buffer] : undefined)
  if (!source) throw new Error('storeDocument needs a stream or a buffer')

  const id = randomUUID()
  const storagePath = `${id.slice(0, 2)}/${id}`
  const hash = createHash('sha256')
  const seen = { size: 0, head: Buffer.alloc(0), mediaType: null as DocumentMediaType | null }

  const sniff = () => {
    seen.mediaType = detectMediaType(seen.head)
    if (!seen.mediaType) throw wrongTypeError(field, locale)
  }
  async function* checked(): AsyncGenerator<Uint8Array> {
    for await (const chunk of source!) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array)
      seen.size += bytes.length
      if (seen.size > MAX_DOCUMENT_BYTES) throw tooLargeError(field, locale)
      hash.update(bytes)
      if (!seen.mediaType) {
        seen.head = Buffer.concat([seen.head, bytes]).subarray(0, SNIFF_BYTES)
        if (seen.head.length >= SNIFF_BYTES) sniff()
      }
      yield bytes
    }
    if (!seen.mediaType) sniff() // shorter than SNIFF_BYTES (or empty)
  }

  const storage = documentStorage(deps)
  await storage.put(storagePath, checked())
  try {
    const [row] = await tx
      .insert(documents)
      .values({
        id,
        ownerUserId: input.ownerUserId,
        purpose: input.purpose,
        originalName: sanitizeFileName(input.fileName),
        mediaType: seen.mediaType!,
        sizeBytes: seen.size,
        sha256: hash.digest('hex'),
        storagePath,
        createdAt: deps.clock(),
      })
      .returning()
    return row!
  } catch (error) {
    await storage.delete(storagePath).catch(() => {})
    throw error
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The document row by id, or undefined (also for an id that is not a uuid). No authorization: services only. */
export async function findDocument(db: DbOrTx, documentId: string): Promise<DocumentRow | undefined> {
  if (!UUID.test(documentId)) return undefined
  const [row] = await db.select().from(documents).where(eq(documents.id, documentId))
  return row
}

export interface OpenedDocument {
  document: DocumentRow
  stream: Readable
  mediaType: DocumentMediaType
  sizeBytes: number
  /** Download name with the extension of the real type. */
  fileName: string
  /** Ready for the Content-Disposition header (attachment, ASCII fallback + UTF-8 name). */
  contentDisposition: string
}

/**
 * Opens a document for its owner or the register office. Anyone else gets the same 404 as for a document that
 * does not exist, so the answer never tells whether it exists; without a log-in the answer is 401.
 */
export async function openDocument(deps: AppDeps, ctx: RequestContext, documentId: string): Promise<OpenedDocument> {
  if (ctx.actor === null) throw unauthenticated(authMessage(ctx.locale, 'unauthenticated'))
  const document = await findDocument(deps.database.db, documentId)
  if (!document || !canDocument(ctx.actor, 'read', document)) throw notFound(message(ctx.locale, 'not-found'))
  const { stream, sizeBytes } = await documentStorage(deps)
    .get(document.storagePath)
    .catch((error: NodeJS.ErrnoException) => {
      // The row outlives its bytes after an erasure (applications still point to it): gone, not a server error.
      if (error.code === 'ENOENT') throw new AppError(410, 'gone', storageMessage(ctx.locale, 'erased'))
      throw error
    })
  const fileName = downloadName(document.originalName, document.mediaType)
  return {
    document,
    stream,
    mediaType: document.mediaType,
    sizeBytes,
    fileName,
    contentDisposition: contentDisposition(fileName),
  }
}
