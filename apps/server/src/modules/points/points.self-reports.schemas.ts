import { Type } from 'typebox'
import { pageOf, pageQuery } from '../../platform/http/api-schemas.ts'
import { SELF_REPORT_KINDS, SELF_REPORT_STATES } from './points.self-reports.tables.ts'
import { POINT_CATEGORIES } from './points.tables.ts'

const MAX_HOURS = 200
const Uuid = Type.String({ format: 'uuid' })
const DateTime = Type.String({ format: 'date-time' })
const IsoDate = Type.String({ format: 'date' })
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()])

const Kind = Type.Enum([...SELF_REPORT_KINDS], { description: 'Soort activiteit' })
const State = Type.Enum([...SELF_REPORT_STATES], { description: 'Stand van de activiteit' })
const Category = Type.Enum([...POINT_CATEGORIES], { description: 'Categorie van de norm' })
const EvidenceKind = Type.Enum(['upload', 'declaration'], {
  description: 'Een bewijsstuk (certificaat, artikel) of de ondertekende verklaring',
})
const SpotCheckOutcome = Type.Enum(['confirmed', 'corrected'], {
  description: 'Uitkomst van de steekproef: bevestigd, of gecorrigeerd (punten ingetrokken)',
})

export const SelfReportParams = Type.Object({ selfReportId: Uuid })
export const RegisterParams = Type.Object({ registerId: Uuid })
export const PageOnlyQuery = Type.Object({ ...pageQuery }, { additionalProperties: false })
export const SpotCheckQuery = Type.Object(
  {
    status: Type.Optional(
      Type.Enum(['open', 'done'], { default: 'open', description: 'Nog te controleren, of gecontroleerd' }),
    ),
    ...pageQuery,
  },
  { additionalProperties: false },
)

const summaryFields = {
  id: Uuid,
  registrationId: Uuid,
  registrationNumber: Nullable(Type.String()),
  registerName: Type.String(),
  initials: Type.String(),
  infix: Type.String(),
  surname: Type.String(),
  kind: Kind,
  title: Type.String(),
  activityDate: IsoDate,
  hours: Type.Number(),
  requestedCategory: Category,
  evidenceKind: EvidenceKind,
  state: State,
  submittedAt: DateTime,
  reviewedAt: Nullable(DateTime),
  pointsGranted: Nullable(Type.Number()),
  categoryGranted: Nullable(Category),
  decisionReason: Type.String({ description: 'De reden van een afwijzing of correctie; leeg als er geen is' }),
  pointsWithdrawn: Type.Boolean({ description: 'De punten zijn na een steekproef ingetrokken' }),
}
export const SelfReportSummary = Type.Object(summaryFields, { additionalProperties: false })
export const SelfReportPage = pageOf(SelfReportSummary)

export const SelfReportDetail = Type.Object(
  {
    ...summaryFields,
    description: Type.String(),
    evidence: Type.Object(
      { id: Uuid, fileName: Type.String(), mediaType: Type.String(), sizeBytes: Type.Integer({ minimum: 0 }) },
      { additionalProperties: false, description: 'Download via GET /documents/{id}' },
    ),
    reviewedBy: Nullable(Type.String({ description: 'Wie besliste (alleen voor het registerbureau)' })),
    spotCheck: Nullable(
      Type.Object(
        { drawn: Type.Boolean(), checkedAt: Nullable(DateTime), outcome: Nullable(SpotCheckOutcome) },
        { additionalProperties: false, description: 'De steekproef (alleen voor het registerbureau)' },
      ),
    ),
    permissions: Type.Object(
      { withdraw: Type.Boolean(), approve: Type.Boolean(), reject: Type.Boolean(), spotCheck: Type.Boolean() },
      { additionalProperties: false, description: 'Wat jij nu met deze activiteit mag doen' },
    ),
  },
  { additionalProperties: false },
)

export const SelfReportCreated = Type.Object({ id: Uuid, state: State }, { additionalProperties: false })
export const SelfReportStateResult = Type.Object(
  {
    id: Uuid,
    state: State,
    pointsGranted: Type.Optional(Type.Number()),
    categoryGranted: Type.Optional(Category),
    spotCheck: Type.Optional(Type.Boolean({ description: 'Getrokken voor de steekproef' })),
  },
  { additionalProperties: false },
)

export const ApproveBody = Type.Object(
  {
    pointsGranted: Type.Optional(
      Type.Number({
        exclusiveMinimum: 0,
        maximum: MAX_HOURS,
        description: 'Toegekende punten (hoogstens 2 decimalen); standaard het aantal uren',
      }),
    ),
    categoryGranted: Type.Optional({ ...Category, description: 'Standaard de gevraagde categorie' }),
  },
  { additionalProperties: false },
)
export const RejectBody = Type.Object(
  {
    reason: Type.String({
      maxLength: 5000,
      description: 'Waarom de activiteit is afgewezen (de professional ziet dit)',
    }),
  },
  { additionalProperties: false },
)
export const SpotCheckBody = Type.Object(
  {
    outcome: SpotCheckOutcome,
    reason: Type.Optional(Type.String({ maxLength: 5000, description: 'Verplicht bij corrected' })),
  },
  { additionalProperties: false },
)
export const SpotCheckPage = pageOf(
  Type.Object(
    {
      id: Uuid,
      registrationNumber: Nullable(Type.String()),
      registerName: Type.String(),
      initials: Type.String(),
      infix: Type.String(),
      surname: Type.String(),
      kind: Kind,
      title: Type.String(),
      activityDate: IsoDate,
      pointsGranted: Type.Number(),
      categoryGranted: Category,
      evidenceKind: EvidenceKind,
      reviewedAt: DateTime,
      spotCheckedAt: Nullable(DateTime),
      spotCheckOutcome: Nullable(SpotCheckOutcome),
    },
    { additionalProperties: false },
  ),
)
export const SpotCheckResult = Type.Object(
  { id: Uuid, spotCheckOutcome: SpotCheckOutcome, pointsWithdrawn: Type.Boolean() },
  { additionalProperties: false },
)

const Setting = Type.Object(
  {
    registerId: Uuid,
    registerName: Type.String(),
    spotCheckPercent: Type.Integer({ minimum: 0, maximum: 100 }),
    updatedAt: Nullable(DateTime),
  },
  { additionalProperties: false },
)
export const SettingsList = Type.Object({ items: Type.Array(Setting) }, { additionalProperties: false })
export const SettingResult = Setting
export const SettingsBody = Type.Object(
  {
    spotCheckPercent: Type.Integer({
      minimum: 0,
      maximum: 100,
      description: 'Percentage van de goedgekeurde activiteiten dat voor de steekproef wordt getrokken',
    }),
  },
  { additionalProperties: false },
)

export const DeclarationQuery = Type.Object(
  {
    kind: Type.Optional(Kind),
    registrationId: Type.Optional(Uuid),
    title: Type.Optional(Type.String({ maxLength: 200 })),
    activityDate: Type.Optional(IsoDate),
    hours: Type.Optional(Type.String({ maxLength: 10, pattern: '^[0-9]{1,3}([.,][0-9]{1,2})?$' })),
  },
  { additionalProperties: false },
)

/**
 * The multipart form, for the OpenAPI document only: the service reads and checks every part itself. Fastify sees
 * an unparsed multipart body as null, so the schema allows null and has no `required`; it says in words what is.
 */
export const SubmitForm = {
  type: ['object', 'null'],
  description:
    'multipart/form-data. Verplicht: kind, title, activityDate (niet in de toekomst, binnen een registratieperiode), hours (meer dan 0, hoogstens 200, 2 decimalen), requestedCategory, evidenceKind en evidence (PDF, JPEG of PNG, hoogstens 10 MB, type gecontroleerd op de inhoud). registrationId is verplicht als je meer dan één registratie hebt. Elk ongeldig veld staat in één antwoord.',
  properties: {
    registrationId: { type: 'string', format: 'uuid' },
    kind: { type: 'string', enum: [...SELF_REPORT_KINDS] },
    title: { type: 'string', maxLength: 200 },
    description: { type: 'string', maxLength: 5000 },
    activityDate: { type: 'string', format: 'date' },
    hours: { type: 'string', description: 'Zoals 1.5 of 1,5' },
    requestedCategory: { type: 'string', enum: [...POINT_CATEGORIES] },
    evidenceKind: { type: 'string', enum: ['upload', 'declaration'] },
    evidence: { type: 'string', format: 'binary' },
  },
}
