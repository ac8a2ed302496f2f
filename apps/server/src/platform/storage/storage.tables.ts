import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { users } from '../../modules/identity/identity.tables.ts'

export const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number]

/**
 * Uploaded files (e.g. diplomas). The bytes live in the document storage (`<DATA_DIR>/documents/…` or, later,
 * an object store) under `storagePath`; this row is the only way to find them. The type is the one detected from
 * the content, never the one claimed by the name or the browser.
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid().primaryKey(),
    ownerUserId: uuid()
      .notNull()
      .references(() => users.id),
    /** What the document is for, e.g. `diploma`. */
    purpose: text().notNull(),
    /** The name the person gave the file: sanitized, at most 200 characters; only for display and downloads. */
    originalName: text().notNull(),
    mediaType: text({ enum: DOCUMENT_MEDIA_TYPES }).notNull(),
    sizeBytes: integer().notNull(),
    /** Hex sha256 of the bytes. */
    sha256: text().notNull(),
    /** Key in the document storage, relative (`ab/<uuid>`); never derived from the person's file name. */
    storagePath: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('documents_owner_idx').on(t.ownerUserId, t.createdAt)],
)

export type DocumentRow = typeof documents.$inferSelect
