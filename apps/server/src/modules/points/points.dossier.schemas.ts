import { Type } from 'typebox'
import { LEDGER_SOURCES, POINT_CATEGORIES } from './points.tables.ts'

// The CPD dossier (PE-dossier) of a registration. Responses are allow-lists.

export const DossierParams = Type.Object({ registrationId: Type.String({ format: 'uuid' }) })

const IsoDate = Type.String({ format: 'date' })
const Category = Type.Enum([...POINT_CATEGORIES], { description: 'scholing (training), reflectie, vrije ruimte' })
const PointsOrNull = Type.Union([Type.Number(), Type.Null()])

export const CategoryStanding = Type.Object(
  {
    category: Category,
    earned: Type.Number({ description: 'Netto geboekte punten in deze categorie binnen de periode' }),
    counted: Type.Number({ description: 'Wat meetelt na het maximum per activiteit en het maximum van de categorie' }),
    required: Type.Number({ description: 'Het minimum (naar verhouding bij een kortere periode); 0 als er geen is' }),
    maximum: Type.Union([Type.Number(), Type.Null()], { description: 'Hoogstens zoveel telt mee; null: geen' }),
    remaining: Type.Number({ description: 'Nog nodig voor het minimum' }),
  },
  { additionalProperties: false },
)

const ForecastLine = Type.Object(
  {
    category: Type.Union([Category, Type.Literal('total')]),
    projected: Type.Number({ description: 'Verwachte punten op de einddatum bij het tempo tot nu toe' }),
    shortfall: Type.Number({ description: 'Punten tekort op de einddatum bij dit tempo (0: op schema)' }),
  },
  { additionalProperties: false },
)

export const DossierEntry = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    activityDate: IsoDate,
    reference: Type.String(),
    category: Category,
    points: Type.Number({ description: 'Positief voor een boeking, negatief voor een intrekking' }),
    source: Type.Enum([...LEDGER_SOURCES], { description: 'presentie, zelf opgegeven activiteit of correctie' }),
    bookedAt: Type.String({ format: 'date-time' }),
    reversesEntryId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()], {
      description: 'Bij een intrekking: de boeking die wordt ingetrokken',
    }),
    reversedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
      description: 'Bij een ingetrokken boeking: wanneer',
    }),
    note: Type.String(),
  },
  { additionalProperties: false },
)

const cycleProperties = {
  id: Type.String({ format: 'uuid' }),
  number: Type.Integer({ minimum: 1 }),
  startDate: IsoDate,
  endDate: IsoDate,
  postponedUntil: Type.Union([IsoDate, Type.Null()]),
  effectiveEndDate: IsoDate,
  closed: Type.Boolean(),
  state: Type.Enum(['current', 'past', 'future'], { description: 'lopend, voorbij of nog niet begonnen' }),
  norm: Type.Object(
    {
      versionId: Type.String({ format: 'uuid' }),
      version: Type.Integer({ minimum: 1 }),
      validFrom: IsoDate,
      totalPoints: Type.Number(),
      capPerActivity: PointsOrNull,
      proRata: Type.Boolean(),
      factor: Type.Number({ description: 'Deel van de volle norm dat geldt (1 bij een volledige periode)' }),
    },
    { additionalProperties: false, description: 'De versie van de norm waaraan deze periode wordt getoetst' },
  ),
  categories: Type.Array(CategoryStanding),
  totals: Type.Object(
    { earned: Type.Number(), counted: Type.Number(), required: Type.Number(), remaining: Type.Number() },
    { additionalProperties: false },
  ),
  meetsNorm: Type.Boolean(),
  forecast: Type.Union(
    [
      Type.Object(
        { endDate: IsoDate, onTrack: Type.Boolean(), lines: Type.Array(ForecastLine) },
        { additionalProperties: false },
      ),
      Type.Null(),
    ],
    { description: 'Alleen bij de lopende periode: waar het tempo tot nu toe op uitkomt' },
  ),
}

export const StandingCycle = Type.Object(cycleProperties, { additionalProperties: false })

export const DossierCycle = Type.Object(
  {
    ...cycleProperties,
    entries: Type.Array(DossierEntry, { description: 'De boekingen met een datum in deze periode, nieuwste eerst' }),
  },
  { additionalProperties: false },
)

const headerProperties = {
  registrationId: Type.String({ format: 'uuid' }),
  registrationNumber: Type.Union([Type.String(), Type.Null()]),
  name: Type.String(),
  registerName: Type.String(),
  profession: Type.String(),
  status: Type.String(),
  today: IsoDate,
}
const CYCLE_ORDER = 'De lopende periode eerst, dan de andere, nieuwste eerst'

export const Dossier = Type.Object(
  { ...headerProperties, cycles: Type.Array(DossierCycle, { description: CYCLE_ORDER }) },
  { additionalProperties: false, description: 'Het PE-dossier van een registratie' },
)

export const PointsStanding = Type.Object(
  { ...headerProperties, cycles: Type.Array(StandingCycle, { description: CYCLE_ORDER }) },
  { additionalProperties: false, description: 'De stand van de PE-punten per registratieperiode, zonder de boekingen' },
)
