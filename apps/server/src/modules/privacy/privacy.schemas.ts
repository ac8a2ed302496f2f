import { type TSchema, Type } from 'typebox'
import { pageOf, pageQuery } from '../../platform/http/api-schemas.ts'
import { ACTIVITY_STATES, OBJECTION_STATES } from '../points/points.accreditation.tables.ts'
import { ATTENDANCE_METHODS } from '../points/points.attendance.tables.ts'
import { REREGISTRATION_KINDS, REREGISTRATION_STATES } from '../points/points.reregistration.tables.ts'
import { SELF_REPORT_KINDS, SELF_REPORT_STATES } from '../points/points.self-reports.tables.ts'
import { LEDGER_SOURCES, POINT_CATEGORIES } from '../points/points.tables.ts'
import { REGISTRATION_STATUSES } from '../register/register.tables.ts'
import { AgendaExport } from './privacy.events.schemas.ts'
import { DATA_REQUEST_KINDS, DATA_REQUEST_STATES } from './privacy.tables.ts'

// The export of one's personal data and the data requests. Every object is an allow-list.

const Uuid = Type.String({ format: 'uuid' })
const IsoDate = Type.String({ format: 'date' })
const DateTime = Type.String({ format: 'date-time' })
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])
const Obj = (properties: Record<string, TSchema>, description?: string) =>
  Type.Object(properties, { additionalProperties: false, ...(description ? { description } : {}) })
const Status = Type.Enum([...REGISTRATION_STATUSES])

const Account = Obj({
  id: Uuid,
  email: Type.String(),
  givenName: Type.String(),
  familyName: Type.String(),
  locale: Type.String(),
  status: Type.String(),
  staffRoles: Type.Array(Type.String()),
  emailVerifiedAt: Nullable(DateTime),
  mfaEnabled: Type.Boolean(),
  createdAt: DateTime,
  updatedAt: DateTime,
})

const Session = Obj({
  createdAt: DateTime,
  lastSeenAt: DateTime,
  expiresAt: DateTime,
  mfaState: Type.String(),
  userAgent: Type.String(),
  ipAddress: Type.String(),
})

const Membership = Obj({
  organisationId: Uuid,
  organisationName: Type.String(),
  role: Type.String(),
  createdAt: DateTime,
})

const StatusChange = Obj({
  action: Type.String(),
  fromStatus: Nullable(Status),
  toStatus: Status,
  effectiveDate: IsoDate,
  reason: Type.String(),
  decidedAt: DateTime,
  publicUntil: Nullable(IsoDate),
})

const CycleDecision = Obj({
  kind: Type.String(),
  reason: Type.String(),
  outcome: Type.String(),
  postponedUntil: Nullable(IsoDate),
  decidedAt: DateTime,
})

const Cycle = Obj({
  number: Type.Integer(),
  startDate: IsoDate,
  endDate: IsoDate,
  postponedUntil: Nullable(IsoDate),
  closedAt: Nullable(DateTime),
  decisions: Type.Array(CycleDecision),
})

const ApplicationMessage = Obj({
  kind: Type.String(),
  fromMe: Type.Boolean(),
  body: Type.String(),
  documentId: Nullable(Uuid),
  createdAt: DateTime,
})

const Application = Obj({
  id: Uuid,
  state: Type.String(),
  educationInstitution: Type.String(),
  educationProgramme: Type.String(),
  educationDate: IsoDate,
  diplomaDocumentId: Uuid,
  codeVersion: Type.String(),
  codeAcceptedAt: DateTime,
  submittedAt: DateTime,
  decidedAt: Nullable(DateTime),
  decisionReason: Type.String(),
  messages: Type.Array(ApplicationMessage),
})

const Credential = Obj({ credentialId: Type.String(), validFrom: IsoDate, validUntil: IsoDate, issuedAt: DateTime })

const Category = Type.Enum([...POINT_CATEGORIES], { description: 'opleiding, reflectie of vrije keuze' })

const LedgerEntry = Obj(
  {
    activityDate: IsoDate,
    category: Category,
    points: Type.Number({ description: 'Negatief bij een terugboeking' }),
    reference: Type.String(),
    source: Type.Enum([...LEDGER_SOURCES], { description: 'presentie, zelf ingebracht of correctie' }),
    bookedAt: DateTime,
    note: Type.String(),
    reversal: Type.Boolean({ description: 'Is dit een terugboeking (intrekking) van een eerdere boeking?' }),
  },
  'Een regel uit je PE-puntenregister',
)

const SelfReport = Obj(
  {
    kind: Type.Enum([...SELF_REPORT_KINDS]),
    title: Type.String(),
    description: Type.String(),
    activityDate: IsoDate,
    hours: Type.Number(),
    requestedCategory: Category,
    evidenceKind: Type.Enum(['upload', 'declaration']),
    evidenceDocumentName: Nullable(Type.String({ description: 'Naam van het bewijsstuk (het bestand zelf niet)' })),
    state: Type.Enum([...SELF_REPORT_STATES]),
    submittedAt: DateTime,
    pointsGranted: Nullable(Type.Number()),
    categoryGranted: Nullable(Category),
    reviewedAt: Nullable(DateTime),
    decisionReason: Type.String(),
    spotCheck: Type.Boolean({ description: 'Gekozen voor de steekproef' }),
    spotCheckedAt: Nullable(DateTime),
    spotCheckOutcome: Nullable(Type.Enum(['confirmed', 'corrected'])),
  },
  'Een activiteit die je zelf hebt ingebracht',
)

const Attendance = Obj(
  {
    activityPublicId: Nullable(Type.String()),
    activityTitle: Type.String(),
    providerName: Type.String(),
    startsOn: IsoDate,
    endsOn: IsoDate,
    online: Type.Boolean(),
    method: Type.Enum([...ATTENDANCE_METHODS]),
    recordedAt: DateTime,
    withdrawnAt: Nullable(DateTime),
    withdrawalReason: Type.String(),
  },
  'Je presentie bij een uitvoering van een geaccrediteerde activiteit',
)

const ReregistrationRequest = Obj(
  {
    cycleNumber: Type.Integer(),
    kind: Type.Enum([...REREGISTRATION_KINDS]),
    state: Type.Enum([...REREGISTRATION_STATES]),
    reason: Type.String(),
    postponedUntil: Nullable(IsoDate),
    shiftYears: Nullable(Type.Integer()),
    submittedAt: DateTime,
    decidedAt: Nullable(DateTime),
    decisionReason: Type.String(),
  },
  'Je aanvraag voor herregistratie, uitstel of herregistratie voor beperkte duur',
)

const Registration = Obj({
  id: Uuid,
  registerName: Type.String(),
  registrationNumber: Nullable(Type.String()),
  status: Status,
  reEntry: Type.Boolean(),
  profession: Type.String(),
  employerName: Nullable(Type.String()),
  selfEmployed: Type.Boolean(),
  showEmployerPublicly: Type.Boolean(),
  initials: Type.String(),
  infix: Type.String(),
  surname: Type.String(),
  registeredSince: Nullable(IsoDate),
  createdAt: DateTime,
  updatedAt: DateTime,
  statusHistory: Type.Array(StatusChange),
  cycles: Type.Array(Cycle),
  applications: Type.Array(Application),
  credentials: Type.Array(Credential),
  pointsLedger: Type.Array(LedgerEntry),
  selfReportedActivities: Type.Array(SelfReport),
  attendances: Type.Array(Attendance),
  reregistrationRequests: Type.Array(ReregistrationRequest),
})

const Document = Obj({
  id: Uuid,
  purpose: Type.String(),
  originalName: Type.String(),
  mediaType: Type.String(),
  sizeBytes: Type.Integer(),
  createdAt: DateTime,
})

const ProviderWork = Obj(
  {
    submittedActivities: Type.Array(
      Obj({
        organisationName: Type.String(),
        publicId: Nullable(Type.String()),
        title: Type.String(),
        state: Type.Enum([...ACTIVITY_STATES]),
        submittedAt: DateTime,
      }),
    ),
    objections: Type.Array(
      Obj({
        activityTitle: Type.String(),
        activityPublicId: Nullable(Type.String()),
        reason: Type.String(),
        state: Type.Enum([...OBJECTION_STATES]),
        submittedAt: DateTime,
        decidedAt: Nullable(DateTime),
      }),
    ),
    apiKeys: Type.Array(
      Obj({
        organisationName: Type.String(),
        name: Type.String(),
        prefix: Type.String(),
        createdAt: DateTime,
        revokedAt: Nullable(DateTime),
      }),
    ),
  },
  'Wat je deed voor een aanbieder: activiteiten en bezwaren die je indiende, API-sleutels die je maakte',
)

const Consent = Obj({
  organisationId: Uuid,
  organisationName: Type.String(),
  granted: Type.Boolean(),
  grantedAt: Nullable(DateTime),
  updatedAt: DateTime,
})

const Invitation = Obj({ organisationName: Type.String(), createdAt: DateTime, expiresAt: DateTime })
const Mail = Obj({
  subject: Type.String(),
  template: Type.String(),
  status: Type.String(),
  createdAt: DateTime,
  sentAt: Nullable(DateTime),
})

export const DataRequest = Obj({
  id: Uuid,
  kind: Type.Enum([...DATA_REQUEST_KINDS], { description: 'Verbeteren (correction) of wissen (erasure)' }),
  details: Type.String(),
  state: Type.Enum([...DATA_REQUEST_STATES], { description: 'open, afgehandeld (completed) of afgewezen (declined)' }),
  createdAt: DateTime,
  handledAt: Nullable(DateTime),
  resolution: Type.String({ description: 'Antwoord van het registerbureau' }),
})

const AuditEvent = Obj({
  occurredAt: DateTime,
  action: Type.String(),
  objectType: Nullable(Type.String()),
  objectId: Nullable(Type.String()),
  result: Type.String(),
  byMe: Type.Boolean({ description: 'Deed je dit zelf? (Wie het anders was, blijft intern.)' }),
  origin: Nullable(Type.String({ description: 'IP-adres, alleen bij je eigen handelingen' })),
})

export const PersonalDataExport = Obj(
  {
    exportedAt: DateTime,
    account: Account,
    sessions: Type.Array(Session),
    memberships: Type.Array(Membership),
    registrations: Type.Array(Registration),
    documents: Type.Array(Document),
    providerWork: ProviderWork,
    agenda: AgendaExport,
    cpdSharing: Type.Array(Consent),
    invitations: Type.Array(Invitation),
    mails: Type.Array(Mail),
    dataRequests: Type.Array(DataRequest),
    auditEvents: Type.Array(AuditEvent),
  },
  'Al je persoonsgegevens in Vakregister (AVG artikel 15 en 20)',
)

export const CreateDataRequest = Type.Object(
  {
    kind: Type.Enum([...DATA_REQUEST_KINDS]),
    details: Type.String({ maxLength: 4000, description: 'Wat moet er anders (verplicht bij verbeteren), of waarom' }),
  },
  { additionalProperties: false },
)
export const DataRequestList = Obj({ items: Type.Array(DataRequest) })

export const OfficeDataRequest = Obj({
  id: Uuid,
  kind: Type.Enum([...DATA_REQUEST_KINDS]),
  details: Type.String(),
  state: Type.Enum([...DATA_REQUEST_STATES]),
  createdAt: DateTime,
  handledAt: Nullable(DateTime),
  resolution: Type.String(),
  person: Nullable(
    Obj({ userId: Uuid, name: Type.String(), email: Type.String() }, 'Leeg nadat de gegevens zijn gewist'),
  ),
})
export const OfficeDataRequestPage = pageOf(OfficeDataRequest)
export const DataRequestQuery = Type.Object(
  { state: Type.Optional(Type.Enum([...DATA_REQUEST_STATES])), ...pageQuery },
  { additionalProperties: false },
)
export const DataRequestParams = Type.Object({ dataRequestId: Uuid })
export const DataRequestDecision = Type.Object(
  {
    decision: Type.Enum(['completed', 'declined'], {
      description: 'Afgehandeld (bij wissen: nu uitvoeren) of afgewezen',
    }),
    resolution: Type.String({ minLength: 1, maxLength: 4000, pattern: '\\S', description: 'Antwoord aan de persoon' }),
  },
  { additionalProperties: false },
)

export type CreateDataRequest = { kind: (typeof DATA_REQUEST_KINDS)[number]; details: string }
export type DataRequestDecision = { decision: 'completed' | 'declined'; resolution: string }
export type DataRequestQuery = { state?: (typeof DATA_REQUEST_STATES)[number]; page: number; pageSize: number }
