import { Type } from 'typebox'
import { pageOf, pageQuery } from '../../platform/http/api-schemas.ts'
import { REGISTRATION_STATUSES } from './register.tables.ts'

// The register office's view of registrations and the registrant's own. Response objects are allow-lists.

const IsoDate = Type.String({ format: 'date' })
const Timestamp = Type.String({ format: 'date-time' })
const NullableDate = Type.Union([IsoDate, Type.Null()])
const Status = Type.Enum([...REGISTRATION_STATUSES], { description: 'Status van de registratie' })
const Id = Type.String({ format: 'uuid' })
const Reason = Type.String({ maxLength: 2000, description: 'Reden (voor de registratie en de audit trail)' })

export const RegistrationListQuery = Type.Object(
  {
    registrationNumber: Type.Optional(
      Type.String({ minLength: 1, maxLength: 20, description: 'Registratienummer of een deel ervan' }),
    ),
    surname: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: 'Achternaam, eventueel met tussenvoegsel' }),
    ),
    status: Type.Optional(Status),
    registerId: Type.Optional(Id),
    ...pageQuery,
  },
  { additionalProperties: false },
)
export interface RegistrationListQuery {
  registrationNumber?: string
  surname?: string
  status?: (typeof REGISTRATION_STATUSES)[number]
  registerId?: string
  page: number
  pageSize: number
}

export const RegistrationParams = Type.Object({ registrationId: Id })
export const RemovalRequestParams = Type.Object({ registrationId: Id, requestId: Id })

export const RegistrationSummary = Type.Object(
  {
    id: Id,
    registrationNumber: Type.Union([Type.String(), Type.Null()]),
    initials: Type.String(),
    infix: Type.String(),
    surname: Type.String(),
    profession: Type.String(),
    registerId: Id,
    register: Type.String({ description: 'Naam van het register' }),
    status: Status,
    registeredSince: NullableDate,
    cycleEnd: Type.Union([IsoDate, Type.Null()], { description: 'Einde van de laatste periode (met uitstel)' }),
  },
  { additionalProperties: false },
)
export const RegistrationPage = pageOf(RegistrationSummary)
export const MyRegistrationList = Type.Object(
  { items: Type.Array(RegistrationSummary) },
  { additionalProperties: false },
)

const Cycle = Type.Object(
  {
    id: Id,
    number: Type.Integer({ minimum: 1 }),
    startDate: IsoDate,
    endDate: IsoDate,
    postponedUntil: NullableDate,
    effectiveEnd: Type.String({ format: 'date', description: 'Einde met uitstel' }),
    closed: Type.Boolean(),
  },
  { additionalProperties: false },
)

const HistoryEntry = Type.Object(
  {
    id: Id,
    action: Type.String(),
    fromStatus: Type.Union([Status, Type.Null()]),
    toStatus: Status,
    effectiveDate: IsoDate,
    reason: Type.String(),
    decidedAt: Timestamp,
    decidedBy: Type.Union([Type.String(), Type.Null()], { description: 'Naam; alleen voor het registerbureau' }),
    confirmedBy: Type.Union([Type.String(), Type.Null()], { description: 'Naam van wie de doorhaling bevestigde' }),
    publicUntil: NullableDate,
  },
  { additionalProperties: false },
)

const Decision = Type.Object(
  {
    id: Id,
    cycleId: Id,
    cycleNumber: Type.Integer({ minimum: 1 }),
    kind: Type.Enum(['postponement', 'hardship']),
    reason: Type.String(),
    outcome: Type.String(),
    postponedUntil: NullableDate,
    decidedAt: Timestamp,
    decidedBy: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
)

export const RemovalRequest = Type.Object(
  {
    id: Id,
    state: Type.Enum(['pending', 'confirmed', 'cancelled']),
    reason: Type.String(),
    effectiveDate: IsoDate,
    publicUntil: NullableDate,
    requestedById: Id,
    requestedBy: Type.String(),
    requestedAt: Timestamp,
  },
  { additionalProperties: false },
)

const CredentialSummary = Type.Object(
  { credentialId: Type.String(), validFrom: IsoDate, validUntil: IsoDate, issuedAt: Timestamp },
  { additionalProperties: false },
)

export const ALLOWED_ACTIONS = [
  'suspend',
  'lift-suspension',
  'lapse',
  'request-removal',
  'confirm-removal',
  'cancel-removal',
  'postpone',
  'hardship',
] as const
export type AllowedAction = (typeof ALLOWED_ACTIONS)[number]

export const RegistrationDetail = Type.Object(
  {
    id: Id,
    registerId: Id,
    register: Type.String(),
    status: Status,
    registrationNumber: Type.Union([Type.String(), Type.Null()]),
    registeredSince: NullableDate,
    reEntry: Type.Boolean(),
    initials: Type.String(),
    infix: Type.String(),
    surname: Type.String(),
    email: Type.String(),
    profession: Type.String(),
    employer: Type.Union([Type.Object({ id: Id, name: Type.String() }, { additionalProperties: false }), Type.Null()]),
    selfEmployed: Type.Boolean(),
    showEmployerPublicly: Type.Boolean(),
    currentCycle: Type.Union([Cycle, Type.Null()]),
    cycles: Type.Array(Cycle),
    history: Type.Array(HistoryEntry),
    decisions: Type.Array(Decision),
    pendingRemoval: Type.Union([RemovalRequest, Type.Null()], { description: 'Alleen voor het registerbureau' }),
    credentials: Type.Array(CredentialSummary),
    allowedActions: Type.Array(Type.Enum([...ALLOWED_ACTIONS]), {
      description: 'Wat de ingelogde gebruiker nu met deze registratie mag doen',
    }),
  },
  { additionalProperties: false },
)

export const StatusChangeBody = Type.Object(
  {
    action: Type.Enum(['suspend', 'lift-suspension', 'lapse'], {
      description: 'Schorsen, schorsing opheffen, vervallen',
    }),
    effectiveDate: Type.Optional(Type.String({ format: 'date', description: 'Ingangsdatum; standaard vandaag' })),
    reason: Type.Optional(Reason),
    publicUntil: Type.Optional(
      Type.String({ format: 'date', description: 'Tot en met deze dag openbaar (schorsing)' }),
    ),
  },
  { additionalProperties: false },
)
export interface StatusChangeBody {
  action: 'suspend' | 'lift-suspension' | 'lapse'
  effectiveDate?: string
  reason?: string
  publicUntil?: string
}

export const StatusChangeResult = Type.Object(
  { changeId: Id, registrationId: Id, fromStatus: Status, toStatus: Status, effectiveDate: IsoDate },
  { additionalProperties: false },
)

export const RemovalRequestBody = Type.Object(
  {
    reason: Reason,
    effectiveDate: Type.Optional(Type.String({ format: 'date', description: 'Ingangsdatum; standaard vandaag' })),
    publicUntil: Type.String({ format: 'date', description: 'Tot en met deze dag is de doorhaling openbaar' }),
  },
  { additionalProperties: false },
)
export interface RemovalRequestBody {
  reason: string
  effectiveDate?: string
  publicUntil: string
}

export const CycleDecisionBody = Type.Object(
  {
    kind: Type.Enum(['postponement', 'hardship'], { description: 'Uitstel of hardheidsclausule' }),
    reason: Reason,
    postponedUntil: Type.Optional(Type.String({ format: 'date', description: 'Nieuwe einddatum (uitstel)' })),
    outcome: Type.Optional(Type.String({ maxLength: 2000, description: 'Wat is besloten (hardheidsclausule)' })),
  },
  { additionalProperties: false },
)
export interface CycleDecisionBody {
  kind: 'postponement' | 'hardship'
  reason: string
  postponedUntil?: string
  outcome?: string
}

export const CycleDecisionResult = Decision
