import { Type } from 'typebox'
import { pageOf, pageQuery } from '../../platform/http/api-schemas.ts'
import { MEMBERSHIP_ROLES, ORGANISATION_KINDS } from './organisations.tables.ts'

const Kind = Type.Enum([...ORGANISATION_KINDS], { description: 'Soort organisatie' })
const Role = Type.Enum([...MEMBERSHIP_ROLES], { description: 'Rol binnen de organisatie' })

export const OrganisationParams = Type.Object({ organisationId: Type.String({ format: 'uuid' }) })
export const MembershipParams = Type.Object({
  organisationId: Type.String({ format: 'uuid' }),
  membershipId: Type.String({ format: 'uuid' }),
})

export const OrganisationListQuery = Type.Object(
  { kind: Type.Optional(Kind), ...pageQuery },
  { additionalProperties: false },
)
export const PageOnlyQuery = Type.Object({ ...pageQuery }, { additionalProperties: false })

export const Organisation = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    kind: Kind,
    city: Type.String(),
  },
  { additionalProperties: false },
)
export const OrganisationPage = pageOf(Organisation)

export const CreateOrganisation = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 200, pattern: '\\S', description: 'Naam, zoals Gemeente Utrecht' }),
    kind: Kind,
    city: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S', description: 'Vestigingsplaats' }),
  },
  { additionalProperties: false },
)

export const Membership = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    organisationId: Type.String({ format: 'uuid' }),
    userId: Type.String({ format: 'uuid' }),
    email: Type.String(),
    givenName: Type.String(),
    familyName: Type.String(),
    role: Role,
    createdAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
)
export const MembershipPage = pageOf(Membership)

export const AddMembership = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 254, description: 'E-mailadres van een bestaand account' }),
    role: Role,
  },
  { additionalProperties: false },
)

export type OrganisationListQuery = { kind?: (typeof ORGANISATION_KINDS)[number]; page: number; pageSize: number }
export type CreateOrganisation = { name: string; kind: (typeof ORGANISATION_KINDS)[number]; city: string }
export type AddMembership = { email: string; role: (typeof MEMBERSHIP_ROLES)[number] }
