import { index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core'
import { users } from '../identity/identity.tables.ts'

export const ORGANISATION_KINDS = [
  'municipality',
  'social_service',
  'university',
  'training_company',
  'register_office',
  'other',
] as const
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number]

/** Roles a person holds within one organisation. */
export const MEMBERSHIP_ROLES = ['member', 'employer_manager', 'provider_staff', 'researcher'] as const
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number]

export const organisations = pgTable('organisations', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  kind: text({ enum: ORGANISATION_KINDS }).notNull(),
  city: text().notNull().default(''),
  createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
})

export const memberships = pgTable(
  'memberships',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    role: text({ enum: MEMBERSHIP_ROLES }).notNull(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    unique('memberships_user_org_role_uq').on(t.userId, t.organisationId, t.role),
    index('memberships_org_idx').on(t.organisationId),
  ],
)
