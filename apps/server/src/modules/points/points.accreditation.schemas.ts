import { Type } from 'typebox'
import { pageOf, pageQuery } from '../../platform/http/api-schemas.ts'
import { ACTIVITY_FORMATS, ACTIVITY_STATES, OBJECTION_STATES } from './points.accreditation.tables.ts'
import { POINT_CATEGORIES } from './points.tables.ts'

// Requests and answers of accreditation. Response objects are allow-lists. Content rules (required text, hours,
// the final test) are checked in the service so that every invalid field is reported at once.

const Id = Type.String({ format: 'uuid' })
const IsoDate = Type.String({ format: 'date' })
const Timestamp = Type.String({ format: 'date-time' })
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()])
const Format = Type.Enum([...ACTIVITY_FORMATS], { description: 'Werkvorm' })
const Category = Type.Enum([...POINT_CATEGORIES], { description: 'Categorie: scholing, reflectie of vrije ruimte' })
const State = Type.Enum([...ACTIVITY_STATES], { description: 'Stand van de aanvraag' })
const ObjectionState = Type.Enum([...OBJECTION_STATES], { description: 'Stand van het bezwaar' })
const Text = (maxLength: number, description: string) => Type.String({ maxLength, description })
const Amount = (description: string) => Type.Number({ description })

export const OrganisationParams = Type.Object({ organisationId: Id })
export const ActivityParams = Type.Object({ organisationId: Id, activityId: Id })
export const RunParams = Type.Object({ organisationId: Id, activityId: Id, runId: Id })
export const ReviewParams = Type.Object({ activityId: Id })
export const ObjectionParams = Type.Object({ objectionId: Id })
export const ProviderParams = Type.Object({ organisationId: Id })

// ---- provider: requests ----

export const SubmissionBody = Type.Object(
  {
    title: Text(200, 'Titel'),
    description: Text(5000, 'Beschrijving'),
    learningGoals: Text(5000, 'Leerdoelen'),
    format: Format,
    netHours: Type.Union([Amount('Netto uren (zonder pauzes), meer dan 0, hoogstens 2 decimalen'), Type.Null()]),
    targetProfessions: Type.Array(Text(100, 'Beroep'), { maxItems: 20, description: 'Doelgroepen (beroepen)' }),
    requestedCategory: Category,
    teachers: Type.Array(Text(200, 'Naam en deskundigheid'), { maxItems: 30, description: 'Docenten' }),
    finalTest: Type.Optional(Text(5000, 'Eindtoets: verplicht bij e-learning en bij 18 uur of meer')),
  },
  { additionalProperties: false },
)
export type SubmissionBody = {
  title: string
  description: string
  learningGoals: string
  format: (typeof ACTIVITY_FORMATS)[number]
  netHours: number | null
  targetProfessions: string[]
  requestedCategory: (typeof POINT_CATEGORIES)[number]
  teachers: string[]
  finalTest?: string
}

export const ProviderListQuery = Type.Object(
  { state: Type.Optional(State), ...pageQuery },
  { additionalProperties: false },
)
export type ProviderListQuery = { state?: (typeof ACTIVITY_STATES)[number]; page: number; pageSize: number }

const summaryFields = {
  id: Id,
  publicId: Nullable(Type.String()),
  title: Type.String(),
  format: Format,
  netHours: Type.Number(),
  requestedCategory: Category,
  state: State,
  fastTrack: Type.Boolean(),
  submittedAt: Timestamp,
  decidedAt: Nullable(Timestamp),
  points: Type.Union([Type.Number(), Type.Null()]),
  category: Type.Union([Category, Type.Null()]),
  validUntil: Nullable(IsoDate),
}
export const ActivitySummary = Type.Object(summaryFields, { additionalProperties: false })
export const ActivitySummaryPage = pageOf(ActivitySummary)

const Run = Type.Object(
  { id: Id, startsOn: IsoDate, endsOn: IsoDate, location: Type.String(), online: Type.Boolean() },
  { additionalProperties: false },
)

const Objection = Type.Object(
  {
    id: Id,
    reason: Type.String(),
    state: ObjectionState,
    submittedAt: Timestamp,
    decidedAt: Nullable(Timestamp),
    decisionReason: Type.String(),
  },
  { additionalProperties: false },
)

const detailFields = {
  ...summaryFields,
  providerOrganisationId: Id,
  providerName: Type.String(),
  description: Type.String(),
  learningGoals: Type.String(),
  targetProfessions: Type.Array(Type.String()),
  teachers: Type.Array(Type.String()),
  finalTest: Type.String(),
  validFrom: Nullable(IsoDate),
  decisionReason: Type.String(),
  checkedAt: Nullable(Timestamp),
  objectionDeadline: Type.Union([Timestamp, Type.Null()], {
    description: 'Tot wanneer bezwaar kan (6 weken na het besluit)',
  }),
  runs: Type.Array(Run),
}

export const ProviderActivityDetail = Type.Object(
  {
    ...detailFields,
    objections: Type.Array(Objection),
    permissions: Type.Object(
      { withdraw: Type.Boolean(), object: Type.Boolean(), manageRuns: Type.Boolean() },
      { additionalProperties: false, description: 'Wat jij nu met deze activiteit mag doen' },
    ),
  },
  { additionalProperties: false },
)

export const ObjectionBody = Type.Object(
  { reason: Text(5000, 'Waarom je het niet eens bent met het besluit') },
  { additionalProperties: false },
)

export const RunBody = Type.Object(
  {
    startsOn: IsoDate,
    endsOn: IsoDate,
    location: Type.Optional(Text(300, 'Plaats en adres; leeg bij online')),
    online: Type.Boolean({ default: false }),
  },
  { additionalProperties: false },
)
export type RunBody = { startsOn: string; endsOn: string; location?: string; online: boolean }
export const RunResult = Run

// ---- register office ----

export const QUEUES = ['submitted', 'to-check', 'accredited', 'rejected', 'withdrawn'] as const
export const ReviewListQuery = Type.Object(
  {
    queue: Type.Optional(
      Type.Enum([...QUEUES], {
        default: 'submitted',
        description: 'submitted: wachtrij; to-check: direct geaccrediteerd, nog te controleren; of een stand',
      }),
    ),
    ...pageQuery,
  },
  { additionalProperties: false },
)
export type ReviewListQuery = { queue?: (typeof QUEUES)[number]; page: number; pageSize: number }

export const ReviewSummary = Type.Object(
  { ...summaryFields, providerName: Type.String() },
  { additionalProperties: false },
)
export const ReviewSummaryPage = pageOf(ReviewSummary)

const ReviewObjection = Type.Object(
  {
    id: Id,
    reason: Type.String(),
    state: ObjectionState,
    submittedAt: Timestamp,
    submittedBy: Type.String(),
    originalDecider: Nullable(Type.String()),
    decidedAt: Nullable(Timestamp),
    decidedBy: Nullable(Type.String()),
    decisionReason: Type.String(),
  },
  { additionalProperties: false },
)

export const ReviewDetail = Type.Object(
  {
    ...detailFields,
    submittedBy: Type.String(),
    decidedBy: Nullable(Type.String()),
    checkedBy: Nullable(Type.String()),
    objections: Type.Array(ReviewObjection),
    permissions: Type.Object(
      { decide: Type.Boolean(), check: Type.Boolean(), decideObjection: Type.Boolean() },
      { additionalProperties: false, description: 'Wat jij nu met deze activiteit mag doen' },
    ),
  },
  { additionalProperties: false },
)

const accreditFields = {
  points: Type.Optional(Amount('Punten; standaard het aantal netto uren')),
  category: Type.Optional(Category),
  validityYears: Type.Optional(Type.Integer({ description: 'Geldigheid: 1 of 3 jaar (standaard 1)' })),
  validFrom: Type.Optional({ ...IsoDate, description: 'Begin van de geldigheid; standaard de dag van het besluit' }),
  reason: Type.Optional(Text(5000, 'Reden (verplicht bij afwijzen)')),
}
export const DecisionBody = Type.Object(
  { outcome: Type.Enum(['accredit', 'reject'], { description: 'Accrediteren of afwijzen' }), ...accreditFields },
  { additionalProperties: false },
)
export type AccreditFields = {
  points?: number
  category?: (typeof POINT_CATEGORIES)[number]
  validityYears?: number
  validFrom?: string
  reason?: string
}
export type DecisionBody = AccreditFields & { outcome: 'accredit' | 'reject' }

export const ObjectionDecisionBody = Type.Object(
  {
    outcome: Type.Enum(['uphold', 'dismiss'], { description: 'Gegrond (accrediteren) of ongegrond' }),
    ...accreditFields,
  },
  { additionalProperties: false },
)
export type ObjectionDecisionBody = AccreditFields & { outcome: 'uphold' | 'dismiss' }

export const CheckBody = Type.Object(
  {
    outcome: Type.Enum(['approve', 'revoke'], { description: 'Akkoord, of de accreditatie intrekken' }),
    reason: Type.Optional(Text(5000, 'Reden (verplicht bij intrekken)')),
  },
  { additionalProperties: false },
)
export type CheckBody = { outcome: 'approve' | 'revoke'; reason?: string }

export const ObjectionListQuery = Type.Object(
  { state: Type.Optional({ ...ObjectionState, default: 'open' }), ...pageQuery },
  { additionalProperties: false },
)
export type ObjectionListQuery = { state?: (typeof OBJECTION_STATES)[number]; page: number; pageSize: number }

export const ObjectionSummary = Type.Object(
  {
    id: Id,
    activityId: Id,
    activityTitle: Type.String(),
    activityState: State,
    providerName: Type.String(),
    reason: Type.String(),
    state: ObjectionState,
    submittedAt: Timestamp,
    originalDecider: Nullable(Type.String()),
    mayDecide: Type.Boolean({ description: 'Of jij over dit bezwaar mag beslissen' }),
  },
  { additionalProperties: false },
)
export const ObjectionSummaryPage = pageOf(ObjectionSummary)

export const ProviderListQueryOffice = Type.Object({ ...pageQuery }, { additionalProperties: false })
export const AccreditedProviderSummary = Type.Object(
  {
    organisationId: Id,
    name: Type.String(),
    city: Type.String(),
    accredited: Type.Boolean(),
    grantedAt: Nullable(Timestamp),
    reason: Type.String(),
  },
  { additionalProperties: false },
)
export const AccreditedProviderPage = pageOf(AccreditedProviderSummary)
export const MarkProviderBody = Type.Object(
  { organisationId: Id, reason: Type.Optional(Text(2000, 'Toelichting')) },
  { additionalProperties: false },
)
export type MarkProviderBody = { organisationId: string; reason?: string }
