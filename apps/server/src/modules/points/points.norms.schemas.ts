import { Type } from 'typebox'
import { pageOf, pageQuery } from '../../platform/http/api-schemas.ts'

// Norm versions of a register. The request body only fixes the types: the limits (min ≤ max, the sum of the
// minimums ≤ the total, …) are checked in the service, so one answer lists every invalid field with a Dutch message.

export const NormParams = Type.Object({ registerId: Type.String({ format: 'uuid' }) })
export const NormListQuery = Type.Object({ ...pageQuery }, { additionalProperties: false })

/** A number or null: `type: [number, null]`, so null is never coerced to 0. */
const PointsOrNull = (description: string) => Type.Unsafe<number | null>({ type: ['number', 'null'], description })

const BoundsInput = Type.Object(
  {
    minimum: Type.Optional(PointsOrNull('Minimum aantal punten in deze categorie per periode; leeg of null: geen')),
    maximum: Type.Optional(PointsOrNull('Hoogstens zoveel punten tellen mee in deze categorie; leeg of null: geen')),
  },
  { additionalProperties: false },
)

export const AddNormVersion = Type.Object(
  {
    validFrom: Type.Optional(
      Type.String({
        description:
          'Datum (jjjj-mm-dd) vanaf wanneer de versie geldt: voor registratieperiodes die op of na deze datum beginnen. Niet eerder dan de vorige versie.',
      }),
    ),
    totalPoints: Type.Optional(Type.Number({ description: 'Punten per volledige registratieperiode, zoals 200' })),
    categories: Type.Optional(
      Type.Object(
        {
          training: Type.Optional(BoundsInput),
          reflection: Type.Optional(BoundsInput),
          freeChoice: Type.Optional(BoundsInput),
        },
        {
          additionalProperties: false,
          description: 'Per categorie het minimum en maximum (scholing, reflectie, vrije ruimte)',
        },
      ),
    ),
    capPerActivity: Type.Optional(PointsOrNull('Hoogstens zoveel punten tellen per activiteit; null: geen maximum')),
    proRata: Type.Optional(
      Type.Boolean({ description: 'Wie halverwege instroomt, heeft naar verhouding minder punten nodig' }),
    ),
    note: Type.Optional(Type.String({ description: 'Toelichting bij de wijziging (hoogstens 500 tekens)' })),
  },
  {
    additionalProperties: false,
    description:
      'Alle velden behalve de toelichting zijn verplicht; elk ontbrekend of ongeldig veld staat in één antwoord (400).',
  },
)

const Bounds = Type.Object(
  {
    minimum: Type.Union([Type.Number(), Type.Null()]),
    maximum: Type.Union([Type.Number(), Type.Null()]),
  },
  { additionalProperties: false },
)

export const NormVersion = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    registerId: Type.String({ format: 'uuid' }),
    version: Type.Integer({ minimum: 1 }),
    validFrom: Type.String({ format: 'date' }),
    totalPoints: Type.Number(),
    categories: Type.Object(
      { training: Bounds, reflection: Bounds, freeChoice: Bounds },
      { additionalProperties: false },
    ),
    capPerActivity: Type.Union([Type.Number(), Type.Null()]),
    proRata: Type.Boolean(),
    note: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
    current: Type.Boolean({ description: 'Waar voor de versie die vandaag geldt' }),
  },
  { additionalProperties: false, description: 'Een versie van de herregistratienorm van een register' },
)

export const NormVersionPage = pageOf(NormVersion)

export interface BoundsInput {
  minimum?: number | null
  maximum?: number | null
}
export interface AddNormVersion {
  validFrom?: string
  totalPoints?: number
  categories?: { training?: BoundsInput; reflection?: BoundsInput; freeChoice?: BoundsInput }
  capPerActivity?: number | null
  proRata?: boolean
  note?: string
}
export type NormListQuery = { page: number; pageSize: number }
