import { sql } from 'drizzle-orm'
import { check, integer, pgTable, primaryKey, text, timestamp, unique } from 'drizzle-orm/pg-core'

/**
 * The register's Ed25519 signing keys (Multikey). The newest active one signs; older ones stay to verify what they
 * signed. The secret key is stored as its multibase text (at-rest encryption with a key from the environment: later).
 */
export const credentialSigningKeys = pgTable('credential_signing_keys', {
  /** The verification method id, e.g. `https://…/api/v1/issuer#key-1`. */
  id: text().primaryKey(),
  controller: text().notNull(),
  publicKeyMultibase: text().notNull().unique(),
  secretKeyMultibase: text().notNull(),
  createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
})

/** Bitstring Status Lists: each holds `size` indexes; every credential gets one index in one list. */
export const credentialStatusLists = pgTable(
  'credential_status_lists',
  {
    id: integer().primaryKey(),
    size: integer().notNull(),
    allocated: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [check('credential_status_lists_allocated_check', sql`${t.allocated} between 0 and ${t.size}`)],
)

/** Which index of which list belongs to which credential (indexes are handed out at random, for herd privacy). */
export const credentialStatusAllocations = pgTable(
  'credential_status_allocations',
  {
    listId: integer()
      .notNull()
      .references(() => credentialStatusLists.id),
    statusIndex: integer().notNull(),
    credentialId: text().notNull(),
    allocatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.listId, t.statusIndex] }),
    unique('credential_status_allocations_credential_unique').on(t.credentialId),
  ],
)

/** The bits that are set (1): a row per list, purpose ('suspension' | 'revocation') and index. */
export const credentialStatusBits = pgTable(
  'credential_status_bits',
  {
    listId: integer()
      .notNull()
      .references(() => credentialStatusLists.id),
    purpose: text().notNull(),
    statusIndex: integer().notNull(),
    setAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.listId, t.purpose, t.statusIndex] }),
    check('credential_status_bits_purpose_check', sql`${t.purpose} in ('suspension', 'revocation')`),
  ],
)
