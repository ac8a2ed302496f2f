import { Type } from 'typebox'

// Public lookup (no login). Every response object is an allow-list: additionalProperties false, so the
// serializer drops any other field, and register.public.routes.test.ts proves the exact key set.

const NUMBER_PATTERN = '^[A-Za-z]{1,5}-[0-9]{6}$'
const IsoDate = Type.String({ format: 'date' })

export const PublicRegistrationQuery = Type.Object(
  {
    registrationNumber: Type.Optional(
      Type.String({ pattern: NUMBER_PATTERN, description: 'Registratienummer, exact, zoals KM-000123' }),
    ),
    surname: Type.Optional(
      Type.String({ minLength: 2, maxLength: 100, description: 'Achternaam, eventueel met tussenvoegsel' }),
    ),
    initials: Type.Optional(
      Type.String({ maxLength: 20, pattern: "^[\\p{L} .'-]*$", description: 'Voorletters, zoals J.A.' }),
    ),
  },
  { additionalProperties: false },
)

export const PublicRegistrationParams = Type.Object({
  registrationNumber: Type.String({ pattern: NUMBER_PATTERN, description: 'Registratienummer, zoals KM-000123' }),
})

export const PublicMeasure = Type.Object(
  {
    kind: Type.Enum(['suspension', 'removal'], { description: 'Schorsing of doorhaling' }),
    effectiveDate: IsoDate,
    publicUntil: IsoDate,
  },
  { additionalProperties: false, description: 'Maatregel, alleen zolang die openbaar is' },
)

export const PublicRegistration = Type.Object(
  {
    initials: Type.String({ description: 'Voorletters' }),
    infix: Type.String({ description: 'Tussenvoegsel; leeg als er geen is' }),
    surname: Type.String(),
    registrationNumber: Type.String(),
    register: Type.String({ description: 'Naam van het register' }),
    profession: Type.String(),
    status: Type.Enum(['registered', 'suspended', 'lapsed', 'removed']),
    registeredSince: IsoDate,
    validUntil: Type.Union([IsoDate, Type.Null()], { description: 'Einde van de huidige registratieperiode' }),
    measure: Type.Optional(PublicMeasure),
    employer: Type.Optional(Type.String({ description: 'Werkgever, alleen als de professional dat wil' })),
  },
  { additionalProperties: false },
)

export const PublicRegistrationList = Type.Object(
  { items: Type.Array(PublicRegistration, { maxItems: 20 }) },
  { additionalProperties: false },
)

export type PublicRegistrationQuery = { registrationNumber?: string; surname?: string; initials?: string }
export interface PublicRegistration {
  initials: string
  infix: string
  surname: string
  registrationNumber: string
  register: string
  profession: string
  status: 'registered' | 'suspended' | 'lapsed' | 'removed'
  registeredSince: string
  validUntil: string | null
  measure?: { kind: 'suspension' | 'removal'; effectiveDate: string; publicUntil: string }
  employer?: string
}
