import { Type } from 'typebox'
import { pageOf, pageQuery } from '../../platform/http/api-schemas.ts'
import { CategoryStanding } from '../points/points.dossier.schemas.ts'
import { REGISTRATION_STATUSES } from '../register/register.tables.ts'
import { MAX_INVITATIONS } from './employers.rules.ts'

// Employers: invitations, the team view, a person's CPD standing (with consent) and the consent switch.
// Responses are allow-lists (additionalProperties false).

const Uuid = Type.String({ format: 'uuid' })
const IsoDate = Type.String({ format: 'date' })
const DateTime = Type.String({ format: 'date-time' })
const Status = Type.Enum([...REGISTRATION_STATUSES], { description: 'Status van de registratie' })

export const OrganisationParams = Type.Object({ organisationId: Uuid })
export const TeamMemberParams = Type.Object({ organisationId: Uuid, registrationId: Uuid })
export const PageOnlyQuery = Type.Object({ ...pageQuery }, { additionalProperties: false })

export const InvitationListBody = Type.Object(
  {
    emails: Type.Array(Type.String({ maxLength: 320 }), {
      minItems: 1,
      maxItems: MAX_INVITATIONS,
      description: 'E-mailadressen, één per regel; lege regels tellen niet mee',
    }),
  },
  { additionalProperties: false },
)
export const InvitationCsvBody = Type.String({
  maxLength: 200_000,
  description: 'CSV met één kolom "email" (kopregel mag), gescheiden door ; of ,',
})

export const InvitationResult = Type.Object(
  {
    invited: Type.Array(Type.Object({ id: Uuid, email: Type.String() }, { additionalProperties: false })),
    skipped: Type.Array(
      Type.Object(
        {
          email: Type.String(),
          line: Type.Integer({ minimum: 1, description: 'Regel in de lijst of het bestand' }),
          reason: Type.Enum(['duplicate', 'already-invited', 'already-registered'], {
            description: 'Dubbel in de lijst, al uitgenodigd (uitnodiging loopt nog), of al aangemeld',
          }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
)

export const Invitation = Type.Object(
  {
    id: Uuid,
    email: Type.String(),
    state: Type.Enum(['open', 'registered', 'expired'], {
      description: 'open, aangemeld (er is een registratie met deze werkgever) of verlopen',
    }),
    createdAt: DateTime,
    expiresAt: DateTime,
    invitedByName: Type.String(),
  },
  { additionalProperties: false },
)
export const InvitationPage = pageOf(Invitation)

export const TeamMember = Type.Object(
  {
    registrationId: Uuid,
    registrationNumber: Type.Union([Type.String(), Type.Null()], { description: 'Leeg zolang kandidaat' }),
    name: Type.String({ description: 'Voorletters, tussenvoegsel en achternaam' }),
    registerName: Type.String(),
    profession: Type.String(),
    status: Status,
    cycleEnd: Type.Union([IsoDate, Type.Null()], { description: 'Einde van de registratieperiode (met uitstel)' }),
    sharesStanding: Type.Boolean({ description: 'Deelt deze persoon de PE-stand met deze werkgever?' }),
  },
  { additionalProperties: false },
)
export const TeamPage = pageOf(TeamMember)

const CycleDecision = Type.Object(
  {
    kind: Type.Enum(['postponement', 'hardship'], { description: 'Uitstel of hardheidsclausule' }),
    outcome: Type.String({ description: 'Wat is besloten (de reden blijft bij het registerbureau)' }),
    postponedUntil: Type.Union([IsoDate, Type.Null()]),
    decidedAt: DateTime,
  },
  { additionalProperties: false },
)

/** The CPD points of one cycle: per category earned, counted, required and remaining (no ledger entries). */
const StandingPoints = Type.Object(
  {
    meetsNorm: Type.Boolean({ description: 'Voldoet deze periode aan de norm?' }),
    totals: Type.Object(
      { earned: Type.Number(), counted: Type.Number(), required: Type.Number(), remaining: Type.Number() },
      { additionalProperties: false },
    ),
    categories: Type.Array(CategoryStanding),
  },
  { additionalProperties: false },
)

/** One cycle of a standing, with its CPD points per category. */
export const StandingCycle = Type.Object(
  {
    number: Type.Integer({ minimum: 1 }),
    startDate: IsoDate,
    endDate: IsoDate,
    postponedUntil: Type.Union([IsoDate, Type.Null()]),
    effectiveEndDate: IsoDate,
    closed: Type.Boolean(),
    decisions: Type.Array(CycleDecision),
    points: Type.Union([StandingPoints, Type.Null()], {
      description: 'De PE-punten van deze periode; null als het register nog geen norm heeft',
    }),
  },
  { additionalProperties: false },
)

export const Standing = Type.Object(
  {
    registrationId: Uuid,
    registrationNumber: Type.Union([Type.String(), Type.Null()]),
    name: Type.String(),
    registerName: Type.String(),
    profession: Type.String(),
    status: Status,
    currentCycle: Type.Union([StandingCycle, Type.Null()], { description: 'De nieuwste registratieperiode' }),
    cycles: Type.Array(StandingCycle, { description: 'Alle registratieperiodes, nieuwste eerst' }),
  },
  { additionalProperties: false, description: 'PE-stand: de registratieperiodes met hun PE-punten per categorie' },
)

export const ConsentBody = Type.Object({ granted: Type.Boolean() }, { additionalProperties: false })
export const Consent = Type.Object(
  {
    organisationId: Uuid,
    organisationName: Type.String(),
    granted: Type.Boolean(),
    grantedAt: Type.Union([DateTime, Type.Null()]),
    isEmployer: Type.Boolean({ description: 'Staat deze organisatie als werkgever in een van je registraties?' }),
  },
  { additionalProperties: false },
)
export const ConsentList = Type.Object({ items: Type.Array(Consent) }, { additionalProperties: false })

export type InvitationListBody = { emails: string[] }
