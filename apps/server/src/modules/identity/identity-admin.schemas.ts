import { Type } from 'typebox'
import { pageOf, pageQuery } from '../../platform/http/api-schemas.ts'
import { STAFF_ROLES, type StaffRole } from './identity.tables.ts'

const StaffRoleSchema = Type.Enum([...STAFF_ROLES], { description: 'Rol van een medewerker' })

export const UserParams = Type.Object({ userId: Type.String({ format: 'uuid' }) })

export const UserListQuery = Type.Object(
  {
    email: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 254,
        description: 'Deel van het e-mailadres (hoofdletters maken niet uit)',
      }),
    ),
    staffRole: Type.Optional(StaffRoleSchema),
    ...pageQuery,
  },
  { additionalProperties: false },
)

/** An account as staff see it: no password, no MFA secrets, no sessions. */
export const AdminUser = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    email: Type.String(),
    givenName: Type.String(),
    familyName: Type.String(),
    staffRoles: Type.Array(StaffRoleSchema),
    mfaEnabled: Type.Boolean({ description: 'Tweestapsverificatie staat aan' }),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false, description: 'Een account, zoals beheer het ziet.' },
)
export const AdminUserPage = pageOf(AdminUser)

export const StaffRolesBody = Type.Object(
  {
    staffRoles: Type.Array(StaffRoleSchema, {
      uniqueItems: true,
      maxItems: STAFF_ROLES.length,
      description: 'Alle rollen die de persoon na de wijziging heeft (een lege lijst: geen rollen)',
    }),
  },
  { additionalProperties: false },
)

export type UserListQuery = { email?: string; staffRole?: StaffRole; page: number; pageSize: number }
export type StaffRolesBody = { staffRoles: StaffRole[] }
