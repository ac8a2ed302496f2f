import { sql } from 'drizzle-orm'
import { customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'

const citext = customType<{ data: string }>({ dataType: () => 'citext' })

export const STAFF_ROLES = ['register_office', 'editor', 'moderator', 'admin'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

export const users = pgTable('users', {
  id: uuid().primaryKey().defaultRandom(),
  email: citext().notNull().unique(),
  passwordHash: text().notNull(),
  givenName: text().notNull().default(''),
  familyName: text().notNull().default(''),
  locale: text({ enum: ['nl', 'en'] })
    .notNull()
    .default('nl'),
  emailVerifiedAt: timestamp({ withTimezone: true, mode: 'date' }),
  staffRoles: text().array().$type<StaffRole[]>().notNull().default(sql`'{}'::text[]`),
  status: text({ enum: ['active', 'blocked'] })
    .notNull()
    .default('active'),
  /** Confirmed TOTP secret (base32). */
  totpSecret: text(),
  /** Secret of a TOTP set-up that is not yet confirmed. */
  totpPendingSecret: text(),
  mfaEnabledAt: timestamp({ withTimezone: true, mode: 'date' }),
  /** Last accepted TOTP time step, so a code is never accepted twice. */
  totpLastStep: integer(),
  createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
})

/** Server-side sessions. `id` is the SHA-256 of the cookie token; the token itself is never stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: text().primaryKey(),
    /** Opaque id shown to the user (list and end sessions); never the token or its hash. */
    publicId: uuid().notNull().unique().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text().notNull(),
    /** complete: fully logged in; pending: password ok, TOTP code needed; setup_required: must set up MFA first. */
    mfaState: text({ enum: ['complete', 'pending', 'setup_required'] }).notNull(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    userAgent: text().notNull().default(''),
    ipAddress: text().notNull().default(''),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_at_idx').on(t.expiresAt)],
)

export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true, mode: 'date' }),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
)

/** One-time tokens sent by mail (e-mail verification, password reset). Only the SHA-256 is stored. */
export const oneTimeTokens = pgTable(
  'one_time_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text({ enum: ['verify_email', 'reset_password'] }).notNull(),
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    usedAt: timestamp({ withTimezone: true, mode: 'date' }),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('one_time_tokens_user_idx').on(t.userId, t.purpose)],
)
