import { sql } from 'drizzle-orm'
import { customType, index, pgTable, primaryKey, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from '../identity/identity.tables.ts'
import { organisations } from '../organisations/organisations.tables.ts'

const citext = customType<{ data: string }>({ dataType: () => 'citext' })

/**
 * An employer manager's invitation to apply for the register with the employer filled in. The mail links to
 * `/inschrijven?werkgever=<organisationId>`; no token is needed, since the link only prefills a public form. Its
 * state (open, aangemeld, expired) is derived: aangemeld when a registration of a user with this address names the
 * organisation. One row per organisation and address while `acceptedAt` is null; inviting again after expiry renews it.
 */
export const employerInvitations = pgTable(
  'employer_invitations',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    email: citext().notNull(),
    invitedById: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    acceptedAt: timestamp({ withTimezone: true, mode: 'date' }),
    acceptedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('employer_invitations_open_uq').on(t.organisationId, t.email).where(sql`${t.acceptedAt} is null`),
    index('employer_invitations_org_idx').on(t.organisationId, t.createdAt),
  ],
)

/**
 * A professional's consent that their employer may see their CPD standing (a revocable switch). The row holds the
 * current state; every change is in the audit trail.
 */
export const cpdSharingConsents = pgTable(
  'cpd_sharing_consents',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** Null while not (or no longer) consented. */
    grantedAt: timestamp({ withTimezone: true, mode: 'date' }),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organisationId] })],
)
