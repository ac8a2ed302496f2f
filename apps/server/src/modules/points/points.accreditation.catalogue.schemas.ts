import { Type } from 'typebox'
import { pageOf, pageQuery } from '../../platform/http/api-schemas.ts'
import { ACTIVITY_FORMATS } from './points.accreditation.tables.ts'
import { POINT_CATEGORIES } from './points.tables.ts'

// The public catalogue's query and answers: allow-lists of public fields only (no submitter, no internal ids but the
// provider's, which the provider filter needs).

const Id = Type.String({ format: 'uuid' })
const IsoDate = Type.String({ format: 'date' })
const Format = Type.Enum([...ACTIVITY_FORMATS], { description: 'Werkvorm' })
const Category = Type.Enum([...POINT_CATEGORIES], { description: 'Categorie: scholing, reflectie of vrije ruimte' })
const PublicId = Type.String({ pattern: '^A-\\d{4}-\\d{5}$', description: 'Openbaar ID, bijvoorbeeld A-2026-00042' })

export const PublicIdParams = Type.Object({ publicId: PublicId })

export const CatalogueQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Zoeken in de titel' })),
    format: Type.Optional(Format),
    category: Type.Optional(Category),
    providerId: Type.Optional({ ...Id, description: 'Aanbieder' }),
    profession: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Doelgroep (beroep)' })),
    minPoints: Type.Optional(Type.Number({ minimum: 0, maximum: 1000 })),
    maxPoints: Type.Optional(Type.Number({ minimum: 0, maximum: 1000 })),
    online: Type.Optional(Type.Boolean({ description: 'Alleen online (true) of alleen op locatie (false)' })),
    location: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Plaats van een uitvoering' })),
    from: Type.Optional({ ...IsoDate, description: 'Met een uitvoering op of na deze dag' }),
    to: Type.Optional({ ...IsoDate, description: 'Met een uitvoering op of vóór deze dag' }),
    includeExpired: Type.Optional(
      Type.Boolean({ default: false, description: 'Ook activiteiten waarvan de accreditatie is verlopen' }),
    ),
    ...pageQuery,
  },
  { additionalProperties: false },
)
export type CatalogueQuery = {
  q?: string
  format?: (typeof ACTIVITY_FORMATS)[number]
  category?: (typeof POINT_CATEGORIES)[number]
  providerId?: string
  profession?: string
  minPoints?: number
  maxPoints?: number
  online?: boolean
  location?: string
  from?: string
  to?: string
  includeExpired?: boolean
  page: number
  pageSize: number
}

const PublicRun = Type.Object(
  { startsOn: IsoDate, endsOn: IsoDate, location: Type.String(), online: Type.Boolean() },
  { additionalProperties: false },
)
const Provider = Type.Object({ id: Id, name: Type.String(), city: Type.String() }, { additionalProperties: false })
const catalogueFields = {
  publicId: Type.String(),
  title: Type.String(),
  format: Format,
  category: Category,
  points: Type.Number(),
  validFrom: IsoDate,
  validUntil: IsoDate,
  provider: Provider,
  targetProfessions: Type.Array(Type.String()),
}
export const CatalogueItem = Type.Object(
  { ...catalogueFields, nextRun: Type.Union([PublicRun, Type.Null()]) },
  { additionalProperties: false },
)
export const CataloguePage = pageOf(CatalogueItem)
export const CatalogueDetail = Type.Object(
  {
    ...catalogueFields,
    description: Type.String(),
    learningGoals: Type.String(),
    teachers: Type.Array(Type.String()),
    netHours: Type.Number(),
    hasFinalTest: Type.Boolean(),
    runs: Type.Array(PublicRun),
  },
  { additionalProperties: false },
)
