import { Type } from 'typebox'
import { pageOf, pageQuery } from '../../platform/http/api-schemas.ts'
import { REGISTRATION_STATUSES } from '../register/register.tables.ts'
import { REREGISTRATION_KINDS, REREGISTRATION_STATES } from './points.reregistration.tables.ts'

// Re-registration requests: the professional's preview, simulation and application; the register office's queue and
// decision. Responses are allow-lists.

const IsoDate = Type.String({ format: 'date' })
const Timestamp = Type.String({ format: 'date-time' })
const Id = Type.String({ format: 'uuid' })
const Points = Type.Number({ description: 'Punten (netto uren), hoogstens 2 decimalen' })
const Kind = Type.Enum([...REREGISTRATION_KINDS], {
  description: 'regular: herregistratie; postponement: uitstel; limited-term: herregistratie voor beperkte duur',
})
const State = Type.Enum([...REREGISTRATION_STATES])

export const RegistrationParams = Type.Object({ registrationId: Id })
export const RequestParams = Type.Object({ requestId: Id })

export const NormCheckLine = Type.Object(
  {
    category: Type.Enum(['training', 'reflection', 'free-choice', 'total']),
    required: Points,
    earned: Points,
    counted: Type.Number({ description: 'Wat telt, na het maximum per activiteit en per categorie' }),
    maximum: Type.Union([Points, Type.Null()]),
    ok: Type.Boolean(),
    short: Type.Number({ description: 'Punten tekort (0 als het in orde is)' }),
  },
  { additionalProperties: false },
)

export const NormCheck = Type.Object(
  {
    startDate: IsoDate,
    endDate: IsoDate,
    normVersion: Type.Integer({ minimum: 1 }),
    factor: Type.Number({ description: '1 voor een hele periode; kleiner bij een norm naar rato' }),
    lines: Type.Array(NormCheckLine),
    meetsNorm: Type.Boolean(),
    checkedOn: IsoDate,
  },
  { additionalProperties: false },
)

export const ReregistrationWindow = Type.Object(
  {
    opensOn: Type.String({ format: 'date', description: '12 weken vóór het einde van de periode' }),
    closesOn: Type.String({ format: 'date', description: 'Het einde van de periode (met uitstel)' }),
    state: Type.Enum(['not-yet-open', 'open', 'closed']),
  },
  { additionalProperties: false },
)

const CycleSummary = Type.Object(
  {
    id: Id,
    number: Type.Integer({ minimum: 1 }),
    startDate: IsoDate,
    endDate: Type.String({ format: 'date', description: 'Einde met uitstel' }),
  },
  { additionalProperties: false },
)

export const ReregistrationRequestSummary = Type.Object(
  {
    id: Id,
    registrationId: Id,
    registrationNumber: Type.Union([Type.String(), Type.Null()]),
    initials: Type.String(),
    infix: Type.String(),
    surname: Type.String(),
    register: Type.String(),
    kind: Kind,
    state: State,
    reason: Type.String(),
    postponedUntil: Type.Union([IsoDate, Type.Null()]),
    shiftYears: Type.Union([Type.Integer(), Type.Null()]),
    cycleEnd: IsoDate,
    meetsNorm: Type.Boolean({ description: 'Uitkomst van de normcontrole bij het indienen' }),
    submittedAt: Timestamp,
    decidedAt: Type.Union([Timestamp, Type.Null()]),
    decisionReason: Type.String(),
  },
  { additionalProperties: false },
)

export const ShiftOption = Type.Object(
  {
    shiftYears: Type.Integer({ minimum: 1 }),
    startDate: IsoDate,
    endDate: IsoDate,
    lapsing: Type.Number({ description: 'Punten die vervallen: nu geteld, maar vóór het nieuwe begin' }),
    counted: Points,
    required: Points,
    remaining: Points,
    meetsNorm: Type.Boolean(),
    lines: Type.Array(NormCheckLine),
  },
  { additionalProperties: false },
)

export const ReregistrationPreview = Type.Object(
  {
    registrationId: Id,
    registrationNumber: Type.Union([Type.String(), Type.Null()]),
    register: Type.String(),
    status: Type.Enum([...REGISTRATION_STATUSES]),
    cycle: CycleSummary,
    cycleYears: Type.Integer({ minimum: 1 }),
    window: ReregistrationWindow,
    normCheck: NormCheck,
    requests: Type.Array(ReregistrationRequestSummary, { description: 'Verzoeken over deze periode, nieuwste eerst' }),
    allowedKinds: Type.Array(Kind, { description: 'Wat de professional nu kan aanvragen' }),
    refusal: Type.Union([Type.String(), Type.Null()], { description: 'Waarom er nu niets aangevraagd kan worden' }),
  },
  { additionalProperties: false },
)

export const ShiftSimulation = Type.Object(
  {
    registrationId: Id,
    cycle: CycleSummary,
    current: NormCheck,
    items: Type.Array(ShiftOption),
  },
  { additionalProperties: false },
)

export const ApplyBody = Type.Object(
  {
    kind: Kind,
    reason: Type.Optional(Type.String({ maxLength: 2000, description: 'Verplicht bij uitstel' })),
    postponedUntil: Type.Optional(Type.String({ format: 'date', description: 'Bij uitstel: de gevraagde einddatum' })),
    shiftYears: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 19, description: 'Bij beperkte duur: verschuiving in jaren' }),
    ),
  },
  { additionalProperties: false },
)
export interface ApplyBody {
  kind: (typeof REREGISTRATION_KINDS)[number]
  reason?: string
  postponedUntil?: string
  shiftYears?: number
}

export const QueueQuery = Type.Object(
  {
    state: Type.Optional(State),
    kind: Type.Optional(Kind),
    ...pageQuery,
  },
  { additionalProperties: false },
)
export interface QueueQuery {
  state?: (typeof REREGISTRATION_STATES)[number]
  kind?: (typeof REREGISTRATION_KINDS)[number]
  page: number
  pageSize: number
}

export const ReregistrationRequestPage = pageOf(ReregistrationRequestSummary)

export const ReregistrationRequestDetail = Type.Object(
  {
    ...ReregistrationRequestSummary.properties,
    cycle: CycleSummary,
    normCheck: Type.Union([NormCheck, Type.Null()], { description: 'De normcontrole zoals bij het indienen' }),
    currentCheck: Type.Union([NormCheck, Type.Null()], { description: 'De normcontrole van vandaag' }),
    shift: Type.Union([ShiftOption, Type.Null()], {
      description: 'Bij beperkte duur: de gekozen verschuiving, vandaag',
    }),
    decidedBy: Type.Union([Type.String(), Type.Null()]),
    permissions: Type.Object({ decide: Type.Boolean() }, { additionalProperties: false }),
  },
  { additionalProperties: false },
)

export const DecisionBody = Type.Object(
  {
    outcome: Type.Enum(['approved', 'rejected']),
    reason: Type.Optional(Type.String({ maxLength: 2000, description: 'Verplicht bij afwijzen' })),
  },
  { additionalProperties: false },
)
export interface DecisionBody {
  outcome: 'approved' | 'rejected'
  reason?: string
}

export const DecisionResult = Type.Object(
  {
    id: Id,
    state: State,
    kind: Kind,
    decidedAt: Timestamp,
    cycle: Type.Union([CycleSummary, Type.Null()], {
      description: 'De periode na het besluit: de nieuwe, verschoven of uitgestelde periode',
    }),
  },
  { additionalProperties: false },
)
