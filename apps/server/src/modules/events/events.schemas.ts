import { Type } from 'typebox'
import { pageOf, pageQuery } from '../../platform/http/api-schemas.ts'
import { POINT_CATEGORIES } from '../points/points.tables.ts'
import { EVENT_STATES, EVENT_TYPES, type EventType, PROVINCES, SIGN_UP_STATES } from './events.tables.ts'

// Requests and answers of the agenda. Response objects are allow-lists: the online link appears only in the
// organiser's answers and in a confirmed person's own sign-up. Content rules are checked in the service so that every
// invalid field is reported at once.

const Id = Type.String({ format: 'uuid' })
const IsoDate = Type.String({ format: 'date' })
const Timestamp = Type.String({ format: 'date-time' })
const NullableTimestamp = Type.Union([Timestamp, Type.Null()])
const WallClock = (description: string) =>
  Type.String({ maxLength: 16, description: `${description}, Nederlandse tijd (Europe/Amsterdam): 2027-03-28T10:00` })
const Text = (maxLength: number, description: string) => Type.String({ maxLength, description })
const EventTypeSchema = Type.Enum([...EVENT_TYPES], {
  description: 'Soort: lezing, training, congres, Dag van de Uitvoering, webinar',
})
const ProvinceSchema = Type.Enum([...PROVINCES], { description: 'Provincie' })
const SignUpState = Type.Enum([...SIGN_UP_STATES], {
  description:
    'confirmed: plaats; waiting: wachtlijst; offered: plaats vrij, bevestig binnen 48 uur; cancelled; expired',
})

export const OrganisationParams = Type.Object({ organisationId: Id })
export const OrganiserEventParams = Type.Object({ organisationId: Id, eventId: Id })
export const EventParams = Type.Object({ eventId: Id })
export const SignUpParams = Type.Object({ signUpId: Id })
export const FeedParams = Type.Object({
  token: Type.String({ minLength: 20, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' }),
})

// ---- organiser ----

export const EventBody = Type.Object(
  {
    title: Text(200, 'Titel'),
    type: EventTypeSchema,
    description: Text(10_000, 'Beschrijving'),
    speakers: Type.Optional(Type.Array(Text(200, 'Naam en deskundigheid'), { maxItems: 30, description: 'Sprekers' })),
    startsAtLocal: WallClock('Begin'),
    endsAtLocal: WallClock('Einde'),
    online: Type.Boolean({ default: false, description: 'Online (dan een link, geen locatie)' }),
    onlineUrl: Type.Optional(
      Text(500, 'Link naar de online bijeenkomst (https); alleen zichtbaar voor wie een plaats heeft'),
    ),
    locationName: Type.Optional(Text(200, 'Naam van de locatie')),
    address: Type.Optional(Text(300, 'Adres')),
    province: Type.Optional(
      Type.Union([Type.String({ maxLength: 40 }), Type.Null()], { description: 'Een van de 12 provincies' }),
    ),
    accessibility: Type.Optional(Text(2000, 'Toegankelijkheid: rolstoel, ringleiding, parkeren, prikkelarme ruimte')),
    capacity: Type.Number({ description: 'Aantal plaatsen (minstens 1)' }),
    signUpDeadlineLocal: Type.Optional(WallClock('Aanmelden kan tot (standaard: het begin)')),
    audience: Type.Optional(Type.Array(Text(100, 'Beroep'), { maxItems: 20, description: 'Doelgroep (beroepen)' })),
    priceInfo: Type.Optional(Text(500, 'Prijs, ter informatie (bijv. "Gratis voor leden, anders € 95")')),
    activityId: Type.Optional(Type.Union([Id, Type.Null()], { description: 'Geaccrediteerde activiteit' })),
    runId: Type.Optional(Type.Union([Id, Type.Null()], { description: 'Uitvoering van die activiteit' })),
  },
  { additionalProperties: false },
)
export type EventBody = {
  title: string
  type: EventType
  description: string
  speakers?: string[]
  startsAtLocal: string
  endsAtLocal: string
  online: boolean
  onlineUrl?: string
  locationName?: string
  address?: string
  province?: string | null
  accessibility?: string
  capacity: number
  signUpDeadlineLocal?: string
  audience?: string[]
  priceInfo?: string
  activityId?: string | null
  runId?: string | null
}

export const CancelBody = Type.Object(
  { reason: Text(2000, 'Reden van de annulering (staat in de mail aan wie zich aanmeldde)') },
  { additionalProperties: false },
)

export const OrganiserListQuery = Type.Object(
  { state: Type.Optional(Type.Enum([...EVENT_STATES])), ...pageQuery },
  { additionalProperties: false },
)
export type OrganiserListQuery = { state?: (typeof EVENT_STATES)[number]; page: number; pageSize: number }

const Accreditation = Type.Union(
  [
    Type.Object(
      {
        activityPublicId: Type.String(),
        points: Type.Number(),
        category: Type.Enum([...POINT_CATEGORIES]),
      },
      { additionalProperties: false },
    ),
    Type.Null(),
  ],
  { description: 'De geaccrediteerde activiteit (PE-punten), of null' },
)

const publicSummaryFields = {
  id: Id,
  title: Type.String(),
  type: EventTypeSchema,
  state: Type.Enum([...EVENT_STATES]),
  startsAt: Timestamp,
  endsAt: Timestamp,
  online: Type.Boolean(),
  locationName: Type.String(),
  province: Type.Union([ProvinceSchema, Type.Null()]),
  organiser: Type.Object({ id: Id, name: Type.String() }, { additionalProperties: false }),
  capacity: Type.Integer(),
  placesLeft: Type.Integer({ description: 'Vrije plaatsen (0: vol, aanmelden zet je op de wachtlijst)' }),
  signUpDeadline: Timestamp,
  signUpOpen: Type.Boolean(),
  accreditation: Accreditation,
}
export const PublicEventSummary = Type.Object(publicSummaryFields, { additionalProperties: false })
const EventPageBase = pageOf(PublicEventSummary)
export const PublicEventPage = Type.Object({
  ...EventPageBase.properties,
  totalCapped: Type.Boolean({
    description: 'true: er zijn meer dan `total` (1000) bijeenkomsten; verfijn de zoekopdracht met filters',
  }),
})

const detailFields = {
  ...publicSummaryFields,
  description: Type.String(),
  speakers: Type.Array(Type.String()),
  address: Type.String(),
  accessibility: Type.String(),
  audience: Type.Array(Type.String()),
  priceInfo: Type.String(),
  waitingCount: Type.Integer({ description: 'Aantal op de wachtlijst' }),
  cancelReason: Type.String(),
}
export const PublicEventDetail = Type.Object(detailFields, { additionalProperties: false })

export const OrganiserEventDetail = Type.Object(
  {
    ...detailFields,
    onlineUrl: Type.String(),
    activityId: Type.Union([Id, Type.Null()]),
    runId: Type.Union([Id, Type.Null()]),
    startsAtLocal: Type.String(),
    endsAtLocal: Type.String(),
    signUpDeadlineLocal: Type.String(),
    placesTaken: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { additionalProperties: false },
)
export const OrganiserEventPage = pageOf(
  Type.Object(
    { ...publicSummaryFields, placesTaken: Type.Integer(), waitingCount: Type.Integer() },
    { additionalProperties: false },
  ),
)

// ---- public agenda ----

const agendaFilters = {
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Zoeken in titel en beschrijving (Nederlands)' })),
  type: Type.Optional(EventTypeSchema),
  province: Type.Optional(Type.String({ maxLength: 40, description: 'Een van de 12 provincies' })),
  online: Type.Optional(Type.Boolean({ description: 'Alleen online (true) of alleen op locatie (false)' })),
  accredited: Type.Optional(Type.Boolean({ description: 'Alleen met (true) of zonder (false) PE-punten' })),
  minPoints: Type.Optional(Type.Number({ minimum: 0, description: 'Minstens zoveel PE-punten' })),
  organisationId: Type.Optional({ ...Id, description: 'Alleen van deze aanbieder' }),
}
export const AgendaQuery = Type.Object(
  {
    ...agendaFilters,
    from: Type.Optional({ ...IsoDate, description: 'Vanaf deze dag (standaard: vandaag)' }),
    to: Type.Optional({ ...IsoDate, description: 'Tot en met deze dag' }),
    ...pageQuery,
  },
  { additionalProperties: false },
)
export type AgendaFilters = {
  q?: string
  type?: EventType
  province?: string
  online?: boolean
  accredited?: boolean
  minPoints?: number
  organisationId?: string
}
export type AgendaQuery = AgendaFilters & { from?: string; to?: string; page: number; pageSize: number }

export const MonthQuery = Type.Object(
  { month: Type.String({ maxLength: 7, description: 'Maand, JJJJ-MM' }), ...agendaFilters },
  { additionalProperties: false },
)
export type MonthQuery = AgendaFilters & { month: string }
export const MonthView = Type.Object(
  {
    month: Type.String(),
    truncated: Type.Boolean({
      description: 'true: de maand heeft meer bijeenkomsten dan er getoond worden (200); gebruik de lijst met filters',
    }),
    days: Type.Array(
      Type.Object(
        { date: IsoDate, events: Type.Array(PublicEventSummary) },
        { additionalProperties: false, description: 'Een dag (Nederlandse tijd) met de bijeenkomsten die dan lopen' },
      ),
    ),
  },
  { additionalProperties: false },
)

// ---- sign-ups ----

export const MySignUp = Type.Object(
  {
    id: Id,
    state: SignUpState,
    position: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], { description: 'Plaats op de wachtlijst' }),
    signedUpAt: Timestamp,
    offerExpiresAt: NullableTimestamp,
    onlineUrl: Type.Union([Type.String(), Type.Null()], {
      description: 'De link van een online bijeenkomst, alleen met een bevestigde plaats',
    }),
    checkedInAt: Type.Union([Timestamp, Type.Null()], {
      description: 'Aangemeld bij binnenkomst (null: niet, of ongedaan gemaakt)',
    }),
    event: PublicEventSummary,
  },
  { additionalProperties: false },
)
export const MySignUpPage = pageOf(MySignUp)
export const MySignUpQuery = Type.Object(
  { active: Type.Optional(Type.Boolean({ default: true, description: 'Alleen lopende aanmeldingen' })), ...pageQuery },
  { additionalProperties: false },
)
export type MySignUpQuery = { active?: boolean; page: number; pageSize: number }

export const FeedLink = Type.Object(
  { url: Type.String({ description: 'Geheime link; alleen nu te zien. Een nieuwe link maakt de oude onbruikbaar.' }) },
  { additionalProperties: false },
)

// ---- organiser's view ----

export const OrganiserSignUp = Type.Object(
  {
    id: Id,
    state: SignUpState,
    position: Type.Union([Type.Integer(), Type.Null()]),
    name: Type.String(),
    registrationNumber: Type.Union([Type.String(), Type.Null()]),
    signedUpAt: Timestamp,
    offerExpiresAt: NullableTimestamp,
    checkedInAt: Type.Union([Timestamp, Type.Null()], {
      description: 'Aangemeld bij binnenkomst (een ongedaan gemaakte aanmelding telt niet)',
    }),
    noShow: Type.Boolean({ description: 'Na afloop: een bevestigde plaats zonder aanmelding bij binnenkomst' }),
  },
  { additionalProperties: false },
)
export const OrganiserSignUpList = Type.Object(
  {
    eventId: Id,
    capacity: Type.Integer(),
    placesTaken: Type.Integer(),
    signUps: Type.Array(OrganiserSignUp, {
      description: 'Plaatsen (bevestigd, aangeboden), dan de wachtlijst op volgorde',
    }),
  },
  { additionalProperties: false },
)

export const MailingBody = Type.Object(
  {
    subject: Text(200, 'Onderwerp'),
    text: Text(10_000, 'Tekst'),
    includeWaitingList: Type.Optional(
      Type.Boolean({ default: false, description: 'Ook aan wie op de wachtlijst staat' }),
    ),
  },
  { additionalProperties: false },
)
export type MailingBody = { subject: string; text: string; includeWaitingList?: boolean }
export const MailingResult = Type.Object({ recipients: Type.Integer() }, { additionalProperties: false })
