import { Type } from 'typebox'
import { pageQuery } from '../../platform/http/api-schemas.ts'
import { REGISTRATION_STATUSES } from '../register/register.tables.ts'
import { MAX_ATTENDANCE_ROWS } from './points.attendance.import.ts'
import { ATTENDANCE_METHODS, IMPORT_STATES } from './points.attendance.tables.ts'
import { POINT_CATEGORIES } from './points.tables.ts'

// Attendance (presentie) of a run, its imports and the integration API. Response objects are allow-lists.

const Id = Type.String({ format: 'uuid' })
const IsoDate = Type.String({ format: 'date' })
const Timestamp = Type.String({ format: 'date-time' })
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()])
const Status = Type.Enum([...REGISTRATION_STATUSES], { description: 'Status van de registratie' })

export const RunParams = Type.Object({ runId: Id }, { additionalProperties: false })
export const AttendanceParams = Type.Object({ attendanceId: Id }, { additionalProperties: false })
export const ImportParams = Type.Object({ importId: Id }, { additionalProperties: false })

export const RunSummary = Type.Object(
  {
    id: Id,
    activityId: Id,
    activityPublicId: Nullable(Type.String()),
    activityTitle: Type.String(),
    startsOn: IsoDate,
    endsOn: IsoDate,
    location: Type.String(),
    online: Type.Boolean(),
    points: Type.Union([Type.Number(), Type.Null()], { description: 'Punten per deelnemer' }),
    category: Type.Union([Type.Enum([...POINT_CATEGORIES]), Type.Null()]),
  },
  { additionalProperties: false },
)

export const RegistrantSearchQuery = Type.Object(
  {
    registrationNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 20, description: 'Registratienummer' })),
    surname: Type.Optional(Type.String({ minLength: 2, maxLength: 100, description: 'Achternaam' })),
    initials: Type.Optional(Type.String({ maxLength: 20, description: 'Voorletters, zoals J.A.' })),
  },
  { additionalProperties: false },
)
export interface RegistrantSearchQuery {
  registrationNumber?: string
  surname?: string
  initials?: string
}

/** Only public-level fields: name, number and status (plus whether they can be booked here). */
export const RegistrantHit = Type.Object(
  {
    name: Type.String(),
    registrationNumber: Type.String(),
    status: Status,
    bookable: Type.Boolean({ description: 'Kan punten krijgen voor deze uitvoering' }),
    present: Type.Boolean({ description: 'Staat al op de presentielijst' }),
  },
  { additionalProperties: false },
)
export const RegistrantHits = Type.Object({ items: Type.Array(RegistrantHit) }, { additionalProperties: false })

export const ManualAttendanceBody = Type.Object(
  { registrationNumber: Type.String({ minLength: 1, maxLength: 20, description: 'Registratienummer' }) },
  { additionalProperties: false },
)

export const Attendance = Type.Object(
  {
    id: Id,
    runId: Id,
    registrationNumber: Nullable(Type.String()),
    name: Type.String(),
    method: Type.Enum([...ATTENDANCE_METHODS]),
    importId: Nullable(Id),
    recordedAt: Timestamp,
    withdrawnAt: Nullable(Timestamp),
    withdrawalReason: Type.String(),
  },
  { additionalProperties: false },
)

export const AttendanceListQuery = Type.Object(
  {
    includeWithdrawn: Type.Optional(Type.Boolean({ description: 'Ook ingetrokken presentie tonen' })),
    ...pageQuery,
  },
  { additionalProperties: false },
)
export interface AttendanceListQuery {
  includeWithdrawn?: boolean
  page: number
  pageSize: number
}

export const AttendancePage = Type.Object(
  {
    run: RunSummary,
    allowedActions: Type.Array(Type.Enum(['record', 'withdraw']), {
      description: 'Wat de ingelogde gebruiker bij deze uitvoering mag: presentie boeken, presentie intrekken',
    }),
    items: Type.Array(Attendance),
    page: Type.Integer({ minimum: 1 }),
    pageSize: Type.Integer({ minimum: 1 }),
    total: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
)

export const WithdrawBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 2000, description: 'Waarom de presentie wordt ingetrokken' }) },
  { additionalProperties: false },
)

export const ListImportBody = Type.Object(
  {
    text: Type.String({
      minLength: 1,
      maxLength: 1_000_000,
      description: 'Registratienummers of e-mailadressen, gescheiden door enters, komma’s, puntkomma’s of spaties',
    }),
  },
  { additionalProperties: false },
)

export const FileImportForm = {
  type: ['object', 'null'],
  description:
    'multipart/form-data met één veld `file`: een CSV-bestand (UTF-8, met of zonder BOM, ; of , als scheidingsteken, kopregel mag) of een Excel-bestand (.xlsx), hoogstens 10 MB. Per regel een registratienummer of e-mailadres. Het type wordt op de inhoud gecontroleerd.',
  properties: { file: { type: 'string', format: 'binary' } },
}

const OUTCOMES = ['matched', 'unmatched', 'duplicate', 'not-registered', 'already-booked', 'invalid'] as const

const ReportRow = Type.Object(
  {
    line: Type.Integer({ minimum: 1 }),
    value: Type.String(),
    outcome: Type.Enum([...OUTCOMES]),
    name: Type.Optional(Type.String({ description: 'Naam en registratienummer van de gevonden persoon' })),
  },
  { additionalProperties: false },
)

export const ReportCounts = Type.Object(
  {
    matched: Type.Integer({ minimum: 0 }),
    unmatched: Type.Integer({ minimum: 0 }),
    duplicate: Type.Integer({ minimum: 0 }),
    notRegistered: Type.Integer({ minimum: 0 }),
    alreadyBooked: Type.Integer({ minimum: 0 }),
    invalid: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
)

const importFields = {
  id: Id,
  runId: Id,
  kind: Type.Enum(['list', 'file']),
  fileName: Type.String(),
  state: Type.Enum([...IMPORT_STATES]),
  createdAt: Timestamp,
  confirmedAt: Nullable(Timestamp),
  bookedCount: Type.Integer({ minimum: 0 }),
  counts: ReportCounts,
}
export const AttendanceImportSummary = Type.Object(importFields, { additionalProperties: false })
export const AttendanceImport = Type.Object(
  { ...importFields, report: Type.Array(ReportRow) },
  { additionalProperties: false },
)
export const AttendanceImportPage = Type.Object(
  {
    items: Type.Array(AttendanceImportSummary),
    page: Type.Integer({ minimum: 1 }),
    pageSize: Type.Integer({ minimum: 1 }),
    total: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
)
export const PageOnlyQuery = Type.Object(pageQuery, { additionalProperties: false })

// --- The integration API (API key) ---

export const ApiAttendanceBody = Type.Object(
  {
    registrationNumbers: Type.Optional(
      Type.Array(Type.String({ maxLength: 254 }), { maxItems: MAX_ATTENDANCE_ROWS, description: 'Registratienummers' }),
    ),
    entries: Type.Optional(
      Type.Array(
        Type.Object(
          {
            registrationNumber: Type.Optional(Type.String({ maxLength: 20 })),
            email: Type.Optional(Type.String({ maxLength: 254 })),
          },
          { additionalProperties: false },
        ),
        { maxItems: MAX_ATTENDANCE_ROWS, description: 'Per deelnemer een registratienummer of e-mailadres' },
      ),
    ),
  },
  { additionalProperties: false },
)
export interface ApiAttendanceBody {
  registrationNumbers?: string[]
  entries?: { registrationNumber?: string; email?: string }[]
}

export const ApiAttendanceResult = Type.Object(
  {
    runId: Id,
    bookedCount: Type.Integer({ minimum: 0 }),
    results: Type.Array(
      Type.Object(
        {
          position: Type.Integer({ minimum: 1, description: 'Plaats in het verzoek, vanaf 1' }),
          value: Type.String(),
          outcome: Type.Enum(['booked', 'already-booked', 'unmatched', 'duplicate', 'not-registered', 'invalid']),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
)
export type ApiAttendanceOutcome =
  | 'booked'
  | 'already-booked'
  | 'unmatched'
  | 'duplicate'
  | 'not-registered'
  | 'invalid'
export interface ApiAttendanceResultBody {
  runId: string
  bookedCount: number
  results: { position: number; value: string; outcome: ApiAttendanceOutcome }[]
}
